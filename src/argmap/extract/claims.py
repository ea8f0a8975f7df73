"""Stub: to be written."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Document, Finding, Findings


def supporting_claims(doc: Document, prior: Findings) -> Iterator[Finding]:
    return iter(())
