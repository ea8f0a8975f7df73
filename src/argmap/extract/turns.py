"""Speaker turns: the lines of an interview, a Q&A or a transcript, each the words of the
person its label names.

A turn opens its paragraph with a label and a colon (``Dana Okafor (planning director):``,
``Mr. KYLE:``, ``**Q:**``, ``INTERVIEWER:``), or follows a line that holds only the label.
A text is read as turns only when it is written so: at least three turns, and a label used
more than once (or the ``Q``/``A`` pair), so a lone ``Note:`` or ``Update:`` line is never a
turn. Each turn paragraph is one direct quote whose speaker is the label's name; an ``A``
turn is the interviewee's, the person the introduction names first (``Five questions for
Marco Belli``). :func:`turn_mention` reads a label into its source for :mod:`.sources`.
Labels are found by one bounded regex per paragraph, so cost is linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..layout import NOT_SPEAKERS, TURN_LABELS, turn_label
from ..model import Document, Finding, Findings, Quote, SourceType, Span
from .lexicon.attribution import FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS
from .source_types import Mention

if TYPE_CHECKING:
    from .context import StageContext

QUESTION_LABELS = TURN_LABELS - {"a", "answer"}
ANSWER_LABELS = frozenset(["a", "answer"])
_GENERIC_LABELS = QUESTION_LABELS | ANSWER_LABELS
_FULL_NAME = re.compile(r"(?:[A-Z][a-z][\w’'-]{0,30}[ \t]){1,3}[A-Z][a-z][\w’'-]{0,30}")
_MIN_TURNS = 3


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn: the label's name, its role, and the words the turn says."""

    name: Span
    label: str
    body: Span


def speaker_turns(doc: Document) -> list[Turn]:
    """The document's turns, if it is written as turns (see the module doc), else none."""
    text = doc.text
    found: list[Turn] = []
    pending: tuple[Span, str] | None = None  # a label on a line of its own
    for para in doc.paragraphs:
        start, end = para.span.start, para.span.end
        m = turn_label(text[start:end])
        if m is not None:
            name = Span(start + m.start("name"), start + m.end("name"))
            label = m.group("name").lower().strip(".")
            body = _body(text, start + m.end(), end)
            if body is None:
                pending = (name, label)
                continue
            found.append(Turn(name, label, body))
        elif pending is not None:
            body = _body(text, start, end)
            if body is not None:
                found.append(Turn(pending[0], pending[1], body))
        pending = None
    labels = Counter(t.label for t in found)
    qa = any(t.label in QUESTION_LABELS for t in found) and any(
        t.label in ANSWER_LABELS or t.label not in _GENERIC_LABELS for t in found
    )
    if len(found) < _MIN_TURNS or not (qa or max(labels.values(), default=0) > 1):
        return []
    return found


def _body(text: str, start: int, end: int) -> Span | None:
    """What the turn says: the paragraph after its label, without closing bold marks."""
    while start < end and text[start] in " \t*_":
        start += 1
    while end > start and text[end - 1] in " \t*_":
        end -= 1
    if not any(ch.isalpha() for ch in text[start:end]):
        return None
    return Span(start, end)


def interview_turns(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Each turn of an interview or transcript as a direct quote of the label's speaker."""
    doc = ctx.doc
    turns = ctx.turns()
    if not turns:
        return
    interviewee = _interviewee(doc, turns[0].name.start)
    group = max((q.group for q in prior.quotes), default=0)
    for turn in turns:
        speaker = turn.name
        if turn.label in ANSWER_LABELS and interviewee is not None:
            speaker = interviewee
        group += 1
        yield Quote(turn.body, speaker, None, True, group)


def _interviewee(doc: Document, before: int) -> Span | None:
    """The person the text before the first turn names first with a full name."""
    text = doc.text
    spans = [s for s in (doc.title, doc.dek) if s is not None and not _title_case(text, s)]
    spans += [p.span for p in doc.paragraphs if p.span.end <= before]
    for span in spans:
        m = _FULL_NAME.search(text, span.start, span.end)
        while m is not None:
            words = m.group(0).split()
            if words[0].lower() not in NOT_SPEAKERS:
                return Span(m.start(), m.end())
            m = _FULL_NAME.search(text, m.end(), span.end)
    return None


def _title_case(text: str, span: Span) -> bool:
    """A Title Case headline, whose capitals do not mark names."""
    long_words = [w for w in text[span.start : span.end].split() if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def turn_mention(text: str, span: Span) -> Mention | None:
    """A turn label read as a source: ``Dana Okafor (planning director)`` is a person with a
    role, ``Mr. KYLE`` Mr. Kyle, ``Q`` or ``INTERVIEWER`` the anonymous interviewer, ``A``
    the interviewee; None when ``span`` is not a turn's label."""
    line_start = text.rfind("\n", max(0, span.start - 8), span.start) + 1
    if text[line_start : span.start].strip("*_ \t") or (line_start == 0 < span.start - 8):
        return None
    m = turn_label(text[line_start : min(len(text), span.end + 80)])
    if m is None or line_start + m.end("name") != span.end:
        return None
    words = m.group("name").split()
    low = words[-1].lower().strip(".")
    if low in QUESTION_LABELS:
        return Mention(span, "interviewer", SourceType.ANONYMOUS)
    if low in ANSWER_LABELS:
        return Mention(span, "interviewee", SourceType.ANONYMOUS)
    title = words[0].lower().strip(".") if len(words) > 1 else ""
    if title in HONORIFICS:
        words = words[1:]
    gender = "m" if title in MALE_HONORIFICS else "f" if title in FEMALE_HONORIFICS else None
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)
    if title in HONORIFICS:
        name = f"{m.group('name').split()[0]} {name}"
    role = m.group("role")
    return Mention(
        span,
        name,
        SourceType.PERSON,
        role.strip() if role else None,
        gender=gender,
        surname=words[-1].lower().strip(".’'"),
        first=words[0].lower() if len(words) > 1 else None,
    )


__all__ = ["Turn", "interview_turns", "speaker_turns", "turn_mention"]
