"""The ``argmap`` command: parse options, call the library, write the result.

Library errors (:class:`ArgmapError`) become one line on stderr and exit 1; usage errors
are typer's (exit 2). Heavy modules load inside the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import ArgmapError
from .reading import DEFAULT_MAX_SIZE
from .render import RENDERERS, RenderOptions, format_for_path
from .report import QUOTE_ROW_FORMATS, SOURCE_FORMATS

app = typer.Typer(
    name="argmap",
    help="Map the argument of an article: thesis, claims, quotes and the sources behind them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

MapFormat = Enum("MapFormat", {name: name for name in RENDERERS}, type=str)
SourcesFormat = Enum("SourcesFormat", {name: name for name in SOURCE_FORMATS}, type=str)
QuoteRowsFormat = Enum("QuoteRowsFormat", {name: name for name in QUOTE_ROW_FORMATS}, type=str)


class RankDir(str, Enum):
    TB = "TB"
    LR = "LR"
    BT = "BT"
    RL = "RL"


class Theme(str, Enum):
    light = "light"
    dark = "dark"
    print = "print"


ArticleArg = Annotated[
    str,
    typer.Argument(
        help="Article: a text, Markdown or HTML file, an http(s) URL, or - for stdin.",
        metavar="ARTICLE",
    ),
]
ArticlesArg = Annotated[
    list[str],
    typer.Argument(
        help="Articles: text, Markdown or HTML files, folders of them, http(s) URLs, or -"
        " for stdin. Several give JSON Lines, one map per article.",
        metavar="ARTICLE",
    ),
]
OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045 - typer reads the annotation at run time on 3.10 too
    typer.Option("--output", "-o", help="Write here instead of stdout.", dir_okay=False),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the full traceback on errors.")]
RankDirOpt = Annotated[
    RankDir, typer.Option("--rankdir", help="Diagram direction (dot/svg/png/pdf).")
]
ThemeOpt = Annotated[
    Theme, typer.Option("--theme", help="Diagram colours; print is greyscale (shapes tell kinds).")
]
MaxLabelOpt = Annotated[
    int,
    typer.Option(
        "--max-label", min=20, help="Cut diagram and tree labels to this many characters."
    ),
]
MinConfidenceOpt = Annotated[
    float,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Leave out claims, quotes and sources scored below this.",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"argmap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Map the argument of an article: thesis, claims, quotes and the sources behind them."""


def _stderr(message: str) -> None:
    typer.echo(f"argmap: {message}", err=True)


@contextmanager
def _user_errors(debug: bool):
    """Turn failures into one line on stderr and exit 1; ``--debug`` keeps the traceback."""
    try:
        yield
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except ArgmapError as err:
        if debug:
            raise
        _stderr(f"error: {err}")
        raise typer.Exit(1) from None
    except BrokenPipeError:
        sys.stderr.close()  # reader went away (argmap ... | head): not an error worth a word
        raise typer.Exit(1) from None
    except Exception as err:
        if debug:
            raise
        _stderr(f"internal error: {type(err).__name__}: {err} (run with --debug for details)")
        raise typer.Exit(1) from None


def _use_color(output: Path | None) -> bool:
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _write(data: str | bytes, output: Path | None) -> None:
    if output is not None:
        try:
            if isinstance(data, bytes):
                output.write_bytes(data)
            else:
                output.write_text(data, encoding="utf-8", newline="")
        except OSError as err:
            raise ArgmapError(f"{output}: cannot write ({err.strerror or err})") from None
        return
    if isinstance(data, bytes):
        if sys.stdout.isatty():
            raise ArgmapError("refusing to write a binary image to the terminal; use -o FILE")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        sys.stdout.write(data)
        sys.stdout.flush()


def _parse_size(value: str | int) -> int:
    """``20M``, ``500k``, ``1G`` or a plain number of bytes."""
    if isinstance(value, int):
        return value
    units = {"k": 1_000, "m": 1_000_000, "g": 1_000_000_000}
    text = value.strip().lower().removesuffix("b")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        size = int(float(number) * factor)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a size such as 20M or 500k") from None
    if size <= 0:
        raise typer.BadParameter("must be more than 0 bytes")
    return size


MaxSizeOpt = Annotated[
    int,
    typer.Option(
        "--max-size",
        parser=_parse_size,
        metavar="SIZE",
        help="Refuse inputs larger than this (bytes, or 500k, 20M).",
    ),
]


def _options(min_confidence: float):
    from .model import Options

    return Options(min_confidence=min_confidence)


def _load(article: str, min_confidence: float = 0.0, max_size: int = DEFAULT_MAX_SIZE):
    from .pipeline import map_article
    from .reading import load_article

    return map_article(load_article(article, max_size=max_size), _options(min_confidence))


@app.command("map")
def map_command(
    articles: ArticlesArg,
    fmt: Annotated[
        Optional[MapFormat],  # noqa: UP045
        typer.Option(
            "--format", "-f", help="Output format [default: from -o's extension, else tree]."
        ),
    ] = None,
    output: OutputOpt = None,
    rankdir: RankDirOpt = RankDir.TB,
    theme: ThemeOpt = Theme.light,
    max_label: MaxLabelOpt = 160,
    depth: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--depth", min=1, help="Only levels down to this (1 thesis, 2 sub-theses, ...)."
        ),
    ] = None,
    focus: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--focus", metavar="NODE_ID", help="Only this node and its neighbours."),
    ] = None,
    min_confidence: MinConfidenceOpt = 0.0,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    recursive: Annotated[
        bool, typer.Option("--recursive", "-r", help="Read folders' sub-folders too.")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=1, help="Map several articles in this many processes."),
    ] = 1,
    debug: DebugOpt = False,
) -> None:
    """Map each ARTICLE's argument: thesis, sub-theses, claims, quotes and their sources.

    One article gives one map in the chosen format; several (or a folder) give JSON Lines,
    one argmap/1 object per article with its "file", written as each is mapped. An article
    that cannot be mapped gives a record with "error" and "message" instead, and the exit
    code is 1; the others are still mapped.
    """
    name = fmt.value if fmt is not None else None
    if len(articles) > 1 or _is_folder(articles[0]):
        if name not in (None, "json"):
            raise typer.BadParameter(
                "several articles are written as JSON Lines; use --format json",
                param_hint="'--format'",
            )
        with _user_errors(debug):
            options = _options(min_confidence)
            failed = _map_many(articles, output, options, max_size, recursive, jobs)
        if failed:
            raise typer.Exit(1)
        return
    if name is None and output is not None:
        name = format_for_path(str(output))
        if name is None:
            raise typer.BadParameter(
                f"cannot tell the format from {output.name!r}; add --format", param_hint="'-o'"
            )
    with _user_errors(debug):
        from . import views
        from .render import render

        amap = _load(articles[0], min_confidence, max_size)
        if focus is not None:
            amap = views.focus(amap, focus)
        if depth is not None:
            amap = views.limit_depth(amap, depth)
        options = RenderOptions(
            color=_use_color(output),
            rankdir=rankdir.value,
            theme=theme.value,
            max_label=max_label,
        )
        _write(render(amap, name or "tree", options), output)


@app.command("slides")
def slides_command(
    article: ArticleArg,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Folder for the numbered SVGs (created if missing).",
            file_okay=False,
        ),
    ],
    rankdir: RankDirOpt = RankDir.TB,
    theme: ThemeOpt = Theme.light,
    max_label: MaxLabelOpt = 120,
    min_confidence: MinConfidenceOpt = 0.0,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """Write numbered SVGs that build ARTICLE's map step by step, ready for a slide deck."""
    with _user_errors(debug):
        from .slides import write_slides

        options = RenderOptions(rankdir=rankdir.value, theme=theme.value, max_label=max_label)
        for path in write_slides(_load(article, min_confidence, max_size), output, options):
            _stderr(f"wrote {path}")


@app.command("sources")
def sources_command(
    article: ArticleArg,
    fmt: Annotated[
        SourcesFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SourcesFormat.table,  # type: ignore[attr-defined]
    output: OutputOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """List the sources ARTICLE cites: people, organisations, documents, anonymous."""
    with _user_errors(debug):
        from .report import source_rows

        rows = source_rows(_load(article, max_size=max_size))
        _write(SOURCE_FORMATS.find(fmt.value).load()(rows, _use_color(output)), output)


@app.command("quotes")
def quotes_command(
    article: ArticleArg,
    fmt: Annotated[
        Optional[QuoteRowsFormat],  # type: ignore[valid-type]  # noqa: UP045
        typer.Option("--format", "-f", help="Output format [default: table, or from -o]."),
    ] = None,
    output: OutputOpt = None,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence", min=0.0, max=1.0, help="Leave out attributions scored below this."
        ),
    ] = 0.0,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """List who said what in ARTICLE: speaker, role, words, direct or reported, line:column,
    and how sure the attribution is."""
    with _user_errors(debug):
        from .report import quote_rows

        name = fmt.value if fmt else QUOTE_ROW_FORMATS.for_path(str(output or "")) or "table"
        rows = quote_rows(_load(article, min_confidence, max_size))
        _write(QUOTE_ROW_FORMATS.find(name).load()(rows, _use_color(output)), output)


def _audit_choices() -> tuple[type[Enum], tuple[str, ...]]:
    """The audit's format and check names, from the registries in :mod:`argmap.audit`."""
    from .audit import AUDIT_FORMATS, CHECKS

    return Enum("AuditFormat", {name: name for name in AUDIT_FORMATS}, type=str), tuple(CHECKS)


AuditFormat, AUDIT_CHECKS = _audit_choices()


def _checks_help() -> str:
    """The audit's checks, one line each (name, what it measures), for ``audit --help``."""
    from .audit import CHECKS

    lines = (f"  {name:<21} {plugin.help}" for name, plugin in CHECKS.items())
    return "\b\nChecks for --fail-on:\n" + "\n".join(lines)


def _fail_on_names(values: list[str] | None) -> list[str]:
    """``--fail-on`` values: repeated or comma-separated check names, or ``all``."""
    names = [n.strip() for v in values or () for n in v.split(",") if n.strip()]
    if "all" in names:
        return list(AUDIT_CHECKS)
    unknown = [n for n in names if n not in AUDIT_CHECKS]
    if unknown:
        choices = ", ".join((*AUDIT_CHECKS, "all"))
        raise typer.BadParameter(f"unknown check {unknown[0]!r} (choose from {choices})")
    return names


@app.command("audit", epilog=_checks_help())
def audit_command(
    article: ArticleArg,
    fmt: Annotated[
        Optional[AuditFormat],  # type: ignore[valid-type]  # noqa: UP045
        typer.Option(
            "--format", "-f", help="Report format [default: from -o's extension, else text]."
        ),
    ] = None,
    output: OutputOpt = None,
    max_anonymous_share: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option(
            "--max-anonymous-share",
            min=0.0,
            max=1.0,
            metavar="SHARE",
            help="Exit 3 if more than this share (0-1) of attributions are anonymous.",
        ),
    ] = None,
    fail_on: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--fail-on",
            metavar="CHECK",
            callback=_fail_on_names,
            help="Exit 3 if this check finds anything (repeat, or comma-separate; 'all'): "
            + ", ".join(AUDIT_CHECKS)
            + ".",
        ),
    ] = None,
    against: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--against",
            metavar="ORIGINAL",
            help="Also check ARTICLE's quotes against this original (text report only;"
            " see argmap check-quotes).",
        ),
    ] = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """Audit how ARTICLE is sourced: who backs each point, and what a fact-checker should check.

    The report is always written; each breached --fail-on check or --max-anonymous-share
    limit is then printed on stderr and the exit code is 3.
    """
    from .audit import AUDIT_FORMATS, audit_map, check_thresholds

    name = fmt.value if fmt is not None else "text"
    if fmt is None and output is not None:
        name = AUDIT_FORMATS.for_path(str(output))
        if name is None:
            endings = ", ".join(e for p in AUDIT_FORMATS.values() for e in p.extensions)
            raise typer.BadParameter(
                f"cannot tell the format from {output.name!r} ({endings}); add --format",
                param_hint="'-o'",
            )
    if against and name != "text":
        raise typer.BadParameter("works with the text report only", param_hint="'--against'")
    with _user_errors(debug):
        amap = _load(article, max_size=max_size)
        audit = audit_map(amap)
        report = AUDIT_FORMATS[name].load()(audit, _use_color(output), None)
        if against:
            report += _quote_audit(amap, against, max_size)
        _write(report, output)
        breaches = check_thresholds(audit, max_anonymous_share, set(fail_on or ()))
    for breach in breaches:
        _stderr(f"audit: {breach}")
    if breaches:
        raise typer.Exit(3)


@app.command("schema")
def schema_command(output: OutputOpt = None, debug: DebugOpt = False) -> None:
    """Print the JSON Schema of argmap's argmap/1 JSON output."""
    with _user_errors(debug):
        import json

        from .schema import json_schema

        _write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", output)


def _is_folder(source: str) -> bool:
    return source != "-" and "://" not in source and Path(source).is_dir()


def _map_many(
    sources: list[str], output: Path | None, options, max_size: int, recursive: bool, jobs: int
) -> int:
    """Write one JSON line per article as each is mapped; a failed article gives an error
    record and a line on stderr, and the rest go on. Returns the number that failed."""
    from contextlib import nullcontext

    from .batch import json_lines_file, map_articles

    failed = 0
    sink = (
        json_lines_file(output)
        if output is not None
        else nullcontext(lambda line: _write(line, None))
    )
    with sink as write:
        for outcome in map_articles(
            sources, options, max_size=max_size, recursive=recursive, jobs=jobs
        ):
            write(outcome.json_line())
            if not outcome.ok:
                failed += 1
                _stderr(f"{outcome.error} error: {outcome.message}")
    return failed


# --------------------------------------------------------------------------- compare
# ``argmap diff`` and ``argmap check-quotes`` (and audit's --against helper): one block, so
# a restructuring of this module can move it whole. The work is in argmap.compare.


def _compare_choices() -> tuple[type[Enum], type[Enum]]:
    """The diff and quote-check format names, from the registries in :mod:`argmap.compare`."""
    from .compare.render_diff import DIFF_FORMATS
    from .compare.render_quotes import QUOTE_FORMATS

    return (
        Enum("DiffFormat", {name: name for name in DIFF_FORMATS}, type=str),
        Enum("QuotesFormat", {name: name for name in QUOTE_FORMATS}, type=str),
    )


DiffFormat, QuotesFormat = _compare_choices()
CHANGED_EXIT = 3
"""Exit status of ``--fail-on-change`` / ``--strict`` when something changed (as audit's 3)."""


def _format_name(fmt: Enum | None, output: Path | None, extensions: dict, default: str) -> str:
    if fmt is not None:
        return fmt.value
    return extensions.get(output.suffix.lower(), default) if output else default


def _originals(sources: list[str], max_size: int) -> list:
    """The ``--against`` texts: files, folders of them, URLs or ``-``; at least one."""
    from .batch import load_articles

    originals = load_articles(sources, max_size=max_size)
    if not originals:
        raise ArgmapError(f"no original texts in {', '.join(sources)}")
    return originals


def _quote_audit(amap, against: list[str], max_size: int) -> str:
    """The quote-check table that ``argmap audit --against`` prints after its report."""
    from .compare import check_quotes
    from .compare.render_quotes import render_quotes_table

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
    from .compare.render_diff import DIFF_EXTENSIONS, DIFF_FORMATS

    name = _format_name(fmt, output, DIFF_EXTENSIONS, "tree")
    with _user_errors(debug):
        from .compare import diff_maps
        from .pipeline import map_article
        from .reading import load_article

        before, after = (load_article(a, max_size=max_size) for a in (old, new))
        diff = diff_maps(
            map_article(before), map_article(after), old_name=before.name, new_name=after.name
        )
        _write(DIFF_FORMATS[name](diff, _use_color(output)), output)
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
    from .compare.render_quotes import QUOTE_EXTENSIONS, QUOTE_FORMATS

    name = _format_name(fmt, output, QUOTE_EXTENSIONS, "table")
    with _user_errors(debug):
        from .compare import Verdict, check_quotes

        amap = _load(article, max_size=max_size)
        checks = check_quotes(amap, _originals(against, max_size), reported=reported)
        _write(QUOTE_FORMATS[name](checks, _use_color(output)), output)
    judged = (Verdict.VERBATIM, Verdict.PARAPHRASE)
    wrong = sum(c.verdict not in judged for c in checks)
    if strict and wrong:
        _stderr(f"check-quotes: {wrong} quote(s) not verbatim")
        raise typer.Exit(CHANGED_EXIT)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
