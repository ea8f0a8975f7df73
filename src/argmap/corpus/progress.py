"""How a corpus run is going: a progress bar on stderr, and the one-line summary at the end."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..batch import Outcome


@dataclass
class Tally:
    """Counts of what a run did, and the characters it mapped per second of wall time."""

    mapped: int = 0
    failed: int = 0
    skipped: int = 0
    chars: int = 0
    started: float = field(default_factory=time.perf_counter)

    def add(self, outcome: Outcome) -> None:
        if outcome.ok:
            self.mapped += 1
            self.chars += outcome.chars
        elif outcome.skipped is not None:
            self.skipped += 1
        else:
            self.failed += 1

    @property
    def total(self) -> int:
        return self.mapped + self.failed + self.skipped

    def summary(self) -> str:
        """``mapped N, failed N, skipped N, X chars/s``."""
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        return (
            f"mapped {self.mapped:,}, failed {self.failed:,}, skipped {self.skipped:,}, "
            f"{self.chars / elapsed:,.0f} chars/s"
        )


def count_lines(path: str | Path) -> int:
    """Non-blank lines in a file, counted in binary chunks (for a progress bar's total)."""
    lines = 0
    with open(path, "rb") as handle:
        for line in handle:
            lines += bool(line.strip())
    return lines


@contextmanager
def progress_bar(total: int | None, enabled: bool) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr (count, articles/s, time left); yields ``advance``.
    Disabled, ``advance`` does nothing and rich is never imported."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} articles/s" if speed else "- articles/s")

    progress = Progress(
        TextColumn("mapping"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    with progress:
        task = progress.add_task("mapping", total=total)
        yield lambda: progress.advance(task)


__all__ = ["Tally", "count_lines", "progress_bar"]
