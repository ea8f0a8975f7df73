"""Golden-file comparison: on mismatch, save the actual output beside the golden file."""

from __future__ import annotations

from pathlib import Path


def check_golden(path: Path, actual: str | bytes, update: bool) -> None:
    """Compare ``actual`` with the golden file at ``path`` (rewrite it with --update-golden)."""
    data = actual.encode("utf-8") if isinstance(actual, str) else actual
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if not update:
            raise AssertionError(f"golden file {path.name} was missing; written, check it in")
        return
    expected = path.read_bytes()
    if expected != data:
        actual_path = path.with_name(path.name + ".actual")
        actual_path.write_bytes(data)
        raise AssertionError(
            f"{path.name} differs from the golden file; actual output saved to {actual_path.name}"
            " (run pytest --update-golden to accept it)"
        )
