"""How a sentence reads for its argumentative role: its words, cues and main clause.

Shared by the thesis, claim and premise stages, so that each judges a sentence on the
same reading: the :class:`.StageContext` holds one :class:`Reading` of the document, which
the stages ask about each span. A span is tokenised and judged once however often it is
asked about, and quote spans are indexed, so reading every sentence stays linear in the
text. Pure
functions of the text and spans; the vocabulary is lexicon data.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from ..model import (
    Document,
    Findings,
    Paragraph,
    Relation,
    Sentence,
    Source,
    SourceType,
    Span,
)
from .lexicon import argument as lex
from .lexicon.argument import Phrase

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""Letters and digits, joined by single apostrophes (``don't``). (Possessive quantifiers
would spare the engine its backtracking points, but need Python 3.11; we support 3.10.)"""
_QUOTE_OPEN = '“"«‘'
_QUOTE_CLOSE = '”"»’'
_QUOTE_MARK = re.compile('[“"«‘”»’]')


class Offsets:
    """Where each word of a span starts and ends, found only when first asked.

    Most sentences open with no marker and hold no link or contrast word, and then their
    clause splits need only the number of words (the words' own count) and where the first
    one starts: the full scan, a pair per word, is made for the few that read further.
    """

    __slots__ = ("_n", "_pairs", "_span", "_text")

    def __init__(self, text: str, span: Span, n: int) -> None:
        self._text = text
        self._span = span
        self._n = n
        self._pairs: list[tuple[int, int]] | None = None

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> tuple[int, int]:
        pairs = self._pairs
        if pairs is None:
            if i == 0 and self._n:  # the first word: one search, not the whole scan
                first = _WORD.search(self._text, self._span.start, self._span.end)
                if first is not None:
                    return first.span()
            pairs = self._pairs = _offsets(self._text, self._span)
        return pairs[i]


# --------------------------------------------------------------------------- reading


def _words(text: str, span: Span) -> tuple[str, ...]:
    """The words of ``span``, lower case with straight apostrophes.

    Lowered in one call on the joined words: words hold no spaces and lowering never makes
    one, so splitting again gives each word's own lower case (a final sigma included: a
    space, like the end of a string, is neither cased nor case-ignorable).
    """
    raw = _WORD.findall(text, span.start, span.end)
    if not raw:
        return ()
    joined = " ".join(raw).lower()
    if "’" in joined:
        joined = joined.replace("’", "'")
    return tuple(joined.split(" "))


def _offsets(text: str, span: Span) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text, span.start, span.end)]


def _stems(words: Sequence[str]) -> frozenset[str]:
    """Content-word stems for overlap: a plural's "s" dropped (weeks ~ week), then a
    5-letter prefix (cooperation ~ cooperative)."""
    stop = lex.STOPWORDS
    return frozenset(
        (w[:-1] if len(w) > 4 and w[-1] == "s" and w[-2] not in "su'" else w)[:5]
        for w in words
        if len(w) > 3 and w not in stop
    )


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of ``b``'s content words that ``a`` also uses (0 when ``b`` is empty)."""
    return len(a & b) / len(b) if b else 0.0


class SpanIndex:
    """Spans sorted by start, to find those overlapping a query without a scan of them all.

    Stages ask this of every sentence or quote; scanning every span each time is
    quadratic. A query walks back from the last span starting before its end and stops
    where no earlier span reaches its start (``reach`` is the running maximum end), so it
    costs a bisection plus the spans near the query. Plain integers, no ``Span`` calls.
    """

    __slots__ = ("_ends", "_order", "_reach", "_starts")

    def __init__(self, spans: Sequence[Span]) -> None:
        order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self._order = order
        self._starts = [spans[i].start for i in order]
        self._ends = [spans[i].end for i in order]
        reach, far = [], -1
        for end in self._ends:
            far = end if end > far else far
            reach.append(far)
        self._reach = reach

    def overlapping(self, span: Span) -> list[int]:
        """Positions (in the sequence given) of the spans overlapping ``span``, in order."""
        start, ends, reach, order = span.start, self._ends, self._reach, self._order
        hits = []
        i = bisect_left(self._starts, span.end) - 1  # every span before i starts before the end
        while i >= 0 and reach[i] > start:
            if ends[i] > start:
                hits.append(order[i])
            i -= 1
        hits.sort()
        return hits


_HANDOVER_GAP = 24
"""At most this much layout between a colon and the quotation it hands over to."""
_HANDOVER_MARKS = " \t\r\n>\"“‘'«„"
"""Layout allowed there: blanks, block-quote markers and opening quotation marks."""


class Reading:
    """A reading of a document: each span's words, cues and clauses, worked out once
    however often a stage asks, and the direct quotes indexed for quoted shares.

    The stages that read the same sentences (thesis, claims, premises) share one, from
    :meth:`.StageContext.reading`.
    """

    __slots__ = (
        "_cues",
        "_main",
        "_marks",
        "_quote_starts",
        "_quotes",
        "_shares",
        "_stems",
        "_words",
        "quotes",
        "text",
    )

    def __init__(self, text: str, quotes: Sequence[Span] = (), marks: Sequence[Span] = ()) -> None:
        self.text = text
        self.quotes = tuple(quotes)
        self._quotes = SpanIndex(self.quotes)
        self._quote_starts = sorted(q.start for q in self.quotes)
        self._marks = SpanIndex(marks)
        self._words: dict[Span, tuple[str, ...]] = {}
        self._stems: dict[Span, frozenset[str]] = {}
        self._cues: dict[Span, Cues] = {}
        self._main: dict[Span, tuple[Span, Span | None]] = {}
        self._shares: dict[Span, float] = {}

    def words(self, span: Span) -> tuple[str, ...]:
        """The words of ``span``, lower case with straight apostrophes."""
        found = self._words.get(span)
        if found is None:
            found = self._words[span] = _words(self.text, span)
        return found

    def attributes_a_quote(self, span: Span) -> bool:
        """Holds where a direct quote is attributed (its "she said", its signature: see
        :func:`attribution_marks`): such a sentence belongs to the quote, as evidence."""
        return bool(self._marks.overlapping(span))

    def introduces_quote(self, span: Span) -> bool:
        """Ends with a colon right before a quotation ("Ruth Abara wrote:" over a block
        quote): it hands over to the quoted words, which are the evidence, and argues nothing."""
        head = self.text[span.start : span.end].rstrip()
        if not head.endswith(":"):
            return False
        end = span.start + len(head)
        at = bisect_left(self._quote_starts, end)
        if at == len(self._quote_starts):
            return False
        gap = self.text[end : self._quote_starts[at]]
        return len(gap) <= _HANDOVER_GAP and not gap.strip(_HANDOVER_MARKS)

    def offsets(self, span: Span) -> Offsets:
        """Where each word of ``span`` is; not kept (a pair per word outweighs the words),
        and only clause splits, themselves kept, ask for it: scanned when first read."""
        return Offsets(self.text, span, len(self.words(span)))

    def stems(self, span: Span) -> frozenset[str]:
        found = self._stems.get(span)
        if found is None:
            found = self._stems[span] = _stems(self.words(span))
        return found

    def cues(self, sentence: Span) -> Cues:
        found = self._cues.get(sentence)
        if found is None:
            found = self._cues[sentence] = _cues(self, sentence)
        return found

    def main_clause(self, span: Span) -> tuple[Span, Span | None]:
        """See :func:`main_clause`."""
        found = self._main.get(span)
        if found is None:
            found = self._main[span] = _main_clause(self, span)
        return found

    def reason_split(self, span: Span) -> tuple[Span, Span] | None:
        """Split "X because Y" or "X, so Y" into ``(conclusion, reason)``, else None.

        One sentence often carries a reason and what it supports; a reader maps them as two
        nodes with a support between them. "Because" joins without a comma; the other links
        need one, so "since 2010" or "so many" are not read as a reason or a result.
        """
        return _reason_split(self.text, self.words(span), self.offsets(span), span)

    def rebuts(self, span: Span) -> bool:
        """A short verdict on the sentence before ("That dismissal is wrong."): that
        sentence was a view the author reports in order to reject it."""
        return _rebuts(self.words(span))

    def quoted_share(self, span: Span) -> float:
        """Share of the span inside the direct quotes, else between quotation marks; kept
        (a float a span), as the thesis, claim and premise stages each ask it of a sentence."""
        found = self._shares.get(span)
        if found is None:
            found = self._shares[span] = self._quoted_share(span)
        return found

    def _quoted_share(self, span: Span) -> float:
        if not len(span):
            return 0.0
        quotes = self.quotes
        inside = sum(
            min(span.end, quotes[i].end) - max(span.start, quotes[i].start)
            for i in self._quotes.overlapping(span)
        )
        if inside:
            return min(1.0, inside / len(span))
        return _marked_share(self.text, span)


def _marked_share(text: str, span: Span) -> float:
    """Share of the span between quotation marks, by a simple open/close scan.

    Only the marks are visited: a mark opens (a straight one when none is open) or closes
    (when one is open) and never counts as inside, so what is inside is the characters
    between marks while one is open.
    """
    depth = 0
    inside = 0
    last = span.start
    for m in _QUOTE_MARK.finditer(text, span.start, span.end):
        at = m.start()
        if depth:
            inside += at - last - 1
        ch = text[at]
        if ch in _QUOTE_OPEN and (ch not in _QUOTE_CLOSE or depth == 0):
            depth += 1
        elif depth:
            depth -= 1
        last = at
    if depth:
        inside += span.end - last - 1
    return inside / len(span)


def main_clause(text: str, span: Span) -> tuple[Span, Span | None]:
    """The proposition a sentence asserts, and the clause it concedes (if any).

    Leading discourse markers, opinion frames ("I firmly believe that") and fronted
    adverbial clauses ("As the war drags on, ...") are background; a fronted concession
    ("Although X, Y") yields Y as the proposition and X as the conceded counter-claim;
    "X, but Y" likewise. Never returns an empty span.
    """
    return Reading(text).main_clause(span)


def _main_clause(reading: Reading, span: Span) -> tuple[Span, Span | None]:
    text = reading.text
    words = reading.words(span)
    offs = reading.offsets(span)
    k = _reported_concession(words)
    conceded: Span | None = None
    for _ in range(6):  # markers stack: "To conclude, as far as I am concerned, ..."
        step = _leading_step(text, offs, words, k, span)
        if step is None:
            break
        k, clause = step
        conceded = conceded or clause
    if 0 < k < len(offs) - 1 and words[k] == "that" and words[k + 1] not in lex.FINITE_VERBS:
        k += 1
    start = offs[k][0] if k < len(offs) - 2 else span.start
    if start == span.start:
        conceded = None
        dateline = _DATELINE_LEAD.match(text, span.start, span.end)
        if dateline is not None and dateline.end() < span.end - 12:
            start = dateline.end()  # "MILLBROOK — The council voted …": where, not what
    main = Span(start, span.end)
    if conceded is None:
        split = _contrast_split(text, offs, words, k, main)
        if split is not None:
            conceded, main = split
    return main, conceded


_DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z.'-]{1,30}(?:[ ,]{1,3}[A-Z][A-Za-z.'-]{0,30}){0,4}(?:[ \t]{0,3}\([\w .]{2,20}\))?"
    r"(?:[ \t]{0,3}[—–]|[ \t]{1,3}-)[ \t]{1,3}"
)
"""A news lead's dateline (``MILLBROOK —``, ``WASHINGTON (AP) —``) before its first words."""
_FRAME_OBJECTS = frozenset("with about on of to in for against".split())
"""After an opinion frame, a preposition makes the frame the proposition itself ("I strongly
disagree with this notion"): nothing to strip."""


def _leading_step(
    text: str, offs: Offsets, words: Sequence[str], k: int, span: Span
) -> tuple[int, Span | None] | None:
    """Skip one leading marker or fronted clause at word ``k``; the conceded clause if any."""
    if k >= len(words) or words[k] not in _LEADING_FIRSTS:
        return None  # no vocabulary below has a phrase starting here
    for vocab in (lex.CLOSING_MARKERS, lex.CONCLUSION_MARKERS, lex.ORDINAL_MARKERS):
        n = vocab.starts(words, k)
        if n and _followed_by_comma(text, offs, k + n - 1):
            return k + n, None
    for vocab in (lex.CONTRAST_MARKERS, lex.CONCLUSION_MARKERS, lex.ORDINAL_MARKERS):
        n = vocab.starts(words, k)
        if n and vocab is not lex.ORDINAL_MARKERS and k + n < len(words) - 3:
            return k + n, None
    n = lex.OPINION_FRAMES.starts(words, k)
    if n and (k + n >= len(words) or words[k + n] not in _FRAME_OBJECTS):
        return k + n, None
    concession = lex.CONCESSION_OPENERS.starts(words, k)
    if (
        concession
        and not lex.CONCESSION_CLAUSES.starts(words, k)
        and k + concession < len(words) - 3
    ):
        # "It is true that X, such as Y": an adverb grants all of X; a comma inside is no turn
        return k + concession, None
    fronted = concession or lex.SUBORDINATE_OPENERS.starts(words, k)
    if fronted:
        comma = _clause_comma(text, offs, k + fronted, span)
        if comma is not None:
            clause = None
            if concession and comma > k + concession:
                clause = Span(offs[k + concession][0], offs[comma - 1][1])
            return comma, clause
    return None


_LEADING_FIRSTS = frozenset().union(
    *(
        vocab.by_first
        for vocab in (
            lex.CLOSING_MARKERS,
            lex.CONCLUSION_MARKERS,
            lex.ORDINAL_MARKERS,
            lex.CONTRAST_MARKERS,
            lex.OPINION_FRAMES,
            lex.CONCESSION_OPENERS,
            lex.SUBORDINATE_OPENERS,
        )
    )
)
"""Every word a phrase :func:`_leading_step` looks for can start with."""


def _reported_concession(words: Sequence[str]) -> int:
    """Where "I reaffirm that although X, Y" concedes: the word after a leading "that"."""
    for j in range(1, min(len(words) - 6, 24)):
        if words[j] == "that" and lex.CONCESSION_CLAUSES.starts(words, j + 1):
            return j + 1
    return 0


def _followed_by_comma(text: str, offs: Offsets, i: int) -> bool:
    end = offs[i][1]
    return end < len(text) and text[end] == ","


def _clause_comma(text: str, offs: Offsets, k: int, span: Span) -> int | None:
    """Index of the first word after the comma closing a fronted clause, if well placed."""
    limit = min(len(offs) - 4, k + 40)
    for i in range(max(k - 1, 0), limit):
        gap = text[offs[i][1] : offs[i + 1][0]]
        if "," in gap or ";" in gap or "—" in gap:
            return i + 1
    return None


def _contrast_split(
    text: str, offs: Offsets, words: Sequence[str], k: int, main: Span
) -> tuple[Span, Span] | None:
    """ "X, but Y" / "X; however, Y": Y is asserted, X conceded; "Y, although X" too."""
    for i in range(k + 4, len(offs) - 4):
        word = words[i]
        if word not in _CONTRASTS:  # the gap is read only after a contrast word
            continue
        gap = text[offs[i - 1][1] : offs[i][0]]
        pause = "," in gap or ";" in gap
        if ("," in gap and word in ("but", "yet")) or (";" in gap and word == "however"):
            return Span(main.start, offs[i - 1][1]), Span(offs[i + 1][0], main.end)
        if pause and word in ("nevertheless", "nonetheless"):
            return Span(main.start, offs[i - 1][1]), Span(offs[i + 1][0], main.end)
        n = lex.TRAILING_CONCESSIONS.starts(words, i) if pause else 0
        if n and i + n < len(offs) - 3:  # "Y, although X": X is granted, Y asserted
            return Span(offs[i + n][0], main.end), Span(main.start, offs[i - 1][1])
    return None


_CONTRASTS = frozenset(
    ("but", "yet", "however", "nevertheless", "nonetheless", *lex.TRAILING_CONCESSIONS.by_first)
)


def _reason_split(
    text: str, words: Sequence[str], offs: Offsets, span: Span
) -> tuple[Span, Span] | None:
    reasons, results = lex.REASON_LINKS, lex.RESULT_LINKS
    for i in range(3, len(offs) - 3):
        if words[i] not in reasons.by_first and words[i] not in results.by_first:
            continue  # neither link can start here: both ``starts`` would be 0
        gap = text[offs[i - 1][1] : offs[i][0]]
        pause = "," in gap or ";" in gap
        n = reasons.starts(words, i)
        if n and (pause or words[i] == "because") and words[i + 1] != "of":
            return Span(span.start, offs[i - 1][1]), Span(offs[i + n][0], span.end)
        n = results.starts(words, i)
        result = n and pause and words[i + n - 1 : i + n + 1] not in _NOT_RESULT
        if result and i + n < len(offs) - 2:
            return Span(offs[i + n][0], span.end), Span(span.start, offs[i - 1][1])
    return None


_NOT_RESULT = frozenset(("so", w) for w in ("that", "much", "many", "far", "long", "as"))
""""so that" is purpose and "so many" degree, not a drawn result."""


class Cues(NamedTuple):
    """What the wording of a sentence says about its argumentative role.

    A named tuple, not a frozen dataclass: one is made for nearly every sentence, and a
    frozen dataclass sets its fifteen fields one ``object.__setattr__`` call at a time.
    """

    opinion: bool
    """The author takes a position in the first person, or "we should", "this shows"."""
    closing: bool
    conclusion: bool
    ordinal: bool
    contrast: bool
    opponent: bool
    """Someone else's view: "some people argue", "critics", "it is often said"."""
    concession: bool
    grants: bool
    """The sentence as a whole grants a point ("Admittedly, X."), with no answer in it."""
    evidence: bool
    """An example, statistic or anecdote."""
    signpost: bool
    """Announces or frames rather than argues ("This essay will discuss ...", "The context
    provides essential background ...", "I disagree with this view.")."""
    stance: int
    hedge: int
    question: bool
    length: int


_CUE_VOCABULARIES = (
    (lex.OPPONENT_CUES, 12),
    (lex.CONCESSION_OPENERS, 7),
    (lex.EVIDENCE_CUES, 8),
    (lex.OPINION_FRAMES, None),
    (lex.SIGNPOST_CUES, None),
    (lex.ANAPHORIC_STANCE, None),
)
"""The vocabularies :func:`_cues` looks for, each within the first so many words (None:
anywhere), in the order :func:`_cue_finds` answers."""


_Pair = tuple[str, str]


def _cue_index() -> tuple[
    dict[str, tuple[int, ...]], dict[_Pair, tuple[tuple[int, tuple[Phrase, ...]], ...]]
]:
    singles: dict[str, list[int]] = {}
    pairs: dict[_Pair, dict[int, list[Phrase]]] = {}
    for slot, (vocab, _) in enumerate(_CUE_VOCABULARIES):
        for first, group in vocab.by_first.items():
            for phrase in group:  # longest first, as each group is
                if len(phrase) == 1:
                    singles.setdefault(first, []).append(slot)
                else:
                    pairs.setdefault((first, phrase[1]), {}).setdefault(slot, []).append(phrase)
    return (
        {word: tuple(slots) for word, slots in singles.items()},
        {pair: tuple((s, tuple(g)) for s, g in by_slot.items()) for pair, by_slot in pairs.items()},
    )


_CUE_SINGLES, _CUE_PAIRS = _cue_index()
"""The vocabularies of each one-word cue phrase; and for the first two words of each
longer one, the phrases (longest first) of each vocabulary that start with them. Keyed by
two words, as the first alone is often "the", "a" or "in", which start many phrases that
a sentence's next word already rules out."""


def _cue_finds(words: Sequence[str]) -> list[int]:
    """For each of :data:`_CUE_VOCABULARIES`, what ``vocab.find(words[:limit])`` gives, in
    one pass over the words rather than one a vocabulary (six per sentence)."""
    found = [-1] * len(_CUE_VOCABULARIES)
    left = len(found)
    n_words = len(words)
    singles, pairs = _CUE_SINGLES, _CUE_PAIRS
    for i, pair in enumerate(zip(words, (*words[1:], ""), strict=True)):
        slots = singles.get(pair[0])
        if slots is not None:
            for slot in slots:
                if found[slot] < 0 and i < (_CUE_VOCABULARIES[slot][1] or n_words):
                    found[slot] = i
                    left -= 1
        entries = pairs.get(pair)
        if entries is not None:
            for slot, group in entries:
                if found[slot] >= 0:
                    continue
                limit = _CUE_VOCABULARIES[slot][1] or n_words
                for phrase in group:  # as ``Vocabulary.find`` on words cut at the limit
                    n = len(phrase)
                    if i + n <= limit and (n == 2 or tuple(words[i : i + n]) == phrase):
                        found[slot] = i
                        left -= 1
                        break
        if not left:
            break
    return found


def _cues(reading: Reading, sentence: Span) -> Cues:
    text = reading.text
    words = reading.words(sentence)
    head = words[:12]
    at, conceding, evidence, opinion, signpost, anaphoric = _cue_finds(words)
    opponent = (0 <= at <= 5 and any(w in lex.REPORTING_VERBS for w in head[at:])) or (
        _contests(head)
    )
    concession = 0 <= conceding <= 4
    stance_words, hedge_words = lex.STANCE_WORDS, lex.HEDGE_WORDS
    return Cues(
        opinion=opinion >= 0,
        closing=lex.CLOSING_MARKERS.starts(words) > 0,
        conclusion=lex.CONCLUSION_MARKERS.starts(words) > 0,
        ordinal=lex.ORDINAL_MARKERS.starts(words) > 0,
        contrast=lex.CONTRAST_MARKERS.starts(words) > 0,
        opponent=opponent,
        concession=concession,
        grants=concession and reading.main_clause(sentence)[1] is None,
        evidence=evidence >= 0,
        signpost=signpost >= 0 or (anaphoric >= 0 and len(reading.stems(sentence)) <= 5),
        stance=sum(map(stance_words.__contains__, words)),
        hedge=sum(map(hedge_words.__contains__, words)),
        question=sentence.of(text).rstrip().rstrip("\"'”’)").endswith("?"),
        length=len(words),
    )


def _rebuts(words: Sequence[str]) -> bool:
    return (
        2 <= len(words) <= 10
        and words[0] in lex.ANAPHORS
        and any(w in lex.VERDICT_WORDS for w in words[1:])
    )


def _contests(head: Sequence[str]) -> bool:
    """ "Shopkeepers claim that ...": a third party disputing, named by any noun phrase."""
    for i, w in enumerate(head[1:5], 1):
        if w in lex.DISPUTING_VERBS and i + 1 < len(head) and head[i + 1] == "that":
            return not lex.FIRST_PERSON.intersection(head[:i]) and "we" not in head[:i]
    return False


def confidence(score: float, midpoint: float = 1.5) -> float:
    """Map a cue score onto (0, 1): a logistic, so ordering is kept and ends are soft."""
    return round(1.0 / (1.0 + math.exp(-(score - midpoint))), 3)


# --------------------------------------------------------------------------- layout


REPORTED_STATEMENTS = 3
"""A text crediting this many statements to named people or organisations reports the
news: its lead states its point, and its last paragraph is one more fact, not a conclusion."""


def is_essay(doc: Document, prior: Findings | None = None) -> bool:
    """No headings and no reporting: an essay or unheaded analysis, argued intro -> body ->
    conclusion. An unheaded news report (``prior`` holds its quotes) is read as an article."""
    if any(s.heading is not None for s in doc.sections):
        return False
    if prior is None:
        return True
    named = sum(
        1
        for link in prior.links
        if link.relation is Relation.ATTRIBUTED_TO
        and isinstance(link.target, Source)
        and link.target.source_type in (SourceType.PERSON, SourceType.ORGANIZATION)
    )
    return named < REPORTED_STATEMENTS


def sentence_at(doc: Document, offset: int) -> Sentence | None:
    """The sentence holding ``offset`` (sentences are in order: a bisection)."""
    lo, hi = 0, len(doc.sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.sentences[mid].span.end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(doc.sentences) and doc.sentences[lo].span.start <= offset:
        return doc.sentences[lo]
    return None


def non_empty(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    return [p for p in paragraphs if p.sentences]


def intro_paragraphs(doc: Document, essay: bool) -> list[Paragraph]:
    """Where the thesis is stated: an essay's first paragraph, else the lead (the first
    two)."""
    for section in doc.sections:
        paras = non_empty(doc.paragraphs_of(section))
        if paras:
            if essay and len(non_empty(doc.paragraphs)) >= 3:
                return paras[:1]
            return paras[:2]
    return []


def attribution_marks(prior: Findings) -> list[Span]:
    """Where the direct quotes are attributed, sorted: their cues ("she said"), and the
    speaker of a quote no cue introduces (a signature "— Ada Osei, St Mark's Church", an
    action beat): the sentences holding them belong to the quotes."""
    marks = {q.cue if q.cue is not None else q.speaker for q in prior.quotes if q.direct}
    return sorted(m for m in marks if m is not None)


def direct_quote_spans(prior: Findings) -> tuple[Span, ...]:
    return tuple(q.span for q in prior.quotes if q.direct)


def title_stems(doc: Document, reading: Reading | None = None) -> frozenset[str]:
    reading = reading or Reading(doc.text)
    spans = [s for s in (doc.title, doc.dek) if s is not None]
    return frozenset().union(*(reading.stems(s) for s in spans)) if spans else frozenset()
