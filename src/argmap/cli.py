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
from .render import RENDERERS, RenderOptions, format_for_path
from .report import SOURCE_FORMATS

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
        help="Article file (plain text or Markdown), or - for stdin.", metavar="ARTICLE"
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


def _load(article: str, min_confidence: float = 0.0):
    from .model import Options
    from .pipeline import map_text
    from .reading import read_article

    return map_text(read_article(article), Options(min_confidence=min_confidence))


@app.command("map")
def map_command(
    article: ArticleArg,
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
    debug: DebugOpt = False,
) -> None:
    """Map ARTICLE's argument: thesis, sub-theses, claims, quotes and their sources."""
    name = fmt.value if fmt is not None else None
    if name is None and output is not None:
        name = format_for_path(str(output))
        if name is None:
            raise typer.BadParameter(
                f"cannot tell the format from {output.name!r}; add --format", param_hint="'-o'"
            )
    with _user_errors(debug):
        from . import views
        from .render import render

        amap = _load(article, min_confidence)
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
    debug: DebugOpt = False,
) -> None:
    """Write numbered SVGs that build ARTICLE's map step by step, ready for a slide deck."""
    with _user_errors(debug):
        from .slides import write_slides

        options = RenderOptions(rankdir=rankdir.value, theme=theme.value, max_label=max_label)
        for path in write_slides(_load(article, min_confidence), output, options):
            _stderr(f"wrote {path}")


@app.command("sources")
def sources_command(
    article: ArticleArg,
    fmt: Annotated[
        SourcesFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SourcesFormat.table,  # type: ignore[attr-defined]
    output: OutputOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List the sources ARTICLE cites: people, organisations, documents, anonymous."""
    with _user_errors(debug):
        from .report import source_rows

        rows = source_rows(_load(article))
        _write(SOURCE_FORMATS[fmt.value](rows, _use_color(output)), output)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
