"""Compact arguments: abstracts, letters and short op-eds argued in one or two paragraphs.

The paragraph stages read an argument through its layout (a point per paragraph, reasons
under it). A text of one or two paragraphs has no such layout: nearly every sentence is an
argument component, and what it is shows in its wording, not where it sits.

* a **finding** (measured results: figures with a comparison or a test, "was higher in",
  "p = .002") is a premise: it backs the conclusion drawn after it;
* a **conclusion** (a conclusion marker, the author's stance or a recommendation: "these
  results suggest", "we should", "X is safe and effective") is a claim backing the thesis;
* a **concession** ("Of course …", "Admittedly …", "Some may find …") is a counter-claim
  attacking the thesis, and the turn that answers it ("Nevertheless / However / Yet …")
  attacks the concession;
* in a short text (a handful of sentences) every other sentence is a reason given for the
  thesis, a premise; in a longer one (an abstract) sentences that only set the scene or
  describe a method are not components.

Runs only on compact documents, after the paragraph stages, so essays, news and op-eds with
paragraphs are read exactly as before. One pass over the sentences: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, ClaimRole, Document, Finding, Findings, Link, Relation, Sentence
from .context import StageContext
from .lexicon import argument as lex
from .sentences import Cues, Reading, confidence, non_empty

SHORT_TEXT = 9
"""At most this many sentences: a short argumentative text, in which every sentence argues."""
MAX_PARAGRAPHS = 2
"""A compact text has at most this many paragraphs (and no headings)."""

_FIGURE = re.compile(r"\d")
_MEASURED = re.compile(
    r"(?:\bp\s{0,3}[<=>≤≥]|\b(?:CI|OR|HR|RR)\b|\d\s{0,2}%|\bversus\b|\bvs\b\.?|"
    r"\bcompared\b|\bsignificant(?:ly)?\b|\bdiffer(?:ed|ence|ences)?\b|"
    r"\b(?:higher|lower|greater|fewer|longer|shorter|better|worse)\b|"
    r"\b(?:increased?|decreased?|improved?|reduced?|declined?)\b|\bmedian\b|\bmean\b|\brates?\b)",
    re.I,
)
_PROCEDURE = re.compile(
    r"\b(?:were|was)\s(?:\w+ly\s)?(?:randomi[sz]ed|assigned|allocated|enrolled|recruited|"
    r"treated|given|evaluated|assessed|measured|analy[sz]ed|included|stratified|followed|"
    r"eligible|divided)\b|\brandomly\s(?:assigned|allocated)\b|\breceived\b"
    r"|\bprimary\s(?:end\s?points?|outcomes?)\b|\bincluded\s\d"
    r"|\b(?:we|this study)\s(?:conducted|performed|designed|enrolled|randomi[sz]ed|evaluated|"
    r"investigated|assessed|compared|examined|studied|report)\b"
    r"|\b(?:the\s)?(?:aim|purpose|objective|goal)s?\sof\s(?:this|the|our)\b"
    r"|^(?:to\s(?:evaluate|assess|determine|compare|investigate|examine|analy[sz]e|explore|"
    r"test|describe|identify|estimate|measure)\b)",
    re.I,
)
_FINDING_VERBS = re.compile(
    r"\b(?:showed?|shown|found|observed|reported|achieved|experienced|had|was|were)\b", re.I
)


def is_compact(doc: Document) -> bool:
    """No headings, one or two paragraphs, at least three sentences."""
    if any(s.heading is not None for s in doc.sections):
        return False
    paragraphs = non_empty(doc.paragraphs)
    return 1 <= len(paragraphs) <= MAX_PARAGRAPHS and len(doc.sentences) >= 3


def compact_argument(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Yield the claims, premises and relations of a compact text (nothing otherwise)."""
    doc = ctx.doc
    if not is_compact(doc):
        return
    theses = [c for c in prior.claims if c.role is ClaimRole.THESIS]
    if not theses:
        return
    thesis = theses[0]
    reading = ctx.reading(prior)
    taken = [c.span for c in prior.claims]
    short = len(doc.sentences) <= SHORT_TEXT and not _reports_a_study(reading.text, doc)
    findings: list[Claim] = []  # premises, linked once every conclusion is known
    conclusions: list[Claim] = []
    counter: Claim | None = None
    for sentence in doc.sentences:
        if any(t.overlaps(sentence.span) for t in taken):
            counter = None
            continue
        if reading.quoted_share(sentence.span) >= 0.5 or len(sentence.span) < 12:
            continue
        c = reading.cues(sentence.span)
        kind = _kind(reading, doc, sentence, c, short, counter is not None)
        if kind is None:  # scene-setting or method: not read further
            counter = None
            continue
        section = doc.paragraphs[sentence.paragraph].section
        span, conceded = reading.main_clause(sentence.span)
        if kind == "finding":
            premise = Claim(span, ClaimRole.PREMISE, confidence(1.0, 2.0), section)
            findings.append(premise)
            yield premise
        elif kind == "conclusion":
            claim = Claim(span, ClaimRole.CLAIM, confidence(1.5, 2.0), section)
            conclusions.append(claim)
            yield claim
            yield Link(claim, thesis, Relation.SUPPORTS)
        elif kind == "concession":
            granted = conceded if short else None  # a report's concessions stay whole
            counter = Claim(granted or span, ClaimRole.CLAIM, confidence(1.0, 2.0), section)
            yield counter
            yield Link(counter, thesis, Relation.ATTACKS)
            if granted is None:
                continue
            # "Although fares cover part of the cost, taxes pay the rest": granted, answered
            answer = Claim(span, ClaimRole.PREMISE, confidence(1.0, 2.0), section)
            yield answer
            yield Link(answer, counter, Relation.ATTACKS)
        elif kind == "answer" and counter is not None:
            answer = Claim(span, ClaimRole.PREMISE, confidence(1.0, 2.0), section)
            yield answer
            yield Link(answer, counter, Relation.ATTACKS)
        elif kind == "reason":
            premise = Claim(span, ClaimRole.PREMISE, confidence(0.8, 2.0), section)
            yield premise
            yield Link(premise, thesis, Relation.SUPPORTS)
        counter = None
    for premise in findings:
        yield Link(premise, _backed(reading, premise, [thesis, *conclusions]), Relation.SUPPORTS)


def _turns_to_the_other_side(words: tuple[str, ...]) -> bool:
    """``On the other hand, …``, ``…, of course.``: in a short text, the view it answers."""
    return bool(lex.OTHER_SIDE_OPENERS.starts(words)) or lex.GRANTED_AFTER.ends(words)


def _backed(reading: Reading, premise: Claim, conclusions: list[Claim]) -> Claim:
    """The conclusion a finding bears on: of those drawn after it (a finding backs the
    conclusion it leads to, not an opening claim), the one sharing most of its content
    words (a result about survival backs the claim about survival), the first on a tie."""
    words = reading.stems(premise.span)
    conclusions = [c for c in conclusions if c.span.start > premise.span.start] or conclusions
    return max(conclusions, key=lambda c: len(words & reading.stems(c.span)))


def _kind(
    reading: Reading, doc: Document, sentence: Sentence, c: Cues, short: bool, after_counter: bool
) -> str | None:
    """What a sentence of a compact text does: finding, conclusion, concession, answer,
    reason, or nothing (scene-setting and method in a longer text)."""
    text = sentence.span.of(reading.text)
    words = reading.words(sentence.span)
    if c.question:  # an opening question is the topic; a later one argues by asking
        return "reason" if short and sentence.index > 0 else None
    if after_counter and (c.contrast or c.opinion):
        return "answer"
    if c.grants or (c.concession and not c.contrast) or (c.opponent and not c.opinion):
        return "concession"
    if short and _turns_to_the_other_side(words):
        return "concession"  # "On the other hand, turnout gives legitimacy. But …"
    if c.conclusion or c.closing or c.opinion or _recommends(words):
        return "conclusion"
    measured = bool(_FIGURE.search(text)) and bool(_MEASURED.search(text))
    if measured and not _PROCEDURE.search(text):
        return "finding"
    if short:
        return "reason"
    if _late(doc, sentence) and not _FIGURE.search(text) and not _PROCEDURE.search(text):
        return "conclusion"
    if _PROCEDURE.search(text):
        return None
    if (
        (c.evidence or _MEASURED.search(text))
        and _FINDING_VERBS.search(text)
        and _results_part(doc, sentence)
    ):
        return "finding"
    return None


def compact_thesis(doc: Document, reading: Reading) -> Claim | None:
    """The sentence a compact text argues for, judged by what it says.

    A recommendation or judgement ("should", "is safe and effective", "the best way"), a
    conclusion marker or the writer's own stance count most; figures, a described method
    and the study talking about itself ("we", "this trial") count against, since they
    report rather than conclude. Position is one weak signal: the first and the last
    sentence are where a short text states its point.

    A report (an abstract) argues from a general claim to a study and back: its opening
    sentence or its conclusion carries the point. Which one shows in the tense: a
    conclusion that generalises ("X is an option", "Y should be considered", "Z may
    reduce") states it; one that only tells what this study saw ("X was associated with",
    "Y was well tolerated") is a finding, and the general claim the abstract opened with
    is its point.
    """
    text = reading.text
    last = len(doc.sentences) - 1
    report = _reports_a_study(text, doc)
    ranked = []
    for s in doc.sentences:
        if reading.quoted_share(s.span) >= 0.5 or len(s.span) < 12:
            continue
        if report and s.index > 0 and s.index * 3 < 2 * last:
            continue  # between its opening claim and its conclusion a report tells its study
        c = reading.cues(s.span)
        words = reading.words(s.span)
        sentence = s.span.of(text)
        if report and s.index == 0 and _tells_the_study(sentence, words):
            continue  # an opening that states the study's aim is no claim
        score = 1.5 * _recommends(words) + 1.0 * (c.opinion or c.conclusion or c.closing)
        score += 0.5 * min(
            sum(w in lex.EVALUATIVE_WORDS or w in lex.STANCE_WORDS for w in words), 3
        )
        score -= 2.0 * bool(_FIGURE.search(sentence)) + 1.0 * bool(_PROCEDURE.search(sentence))
        score -= 1.0 * _talks_about_itself(words) + 3.0 * c.question
        score -= 3.0 * (c.grants or (c.opponent and not c.opinion))  # a view it answers
        score -= 1.0 * c.ordinal  # "Besides, …", "Moreover, …": one more reason
        score -= 3.0 * (not report and _turns_to_the_other_side(words))
        if report:
            score += 1.0 * (s.index == 0) + 2.0 * (s.index == last) + _generality(words)
        else:
            score += 0.3 * (s.index in (0, last))
        ranked.append((score, -s.index, s))
    if not ranked:
        return None
    score, _, best = max(ranked, key=lambda r: (r[0], r[1]))
    span, _ = reading.main_clause(best.span)
    return Claim(
        span, ClaimRole.THESIS, confidence(score, 1.0), doc.paragraphs[best.paragraph].section
    )


_GENERAL_VERBS = frozenset(
    "is are remains remain represents represent should may might can could appears appear "
    "seems seem".split()
)
"""Present tense and modals: a sentence with one says what holds beyond the study."""
_PAST_REPORT_VERBS = frozenset("was were did had showed demonstrated resulted found".split())
"""Past tense of a report: what this study saw."""


def _generality(words: tuple[str, ...]) -> float:
    """+1 for a sentence that generalises, -1 for one that only tells what was seen."""
    if any(w in _GENERAL_VERBS for w in words):
        return 1.0
    return -1.0 if any(w in _PAST_REPORT_VERBS for w in words) else 0.0


_SELF_REFERENCE = frozenset("we our us study trial analysis results findings data".split())
"""Words by which a report talks about itself ("we found", "this trial"): it reports."""


def _talks_about_itself(words: tuple[str, ...]) -> bool:
    return any(w in _SELF_REFERENCE for w in words[:6])


def _tells_the_study(sentence: str, words: tuple[str, ...]) -> bool:
    """A described method or aim, or the study talking about itself: it reports."""
    return bool(_PROCEDURE.search(sentence)) or _talks_about_itself(words)


def _reports_a_study(text: str, doc: Document) -> bool:
    """Measured results or a described method: a report (an abstract), whose scene-setting
    sentences are not reasons, however few its sentences."""
    for sentence in doc.sentences:
        words = sentence.span.of(text)
        if _PROCEDURE.search(words) or (_FIGURE.search(words) and _MEASURED.search(words)):
            return True
    return False


def _recommends(words: tuple[str, ...]) -> bool:
    """Deontic or evaluative wording: what should be done, or what something is worth
    (``should``; ``It would be wrong to …``, ``It is time to …``)."""
    return any(w in lex.DEONTIC_WORDS for w in words) or _judges_an_act(words)


def _judges_an_act(words: tuple[str, ...]) -> bool:
    """``It would be wrong to raise …``, ``It is high time to …``: a verdict on a course of
    action, as a recommendation is."""
    if len(words) < 4 or words[0] != "it" or words[1] not in ("is", "would", "was", "will"):
        return False
    head = words[2:7]
    if "to" not in head:
        return False
    judged = head[: head.index("to")]
    return any(w in lex.EVALUATIVE_WORDS or w in lex.STANCE_WORDS or w == "time" for w in judged)


def _results_part(doc: Document, sentence: Sentence) -> bool:
    """Past the first third of a report: where its results come (before its conclusion)."""
    return sentence.index * 3 >= len(doc.sentences)


def _late(doc: Document, sentence: Sentence) -> bool:
    """Among the last two sentences: where a longer compact text draws its conclusion."""
    return sentence.index >= len(doc.sentences) - 2


__all__ = ["SHORT_TEXT", "compact_argument", "is_compact"]
