"""``argmap audit``: the sourcing audit of one article, or per outlet over a corpus."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer

from ..reading import DEFAULT_MAX_SIZE
from .common import (
    DebugOpt,
    MaxSizeOpt,
    OutputOpt,
    _load,
    _refuse_overwriting_input,
    _stderr,
    _use_color,
    _user_errors,
    _write,
    app,
)


def _audit_choices() -> tuple[type[Enum], tuple[str, ...]]:
    """The audit's format and check names, from the registries in :mod:`argmap.audit`."""
    from ..audit import AUDIT_FORMATS, CHECKS

    return Enum("AuditFormat", {name: name for name in AUDIT_FORMATS}, type=str), tuple(CHECKS)


AuditFormat, AUDIT_CHECKS = _audit_choices()


def _checks_help() -> str:
    """The audit's checks, one line each (name, what it measures), for ``audit --help``."""
    from ..audit import CHECKS

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
    from ..audit import AUDIT_FORMATS, audit_map, check_thresholds

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
            from .compare import quote_audit

            report += quote_audit(amap, against, max_size)
        _write(report, output)
        breaches = check_thresholds(audit, max_anonymous_share, set(fail_on or ()))
    for breach in breaches:
        _stderr(f"audit: {breach}")
    if breaches:
        raise typer.Exit(3)


def _corpus_audit(maps: list[str], name: str | None) -> str:
    from ..corpus.audit import outlet_rows, outlets_json, outlets_table
    from ..corpus.records import map_records

    rows = outlet_rows(map_records(maps))
    return outlets_json(rows) if name == "json" else outlets_table(rows)
