"""extract_main_text: the article's title, headings and paragraphs; no menus or comments."""

from __future__ import annotations

import pytest

from argmap import InputError
from argmap.html import extract_main_text
from argmap.reading import load_article
from argmap.segment import segment

PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Cities should price parking | The Daily Example</title></head>
<body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">World news</a></li>
<li><a href="/opinion">Opinion columns</a></li></ul></nav>
<div class="share-buttons">Share on Facebook · Share on Twitter</div>
<main><article>
<h1>Cities should price parking</h1>
<p>Free parking is not free. Every space a city gives away costs its residents money, and the
bill arrives in higher rents and slower buses.</p>
<h2>The hidden subsidy</h2>
<p>“A single parking space can cost more than the car parked in it,” said Donald Shoup, an
urban planner at UCLA, in a 2005 book on the subject.</p>
<p>Critics argue that charging for parking hurts small shops. But studies from Pasadena show
that sales rose after the meters arrived in the old town.</p>
<h2>What cities should do</h2>
<p>Therefore cities should price curb space at market rates and spend the money on the
streets where it is collected.</p>
</article></main>
<section id="comments" class="comments"><h3>42 comments</h3>
<div class="comment"><p>Great article, totally agree with every word of it!</p></div></section>
<footer><p>© 2024 The Daily Example. All rights reserved. Privacy policy.</p></footer>
</body></html>
"""

BOILERPLATE = ["World news", "Opinion columns", "Share on", "comments", "Great article", "©"]


def test_keeps_title_headings_and_paragraphs_as_markdown():
    main = extract_main_text(PAGE)
    assert main.title == "Cities should price parking"
    blocks = main.text.rstrip("\n").split("\n\n")
    assert blocks[0] == "# Cities should price parking"
    assert "## The hidden subsidy" in blocks
    assert "## What cities should do" in blocks
    assert any(b.startswith("“A single parking space") for b in blocks)
    assert blocks[-1].startswith("Therefore cities should price curb space")
    assert main.text.endswith("\n") and "\n\n\n" not in main.text


@pytest.mark.parametrize("boilerplate", BOILERPLATE)
def test_leaves_out_boilerplate(boilerplate):
    assert boilerplate not in extract_main_text(PAGE).text


def test_segmenter_sees_the_structure():
    doc = segment(extract_main_text(PAGE).text)
    assert doc.title is not None and doc.title.of(doc.text).endswith("Cities should price parking")
    headings = [s.heading.of(doc.text) for s in doc.sections if s.heading is not None]
    assert [h.lstrip("# ") for h in headings] == ["The hidden subsidy", "What cities should do"]


def test_title_is_added_when_the_body_has_no_heading():
    page = PAGE.replace("<h1>Cities should price parking</h1>", "")
    text = extract_main_text(page).text
    assert text.startswith("# Cities should price parking\n\nFree parking is not free.")


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
        "<html><body><p>12 345 !!</p></body></html>",
    ],
)
def test_page_without_article_text_is_refused(page):
    with pytest.raises(InputError, match=r"^saved\.html: no article text"):
        extract_main_text(page, name="saved.html")


def test_saved_page_file_is_extracted(tmp_path):
    path = tmp_path / "saved.htm"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    assert article.media_type == "text/html"
    assert article.extracted
    assert article.title == "Cities should price parking"
    assert article.text == extract_main_text(PAGE).text


def test_legacy_page_uses_its_meta_charset(tmp_path):
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    path = tmp_path / "old.html"
    path.write_bytes(page.replace("©", "(c)").encode("cp1252"))
    article = load_article(path)
    assert article.encoding == "cp1252"  # Latin-1 label read as browsers do
    assert "“A single parking space" in article.text
