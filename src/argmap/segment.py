"""Cut an article into title, dek, section headings, paragraphs and sentences.

Works on plain text (one paragraph a line, or blank-line separated, or hard-wrapped) and
on Markdown. Every piece is a :class:`Span` into the text as given: nothing is
normalised, so offsets stay exact. Cost is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .layout import (
    LayoutPart,
    furniture_role,
    is_guest_bio,
    is_related_item,
    is_turn_line,
    turn_label,
)
from .model import Document, Paragraph, Section, Sentence, Span

_MD_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]+(?=\S)")
_SETEXT_RULE = re.compile(r"[ \t]{0,3}(=+|-+)[ \t]*")
_BLOCK_MARKER = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)+")
_TERMINAL = ".!?:;…"
_CLOSERS = "\"'”’»)]*_"
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_LINE_BREAK = re.compile(r"\r\n?|\n")

# Sentence boundary candidates: terminal punctuation, optional closing marks, white space.
# Only from the start of a run of terminal marks: whether a run ends a sentence depends only
# on what follows it, and retrying inside a long run ("!!!!...x") would cost its square.
# The first mark comes before the look-behind (no mark before it) so that the pattern opens
# with a character set, which lets the engine skip to the next mark instead of trying every
# position (a quarter of the time on an article).
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"'”’»)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[«]*)(\S)")

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "rev",
        "ret",
        "st",
        "jr",
        "sr",
        "inc",
        "corp",
        "ltd",
        "co",
        "vs",
        "etc",
        "al",
        "fig",
        "no",
        "nos",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "ave",
        "blvd",
        "dept",
        "univ",
        "assn",
        "atty",
        "supt",
        "det",
        "insp",
        "esq",
        "hon",
        "pres",
        "gens",
        "messrs",
        "approx",
        "est",
        "op",
        "cf",
        "ed",
        "eds",
        "vol",
        "pp",
    ]
)
SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "but",
        "and",
        "so",
        "yet",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "in",
        "on",
        "at",
        "as",
        "for",
        "after",
        "before",
        "when",
        "while",
        "if",
        "there",
        "here",
        "what",
        "why",
        "how",
        "who",
        "meanwhile",
        "however",
        "still",
        "then",
        "now",
    ]
)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int  # excludes the line break and trailing white space
    blank: bool


def _lines(text: str) -> Iterator[_Line]:
    """The lines of ``text``, broken at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (old Mac files)."""
    pos = 0
    for brk in _LINE_BREAK.finditer(text):
        yield _line(text, pos, brk.start())
        pos = brk.end()
    if pos < len(text):
        yield _line(text, pos, len(text))


def _line(text: str, start: int, stop: int) -> _Line:
    end = stop
    while end > start and text[end - 1] in " \t\r\f\v":
        end -= 1
    return _Line(start, end, end == start or text[start:end].isspace())


def _strip_left(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t\f\v\u00a0\ufeff":
        start += 1
    return start


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def looks_like_heading(s: str) -> bool:
    """A short line without sentence punctuation, mostly capitalised: a plain-text heading.

    A speaker's turn (``Q: What next``, ``ANN LEE: Yes``) is none."""
    s = s.strip().strip("*_").strip()
    if not s or len(s) > 120 or s[-1] in _TERMINAL + ",":
        return False
    if ":" in s and is_turn_line(s):
        return False
    if s[-1] in _CLOSERS and len(s) > 1 and s[-2] in _TERMINAL:
        return False
    words = _words(s)
    if not 1 <= len(words) <= 16 or not (s[0].isupper() or s[0].isdigit()):
        return False
    content = [w for w in words if len(w) > 3]
    if not content:
        return True
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.6


def _heading_span(text: str, line: _Line) -> Span | None:
    """The heading's own text if ``line`` is a Markdown ATX heading."""
    m = _MD_HEADING.match(text, line.start, line.end)
    if not m:
        return None
    end = line.end
    # closing hashes: "## Title ##"
    stripped = text[m.end() : end].rstrip("#").rstrip()
    end = m.end() + len(stripped) if stripped else end
    return Span(m.end(), end)


@dataclass(frozen=True, slots=True)
class _Block:
    """A paragraph or heading candidate before sections are assigned."""

    span: Span
    heading: bool
    markdown_heading: bool = False


def _blocks(text: str) -> list[_Block]:
    lines = list(_lines(text))
    blocks: list[_Block] = []
    current: list[_Line] = []

    def flush() -> None:
        nonlocal current
        if current:
            start = _strip_left(text, current[0].start, current[0].end)
            blocks.append(_Block(Span(start, current[-1].end), False))
        current = []

    for i, line in enumerate(lines):
        if line.blank:
            flush()
            continue
        md = _heading_span(text, line)
        next_line = lines[i + 1] if i + 1 < len(lines) else None
        setext = (
            next_line is not None
            and not current
            and _SETEXT_RULE.fullmatch(text, next_line.start, next_line.end) is not None
            and "=" in text[next_line.start : next_line.end]
        )
        if md is not None:
            flush()
            blocks.append(_Block(md, True, True))
            continue
        if _SETEXT_RULE.fullmatch(text, line.start, line.end) and blocks and blocks[-1].heading:
            continue  # the underline of a setext heading already taken
        if setext:
            flush()
            start = _strip_left(text, line.start, line.end)
            blocks.append(_Block(Span(start, line.end), True, True))
            continue
        content = text[line.start : line.end]
        if (
            current
            and _continues(text, current[-1], content)
            and not _apart(text, current, content)
        ):
            current.append(line)
            continue
        flush()
        heading = looks_like_heading(content) and not _BLOCK_MARKER.match(content)
        if heading:
            start = _strip_left(text, line.start, line.end)
            blocks.append(_Block(Span(start, line.end), True))
        else:
            current = [line]
    flush()
    return blocks


def _apart(text: str, current: list[_Line], content: str) -> bool:
    """Page furniture on a line of its own ("Photo: Supplied", "By Ada Vell") is not the
    first line of a hard-wrapped paragraph, nor is the line after it."""
    if len(current) == 1 and furniture_role(text[current[0].start : current[0].end]):
        return True
    return furniture_role(content) is not None


def _continues(text: str, previous: _Line, content: str) -> bool:
    """Is ``content`` a hard-wrapped continuation of the previous line's paragraph?"""
    prev = text[previous.start : previous.end].rstrip()
    quoted = content.lstrip().startswith(">") and prev.lstrip().startswith(">")
    if (_BLOCK_MARKER.match(content) and not quoted) or not content.strip():
        return False  # a list item; a block quote's lines run on like a paragraph's
    if not prev:
        return False
    last = prev.rstrip(_CLOSERS)[-1:] or prev[-1]  # look past closing quotes and brackets
    return last not in _TERMINAL


def _sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """Sentence spans within ``[start, end)``, trimmed of surrounding white space."""
    sent_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        if not _is_boundary(text, m.start(), cut, end):
            continue
        span = _trim(text, sent_start, cut)
        if span is not None:
            yield span
        sent_start = cut
    span = _trim(text, sent_start, end)
    if span is not None:
        yield span


def _is_boundary(text: str, punct: int, cut: int, end: int) -> bool:
    nxt = _NEXT_START.match(text, cut, end)
    if nxt is None:
        return False
    first = nxt.group(2)
    if not (first.isupper() or first.isdigit() or nxt.group(1)):
        return False
    if text[punct] != ".":
        return True
    # the word before the full stop
    k = punct
    while k > 0 and not text[k - 1].isspace() and text[k - 1] not in '("“‘':
        k -= 1
    word = text[k:punct]
    if word[-1:] in ")]":
        return True  # "(p < 0.01). Next": a closed bracket, not an abbreviation, ends here
    bare = word.lower().strip(".")
    if bare in ABBREVIATIONS:
        return False
    if len(bare) == 1 and bare.isalpha():
        return False  # an initial: "J. K. Rowling"
    if "." in word:  # U.S., a.m.: a boundary only before a usual sentence opener
        following = _WORD.match(text, nxt.start(2))
        return bool(following and following.group(0).lower() in SENTENCE_STARTERS)
    return True


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return Span(start, end)


def segment(text: str) -> Document:
    """Segment ``text`` into a :class:`Document` whose spans index ``text`` exactly."""
    blocks, layout = _furniture(text, _blocks(text))
    title, dek, rest = _title_and_dek(text, blocks)

    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    heading: Span | None = None
    section_paragraphs: list[int] = []
    turns = _written_as_turns(text, rest)

    def close_section() -> None:
        sections.append(Section(len(sections), heading, tuple(section_paragraphs)))

    for block in rest:
        if block.heading:
            close_section()
            heading = block.span
            section_paragraphs = []
            continue
        body_start = block.span.start
        marker = _BLOCK_MARKER.match(text, body_start, block.span.end)
        if marker:
            body_start = marker.end()
        label = turns and turn_label(text[body_start : block.span.end])
        if label:  # "Dana Okafor (planning director): …": her words, not a sentence of hers
            body_start += label.end()
        ids = []
        for span in _sentences(text, body_start, block.span.end):
            ids.append(len(sentences))
            sentences.append(Sentence(span, len(sentences), len(paragraphs)))
        section_paragraphs.append(len(paragraphs))
        paragraphs.append(Paragraph(block.span, len(paragraphs), len(sections), tuple(ids)))
    close_section()
    return Document(text, title, dek, tuple(sections), tuple(paragraphs), tuple(sentences), layout)


def _written_as_turns(text: str, blocks: list[_Block]) -> bool:
    """An interview or transcript: three paragraphs open with a speaker's label, one label
    more than once (a lone ``Note:`` line does not make one)."""
    labels: list[str] = []
    for block in blocks:
        if block.heading:
            continue
        m = turn_label(text[block.span.start : block.span.end])
        if m is not None and m.end() < len(block.span):
            labels.append(m.group("name").lower())
    return len(labels) >= 3 and len(set(labels)) < len(labels)


_END_BLOCKS = 3
"""Bios, share prompts and newsletter boxes sit among the page's last blocks."""


def _furniture(text: str, blocks: list[_Block]) -> tuple[list[_Block], tuple[LayoutPart, ...]]:
    """The blocks that carry the article, and the page furniture set aside with its role.

    A "Related" or "Read more" heading takes the short list lines under it along.
    """
    kept: list[_Block] = []
    parts: list[LayoutPart] = []
    related = False
    after_image = False
    for n, block in enumerate(blocks):
        content = block.span.of(text)
        near_end = n >= len(blocks) - _END_BLOCKS
        role = furniture_role(content, near_end=near_end, after_image=after_image)
        if role is None and related and is_related_item(content):
            role = "related"
        if role is None and near_end and is_guest_bio(content, text):
            role = "bio"
        after_image = content.lstrip().startswith(("![", "[!["))
        related = role == "related" or (related and role is not None)
        if role is None:
            kept.append(block)
        else:
            parts.append(LayoutPart(block.span, role))
    return kept, tuple(parts)


def _title_and_dek(text: str, blocks: list[_Block]) -> tuple[Span | None, Span | None, list]:
    """The first short line is the title; a heading or emphasised line under it, the dek.

    A Markdown heading under the title is the first section's, not a subtitle.
    """
    if len(blocks) < 2:
        return None, None, blocks
    first = blocks[0]
    first_text = first.span.of(text)
    if not first.heading and (len(first_text) > 200 or len(_words(first_text)) > 30):
        return None, None, blocks
    second = blocks[1]
    is_dek = (
        len(blocks) > 2
        and not second.markdown_heading
        and (second.heading or _is_emphasised(second.span.of(text)))
    )
    if is_dek:
        return first.span, _unemphasised(text, second.span), blocks[2:]
    return first.span, None, blocks[1:]


def _unemphasised(text: str, span: Span) -> Span:
    """``span`` without the ``*``/``_`` markers around it: the dek's words, not its markup."""
    start, end = span.start, span.end
    while end - start > 2 and text[start] in "*_" and text[end - 1] == text[start]:
        start, end = start + 1, end - 1
    return Span(start, end)


def _is_emphasised(s: str) -> bool:
    s = s.strip()
    return len(s) > 2 and s[0] in "*_" and s[-1] == s[0] and len(s) <= 300
