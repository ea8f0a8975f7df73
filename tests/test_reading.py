"""read_article: exact text in, one clear InputError for anything that is not an article."""

from __future__ import annotations

import io
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap import InputError, read_article
from argmap.reading import decode_article


def test_reads_utf8_exactly_keeping_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Héadline\r\n\r\n“Quoted,” she said.\r\n".encode())
    text = read_article(path)
    assert text == "Héadline\r\n\r\n“Quoted,” she said.\r\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"1234 5678 !!", "no words"),
    ],
)
def test_rejects_what_is_not_an_article(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_article(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_article(tmp_path)


def test_size_cap(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    with pytest.raises(InputError, match="limit"):
        read_article(path, max_size=100)


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin.\n")))
    assert read_article("-") == "From stdin.\n"


@given(st.text(min_size=1))
def test_decode_roundtrips_any_text_with_a_word(text):
    data = text.encode("utf-8")
    if "\x00" in text or not any(ch.isalpha() for ch in text) or not data.strip():
        with pytest.raises(InputError):
            decode_article(data)
    else:
        assert decode_article(data) == text
