"""Turn a path, a URL or ``-`` (stdin) into the article text that argmap's spans index.

Plain UTF-8 files come back exactly as written: newlines untouched, so every span indexes
the file's own characters. Other inputs are decoded, and :class:`Article` says how:

* A byte-order mark picks the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) and is
  stripped, so offsets index the decoded text rather than counting an invisible U+FEFF.
  For every input that is not ``extracted``, ``data.decode(article.encoding) ==
  article.text`` holds (``utf-8-sig``, ``utf-16`` and ``utf-32`` are the codecs that
  consume the mark).
* Without a mark, UTF-8 is tried first. Text that is *almost* UTF-8 (a stray bad byte in a
  file with real multi-byte characters: see :func:`_almost_utf8`) is UTF-8: the bad bytes
  become U+FFFD and an :class:`~argmap.errors.ArgmapWarning` names their byte offsets.
  Only bytes that are not UTF-8 at all go to a declared charset (a *text* encoding only:
  never ``unicode_escape`` and the like) or to charset-normalizer (legacy files such as a
  Word export in Windows-1252).
* HTML (by extension, content type or a sniff of its first bytes) is reduced to its main
  text by :mod:`argmap.html`; that text is then what spans index (``extracted=True``).

Heavy modules (charset-normalizer, trafilatura, urllib) load only when an input needs
them, so ``argmap --help`` stays fast.
"""

from __future__ import annotations

import codecs
import errno
import re
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import ArgmapWarning, InputError
from .safe_text import printable

DEFAULT_MAX_SIZE = 20_000_000
"""Bytes; far above any article, low enough that a mistaken input fails fast."""

DEFAULT_TIMEOUT = 10.0
"""Seconds to wait for a web server before giving up on a URL."""

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
"""File endings taken from a folder of articles (see :mod:`argmap.batch`)."""

PLAIN, MARKDOWN, HTML = "text/plain", "text/markdown", "text/html"

_SUFFIX_TYPES = {".md": MARKDOWN, ".markdown": MARKDOWN, ".html": HTML, ".htm": HTML}
_CONTENT_TYPES = {
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "text/markdown": MARKDOWN,
    "text/x-markdown": MARKDOWN,
    "text/plain": PLAIN,
}

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE_CODECS = ("utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le")
URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,30}://")
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I
)
_READ_CHUNK = 1 << 20
_NOT_UTF8 = re.compile("[\udc80-\udcff]+")
"""Runs of undecodable bytes, as ``surrogateescape`` decoding shows them."""
_ALMOST_UTF8_SHARE = 0.01
"""At most this share of a file's bytes may be invalid for it to be read as UTF-8."""
_SHOWN_POSITIONS = 5
_NOT_TEXT_CODECS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "utf-7", "idna", "punycode", "undefined"}
)
"""Codecs Python calls text encodings that no page is written in: they would turn
``\\x1b`` into an escape character (``unicode_escape``) or decode anything (``undefined``)."""
_CHARSET_PARAM = re.compile(r";\s*charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


@dataclass(frozen=True, slots=True)
class Article:
    """An article ready to map, and enough about where it came from to report it.

    ``text`` is what every span indexes. When ``extracted`` is true it is *not* the input
    decoded as-is (HTML reduced to its main text), so anything that reports spans must carry
    ``text`` along; otherwise ``text`` is the input, decoded with ``encoding``.
    """

    text: str
    name: str
    encoding: str
    media_type: str
    title: str | None = None
    extracted: bool = False


def read_article(
    source: str | Path, *, max_size: int = DEFAULT_MAX_SIZE, timeout: float = DEFAULT_TIMEOUT
) -> str:
    """Read an article from a file path, a URL, or stdin when ``source`` is ``"-"``."""
    return load_article(source, max_size=max_size, timeout=timeout).text


def load_article(
    source: str | Path, *, max_size: int = DEFAULT_MAX_SIZE, timeout: float = DEFAULT_TIMEOUT
) -> Article:
    """Read, decode and (for HTML) extract one article from a path, URL or ``-``.

    Raises :class:`InputError` with a one-line message naming the input for anything that
    is not an article: missing, unreadable, too large, binary, undecodable, empty.
    """
    if isinstance(source, str) and source == "-":
        if sys.stdin is None:
            raise InputError("stdin: closed, nothing to read (give a file, or pipe the article in)")
        data = _read_capped(sys.stdin.buffer, max_size, "stdin")
        return _article(data, "stdin", None)
    if isinstance(source, str) and URL_SCHEME.match(source):
        return _load_url(source, max_size=max_size, timeout=timeout)
    path = Path(source)
    try:
        path.stat()
    except FileNotFoundError:
        broken = " (a symbolic link to a missing file)" if path.is_symlink() else ""
        raise InputError(f"{printable(path)}: no such file{broken}") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError(f"{printable(path)}: symbolic link loop, no file at the end") from None
        raise InputError(
            f"{printable(path)}: cannot read ({printable(err.strerror or err)})"
        ) from None
    if path.is_dir():
        raise InputError(f"{printable(path)}: is a directory, not an article file")
    try:
        with path.open("rb") as handle:
            data = _read_capped(handle, max_size, str(path))
    except OSError as err:
        raise InputError(
            f"{printable(path)}: cannot read ({printable(err.strerror or err)})"
        ) from None
    return _article(data, str(path), _SUFFIX_TYPES.get(path.suffix.lower()))


def text_article(text: str, name: str, *, max_size: int = DEFAULT_MAX_SIZE) -> Article:
    """An article given as text (a record of a stream), checked and read like a file: too
    large, empty or binary-looking text is refused, and HTML is reduced to its main text."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) > max_size:
        raise InputError(f"{name}: larger than the {max_size:,}-byte limit")
    return _article(data, name, None)


def decode_article(data: bytes, name: str = "input") -> str:
    """Decode article bytes (see the module docstring), refusing what is clearly not text."""
    return _decode(data, name)[0]


# --------------------------------------------------------------------------- internals


def _read_capped(handle: BinaryIO, max_size: int, name: str) -> bytes:
    """At most ``max_size`` bytes, read in chunks: a huge cap (``--max-size 30G``) is a
    limit, never an allocation."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_size:
        chunk = handle.read(min(_READ_CHUNK, max_size + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_size:
        raise InputError(f"{printable(name)}: larger than the {max_size:,}-byte limit")
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _load_url(url: str, *, max_size: int, timeout: float) -> Article:
    from .fetch import fetch_url

    fetched = fetch_url(url, timeout=timeout, max_bytes=max_size)
    content_type = fetched.content_type.split(";", 1)[0].strip().lower()
    charset = _CHARSET_PARAM.search(fetched.content_type)
    return _article(
        fetched.data,
        url,
        _CONTENT_TYPES.get(content_type),
        declared=charset.group(1) if charset else None,
        url=fetched.final_url,
    )


def _article(
    data: bytes,
    name: str,
    media_type: str | None,
    *,
    declared: str | None = None,
    url: str | None = None,
) -> Article:
    """Decode ``data`` and, when it is HTML, extract its main text."""
    if media_type is None and _looks_like_html(data):
        media_type = HTML
    if media_type != HTML:
        text, encoding = _decode(data, name, declared)
        return Article(text, name, encoding, media_type or PLAIN)

    from .html import extract_main_text

    if declared is None:
        meta = _META_CHARSET.search(data[:4096])
        declared = meta.group(1).decode("ascii") if meta else None
    page, encoding = _decode(data, name, declared)
    main = extract_main_text(page, name=name, url=url)
    return Article(main.text, name, encoding, HTML, title=main.title, extracted=True)


def _looks_like_html(data: bytes) -> bool:
    """A cheap sniff for pages saved or piped without an ``.html`` ending."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<!--") and b"<html" in head
    )


def _decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``: BOM, else UTF-8, else ``declared``, else detection."""
    if not data:
        raise InputError(f"{printable(name)}: empty input, nothing to map")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            label = encoding.removesuffix("-sig").upper()
            raise InputError(
                f"{printable(name)}: starts with a {label} byte-order mark but is not valid {label}"
                f" ({err.reason} at byte {err.start})"
            ) from None
    elif b"\x00" in data:
        raise InputError(
            f"{printable(name)}: looks like a binary file, not text (or UTF-16 without a byte-order mark)"
        )
    else:
        text, encoding = _decode_unmarked(data, name, declared)
    if "\x00" in text:
        raise InputError(
            f"{printable(name)}: looks like a binary file, not text (contains NUL characters)"
        )
    if not text.strip():
        raise InputError(f"{printable(name)}: empty input, nothing to map")
    if not any(ch.isalpha() for ch in text):
        raise InputError(f"{printable(name)}: contains no words, nothing to map")
    return text, encoding


def _decode_unmarked(data: bytes, name: str, declared: str | None) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    if _truncated_utf8(data, utf8_error):
        raise InputError(
            f"{printable(name)}: UTF-8 text cut off in the middle of a character at byte"
            f" {utf8_error.start}; the file looks truncated"
        )
    text = _almost_utf8(data, name)
    if text is not None:
        return text, "utf-8"
    for encoding in _declared_encodings(declared):
        text = _try_decode(data, encoding)
        if text is not None:
            return text, encoding
    return _detect_legacy(data, name, utf8_error)


def _almost_utf8(data: bytes, name: str) -> str | None:
    """``data`` as UTF-8 with its few bad bytes replaced, if it is UTF-8 with a few slips.

    "A few": invalid sequences are at most 1% of the bytes, and there are at least as many
    valid multi-byte characters as invalid sequences. The second rule keeps legacy files
    out: ASCII with the odd high byte (``caf\\xe9``, a Windows-1252 curly quote) has no
    valid multi-byte characters, and detection reads it better than U+FFFD would. A UTF-8
    file with one stray byte would otherwise be taken for ``mac-iceland`` or the like, and
    every accent in it garbled without a word.
    """
    escaped = data.decode("utf-8", "surrogateescape")
    runs = [(m.start(), m.end()) for m in _NOT_UTF8.finditer(escaped)]
    bad_bytes = sum(end - start for start, end in runs)
    multibyte = len(escaped) - len(escaped.encode("ascii", "ignore")) - bad_bytes
    if bad_bytes > len(data) * _ALMOST_UTF8_SHARE or multibyte < len(runs):
        return None
    offsets = [len(escaped[:start].encode("utf-8", "surrogateescape")) for start, _ in runs]
    shown = ", ".join(str(offset) for offset in offsets[:_SHOWN_POSITIONS])
    more = f" and {len(runs) - _SHOWN_POSITIONS} more" if len(runs) > _SHOWN_POSITIONS else ""
    warnings.warn(
        f"{printable(name)}: {bad_bytes} byte(s) that are not UTF-8 replaced by U+FFFD"
        f" (at byte {shown}{more})",
        ArgmapWarning,
        stacklevel=2,
    )
    return data.decode("utf-8", "replace")


def _declared_encodings(declared: str | None) -> list[str]:
    """Codec names to try for a declared charset; Latin-1 and ASCII labels mean Windows-1252.

    That is how browsers read them (WHATWG Encoding Standard), and it is what such pages,
    curly quotes and all, really contain. Only text encodings are used: a header is outside
    text, and ``charset=unicode_escape`` must not turn ``\\x1b`` into an escape character.
    """
    if declared is None:
        return []
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return []
    encoding = info.name
    if not info._is_text_encoding or encoding in _NOT_TEXT_CODECS:  # type: ignore[attr-defined]
        return []
    return ["cp1252", encoding] if encoding in ("iso8859-1", "ascii") else [encoding]


def _truncated_utf8(data: bytes, err: UnicodeDecodeError) -> bool:
    """Valid UTF-8 up to an incomplete character at the very end.

    A lone lead byte after pure ASCII is ambiguous (``"caf\\xe9"`` is Latin-1 "café"), so
    that case goes to detection; a partial multi-byte sequence, or one after other UTF-8
    characters, is a cut-off UTF-8 file.
    """
    if err.reason != "unexpected end of data" or err.end != len(data):
        return False
    return len(data) - err.start > 1 or not data[: err.start].isascii()


def _detect_legacy(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    """Guess a legacy encoding with charset-normalizer, preferring Windows-1252 on a tie.

    charset-normalizer ranks code pages that decode the bytes equally well in no useful
    order (Western text often comes back as cp1250, turning "naïve" into "naďve"); Windows-1252
    is what Word and most Western tools wrote, so it wins whenever it is among the best.
    """
    from charset_normalizer import from_bytes

    # Without a byte-order mark and with no NUL bytes, UTF-16/32 are never the answer.
    results = from_bytes(data, cp_exclusion=list(_WIDE_CODECS))
    best = results.best()
    if best is not None:
        tied = [m for m in results if m.chaos <= best.chaos and m.coherence >= best.coherence]
        candidates = [best.encoding]
        if any("cp1252" in m.could_be_from_charset for m in tied):
            candidates.insert(0, "cp1252")
        for encoding in candidates:
            text = _try_decode(data, encoding)
            if text is not None:
                return text, codecs.lookup(encoding).name
    raise InputError(
        f"{printable(name)}: not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset"
        f" {utf8_error.start}) and no other text encoding fits; convert it first,"
        " e.g. iconv -f latin1 -t utf-8"
    )


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
