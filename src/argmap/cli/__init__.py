"""The ``argmap`` command: parse options, call the library, write the result.

One module per group of commands, all registered on one typer app (:mod:`.common`):
``mapping`` (map, slides, schema), ``ledgers`` (sources, quotes, network), ``auditing``
(audit), ``compare`` (diff, check-quotes). The order of the imports is the order of the
commands in ``--help``.
"""

from __future__ import annotations

import signal

from .common import app

# isort: off
# Each module registers its commands on ``app``; this order is the order of ``--help``.
from . import mapping  # noqa: F401
from . import ledgers  # noqa: F401
from . import auditing  # noqa: F401
from . import compare  # noqa: F401

# isort: on


def _exit_on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C: ``finally`` blocks kill ``dot`` and remove temporary files."""
    raise SystemExit(128 + signum)


def main() -> None:
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    app()


if __name__ == "__main__":
    main()


__all__ = ["app", "main"]
