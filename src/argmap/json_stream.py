"""Indented JSON, byte for byte as ``json.dumps(value, indent=..., ensure_ascii=False)``,
made faster and written in pieces.

With ``indent``, the standard library encodes in pure Python, one generator per container
and millions of tiny pieces joined at the end: on a 4 MB article that is seconds of work and
several times the output's size in memory. Here strings are escaped by the C escaper
(:func:`json.encoder.encode_basestring`), each container is joined once, and the top
level's lists (a map's nodes and edges) come out one item at a time, so a writer can stream
them to a file without ever holding the whole text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring

from .safe_text import escape_c1_json

_INFINITY = float("inf")
_int_repr = int.__repr__
_float_repr = float.__repr__
_BATCH = 256
"""Top-level list items per piece: few enough to keep pieces small (a few hundred kB),
enough that joining and escaping them costs little per item."""


def _float(value: float) -> str:
    """A float as :mod:`json` writes it (``allow_nan``: ``NaN``, ``Infinity``)."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return _float_repr(value)


def _key(key: object) -> str:
    """A dict key as :mod:`json` writes it: strings as they are, numbers, booleans and None
    as their JSON text, in quotes; any other key is the standard library's TypeError."""
    if isinstance(key, str):
        return encode_basestring(key)
    text = _scalar(key)
    if text is None:
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
    return encode_basestring(text)


def _scalar(value: object) -> str | None:
    """A string, number, boolean or None as JSON text; None for anything else."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return _int_repr(value)
    if isinstance(value, float):
        return _float(value)
    return None


def encode(value: object, indent: str, level: str = "") -> str:
    """``value`` as ``json.dumps(value, indent=indent, ensure_ascii=False)`` writes it, nested
    at ``level`` (the indentation of the line it starts on)."""
    if type(value) is dict:  # a node or an edge: the common case, tested first
        return _dict(value, indent, level)
    text = _scalar(value)
    if text is not None:
        return text
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = level + indent
        between = ",\n" + inner
        if all(type(item) is int for item in value):  # spans and mentions
            return f"[\n{inner}{between.join(map(_int_repr, value))}\n{level}]"
        items = [encode(item, indent, inner) for item in value]
        return f"[\n{inner}{between.join(items)}\n{level}]"
    if isinstance(value, dict):
        return _dict(value, indent, level)
    # Anything else is what json's own encoder makes of it (its default raises TypeError).
    return json.dumps(value, indent=indent, ensure_ascii=False).replace("\n", "\n" + level)


def _dict(value: dict, indent: str, level: str) -> str:
    """:func:`encode` of a dict, with the value types of a map's nodes inline: a call per
    value would be most of the cost."""
    if not value:
        return "{}"
    inner = level + indent
    deeper = inner + indent
    parts = []
    for key, item in value.items():
        kind = type(item)
        if kind is str:
            text = encode_basestring(item)
        elif item is None:
            text = "null"
        elif kind is int:
            text = _int_repr(item)
        elif kind is list and len(item) == 2 and type(item[0]) is int is type(item[1]):
            text = f"[\n{deeper}{_int_repr(item[0])},\n{deeper}{_int_repr(item[1])}\n{inner}]"
        elif kind is bool:
            text = "true" if item else "false"
        elif kind is float:
            text = _float(item)
        else:
            text = encode(item, indent, inner)
        name = encode_basestring(key) if type(key) is str else _key(key)
        parts.append(f"{name}: {text}")
    between = ",\n" + inner
    return f"{{\n{inner}{between.join(parts)}\n{level}}}"


def iter_indented(value: dict, indent: int | str = 2) -> Iterator[str]:
    """The text of ``json.dumps(value, indent=indent, ensure_ascii=False)``, C1 controls
    escaped as :func:`~argmap.safe_text.escape_c1_json` does, in pieces: a top-level list
    (a map's nodes, its edges) :data:`_BATCH` items a piece, so a writer holds little of
    it at a time whatever the map's size."""
    step = " " * indent if isinstance(indent, int) else indent
    if not value:
        yield "{}"
        return
    first = True
    for key, item in value.items():
        head = f"{'{' if first else ','}\n{step}{_key(key)}: "
        first = False
        if isinstance(item, (list, tuple)) and item:
            inner = step + step
            between = ",\n" + inner
            for start in range(0, len(item), _BATCH):
                batch = [encode(element, step, inner) for element in item[start : start + _BATCH]]
                lead = f"{head}[\n{inner}" if start == 0 else between
                yield escape_c1_json(lead + between.join(batch))
            yield f"\n{step}]"
        else:
            yield escape_c1_json(head + encode(item, step, step))
    yield "\n}"


__all__ = ["encode", "iter_indented"]
