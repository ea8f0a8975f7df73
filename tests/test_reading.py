"""read_article / load_article: exact text in, one clear InputError for what is not an article."""

from __future__ import annotations

import codecs
import io
import sys

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from argmap import InputError, read_article
from argmap.batch import article_sources, map_articles
from argmap.reading import Article, decode_article, load_article


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
        (bytes(range(1, 256)) * 4, "not valid UTF-8"),
        ("crème brûlé".encode()[:-1], "truncated"),
        ("Le café: ".encode() + b"\xe2\x80", "truncated"),
        ("Word text".encode("utf-16-le"), "binary"),
        (codecs.BOM_UTF16_LE + "Word\x00text".encode("utf-16-le"), "binary"),
        (codecs.BOM_UTF16_LE + "Odd".encode("utf-16-le") + b"x", "not valid UTF-16"),
        (codecs.BOM_UTF8 + b" \r\n", "empty"),
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
    assume(not text.startswith("\ufeff"))  # a leading BOM is stripped: tested below
    data = text.encode("utf-8")
    if "\x00" in text or not any(ch.isalpha() for ch in text):
        with pytest.raises(InputError):
            decode_article(data)
    else:
        assert decode_article(data) == text


@given(st.text(min_size=1).filter(lambda t: "\x00" not in t and any(c.isalpha() for c in t)))
def test_any_utf8_file_reads_back_identically(tmp_path_factory, text):
    assume(not text.startswith("\ufeff") and not text.lstrip().lower().startswith("<"))
    path = tmp_path_factory.mktemp("prop") / "article.txt"
    path.write_bytes(text.encode("utf-8"))
    article = load_article(path)
    assert article.text == text
    assert (article.encoding, article.media_type, article.extracted) == (
        "utf-8",
        "text/plain",
        False,
    )


# --------------------------------------------------------------------------- encodings

ARTICLE = (
    "Night buses matter\r\n\r\n"
    "“Ridership after midnight is small,” said Dana Okafor – but the café workers’ "
    "union disagrees.\r\nThe audit found the routes cost under 2%.\r\n"
)


@pytest.mark.parametrize(
    ("bom", "codec", "encoding"),
    [
        (b"", "utf-8", "utf-8"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
        (b"", "cp1252", "cp1252"),
    ],
)
def test_same_article_in_every_encoding_reads_the_same(tmp_path, bom, codec, encoding):
    data = bom + ARTICLE.encode(codec)
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert article.text == ARTICLE  # BOM stripped, CRLF kept
    assert article.encoding == encoding
    assert data.decode(article.encoding) == article.text  # what offsets index
    assert not article.extracted


def test_word_export_curly_quotes_are_windows_1252(tmp_path):
    path = tmp_path / "word.txt"
    path.write_bytes(b"He said \x93no\x94 to the na\xefve plan \x96 twice.\r\n")
    assert read_article(path) == "He said “no” to the naïve plan – twice.\r\n"


def test_latin1_without_curly_quotes(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Müller sagt: Straße und Café.\n".encode("latin-1"))
    assert read_article(path) == "Müller sagt: Straße und Café.\n"


def test_utf8_bom_is_stripped_so_offsets_index_the_text():
    text = decode_article(codecs.BOM_UTF8 + "Zoë said.".encode())
    assert text == "Zoë said."
    assert text.index("said") == 4


# --------------------------------------------------------------------------- Article


def test_article_fields_for_files(tmp_path):
    (tmp_path / "a.md").write_text("# Title\n\nSome text.\n", encoding="utf-8")
    article = load_article(tmp_path / "a.md")
    assert article == Article(
        text="# Title\n\nSome text.\n",
        name=str(tmp_path / "a.md"),
        encoding="utf-8",
        media_type="text/markdown",
    )
    assert article.title is None
    with pytest.raises(AttributeError):
        article.text = "changed"  # type: ignore[misc]


def test_stdin_html_is_sniffed_and_extracted(monkeypatch):
    page = (
        b"<!DOCTYPE html><html><head><title>Buses</title></head><body><article>"
        b"<p>Night buses are the only way home for many shift workers in the city.</p>"
        b"</article></body></html>"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    article = load_article("-")
    assert article.name == "stdin"
    assert article.media_type == "text/html"
    assert article.extracted
    assert "Night buses are the only way home" in article.text
    assert "<p>" not in article.text


def test_other_url_schemes_are_refused():
    with pytest.raises(InputError, match="only http"):
        load_article("ftp://example.invalid/article.txt")


# --------------------------------------------------------------------------- several


def test_a_folder_stands_for_its_articles_sorted_and_flat(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ["b.md", "a.txt", "c.HTML", "notes.pdf", ".hidden.txt"]:
        (folder / name).write_text(
            "<html><body><p>Words here.</p></body></html>"
            if name == "c.HTML"
            else f"Text of {name}.\n"
        )
    (folder / "sub").mkdir()
    (folder / "sub" / "deep.txt").write_text("Deep.\n")
    single = tmp_path / "z.txt"
    single.write_text("Single file.\n")
    names = [source.id for source in article_sources([folder, str(single)])]
    assert names == [
        str(folder / "a.txt"),
        str(folder / "b.md"),
        str(folder / "c.HTML"),
        str(single),
    ]


def test_a_folder_without_articles_is_one_failure(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (outcome,) = map_articles([tmp_path])
    assert not outcome.ok and "no article files" in outcome.message
