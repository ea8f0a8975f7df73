"""Reported (indirect) statements: who says, wants or believes what, outside quote marks.

Reported speech (``X said that …``, ``…, X said``, ``according to X``, ``analysts believe
…``) is found from cue verbs outside quoted passages: a regex over cue words picks the
sentences worth tokenising, and each cue then takes its subject (read backward or, when
inverted, forward) and the clause it reports (the readers are in :mod:`.reporting_cues`).
Headlines, named polls and embedded posts' bylines, which attribute by layout rather than
by a cue, are read here. Work per sentence is bounded, so cost stays linear in the length of
the text. The stage runs after the direct quotations (:mod:`.quotes`) and skips their cues
and quoted passages.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from ..model import Document, Finding, Findings, Quote, Span
from .context import StageContext
from .lexicon.attribution import (
    DETERMINERS,
    INDIRECT_CUE_BASES,
    INDIRECT_CUES,
    NAMED_SUBJECT_CUES,
    NEGATIONS,
    PROGRESSIVE_CUES,
    SPEECH_VERBS,
    STANCE_BASE_FORMS,
    STANCE_CUES,
)
from .phrases import WINDOW, WORDS, Attribution, Tok, tokens
from .reporting_cues import (
    according_to,
    after_a_name,
    comparative,
    content_of,
    participle_at,
    per_source,
    progressive,
    reported_at,
    stance_at,
)
from .sentences import Reading

_LABELS = frozenset(
    """analysis opinion update breaking exclusive watch video live explainer editorial
    review interview photos poll report fact factcheck commentary perspective""".split()
)
_POLL_NOUNS = frozenset("poll polls polling survey surveys study studies".split())
_POLL_STEMS = ("poll", "survey", "stud")
"""What every poll noun holds: a text without any of them names no poll."""
_BASE_CUES = STANCE_BASE_FORMS | frozenset(INDIRECT_CUE_BASES)
_RELATIVES = frozenset(["who", "which", "that", "whose"])
_HEADLINE_AUX = frozenset(
    """may might will would can could should must not never have has had did does do is are
    was were just also still now already again finally fully openly reportedly""".split()
)
_INDIRECT_ING = frozenset(v for v in PROGRESSIVE_CUES if v in SPEECH_VERBS)
_TWEET_BYLINE = re.compile(
    r"[—–]\s*([A-Z][\w.’'&-]*(?:[ \u00a0][A-Z][\w.’'&-]*){0,4})\s*\(@\w{1,30}\)"
)
"""``… — Ada Vell (@adavell) June 28, 2016``: the byline of an embedded post."""


_CUE_WORDS = (
    frozenset(["according", "per"])
    | STANCE_CUES
    | INDIRECT_CUES
    | NAMED_SUBJECT_CUES
    | PROGRESSIVE_CUES
)
"""The words the loop of :func:`_reported_in` does anything with."""
_REPORTING_WORDS = _CUE_WORDS | frozenset(
    "According poll Poll polls Polls survey Survey surveys Surveys".split()
)
"""Words that make a sentence worth tokenising for reported speech: the cue words (lower
case), a capitalised "According", and the polls and surveys a sentence may cite."""
_RUN = re.compile(r"[\w’']+")
"""A run of word characters and apostrophes: a reporting word is one whole run."""


_REPORTING_LOWER = frozenset(w.lower() for w in _REPORTING_WORDS)
"""The reporting words in lower case, as a sentence's reading has its words (each is
letters only, so a whole run that is one is one of those words too)."""


def _may_report(text: str, start: int, stop: int, words: Sequence[str] = ()) -> bool:
    """Whether ``text[start:stop]`` holds a reporting word as a whole word (a run cut by
    ``stop`` counts as whole, one running on from before ``start`` does not).

    A set lookup of the runs: a regex alternation of the 750 cue words cost 10 ms to
    compile at every start and was tried at every position of every sentence. ``words``:
    the lower-case words of a sentence ending at ``stop`` (its :class:`.Reading`'s, which
    the later stages read anyway); one of them is every whole run of letters, so when none
    is a reporting word, no run is, and the runs need not be found."""
    if words and _REPORTING_LOWER.isdisjoint(words):
        return False
    runs = _RUN.findall(text, start, stop)
    cut = start > 0 and _RUN.match(text, start - 1, start) is not None
    if runs and cut and text.startswith(runs[0], start):
        runs = runs[1:]  # the tail of a word that starts before ``start``
    return not _REPORTING_WORDS.isdisjoint(runs)


def reported_statements(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """``X said (that) …``, ``…, X said``, ``according to X, …``, ``X wants …`` outside
    quoted passages; nested reports (``X said Y wants …``) each count. Groups are numbered
    on from the count of direct quotes."""
    doc = ctx.doc
    text = doc.text
    quotes = [q for q in prior.quotes if q.direct]
    group = len(quotes)
    used = {q.cue for q in quotes if q.cue is not None}
    cue_starts = {cue.start for cue in used}  # "pointed" of a quote's "pointed out" is used
    quoted = [(p.start, p.end) for p in ctx.quotations()]
    starts = [s for s, _ in quoted]
    if "(@" in text:
        for content, attribution in _tweet_bylines(doc):
            if attribution.speaker not in used:
                group += 1
                yield Quote(content, attribution.speaker, None, False, group)
    reading = ctx.reading(prior)
    headings = {s.heading for s in doc.sections if s.heading is not None}
    spans = [
        (sent.span, sent.span in headings or _title_case(text, sent.span)) for sent in doc.sentences
    ]
    if doc.title is not None:
        spans.insert(0, (doc.title, True))
    for span, headline in spans:
        speakers: set[Span | None] = set()  # one statement per speaker and sentence
        for content, attribution in _reported_in(
            text, span, starts, quoted, cue_starts, headline=headline, reading=reading
        ):
            if attribution.speaker is not None and _the_writer(text, attribution.speaker):
                continue  # "I think the town should …": the writer's own stance, no report
            if attribution.speaker not in speakers:
                speakers.add(attribution.speaker)
                group += 1
                yield Quote(content, attribution.speaker, attribution.cue, False, group)


def _the_writer(text: str, speaker: Span) -> bool:
    """``I`` or ``we``, outside any quotation: the writer, whose stance is the argument
    itself ("I think the town should …", "We spoke about the floods")."""
    return text[speaker.start : speaker.end] in ("I", "We", "we")


def _tweet_bylines(doc: Document) -> Iterator[tuple[Span, Attribution]]:
    """An embedded post's byline names who wrote the text before it in its paragraph
    (after any opening markup tag)."""
    text = doc.text
    for para in doc.paragraphs:
        start, end = para.span.start, para.span.end
        if "(@" not in text[start:end]:
            continue
        prev = start
        for m in _TWEET_BYLINE.finditer(text, start, end):
            lo = max(prev, m.start() - 2 * WINDOW)
            prev = m.end()
            tag = text.rfind(">", lo, m.start())
            body = tokens(text, tag + 1 if tag >= 0 else lo, m.start())
            content = content_of(body)
            if content is not None:
                yield content, Attribution(Span(m.start(1), m.end(1)), None)


def _inside_quote(pos: int, starts: list[int], quoted: list[tuple[int, int]]) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and quoted[k][0] <= pos < quoted[k][1]


def _reported_in(
    text: str,
    span: Span,
    starts: list[int],
    quoted: list[tuple[int, int]],
    cue_starts: set[int],
    *,
    headline: bool = False,
    reading: Reading | None = None,
) -> Iterator[tuple[Span, Attribution]]:
    """Each reported statement of a sentence outside quotes, as (content, attribution), read
    by the rule its wording calls for; a Title Case headline capitalises its cue too
    (``Harbor Board Says Fares Will Rise``). ``reading``: the document's, whose words of
    the sentence spare most sentences the search for reporting words."""
    stop = min(span.end, span.start + 4 * WINDOW)
    if not headline and not text.startswith("In ", span.start):
        words = reading.words(span) if reading is not None and stop == span.end else ()
        if not _may_report(text, span.start, stop, words):
            return
    toks = tokens(text, span.start, stop)
    found = _headline_colon(text, toks) if headline else None
    if found is not None:
        yield found
    found = _in_a_poll(text, toks)
    if found is not None and not _inside_quote(toks[0].start, starts, quoted):
        yield found
    for j, tok in enumerate(toks):
        low = tok.low
        if low not in _CUE_WORDS or _inside_quote(tok.start, starts, quoted):
            continue  # most words are no cue: only a cue word below reads further
        if low == "according":
            if j + 1 < len(toks) and toks[j + 1].low == "to":
                found = according_to(text, span, toks, j)
                if found is not None:
                    yield found
            continue
        if low == "per" and j > 1 and toks[j - 1].text == "," and j + 1 < len(toks):
            found = per_source(text, span, toks, j)  # "…, per the Kelton Ledger."
            if found is not None:
                yield found
            continue
        stance = low in STANCE_CUES
        if not (stance or low in INDIRECT_CUES):
            if low in NAMED_SUBJECT_CUES and after_a_name(toks, j):
                pass
            elif low in PROGRESSIVE_CUES and progressive(toks, j):
                stance = low not in _INDIRECT_ING
            elif low in PROGRESSIVE_CUES and toks[j - 1].low in (",", "by") and not tok.capitalised:
                found = participle_at(text, toks, j)
                if found is not None:
                    yield found
                continue
            else:
                continue
        opening_asked = j == 0 and low == "asked" and len(toks) > 1 and toks[1].low == "by"
        if tok.capitalised and not opening_asked and (not headline or j == 0 or low in _BASE_CUES):
            continue  # a headline's "Towns Plan For Floods" is no report: base forms out
        if tok.start in cue_starts:
            continue
        cue = Span(tok.start, tok.end)
        if not stance and _denied(toks, j):
            continue  # "I do not argue that …", "Vale never said …": reported by no one
        found = (
            stance_at(text, span, toks, j, cue) if stance else reported_at(text, span, toks, j, cue)
        )
        if found is not None and headline:
            found = _headline_subject(text, found)
        if found is not None and not comparative(toks, found[1]):
            yield found


_DENIALS = frozenset("not never n't".split()) | NEGATIONS


def _denied(toks: list[Tok], j: int) -> bool:
    """A speech or belief verb right after a negation (``do not argue``, ``never said``,
    ``didn't claim``): the clause after it is what nobody says."""
    k = j - 1
    while k >= 0 and toks[k].low in ("even", "ever", "really", "actually", "once"):
        k -= 1
    return k >= 0 and (toks[k].low in _DENIALS or toks[k].low.endswith("n't"))


def _headline_colon(text: str, toks: list[Tok]) -> tuple[Span, Attribution] | None:
    """``Vale: No ferry cuts this year``: a headline that opens with who says it."""
    while toks and toks[0].text.isdigit() and len(toks[0].text) <= 2:
        toks = toks[1:]  # "14. Ann Lee On …": a list item's number (not "2016 Podcast:")
    if toks and toks[0].text == ".":
        toks = toks[1:]
    colon = next((k for k in range(1, min(len(toks), 9)) if toks[k].text == ":"), None)
    on = next((k for k in range(1, min(len(toks), 5)) if toks[k].text == "On"), None)
    if on is not None:
        colon = on  # "Ann Lee On Why Ferries Matter", "Port Chief On Cuts: “…”"
    if colon is None:
        return None
    words = toks[:colon]
    if (
        len(words) > 3
        or not all(t.word and t.capitalised and not t.possessive for t in words)
        or any(t.text.isupper() and len(t.text) > 3 for t in words)
        or words[0].low in _LABELS
        or words[0].low in DETERMINERS
    ):
        return None
    speaker = Span(words[0].start, words[-1].end)
    if re.search(rf"\b{re.escape(words[-1].text)}\b", text[toks[-1].end :]) is None:
        return None  # whoever speaks in the headline comes back in the story
    content = content_of(toks[colon + 1 :])
    return (content, Attribution(speaker, None)) if content is not None else None


def _title_case(text: str, span: Span) -> bool:
    """A sentence written like a headline (``Ann Lee Questioned Why Ferries Stop``): a
    subhead or list item whose verbs are capitalised too."""
    if span.end - span.start > 160:
        return False
    words = WORDS.findall(text, span.start, span.end)
    long_words = [w for w in words if len(w) > 3]
    return (
        bool(words)
        and words[0][0].isupper()
        and len(long_words) >= 3
        and all(w[0].isupper() for w in long_words)
    )


def _in_a_poll(text: str, toks: list[Tok]) -> tuple[Span, Attribution] | None:
    """``In a Harbor Insights poll released Monday, 40 percent …`` or ``… leads in the
    latest Harbor Insights poll``: the named poll is the source of the rest."""
    if len(toks) < 4:
        return None
    lowered = text[toks[0].start : toks[-1].end].lower()
    if not any(stem in lowered for stem in _POLL_STEMS):
        return None  # no poll noun: most sentences, told without reading a token
    if toks[0].low == "in":
        comma = next((k for k in range(1, min(len(toks), 16)) if toks[k].text in ",;:"), None)
        if comma is None or toks[comma].text != ",":
            return None
        poll = _named_poll(toks[1:comma])
        content = content_of(toks[comma + 1 :])
    else:
        at = next(
            (
                k
                for k in range(2, len(toks))
                if toks[k].low == "in" and _named_poll(toks[k + 1 : k + 10])
            ),
            None,
        )
        if at is None:
            return None
        poll = _named_poll(toks[at + 1 : at + 10])
        content = content_of(toks[:at])
    if poll is None or content is None:
        return None
    return content, Attribution(poll, None)


def _named_poll(phrase: list[Tok]) -> Span | None:
    """``a Harbor Insights poll``: up to the poll noun, which a capitalised name precedes."""
    head = next((k for k, t in enumerate(phrase) if t.bare in _POLL_NOUNS), None)
    if head is None or head == 0 or not phrase[head - 1].capitalised:
        return None  # "In a poll, …" names nobody; "In a statement, X said" is X's
    if any(not t.word and t.text not in "/-.’'&" for t in phrase[:head]):
        return None
    first = next(k for k, t in enumerate(phrase) if t.capitalised or k == head - 1)
    return Span(phrase[first].start, phrase[head].end)


def _headline_subject(
    text: str, found: tuple[Span, Attribution]
) -> tuple[Span, Attribution] | None:
    """Title Case capitalises auxiliaries and relative clauses into the subject: ``Vale
    May Not Have Backed``, ``Actor Who Endorsed Vale Just Called``; cut them off."""
    content, attribution = found
    speaker = attribution.speaker
    if speaker is None:
        return found
    toks = tokens(text, speaker.start, speaker.end)
    cut = next((i for i, t in enumerate(toks) if i and t.low in _RELATIVES), len(toks))
    toks = toks[:cut]
    while toks and (toks[-1].low in _HEADLINE_AUX or not toks[-1].word):
        toks.pop()
    if not toks:
        return None
    return content, Attribution(Span(toks[0].start, toks[-1].end), attribution.cue)


__all__ = ["reported_statements"]
