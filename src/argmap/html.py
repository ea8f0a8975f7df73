"""Main text from an HTML page, with trafilatura, shaped for argmap's segmenter.

argmap needs the article's structure, not its markup: the page comes back as Markdown with
the title as a ``#`` heading, section headings as ``##``…, and paragraphs separated by blank
lines. Menus, comments, share buttons, footers and tables are left out. trafilatura is slow
to import, so it loads only when a page has to be read.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError
from .safe_text import printable


@dataclass(frozen=True, slots=True)
class MainText:
    """The article text of a page (Markdown) and its title, when the page names one."""

    text: str
    title: str | None


def extract_main_text(html: str, *, name: str = "input", url: str | None = None) -> MainText:
    """Extract the main text of ``html``; :class:`InputError` when there is none.

    ``url`` (where the page came from, if known) helps trafilatura with relative links
    and site-specific metadata; ``name`` is used in error messages.
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=True,  # keeps headings as "#" lines
        with_metadata=True,
    )
    body = _tidy(document.text or "") if document is not None else ""
    title = _one_line(document.title) if document is not None and document.title else None
    if not any(ch.isalpha() for ch in body):
        raise InputError(f"{printable(name)}: no article text found in the HTML page")
    if title and _one_line(body.split("\n", 1)[0].lstrip("#")).casefold() != title.casefold():
        body = f"# {title}\n\n{body}"
    return MainText(body, title or None)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _tidy(text: str) -> str:
    """Trailing spaces off, one blank line between blocks, a single final newline."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""
