"""What every ``argmap`` command shares: the typer app, option types, reading the article,
writing the result, and turning failures into one line on stderr with the right exit code.

Library errors (:class:`ArgmapError`) become one line on stderr and exit 1; usage errors
are typer's (exit 2). Heavy modules load inside the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import math
import os
import sys
import warnings
from collections.abc import Iterable
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import __version__
from ..errors import ArgmapError, ArgmapWarning
from ..reading import DEFAULT_MAX_SIZE
from ..render import RENDERERS
from ..report import QUOTE_ROW_FORMATS, SOURCE_FORMATS
from ..safe_text import printable

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
    from ..output import write_output, write_stdout

    if output is not None:
        write_output(data, output)
    else:
        write_stdout(data)


def _write_pieces(pieces: Iterable[str | bytes], output: Path | None) -> None:
    """:func:`_write` of output made in pieces (a large map's JSON), streamed as it comes."""
    from ..output import write_output_pieces, write_stdout_pieces

    if output is not None:
        write_output_pieces(pieces, output)
    else:
        write_stdout_pieces(pieces)


def _refuse_overwriting_input(output: Path | None, articles: list[str], debug: bool) -> None:
    from ..output import refuse_overwriting_input

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
    from ..model import Options

    return Options(min_confidence=min_confidence)


def _load(article: str, min_confidence: float = 0.0, max_size: int = DEFAULT_MAX_SIZE):
    from ..pipeline import map_article
    from ..reading import load_article

    return map_article(load_article(article, max_size=max_size), _options(min_confidence))


def _is_folder(source: str) -> bool:
    return source != "-" and "://" not in source and Path(source).is_dir()


def _is_pattern(source: str) -> bool:
    import glob

    return glob.has_magic(source) and not os.path.lexists(source) and "://" not in source
