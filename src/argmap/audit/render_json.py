"""The audit as JSON (``argmap-audit/1``, :meth:`Audit.to_dict`) for scripts."""

from __future__ import annotations

import json

from ..safe_text import escape_c1_json
from .results import Audit


def render(audit: Audit, color: bool = False, width: int | None = None) -> str:
    return escape_c1_json(json.dumps(audit.to_dict(), indent=2, ensure_ascii=False)) + "\n"
