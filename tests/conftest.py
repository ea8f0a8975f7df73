"""Shared fixtures: a CLI runner, a short hand-written article, the optional ../shared."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLDEN = Path(__file__).resolve().parent / "golden"

SHORT_ARTICLE = """\
Why Cities Should Keep Their Night Buses
Cutting late routes saves little and costs the people who can least afford it

City councils across the region are weighing cuts to overnight bus service. Those cuts would \
be a mistake, because the savings are small and the harm falls on shift workers.

Transit planners argue that empty buses waste money. “Ridership after midnight is a fraction \
of the daytime peak,” said Dana Okafor, director of planning at the Metro Transit Authority. \
“We cannot justify running half-empty vehicles.”

But the numbers tell a different story. According to a 2023 audit by the city comptroller, \
the overnight routes cost less than two percent of the operating budget. “For nurses and \
cleaners, the night bus is the only way home,” said Luis Fernandes, an organizer with the \
Riverside Workers Union. He added that many riders have no car.
"""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="Rewrite golden files from current output."
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``@pytest.mark.needs_dot`` tests skip where the Graphviz ``dot`` program is missing."""
    if shutil.which("dot") is not None:
        return
    skip = pytest.mark.skip(reason="Graphviz `dot` not installed")
    for item in items:
        if "needs_dot" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def short_article() -> str:
    return SHORT_ARTICLE


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "seed" / "article.txt").is_file():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture
def seed_text(shared_dir: Path) -> str:
    with open(shared_dir / "seed" / "article.txt", encoding="utf-8", newline="") as fh:
        return fh.read()
