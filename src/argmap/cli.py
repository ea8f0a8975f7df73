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
from .report import SOURCE_FORMATS
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
    typer.Option("--min-confidence", min=0.0, max=1.0, help="Leave out claims scored below this."),
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
    debug: DebugOpt = False,
) -> None:
    """Map each ARTICLE's argument: thesis, sub-theses, claims, quotes and their sources.

    One article gives one map in the chosen format; several (or a folder) give JSON Lines,
    one argmap/1 object per article with its "file".
    """
    name = fmt.value if fmt is not None else None
    _refuse_overwriting_input(output, articles, debug)
    if len(articles) > 1 or _is_folder(articles[0]):
        if name not in (None, "json"):
            raise typer.BadParameter(
                "several articles are written as JSON Lines; use --format json",
                param_hint="'--format'",
            )
        with _user_errors(debug):
            failed = _map_many(articles, output, min_confidence, max_size)
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
    _refuse_overwriting_input(output, [article], debug)
    with _user_errors(debug):
        from .report import source_rows

        rows = source_rows(_load(article, max_size=max_size))
        _write(SOURCE_FORMATS[fmt.value](rows, _use_color(output)), output)


def _audit_choices() -> tuple[type[Enum], tuple[str, ...]]:
    """The audit's format and check names, from the registries in :mod:`argmap.audit`."""
    from .audit import AUDIT_FORMATS, FAIL_CHECKS

    return Enum("AuditFormat", {name: name for name in AUDIT_FORMATS}, type=str), tuple(FAIL_CHECKS)


AuditFormat, AUDIT_CHECKS = _audit_choices()


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


@app.command("audit")
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
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """Audit how ARTICLE is sourced: who backs each point, and what a fact-checker should check.

    The report is always written; each breached --fail-on check or --max-anonymous-share
    limit is then printed on stderr and the exit code is 3.
    """
    from .audit import AUDIT_EXTENSIONS, AUDIT_FORMATS, audit_map, check_thresholds

    name = fmt.value if fmt is not None else None
    if name is None and output is not None:
        name = AUDIT_EXTENSIONS.get(output.suffix.lower())
        if name is None:
            raise typer.BadParameter(
                f"cannot tell the report format from {output.name!r} (known: "
                + " ".join(AUDIT_EXTENSIONS)
                + "); add --format",
                param_hint="'-o'",
            )
    name = name or "text"
    _refuse_overwriting_input(output, [article], debug)
    with _user_errors(debug):
        audit = audit_map(_load(article, max_size=max_size))
        _write(AUDIT_FORMATS[name](audit, _use_color(output), None), output)
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


def _map_many(sources: list[str], output: Path | None, min_confidence: float, max_size: int) -> int:
    """Write one JSON line per article; report unreadable ones on stderr. Returns failures."""
    import json

    from .pipeline import map_article
    from .reading import load_article, read_articles

    options = _options(min_confidence)
    failed = 0
    lines: list[str] = []
    for source in sources:
        try:
            articles = (
                list(read_articles([source], max_size=max_size))
                if _is_folder(source)
                else [load_article(source, max_size=max_size)]
            )
        except ArgmapError as err:
            _stderr(f"error: {err}")
            failed += 1
            continue
        for article in articles:
            data = {"file": article.name, **map_article(article, options).node_link_data()}
            line = json.dumps(data, ensure_ascii=False) + "\n"
            if output is None:
                _write(line, None)
            else:
                lines.append(line)
    if output is not None:
        _write("".join(lines), output)
    return failed


def _exit_on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C: ``finally`` blocks kill ``dot`` and remove temporary files."""
    raise SystemExit(128 + signum)


def main() -> None:
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    app()


if __name__ == "__main__":
    main()
