"""Named, lazily loaded implementations: output formats, audit checks and report formats.

Every table of "name → what does it" in argmap has this one shape, so the CLI derives its
choices, its ``-o`` extension lookup and its help from the table, and a new entry is one
line. Targets are ``module:function`` strings imported on first use, so listing the
choices (``argmap --help``) loads none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import import_module

from .errors import UnknownFormatError


@dataclass(frozen=True, slots=True)
class Plugin:
    """One named implementation: ``target`` is ``package.module:function`` (absolute)."""

    name: str
    target: str
    help: str = ""
    extensions: tuple[str, ...] = ()
    """File name endings that ask for this entry (``-o map.svg``)."""
    binary: bool = False
    """Whether it produces bytes (an image) rather than text."""

    def load(self) -> Callable:
        module, _, function = self.target.partition(":")
        return getattr(import_module(module), function)


class Registry(Mapping[str, Plugin]):
    """Plugins by name, in the order given (the order choices are listed and run in)."""

    def __init__(self, what: str, plugins: Iterable[Plugin]) -> None:
        self.what = what
        self._plugins = {p.name: p for p in plugins}

    def __getitem__(self, name: str) -> Plugin:
        return self._plugins[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._plugins)

    def __len__(self) -> int:
        return len(self._plugins)

    def find(self, name: str) -> Plugin:
        """The entry called ``name``, or an error listing the choices."""
        try:
            return self._plugins[name]
        except KeyError:
            known = ", ".join(self._plugins)
            raise UnknownFormatError(
                f"unknown {self.what} {name!r} (choose from {known})"
            ) from None

    def for_path(self, path: str) -> str | None:
        """The entry a file name's extension asks for, if any."""
        lower = path.lower()
        for plugin in self._plugins.values():
            if any(lower.endswith(ext) for ext in plugin.extensions):
                return plugin.name
        return None


def lazy_exports(package: str, homes: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` that imports each public name from its module on first use.

    ``homes`` maps a name to the module (relative to ``package``) that defines it. A package
    whose heavy parts load this way can be imported, and its registries listed (``--help``),
    without loading them.
    """

    def __getattr__(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(f".{home}", package), name)

    return __getattr__


__all__ = ["Plugin", "Registry", "lazy_exports"]
