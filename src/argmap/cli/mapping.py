"""``argmap map``, ``argmap slides`` and ``argmap schema``: one article or many, mapped and drawn."""

from __future__ import annotations

import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..reading import DEFAULT_MAX_SIZE
from ..render import RenderOptions, format_for_path
from .common import (
    ArticleArg,
    ArticlesArg,
    DebugOpt,
    Deck,
    Fit,
    FitOpt,
    Fold,
    FoldOpt,
    LegendOpt,
    MapFormat,
    MaxLabelOpt,
    MaxSizeOpt,
    MinConfidenceOpt,
    OutputOpt,
    RankDir,
    RankDirOpt,
    SlideFormat,
    Theme,
    ThemeOpt,
    _is_folder,
    _is_pattern,
    _load,
    _options,
    _refuse_overwriting_input,
    _stderr,
    _use_color,
    _user_errors,
    _write,
    _write_pieces,
    app,
)


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
            from ..batch import default_jobs

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
        from .. import views
        from ..render import render_pieces

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
        _write_pieces(render_pieces(amap, name or "tree", options), output)


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
        from ..slides import write_deck_markdown, write_slides

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


@app.command("schema")
def schema_command(output: OutputOpt = None, debug: DebugOpt = False) -> None:
    """Print the JSON Schema of argmap's argmap/1 JSON output."""
    with _user_errors(debug):
        import json

        from ..schema import json_schema

        _write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", output)


def _map_many(articles: list[str], records: str | None, output: Path | None, options, **run) -> int:
    """Write one JSON line per article as each is mapped; a failed article gives an error
    record and a line on stderr, and the rest go on. Returns the number that failed."""
    from contextlib import nullcontext

    from ..batch import json_lines_file, map_articles
    from ..corpus import corpus_sources
    from ..corpus.progress import Tally, progress_bar
    from ..corpus.records import finished_ids

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
            for outcome in map_articles(sources, options, as_lines=True, **run):
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
    from ..corpus import corpus_sources
    from ..corpus.progress import count_lines

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
