"""The README documents what the tool does: every command, every format, the set-up commands."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from argmap import RENDERERS
from argmap.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CI = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_has_help_and_is_documented():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert command.help, f"{name} has no help"
        assert f"argmap {name}" in README, f"README does not show argmap {name}"


def test_every_format_is_documented():
    for name in RENDERERS:
        assert re.search(rf"\b{name}\b", README, re.IGNORECASE), name


def test_ci_runs_exactly_the_readme_test_command():
    blocks = re.findall(r"```\n(.*?)\n```", README, re.DOTALL)
    test_command = next(b for b in blocks if "pytest" in b and "pip install" in b)
    assert test_command.strip() in CI


def test_readme_tree_is_the_current_example_output():
    block = README.split("$ argmap map examples/homework-essay.txt\n", 1)[1].split("\n```", 1)[0]
    golden = (Path(__file__).resolve().parent.parent / "examples" / "maps").joinpath(
        "homework-essay.tree.txt"
    )
    assert golden.read_text(encoding="utf-8").startswith(block), "README tree is stale"
