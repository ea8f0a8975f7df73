"""``argmap diff`` and ``argmap check-quotes`` (and audit's ``--against`` helper)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ArgmapError
from ..reading import DEFAULT_MAX_SIZE
from .common import (
    ArticleArg,
    DebugOpt,
    MaxSizeOpt,
    OutputOpt,
    _load,
    _stderr,
    _use_color,
    _user_errors,
    _write,
    app,
)

# --------------------------------------------------------------------------- compare
# ``argmap diff`` and ``argmap check-quotes`` (and audit's --against helper): one block, so
# a restructuring of this module can move it whole. The work is in argmap.compare.


def _compare_choices() -> tuple[type[Enum], type[Enum]]:
    """The diff and quote-check format names, from the registries in :mod:`argmap.compare`."""
    from ..compare.render_diff import DIFF_FORMATS
    from ..compare.render_quotes import QUOTE_FORMATS

    return (
        Enum("DiffFormat", {name: name for name in DIFF_FORMATS}, type=str),
        Enum("QuotesFormat", {name: name for name in QUOTE_FORMATS}, type=str),
    )


DiffFormat, QuotesFormat = _compare_choices()
CHANGED_EXIT = 3
"""Exit status of ``--fail-on-change`` / ``--strict`` when something changed (as audit's 3)."""


def _format_name(fmt: Enum | None, output: Path | None, formats, default: str) -> str:
    if fmt is not None:
        return fmt.value
    return (formats.for_path(str(output)) if output else None) or default


def _originals(sources: list[str], max_size: int) -> list:
    """The ``--against`` texts: files, folders of them, URLs or ``-``; at least one."""
    from ..batch import load_articles

    originals = load_articles(sources, max_size=max_size)
    if not originals:
        raise ArgmapError(f"no original texts in {', '.join(sources)}")
    return originals


def quote_audit(amap, against: list[str], max_size: int) -> str:
    """The quote-check table that ``argmap audit --against`` prints after its report."""
    from ..compare import check_quotes
    from ..compare.render_quotes import render_quotes_table

    checks = check_quotes(amap, _originals(against, max_size))
    return "\n" + render_quotes_table(checks, False)


@app.command("diff")
def diff_command(
    old: Annotated[
        str, typer.Argument(help="The earlier version (file, URL or -).", metavar="OLD")
    ],
    new: Annotated[str, typer.Argument(help="The later version (file, URL or -).", metavar="NEW")],
    fmt: Annotated[
        Optional[DiffFormat],  # type: ignore[valid-type]  # noqa: UP045
        typer.Option(
            "--format", "-f", help="Output format [default: from -o's extension, else tree]."
        ),
    ] = None,
    output: OutputOpt = None,
    fail_on_change: Annotated[
        bool, typer.Option("--fail-on-change", help="Exit 3 if the maps differ (for scripts).")
    ] = False,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """Compare two versions of an article, or two articles on one story: what changed.

    The maps are aligned by text similarity: thesis (changed or not), claims (added,
    removed, reworded, with a word-level diff), quotes (added, removed, altered,
    attributed to someone else, turned from reported into direct or back) and sources
    (gained, lost, role or affiliation changed). Two stories with little in common get a
    short summary instead of a list of every difference.

    JSON (argmap-diff/1): {schema, old, new, changed, related, overlap, summary, thesis:
    {status, old, new, similarity, diff}, claims: [{status, old, new, similarity, diff}],
    quotes: [{status, changes, old, new, similarity, diff}], sources: [{status, name,
    fields, old, new}]}; diff is [{op, old, new}] with op equal|replace|insert|delete.

    Exit 0 whether or not the maps differ (1 on errors); with --fail-on-change, 3 when
    they differ.
    """
    from ..compare.render_diff import DIFF_FORMATS

    name = _format_name(fmt, output, DIFF_FORMATS, "tree")
    with _user_errors(debug):
        from ..compare import diff_maps
        from ..pipeline import map_article
        from ..reading import load_article

        before, after = (load_article(a, max_size=max_size) for a in (old, new))
        diff = diff_maps(
            map_article(before), map_article(after), old_name=before.name, new_name=after.name
        )
        _write(DIFF_FORMATS.find(name).load()(diff, _use_color(output)), output)
    if fail_on_change and diff.changed:
        _stderr("diff: the maps differ")
        raise typer.Exit(CHANGED_EXIT)


@app.command("check-quotes")
def check_quotes_command(
    article: ArticleArg,
    against: Annotated[
        list[str],
        typer.Option(
            "--against",
            "-a",
            metavar="ORIGINAL",
            help="An original text: transcript, speech, release, earlier article (file,"
            " folder, URL or -). Repeat for several.",
        ),
    ],
    fmt: Annotated[
        Optional[QuotesFormat],  # type: ignore[valid-type]  # noqa: UP045
        typer.Option(
            "--format", "-f", help="Output format [default: from -o's extension, else table]."
        ),
    ] = None,
    output: OutputOpt = None,
    reported: Annotated[
        bool,
        typer.Option(
            "--reported", help="List reported statements too, as paraphrase (never judged)."
        ),
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 3 if any quote is not verbatim.")
    ] = False,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """Check each quote of ARTICLE against the originals: verbatim, altered, spliced or
    not found, with where it was found (file, line:column, span) and a similarity score.

    Ellipses and [bracketed insertions] are read as the press conventions they are; an
    ellipsis that leaves out a negation makes the quote altered. Quote marks, dashes,
    white space and case are not changes.
    """
    from ..compare.render_quotes import QUOTE_FORMATS

    name = _format_name(fmt, output, QUOTE_FORMATS, "table")
    with _user_errors(debug):
        from ..compare import Verdict, check_quotes

        amap = _load(article, max_size=max_size)
        checks = check_quotes(amap, _originals(against, max_size), reported=reported)
        _write(QUOTE_FORMATS.find(name).load()(checks, _use_color(output)), output)
    judged = (Verdict.VERBATIM, Verdict.PARAPHRASE)
    wrong = sum(c.verdict not in judged for c in checks)
    if strict and wrong:
        _stderr(f"check-quotes: {wrong} quote(s) not verbatim")
        raise typer.Exit(CHANGED_EXIT)
