"""A hand-built map for the export-format tests, independent of the extractors.

The article is short but has every shape the exports must handle: a thesis, two
sub-theses under section headings, a counter-claim, a claim that backs two points, a
direct and a reported quote, a quote attributed to nobody, a person, a document and an
anonymous source, and a quote whose words are built to break formats that do not escape.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from argmap.graph import build_map
from argmap.model import (
    ArgumentMap,
    Claim,
    ClaimRole,
    Findings,
    Link,
    Quote,
    Relation,
    Source,
    SourceType,
    Span,
)
from argmap.segment import segment

PAYLOAD = 'Tell them "night <b>buses</b> matter" {always} C:\\temp | #1 [x](http://evil) & more!'
"""Words of the hostile quote: markup, link, entity, escape and table characters."""

ARTICLE = f"""\
# Keep the Night Buses Running

*A small saving would cost shift workers their way home*

The council should keep its overnight bus routes. The harm of cutting them would land \
on those least able to bear it.

## The money

Cutting the routes saves little. The routes cost under two percent of the budget. \
Transit planners argue that empty buses waste money. “We cannot justify half-empty \
buses,” said Dana Okafor, director of planning at the Metro Transit Authority. Critics \
call the service “a luxury the city cannot afford.” A 2023 audit by the city comptroller \
found that the routes cost less than two percent of the budget.

## Riders & *their* [rights] #2

The harm falls on shift workers. Night buses are the only way home for many nurses. \
“{PAYLOAD}” said a driver who asked not to be named.
"""


def _span(needle: str, after: int = 0) -> Span:
    start = ARTICLE.index(needle, after)
    return Span(start, start + len(needle))


def exports_map() -> ArgumentMap:
    """The test map, built from :data:`ARTICLE` and findings written by hand."""
    thesis = Claim(
        _span("The council should keep its overnight bus routes."), ClaimRole.THESIS, 0.9, 0
    )
    money = Claim(_span("Cutting the routes saves little."), ClaimRole.SUBTHESIS, 0.7, 1)
    cost = Claim(_span("The routes cost under two percent of the budget."), ClaimRole.CLAIM, 0.6, 1)
    counter = Claim(
        _span("Transit planners argue that empty buses waste money."), ClaimRole.CLAIM, 0.55, 1
    )
    riders = Claim(_span("The harm falls on shift workers."), ClaimRole.SUBTHESIS, 0.7, 2)
    nurses = Claim(
        _span("Night buses are the only way home for many nurses."), ClaimRole.CLAIM, 0.65, 2
    )

    okafor_said = _span("Dana Okafor")
    okafor_q = Quote(
        _span("“We cannot justify half-empty buses,”"),
        okafor_said,
        _span("said", okafor_said.start - 6),
    )
    critics_q = Quote(_span("“a luxury the city cannot afford.”"))
    audit_said = _span("A 2023 audit by the city comptroller")
    audit_q = Quote(
        _span("the routes cost less than two percent of the budget", audit_said.end),
        audit_said,
        _span("found"),
        direct=False,
    )
    driver_said = _span("a driver who asked not to be named")
    driver_q = Quote(_span(f"“{PAYLOAD}”"), driver_said, direct=True)

    okafor = Source(
        "Dana Okafor",
        SourceType.PERSON,
        (okafor_said,),
        "director of planning",
        "Metro Transit Authority",
    )
    audit = Source("2023 audit by the city comptroller", SourceType.DOCUMENT, (audit_said,))
    driver = Source(
        "a driver who asked not to be named", SourceType.ANONYMOUS, (driver_said,), "bus driver"
    )

    supports, attacks, said = Relation.SUPPORTS, Relation.ATTACKS, Relation.ATTRIBUTED_TO
    links = (
        Link(money, thesis, supports),
        Link(riders, thesis, supports),
        Link(cost, money, supports),
        Link(counter, money, attacks),
        Link(nurses, riders, supports),
        Link(nurses, thesis, supports),
        Link(okafor_q, counter, supports),
        Link(critics_q, counter, supports),
        Link(audit_q, cost, supports),
        Link(driver_q, nurses, supports),
        Link(okafor_q, okafor, said),
        Link(audit_q, audit, said),
        Link(driver_q, driver, said),
    )
    findings = Findings(
        quotes=(okafor_q, critics_q, audit_q, driver_q),
        sources=(okafor, audit, driver),
        claims=(thesis, money, cost, counter, riders, nurses),
        links=links,
    )
    return build_map(segment(ARTICLE), findings)


# --------------------------------------------------------------------------- real parsers

JS_MODULES_ENV = "ARGMAP_JS_MODULES"
"""A folder whose ``node_modules`` holds the JavaScript parsers the optional checks use
(``npm install --prefix DIR @argdown/core mermaid jsdom``); unset, those checks skip."""


def run_node(script: str, stdin: str, packages: tuple[str, ...]) -> dict:
    """Run an ES-module ``script`` under node with ``packages`` importable; its JSON output.

    Skips the test when node or a package is missing: the grammar-level tests still run.
    """
    node = shutil.which("node")
    folder = os.environ.get(JS_MODULES_ENV)
    if node is None or not folder:
        pytest.skip(f"node and ${JS_MODULES_ENV} are needed for the reference parser")
    missing = [
        p for p in packages if not (Path(folder, "node_modules", p, "package.json")).is_file()
    ]
    if missing:
        pytest.skip(f"not installed under ${JS_MODULES_ENV}: {', '.join(missing)}")
    done = subprocess.run(
        [node, "--input-type=module", "-e", script],
        input=stdin,
        cwd=folder,  # ES modules typed on the command line resolve packages from here
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
