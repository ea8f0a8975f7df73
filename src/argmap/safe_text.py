"""Outside text made safe for a terminal line and for machine formats.

Messages carry text argmap does not control: URLs, file names, HTTP reason phrases, header
values, exception strings. Printed raw, an ESC or CSI byte (``\\x1b``, ``\\x9b``) can recolour
or rewrite the user's terminal, a CR or U+2028 can split one message into several lines, and a
bidi override can make ``evil.txt`` read as ``txt.live``. Every such message goes through
:func:`printable`, once, where it is shown; the formats use :func:`escape_c1_json` and
:func:`no_noncharacters` for their own escaping needs.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls, DEL, line/paragraph separators, bidi marks, embeddings and isolates."""

_C1 = re.compile("[\x80-\x9f]")
_NONCHARACTER = re.compile(
    "[\ufdd0-\ufdef"
    + "".join(f"{chr(p + 0xFFFE)}{chr(p + 0xFFFF)}" for p in range(0, 0x110000, 0x10000))
    + "]"
)
"""U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …)."""


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``str(text)`` with every control, separator and bidi character shown as an escape.

    The result is always one line and cannot move the cursor or reorder what follows:
    ``printable("a\\x1b[31mb\\n")`` is ``'a\\\\x1b[31mb\\\\x0a'``.
    """
    return _UNSAFE.sub(_escape, str(text))


def escape_c1_json(encoded: str) -> str:
    """JSON text with each raw C1 control written as ``\\u00XX``.

    ``json.dumps(..., ensure_ascii=False)`` leaves U+0080–U+009F raw, and a terminal reads
    U+009B as CSI. A C1 character can only occur inside a JSON string, where ``\\u009b`` is
    the same character, so the result loads back to the same data.
    """
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def no_noncharacters(text: str, replacement: str = "\ufffd") -> str:
    """``text`` with Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0…) replaced, one for one.

    They are valid in a Python string but not in XML, so Graphviz's SVG (and the PNG and
    PDF drawn from it) fails on them; one-for-one replacement keeps offsets meaningful.
    """
    return _NONCHARACTER.sub(replacement, text)


__all__ = ["escape_c1_json", "no_noncharacters", "printable"]
