"""SVG, PNG and PDF through Graphviz, and the error when Graphviz is missing."""

from __future__ import annotations

import pytest

from argmap.errors import ArgmapError, GraphvizMissingError
from argmap.model import ArgumentMap
from argmap.render import RenderOptions, render


@pytest.mark.needs_dot
def test_svg(sample_map: ArgumentMap) -> None:
    out = render(sample_map, "svg")
    assert isinstance(out, str)
    assert out.lstrip().startswith(("<?xml", "<svg"))
    assert "Night Buses Are Worth Their Cost" in out


@pytest.mark.needs_dot
@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF")])
def test_binary_formats(sample_map: ArgumentMap, fmt: str, magic: bytes) -> None:
    out = render(sample_map, fmt, RenderOptions(rankdir="LR"))
    assert isinstance(out, bytes)
    assert out.startswith(magic)


@pytest.mark.parametrize("fmt", ["svg", "png", "pdf"])
def test_missing_graphviz(
    sample_map: ArgumentMap, fmt: str, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(GraphvizMissingError, match="--format dot"):
        render(sample_map, fmt)


def test_graphviz_failure_becomes_argmap_error(
    sample_map: ArgumentMap, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "dot"
    fake.write_text(
        "#!/bin/sh\nwhile read -r _; do :; done\necho 'Error: something broke' >&2\necho more >&2\nexit 1\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(
        ArgmapError, match=r"Graphviz failed to draw the map: Error: something broke$"
    ):
        render(sample_map, "png")
