"""Turn a path (or ``-`` for stdin) into the article text, exactly as written.

Text is decoded as UTF-8 with newlines untouched, so every span argmap reports indexes
the file's own characters. A leading byte-order mark is kept as part of the text for the
same reason (it is one character at offset 0).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

DEFAULT_MAX_SIZE = 20_000_000
"""Bytes; far above any article, low enough that a mistaken input fails fast."""


def read_article(source: str | Path, *, max_size: int = DEFAULT_MAX_SIZE) -> str:
    """Read an article from a file path, or from stdin when ``source`` is ``"-"``."""
    if str(source) == "-":
        return decode_article(_read_capped(sys.stdin.buffer, max_size, "stdin"), "stdin")
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an article file")
    try:
        with path.open("rb") as handle:
            data = _read_capped(handle, max_size, str(path))
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    return decode_article(data, str(path))


def _read_capped(handle: BinaryIO, max_size: int, name: str) -> bytes:
    data = handle.read(max_size + 1)
    if len(data) > max_size:
        raise InputError(f"{name}: larger than the {max_size:,}-byte limit")
    return data


def decode_article(data: bytes, name: str = "input") -> str:
    """Decode article bytes, refusing what is clearly not text."""
    if not data.strip():
        raise InputError(f"{name}: empty input, nothing to map")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start});"
            " convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    if not any(ch.isalpha() for ch in text):
        raise InputError(f"{name}: contains no words, nothing to map")
    return text
