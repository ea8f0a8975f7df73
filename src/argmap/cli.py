"""The ``argmap`` command: parse options, call the library, write the result.

Library errors (:class:`ArgmapError`) become one line on stderr and exit 1; usage errors
are typer's (exit 2). Heavy modules load inside the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import math
import os
import signal
import sys
import warnings
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import ArgmapError, ArgmapWarning
from .reading import DEFAULT_MAX_SIZE
from .render import RENDERERS, RenderOptions, format_for_path
from .report import QUOTE_ROW_FORMATS, SOURCE_FORMATS
from .safe_text import printable

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


class Fit(str, Enum):
    wide = "16:9"
    standard = "4:3"
    none = "none"


class Fold(str, Enum):
    auto = "auto"
    none = "none"


class SlideFormat(str, Enum):
    svg = "svg"
    png = "png"
    pdf = "pdf"


class Deck(str, Enum):
    markdown = "markdown"


ArticleArg = Annotated[
    str,
    typer.Argument(
        help="Article: a text, Markdown or HTML file, an http(s) URL, or - for stdin.",
        metavar="ARTICLE",
    ),
]
ArticlesArg = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Argument(
        help="Articles: text, Markdown or HTML files, folders of them, glob patterns"
        " ('news/*.html'), http(s) URLs, or - for stdin. Several give JSON Lines, one map"
        " per article.",
        metavar="ARTICLE",
        show_default=False,
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
    Optional[int],  # noqa: UP045
    typer.Option(
        "--max-label",
        min=20,
        help="Cut every diagram and tree label to this many characters [default: 160 for"
        " quotes and diagrams; the tree's statements whole].",
    ),
]
FitOpt = Annotated[
    Fit,
    typer.Option(
        "--fit",
        help="Lay the diagram out for this slide shape, readable at slide size; none: as wide"
        " as it grows.",
    ),
]
FoldOpt = Annotated[
    Fold,
    typer.Option(
        "--fold",
        help="auto: on large maps, list evidence inside the point it backs and sources in a"
        " table (a caption says so); none: draw every node.",
    ),
]
LegendOpt = Annotated[
    bool, typer.Option("--legend/--no-legend", help="Draw the small key in the corner.")
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
    typer.echo(f"argmap: {printable(message)}", err=True)


def _show_warning(message: Warning | str, category: type[Warning], *_: object) -> None:
    if issubclass(category, ArgmapWarning):
        _stderr(f"warning: {message}")
    else:
        typer.echo(warnings.formatwarning(message, category, "", 0).strip(), err=True)


@contextmanager
def _user_errors(debug: bool):
    """Turn failures into one line on stderr and exit 1; ``--debug`` keeps the traceback.

    Library warnings (:class:`ArgmapWarning`) are shown as they happen, one line each.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", ArgmapWarning)
            warnings.showwarning = _show_warning
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
    return (
        output is None
        and sys.stdout is not None
        and sys.stdout.isatty()
        and "NO_COLOR" not in os.environ
    )


def _write(data: str | bytes, output: Path | None) -> None:
    from .output import write_output, write_stdout

    if output is not None:
        write_output(data, output)
    else:
        write_stdout(data)


def _refuse_overwriting_input(output: Path | None, articles: list[str], debug: bool) -> None:
    from .output import refuse_overwriting_input

    with _user_errors(debug):
        refuse_overwriting_input(output, articles)


def _parse_size(value: str | int) -> int:
    """``20M``, ``500k``, ``1G`` or a plain number of bytes."""
    if isinstance(value, int):
        return value
    units = {"k": 1_000, "m": 1_000_000, "g": 1_000_000_000}
    text = value.strip().lower().removesuffix("b")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        size = float(number) * factor
    except ValueError:
        size = math.nan
    if not math.isfinite(size):
        raise typer.BadParameter(f"{value!r} is not a size such as 20M or 500k")
    if size < 1:
        raise typer.BadParameter("must be more than 0 bytes")
    return min(int(size), sys.maxsize - 1)  # beyond that, no file is larger anyway


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
    articles: ArticlesArg = None,
    fmt: Annotated[
        Optional[MapFormat],  # noqa: UP045
        typer.Option(
            "--format", "-f", help="Output format [default: from -o's extension, else tree]."
        ),
    ] = None,
    output: OutputOpt = None,
    rankdir: RankDirOpt = RankDir.TB,
    theme: ThemeOpt = Theme.light,
    max_label: MaxLabelOpt = None,
    fit: FitOpt = Fit.wide,
    fold: FoldOpt = Fold.auto,
    legend: LegendOpt = True,
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
        Optional[int],  # noqa: UP045
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Map several articles in this many processes [default: all cores].",
            show_default=False,
        ),
    ] = None,
    records: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--records",
            metavar="FILE.jsonl",
            help='Also map the articles of a JSON Lines file ({"id", "text"} or {"id",'
            ' "url"} a line; - for stdin), read one line at a time.',
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="With -o FILE: keep the results already in FILE (and FILE.part, left by"
            " an interrupted run), skip those articles and append the others.",
        ),
    ] = False,
    skip_non_english: Annotated[
        bool,
        typer.Option(
            "--skip-non-english",
            help='Do not map articles that do not read as English: {"file", "skipped"}.',
        ),
    ] = False,
    progress: Annotated[
        Optional[bool],  # noqa: UP045
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on stderr [default: when stderr is a terminal].",
            show_default=False,
        ),
    ] = None,
    scheduler: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--scheduler",
            metavar="tcp://HOST:8786",
            help="Map on this Dask cluster (pip install 'argmap[dask]').",
        ),
    ] = None,
    dask: Annotated[
        bool,
        typer.Option("--dask", help="Map on a local Dask cluster of --jobs workers."),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Map each ARTICLE's argument: thesis, sub-theses, claims, quotes and their sources.

    One article gives one map in the chosen format; several (a folder, a glob, --records)
    give JSON Lines, one argmap/1 object per article with its "file" and "language", in
    input order, written as each is mapped. An article that cannot be mapped gives a
    record with "error" and "message" instead, and the exit code is 1; the others are
    still mapped. A summary line ends the run on stderr.
    """
    name = fmt.value if fmt is not None else None
    articles = articles or []
    if not articles and records is None:
        raise typer.BadParameter("give an ARTICLE, or --records FILE.jsonl")
    many = (
        records is not None
        or len(articles) > 1
        or _is_folder(articles[0])
        or _is_pattern(articles[0])
        or resume
        or skip_non_english
        or scheduler is not None
        or dask
    )
    _refuse_overwriting_input(output, articles, debug)
    if many:
        if name not in (None, "json"):
            raise typer.BadParameter(
                "several articles are written as JSON Lines; use --format json",
                param_hint="'--format'",
            )
        if resume and output is None:
            raise typer.BadParameter("--resume needs -o FILE", param_hint="'--resume'")
        with _user_errors(debug):
            from .batch import default_jobs

            failed = _map_many(
                articles,
                records,
                output,
                _options(min_confidence),
                max_size=max_size,
                recursive=recursive,
                jobs=jobs or default_jobs(),
                resume=resume,
                skip_non_english=skip_non_english,
                progress=sys.stderr.isatty() if progress is None else progress,
                scheduler="local" if dask and scheduler is None else scheduler,
            )
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
            fit=fit.value,
            fold=fold.value,
            legend=legend,
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
            help="Folder for the numbered images (created if missing).",
            file_okay=False,
        ),
    ],
    fmt: Annotated[
        SlideFormat, typer.Option("--format", "-f", help="Image format of the slides.")
    ] = SlideFormat.svg,
    deck: Annotated[
        Optional[Deck],  # noqa: UP045
        typer.Option(
            "--deck",
            help="Also write deck.md, a Marp/reveal.js Markdown deck: the thesis, then the"
            " images in order.",
        ),
    ] = None,
    rankdir: RankDirOpt = RankDir.TB,
    theme: ThemeOpt = Theme.light,
    max_label: MaxLabelOpt = 120,
    fit: FitOpt = Fit.wide,
    fold: FoldOpt = Fold.auto,
    legend: LegendOpt = True,
    min_confidence: MinConfidenceOpt = 0.0,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """Write numbered images that build ARTICLE's map step by step, ready for a slide deck.

    Every slide is the same layout with less of it shown, so nothing moves between slides.
    """
    with _user_errors(debug):
        from .slides import write_deck_markdown, write_slides

        options = RenderOptions(
            rankdir=rankdir.value,
            theme=theme.value,
            max_label=max_label,
            fit=fit.value,
            fold=fold.value,
            legend=legend,
        )
        amap = _load(article, min_confidence, max_size)
        paths = write_slides(amap, output, options, fmt.value)
        for path in paths:
            _stderr(f"wrote {path}")
        if deck is not None:
            _stderr(f"wrote {write_deck_markdown(amap, output, paths)}")


@app.command("sources")
def sources_command(
    article: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            help="Article: a file, URL or - for stdin; or a folder of articles, or a .jsonl"
            " of maps, for the ledger merged across them.",
            metavar="ARTICLE",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        SourcesFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SourcesFormat.table,  # type: ignore[attr-defined]
    output: OutputOpt = None,
    maps: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--maps",
            metavar="FILE.jsonl",
            help="JSON Lines of maps (argmap map on many articles): the merged ledger.",
        ),
    ] = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """List the sources ARTICLE cites: people, organisations, documents, anonymous.

    Over a folder or JSON Lines of maps, one row per source merged across the articles
    (names matched without case, punctuation or titles), with the number of articles.
    """
    if article is None and not maps:
        raise typer.BadParameter("give an ARTICLE, or --maps FILE.jsonl")
    _refuse_overwriting_input(output, [a for a in (article, *(maps or ())) if a], debug)
    with _user_errors(debug):
        if maps or article.endswith(".jsonl") or _is_folder(article):
            rows = _merged_rows([*(maps or ()), *([article] if article else [])], max_size)
        else:
            from .report import source_rows

            rows = source_rows(_load(article, max_size=max_size))
        _write(SOURCE_FORMATS.find(fmt.value).load()(rows, _use_color(output)), output)


def _merged_rows(inputs: list[str], max_size: int) -> list[dict]:
    """The ledger across JSON Lines of maps and folders of articles (mapped on all cores)."""
    from itertools import chain

    from .batch import default_jobs, map_articles
    from .corpus.ledger import merged_source_rows
    from .corpus.records import map_records

    def records(source: str):
        if source.endswith(".jsonl") or source == "-":
            return map_records([source])
        outcomes = map_articles([source], max_size=max_size, jobs=default_jobs())
        return (o.record() for o in outcomes)

    return merged_source_rows(chain.from_iterable(records(s) for s in inputs))


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
    _refuse_overwriting_input(output, [article], debug)
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
    article: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            help="Article: a text, Markdown or HTML file, an http(s) URL, or - for stdin.",
            metavar="ARTICLE",
            show_default=False,
        ),
    ] = None,
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
    corpus: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--corpus",
            metavar="MAPS.jsonl",
            help="Per-outlet figures over JSON Lines of maps instead (-f json for JSON).",
        ),
    ] = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """Audit how ARTICLE is sourced: who backs each point, and what a fact-checker should check.

    The report is always written; each breached --fail-on check or --max-anonymous-share
    limit is then printed on stderr and the exit code is 3. With --corpus, per-outlet
    figures (anonymous share, single-source dependence) over JSON Lines of maps.
    """
    if corpus:
        with _user_errors(debug):
            _write(_corpus_audit(corpus, fmt.value if fmt is not None else None), output)
        return
    if article is None:
        raise typer.BadParameter("give an ARTICLE, or --corpus MAPS.jsonl")
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
    _refuse_overwriting_input(output, [article], debug)
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


def _corpus_audit(maps: list[str], name: str | None) -> str:
    from .corpus.audit import outlet_rows, outlets_json, outlets_table
    from .corpus.records import map_records

    rows = outlet_rows(map_records(maps))
    return outlets_json(rows) if name == "json" else outlets_table(rows)


@app.command("schema")
def schema_command(output: OutputOpt = None, debug: DebugOpt = False) -> None:
    """Print the JSON Schema of argmap's argmap/1 JSON output."""
    with _user_errors(debug):
        import json

        from .schema import json_schema

        _write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", output)


def _is_folder(source: str) -> bool:
    return source != "-" and "://" not in source and Path(source).is_dir()


def _is_pattern(source: str) -> bool:
    import glob

    return glob.has_magic(source) and not os.path.lexists(source) and "://" not in source


def _map_many(articles: list[str], records: str | None, output: Path | None, options, **run) -> int:
    """Write one JSON line per article as each is mapped; a failed article gives an error
    record and a line on stderr, and the rest go on. Returns the number that failed."""
    from contextlib import nullcontext

    from .batch import json_lines_file, map_articles
    from .corpus import corpus_sources
    from .corpus.progress import Tally, progress_bar
    from .corpus.records import finished_ids

    resume, show = run.pop("resume"), run.pop("progress")
    done = finished_ids(output) if resume and output is not None else set()
    recursive = run["recursive"]
    total = _count(articles, records, recursive, done) if show else None
    sources = corpus_sources(articles, records, recursive=recursive, done=done)
    sink = (
        json_lines_file(output, resume=resume)
        if output is not None
        else nullcontext(lambda line: _write(line, None))
    )
    tally = Tally()
    try:
        with _terminate_as_interrupt(), sink as write, progress_bar(total, show) as advance:
            for outcome in map_articles(sources, options, **run):
                write(outcome.json_line())
                tally.add(outcome)
                advance()
                if outcome.error is not None:
                    _stderr(f"{outcome.error} error: {outcome.message}")
    except KeyboardInterrupt:
        where = f"; they are in {output}.part: add --resume to go on" if output else ""
        _stderr(f"interrupted after {tally.total:,} articles{where}")
        raise typer.Exit(130) from None
    if tally.total > 1:
        _stderr(tally.summary())
    return tally.failed


def _count(articles: list[str], records: str | None, recursive: bool, done) -> int | None:
    """How many articles a run has, for the progress bar (None when a stream is read)."""
    from .corpus import corpus_sources
    from .corpus.progress import count_lines

    if "-" in articles or records == "-":
        return None
    listed = sum(1 for _ in corpus_sources(articles, recursive=recursive, done=done))
    try:
        lines = count_lines(records) if records is not None else 0
    except OSError:
        lines = 0
    return listed + max(lines - len(done), 0)


@contextmanager
def _terminate_as_interrupt():
    """SIGTERM stops a run the way Ctrl-C does: finished lines kept, no half line."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (an embedding app): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _network_formats() -> type[Enum]:
    from .corpus.network import NETWORK_FORMATS

    return Enum("NetworkFormat", {name: name for name in NETWORK_FORMATS}, type=str)


NetworkFormat = _network_formats()


@app.command("network")
def network_command(
    maps: Annotated[
        list[str],
        typer.Argument(
            help="JSON Lines of maps, as argmap map writes for many articles (- for stdin).",
            metavar="MAPS.jsonl",
        ),
    ],
    fmt: Annotated[
        Optional[NetworkFormat],  # type: ignore[valid-type]  # noqa: UP045
        typer.Option(
            "--format", "-f", help="Output format [default: from -o's extension, else table]."
        ),
    ] = None,
    output: OutputOpt = None,
    top: Annotated[
        int,
        typer.Option("--top", min=1, help="Sources in the table and the diagram (svg/png)."),
    ] = 40,
    debug: DebugOpt = False,
) -> None:
    """The source network across articles: who is cited where, and who is cited together.

    One node per source (names merged across articles: case, punctuation and titles such
    as "Dr." dropped), one per article, "cites" edges article -> source and "co_cited"
    edges between sources cited in the same article, weighted by the number of articles.
    svg/png draw the largest co-citation component of the --top sources.
    """
    from .corpus.network import NETWORK_FORMATS

    name = fmt.value if fmt is not None else None
    if name is None:
        name = (NETWORK_FORMATS.for_path(str(output)) if output else None) or "table"
    with _user_errors(debug):
        from .corpus.network import build_network
        from .corpus.records import map_records

        graph = build_network(map_records(maps))
        _write(NETWORK_FORMATS.find(name).load()(graph, top, _use_color(output)), output)


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


def _exit_on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C: ``finally`` blocks kill ``dot`` and remove temporary files."""
    raise SystemExit(128 + signum)


def main() -> None:
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    app()


if __name__ == "__main__":
    main()
