"""Direct quotations and the mention of who said them.

Each quotation (the passages are found by :mod:`.passages`) is attributed from a bounded
window around it: a cue verb after the quote (``“…,” said X`` / ``“…,” X said``), before
it (``X said: “…”``, ``according to X``, ``X’s remarks about “…”``), or, failing both, the
speaker of the quote just before it.
Windows are bounded, so cost stays linear in the length of the text. Reported (indirect)
statements are the next stage's (:mod:`.reported`); the noun phrases that name speakers
come from :mod:`.phrases`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from ..model import Document, Finding, Findings, Quote, Span
from .context import StageContext
from .lexicon.attribution import (
    ADDRESSEE_CUES,
    CHARACTERISATION_VERBS,
    CUE_ADVERBS,
    CUE_VERBS,
    DETERMINERS,
    NOT_NAME_WORDS,
    PHRASAL_CUES,
    ROLE_GENDER,
    SPEAKER_PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_CUES,
)
from .phrases import (
    BACK_STOP,
    CLAUSE_LINKS,
    NOT_BEFORE_A_VERB,
    SENTENCE_PUNCT,
    WINDOW,
    WORDS,
    Attribution,
    Passage,
    Tok,
    abbreviation,
    head_of,
    names_someone,
    np_backward,
    np_forward,
    sentence_subject,
    skip_tail,
    source_word,
    tokens,
)
from .reporting_cues import document_agent, passive, plural_noun

_NOT_A_NOUN = frozenset("and or is was are were in on by to of for with from".split())
_NP_PREFIX = frozenset("his her their its our my your former another late".split())
"""Words that may open a speaker phrase before its name: ``his friend Ana Lo``."""


# --------------------------------------------------------------------------- attribution


def _is_cue(tok: Tok) -> bool:
    return tok.word and not tok.capitalised and tok.low in CUE_VERBS


def attribution_after(text: str, start: int, limit: int) -> Attribution | None:
    """A cue after a quote: ``, said X`` / ``, X said`` / ``, he told reporters``."""
    toks = tokens(text, start, limit)[:40]
    k = 0
    while k < len(toks) and toks[k].text in ",—–-":
        k += 1
    if k + 1 < len(toks) and toks[k].low == "according" and toks[k + 1].low == "to":
        speaker = np_forward(text, toks[k + 1].end, limit, lenient=True)
        return Attribution(speaker, Span(toks[k].start, toks[k + 1].end)) if speaker else None
    depth = 0
    skip_to = -1
    for j in range(k, min(len(toks), k + 30)):
        tok = toks[j]
        if j <= skip_to:
            continue
        depth += (tok.text == "(") - (tok.text == ")")
        stop = tok.text in SENTENCE_PUNCT and j > k and depth <= 0 and not _abbrev_at(toks, j)
        if tok.text in '“«"' and j > k:
            # "…,” X, wearing “Vote Lee” pins, said": a short quoted name inside the phrase
            close = next(
                (i for i in range(j + 1, min(len(toks), j + 6)) if toks[i].text in '”»"'), None
            )
            if close is not None and any(t.word for t in toks[k:j]):
                skip_to = close
                continue
        if tok.text in '“«"' or stop:
            return None
        phrasal = _phrasal_cue(toks, j)
        if not phrasal and (not _is_cue(tok) or tok.low in CHARACTERISATION_VERBS):
            continue
        cue = Span(tok.start, toks[j + 1].end if phrasal else tok.end)
        if phrasal and j == k:
            continue  # "…, shot back the mayor" is rare; only the subject-first order
        if j == k or all(t.low in CUE_ADVERBS for t in toks[k:j]):
            pos = skip_tail(text, tok.end)
            speaker = np_forward(text, pos, limit, lenient=True) if pos < limit else None
            if speaker is None and tok.end < limit:
                speaker = np_forward(text, tok.end, limit)
            if speaker is not None:  # "…,” noted a report by the Harbor Institute
                speaker = document_agent(text, Span(start, limit), speaker, apposition=True)
            return Attribution(speaker, cue) if speaker else None
        speaker = np_backward(text, toks[k].start, tok.start)
        if speaker is not None and all(
            t.low in _NP_PREFIX or t.low in DETERMINERS for t in toks[k:j] if t.end <= speaker.start
        ):
            return Attribution(Span(toks[k].start, speaker.end), cue)
        described = _described_subject(toks[k:j], speaker)
        return Attribution(described, cue) if described is not None else None
    return None


def _phrasal_cue(toks: list[Tok], j: int) -> bool:
    """``pointed out``, ``shot back``: a verb that is a cue only with its particle."""
    tok = toks[j]
    particles = PHRASAL_CUES.get(tok.low)
    return (
        particles is not None
        and not tok.capitalised
        and j + 1 < len(toks)
        and toks[j + 1].low in particles
    )


def _described_subject(toks: list[Tok], speaker: Span | None) -> Span | None:
    """``“…,” the retired engineer said`` / ``an angry Vale retorted`` / ``another friend,
    Ann Vale, told``: a determiner and a few words right after a quote name its speaker."""
    if not toks or not (toks[0].low in DETERMINERS or toks[0].low in _NP_PREFIX):
        return None
    if toks[0].low in ("that", "this", "these", "those", "it"):
        return None
    lead = [t for t in toks if speaker is None or t.end <= speaker.start]
    if lead and lead[-1].text == ",":
        lead = lead[:-1]
    if len(lead) > 4 or any(not t.word or t.capitalised for t in lead[1:]):
        return None
    if speaker is None and (len(toks) > 4 or any(not t.word for t in toks)):
        return None
    return Span(toks[0].start, speaker.end if speaker is not None else toks[-1].end)


def _abbrev_at(toks: list[Tok], j: int) -> bool:
    return toks[j].text == "." and j > 0 and abbreviation(toks[j - 1])


def attribution_before(text: str, start: int, end: int) -> Attribution | None:
    """A cue before a quote: ``X said: “``, ``according to X, “``, ``X’s remarks about “``."""
    toks = tokens(text, start, end)
    if not toks:
        return None
    if toks[-1].text == ":" and len(toks) > 2:
        # "… the South - Ann Vale: “…”": a dash sets the name off from the sentence before
        dash = next(
            (i for i in range(len(toks) - 2, max(0, len(toks) - 10), -1) if toks[i].text in "-—–"),
            None,
        )
        if dash is not None and text[toks[dash].start - 1 : toks[dash].start].isspace():
            named = np_forward(text, toks[dash].end, toks[-1].start)
            if (
                named is not None
                and not text[named.end : toks[-1].start].strip()
                and names_someone(text, named)
            ):
                return Attribution(named, None)
    for j in range(len(toks) - 1, -1, -1):
        tok = toks[j]
        if tok.low == "according" and j + 1 < len(toks) and toks[j + 1].low == "to":
            speaker = np_forward(text, toks[j + 1].end, end, lenient=True)
            if speaker is not None:
                return Attribution(speaker, Span(tok.start, toks[j + 1].end))
        put_it = _phrasal_cue(toks, j)
        stance = (
            tok.low in STANCE_CUES
            and not tok.capitalised
            and not plural_noun(toks, j)
            and not passive(toks, j)
        )
        if _is_cue(tok) or put_it or stance or (j == 0 and tok.low in SPEECH_VERBS):
            speaker = _subject_before(text, toks, j, start)
            if stance or put_it:
                if speaker is not None:
                    return Attribution(speaker, Span(tok.start, tok.end))
                continue
            inverted = tok.low in SPEECH_VERBS and tok.low not in ADDRESSEE_CUES
            if speaker is None and j + 1 < len(toks) and inverted:
                speaker = np_forward(text, toks[j + 1].start, end)
                if speaker is not None and not _before_quote(toks, speaker):
                    speaker = None
            if speaker is not None:
                return Attribution(speaker, Span(tok.start, tok.end))
        if tok.word and tok.bare in SPEECH_NOUNS:
            speaker = _possessor(toks, j)
            if speaker is not None:
                return Attribution(speaker, None)
    if toks[-1].text == ":":
        return _colon_introduction(text, toks)
    return None


def _colon_introduction(text: str, toks: list[Tok]) -> Attribution | None:
    """``Ann Roe: “…”`` or ``X gave the idea a try on Tuesday: “…”``: whoever the sentence
    is about introduces the quote."""
    words = [t for t in toks[:-1] if t.word]
    if not words:
        return None
    if words[0].low == "from" and len(words) > 1 and words[0] is toks[0]:
        source = np_forward(text, words[1].start, toks[-1].start, lenient=True)
        if source is not None and not text[source.end : toks[-1].start].strip():
            return Attribution(source, None)  # "From the report: “…”"
    speaker = np_backward(text, toks[0].start, toks[-1].start)
    if speaker is not None and speaker.start > toks[0].start:
        before = text[toks[0].start : speaker.start].rstrip()
        if not before.endswith(("-", "—", "–")):
            speaker = None
    if speaker is None:
        speaker = sentence_subject(text, toks, len(toks) - 1)
        if speaker is None or len(words) > 30:
            return None
    toks = tokens(text, speaker.start, speaker.end)
    dash = max((k for k, t in enumerate(toks) if t.text in "-—–"), default=-1)
    if 0 <= dash < len(toks) - 1:
        toks = toks[dash + 1 :]  # "SECTION HEADING - Ann Roe:"
        speaker = Span(toks[0].start, speaker.end)
    head = head_of(toks)
    if head is None or not (head.capitalised or head.low in SPEAKER_PRONOUNS or source_word(head)):
        return None
    return Attribution(speaker, None)


def _subject_before(text: str, toks: list[Tok], j: int, start: int) -> Span | None:
    """The subject of a cue: right before it, or the sentence's for ``…, telling X`` and
    ``X smiled and said``."""
    if j == 0:
        return None
    speaker = np_backward(text, toks[0].start, toks[j].start)
    ing = toks[j].low.endswith("ing")
    if speaker is not None and ing and not names_someone(text, speaker):
        # "X issued a statement saying", "X dodged questions before saying": the
        # sentence's subject, not the noun before the participle, is speaking
        subject = sentence_subject(text, toks, j)
        if subject is not None and subject.end <= speaker.start and names_someone(text, subject):
            return subject
    if speaker is not None:
        return speaker
    prev = toks[j - 1]
    if prev.low == "and" or (ing and (prev.text == "," or prev.low in ("by", "before", "after"))):
        return sentence_subject(text, toks, j)
    return None


def _before_quote(toks: list[Tok], speaker: Span) -> bool:
    """An inverted cue before a quote must end the window: ``, said X, “B”``."""
    rest = [t for t in toks if t.start >= speaker.end]
    return all(not t.word for t in rest)


def _possessor(toks: list[Tok], j: int) -> Span | None:
    """The possessive name before a speech noun: ``Lavrov’s carefully calibrated statements``."""
    for k in range(j - 1, max(-1, j - 6), -1):
        tok = toks[k]
        if tok.possessive:
            if not tok.capitalised:
                return None
            i = k
            while i > 0 and toks[i - 1].word and toks[i - 1].capitalised:
                i -= 1
            return Span(toks[i].start, tok.end - 2)
        if not tok.word or tok.low in BACK_STOP:
            return None
    return None


# --------------------------------------------------------------------------- stage


class _Sentences:
    """Sentence lookup by offset (binary search over sentence starts)."""

    def __init__(self, doc: Document) -> None:
        self.spans = [s.span for s in doc.sentences]
        self.starts = [s.start for s in self.spans]

    def around(self, pos: int) -> Span | None:
        k = bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k].start <= pos < max(self.spans[k].end, pos + 1):
            return self.spans[k]
        return None


def direct_quotations(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Every quotation with its speaker mention and cue."""
    doc = ctx.doc
    passages = ctx.quotations()
    yield from _attribute(doc.text, passages, ctx.quotation_names(), _Sentences(doc), doc)


def _attribute(
    text: str, passages: list[Passage], names: list[bool], sentences: _Sentences, doc: Document
) -> Iterator[Quote]:
    """``names``: whether each passage looks like a name (read once, asked up to four
    times)."""
    previous: Quote | None = None
    previous_passage: Passage | None = None
    group = 0
    said = [_said(text, p) for p in passages]
    repeated = {w for w, k in Counter(said).items() if k > 1 and len(w) >= _PULL_QUOTE_WORDS}
    last = {w: n for n, w in enumerate(said) if w in repeated}
    kept: set[tuple[str, ...]] = set()
    turns: list[tuple[int, Quote]] = []  # the quotes that open their paragraphs
    for n, passage in enumerate(passages):
        para = doc.paragraphs[passage.paragraph].span
        sent = sentences.around(passage.start)
        lo = max(para.start, passage.start - WINDOW, sent.start if sent else para.start)
        if previous_passage is not None and previous_passage.end > lo:
            lo = previous_passage.end
        close_sent = sentences.around(max(passage.start, passage.end - 1))
        if (
            close_sent is not None
            and close_sent.end <= passage.end
            and _ends_question(text, passage)
        ):
            close_sent = sentences.around(passage.end + 1) or close_sent
        hi = min(para.end, passage.end + WINDOW, close_sent.end if close_sent else para.end)
        nxt = passages[n + 1] if n + 1 < len(passages) else None
        bound = next(
            (passages[k] for k in range(n + 1, min(n + 3, len(passages))) if not names[k]), None
        )  # a quoted name ("wearing “Vote Lee” pins") does not end the window
        if bound is not None and bound.start < hi:
            hi = bound.start
        if names[n] and _modifies_a_noun(text, passage):
            continue  # "wearing “Vote Lee” pins": a name, not a quotation
        found = _best_attribution(text, lo, passage, hi)
        if found is not None and found.speaker is not None and names_no_one(text, found.speaker):
            found = None  # "Here they are: “…”": no speaker in the sentence, look further
        if found is not None and names[n] and _names_a_thing(text, passage, found):
            found = None
        beat = False
        opening = passage.start == para.start
        exchange = opening and previous_passage is not None and previous_passage.closed
        if found is None:
            found = _action_beat(text, sentences, passage, para.start)
            if found is None:
                found = _beat_after(text, sentences, passage, para)
                if found is not None and exchange and _alternate(doc, turns, passage):
                    spoken = found.speaker.of(text).lower() if found.speaker else ""
                    found = None if spoken in SPEAKER_PRONOUNS else found  # the exchange knows
            beat = found is not None
        if found is None:
            found = _across_paragraphs(doc, sentences, passage, nxt)
            if found is not None and found.speaker is not None:
                found = None if names_no_one(text, found.speaker) else found
        continues = previous is not None and _continues(doc, previous_passage, passage)
        if (found is None or found.cue is None) and _mentioned_not_used(text, passage, para.start):
            continue  # "the so-called “smart meters”", "For example: “…”": nobody said it
        if said[n] in repeated:
            if found is None and not continues and (said[n] in kept or last[said[n]] > n):
                continue  # a pull quote: the same words, unattributed, are one statement
            kept.add(said[n])
        other = _alternate(doc, turns, passage) if found is None and exchange else None
        if other is not None:  # an untagged line of a two-person exchange: the other one's
            group += 1
            quote = Quote(passage.span, other.speaker, other.cue, True, group)
        elif (
            found is None
            and continues
            and previous is not None
            and not _a_reply(text, previous_passage, passage)
        ):
            quote = Quote(passage.span, previous.speaker, previous.cue, True, previous.group)
        elif found is None and (
            names[n] or (len(said[n]) <= _TERM_WORDS and not _a_line(text, passage))
        ):
            continue  # a term in quotation marks ("the “parking problem”"), no one's words
        elif found is None:
            group += 1
            quote = Quote(passage.span, None, None, True, group)
        elif previous is not None and found.cue is not None and found.cue == previous.cue:
            quote = Quote(passage.span, found.speaker, found.cue, True, previous.group)
        else:
            group += 1
            quote = Quote(passage.span, found.speaker, found.cue, True, group)
        if opening or (beat and (not turns or turns[-1][0] != passage.paragraph)):
            turns.append((passage.paragraph, quote))  # a line, or a line after its beat
        previous, previous_passage = quote, passage
        yield quote


def _said(text: str, passage: Passage) -> tuple[str, ...]:
    """A passage's words in lower case, to tell a repeated (pull) quote: lowered in one call
    on the joined words (no word holds a space, so splitting again gives each its own)."""
    words = WORDS.findall(text, passage.start, passage.end)
    return tuple(" ".join(words).lower().split(" ")) if words else ()


_EXCHANGE_WORDS = 40
"""A line of dialogue is short: a longer paragraph ends a two-person exchange."""


def _alternate(doc: Document, turns: list[tuple[int, Quote]], passage: Passage) -> Quote | None:
    """A paragraph that is one untagged quote, after two paragraphs opening with quotes by two
    different speakers (``“…,” he said`` / ``“…,” said she`` / ``“…”``): the reply of the
    speaker before last, as dialogue alternates. The press habit of going on with the last
    speaker holds otherwise."""
    text = doc.text
    k = passage.paragraph
    if len(turns) < 2:
        return None
    (p1, q1), (p2, q2) = turns[-1], turns[-2]
    if p1 != k - 1 or p2 != k - 2 or q1.speaker is None or q2.speaker is None:
        return None
    if q1.speaker.of(text).lower() == q2.speaker.of(text).lower():
        return None
    before = doc.paragraphs[k - 1].span
    if len(WORDS.findall(text, before.start, before.end)) > _EXCHANGE_WORDS:
        return None
    return q2


def _action_beat(
    text: str, sentences: _Sentences, passage: Passage, start: int
) -> Attribution | None:
    """``Karl laughed. “Then we should move.”``: a quote that opens a sentence right after a
    short one whose subject is a person is that person's (the beat before the line)."""
    sent = sentences.around(passage.start)
    if sent is None or sent.start != passage.start or sent.start <= start:
        return None
    before = sentences.around(sent.start - 2)
    if before is None or before.start < start or before.end > sent.start:
        return None
    subject = _beat_subject(text, before)
    if subject is None or text[subject.start : subject.end].lower() in SPEAKER_PRONOUNS:
        return None  # "He paused. “…”": the quote before goes on
    return Attribution(subject, None)


def _beat_after(
    text: str, sentences: _Sentences, passage: Passage, para: Span
) -> Attribution | None:
    """``“I'll write it a letter.” He tossed an apple at her.``: a line that is its
    paragraph's first words, followed at once by a short sentence about a person, is that
    person's; a pronoun is left for coreference to resolve."""
    if passage.start != para.start or not passage.closed:
        return None
    after = sentences.around(passage.end + 1)
    if after is None or after.start < passage.end or after.end > para.end:
        return None
    if text[passage.end : after.start].strip() or text[passage.end - 2 : passage.end - 1] == ",":
        return None
    subject = _beat_subject(text, after)
    return Attribution(subject, None) if subject is not None else None


def _beat_subject(text: str, sent: Span) -> Span | None:
    """The person a short narrative sentence opens with (``Karl laughed.``, ``His mother
    patted his arm.``, ``He rubbed his eyes.``), when a verb other than a cue follows."""
    toks = [t for t in tokens(text, sent.start, sent.end) if t.word]
    if not 2 <= len(toks) <= _BEAT_WORDS or not toks[0].capitalised:
        return None
    said = text[sent.start : sent.end]
    if "''" in said or any(ch in _QUOTE_MARKS for ch in said):
        return None  # "Well, we will get used to it,'' Mr. Sanders said.": a tag, no beat
    subject = described_person(toks)
    if subject is None:
        subject = np_forward(text, sent.start, sent.end)
        if subject is None or names_no_one(text, subject) or not names_someone(text, subject):
            return None
    verb = next((t for t in toks if t.start >= subject.end), None)
    if verb is None or verb.capitalised or verb.low in _NOT_BEATS:
        return None
    return subject


def described_person(toks: list[Tok]) -> Span | None:
    """``His mother``, ``the old man``, ``Marta's father`` opening ``toks``: a person
    described by a noun that tells a gender, as fiction names its characters."""
    if not toks or not (toks[0].low in _PERSON_DETERMINERS or toks[0].possessive):
        return None
    for k in range(1, min(len(toks), 4)):
        if toks[k].capitalised or not toks[k].word:
            return None
        if toks[k].low in ROLE_GENDER:
            return Span(toks[0].start, toks[k].end)
    return None


_BEAT_WORDS = 12
"""An action beat beside a line is short: ``Karl laughed.``, ``Ines shook her head.``"""
_NOT_BEATS = frozenset("is was are were has had have will would said says of and".split())
_PERSON_DETERMINERS = frozenset("the his her their my our your".split())
_QUOTE_MARKS = frozenset('"“”«»„')


def _mentioned_not_used(text: str, passage: Passage, start: int) -> bool:
    """A quoted term named as one (``the so-called “…”``, ``the word “free”``) or a made-up
    example (``For example: “…”``): words mentioned, not said by anyone."""
    lead = text[max(start, passage.start - 24) : passage.start].lower().rstrip(" \t:,")
    before = tokens(text, max(start, passage.start - 24), passage.start)[-2:]
    if any(t.low in _MENTION_NOUNS for t in before):
        return True
    return lead.endswith(_EXAMPLE_LEADS)


def names_no_one(text: str, span: Span) -> bool:
    """A speaker phrase of function words only (``Here``, ``For``, ``Last``), not a pronoun."""
    words = [t.low for t in tokens(text, span.start, span.end) if t.word]
    return (
        bool(words)
        and all(w.removesuffix("’s").removesuffix("'s") in NOT_NAME_WORDS for w in words)
        and not (len(words) == 1 and words[0] in SPEAKER_PRONOUNS)
    )


def _modifies_a_noun(text: str, passage: Passage) -> bool:
    """A quoted name followed straight by a lower-case noun: ``“Vote Lee” pins``."""
    inner = passage.inner_of(text)
    if text[inner.start : inner.end].rstrip()[-1:] in ",.!?;:":
        return False  # "“Honestly,” he went on": punctuation inside marks a quotation
    after = tokens(text, passage.end, min(len(text), passage.end + 30))[:1]
    return (
        bool(after)
        and after[0].word
        and not after[0].capitalised
        and after[0].low not in (SPEECH_VERBS | SPEAKER_PRONOUNS | CLAUSE_LINKS | _NOT_A_NOUN)
    )


def _names_a_thing(text: str, passage: Passage, found: Attribution) -> bool:
    """``Vale posted the “Harbor Plan” syllabus``: a stance verb's quoted name (the caller
    knows the passage reads as a name) is an object, not what was said."""
    cue = found.cue
    if cue is None or text[cue.start : cue.end].lower() not in STANCE_CUES:
        return False
    before = tokens(text, max(cue.end, passage.start - 12), passage.start)
    return bool(before) and before[-1].low in NOT_BEFORE_A_VERB


def _across_paragraphs(
    doc: Document, sentences: _Sentences, passage: Passage, nxt: Passage | None
) -> Attribution | None:
    """``Said Ann Vale:`` ending the paragraph before a quote that opens its own, or a
    ``-Ann Vale, at the rally`` byline paragraph right after a quote that ends its own."""
    text = doc.text
    k = passage.paragraph
    para = doc.paragraphs[k].span
    if k > 0 and not text[para.start : passage.start].strip():
        before = doc.paragraphs[k - 1].span
        end = before.start + len(text[before.start : before.end].rstrip())
        if end > before.start and text[end - 1] == ":":
            sent = sentences.around(end - 1)
            start = max(before.start, end - WINDOW, sent.start if sent else before.start)
            found = attribution_before(text, start, end)
            if found is not None:
                return found
    tail = text[passage.end : para.end]
    signed = (
        passage.start == para.start
        and tail.lstrip(" \t.,")[:1] in tuple(_DASHES)
        and len(WORDS.findall(tail)) <= _BYLINE_WORDS
        and (nxt is None or nxt.start >= para.end)
    )
    if signed:  # "“…” ― Tom Ferris": a quote on its own line, signed after a dash
        dash = passage.end + len(tail) - len(tail.lstrip(" \t.,"))
        return _byline(text, dash + 1, para.end)
    if k + 1 < len(doc.paragraphs) and not tail.strip(" .,\n"):
        after = doc.paragraphs[k + 1].span
        line = text[after.start : after.end]
        spaced = line[1:2].isspace()  # "— Greta Holm, retired teacher": a signature line
        if (
            line[:1] in _DASHES
            and (line[1:2].isupper() or (spaced and len(WORDS.findall(line)) <= _BYLINE_WORDS))
            and (nxt is None or nxt.start >= after.end)
        ):
            return _byline(text, after.start + 1, after.end)
    return None


_TERM_WORDS = 3
"""A quoted phrase this short with no speaker is a term or a scare quote, not a quotation."""


def _a_line(text: str, passage: Passage) -> bool:
    """A whole sentence in quotation marks that opens its own (``He smiled. “Your brother
    forgets.”``): a capital, closing punctuation inside the marks, and nothing of the
    sentence before it. A term or scare quote sits inside a sentence of the writer's."""
    inner = text[passage.start : passage.end].strip(" \t\"“”‘’'«»„")
    if not inner or not inner[0].isupper() or inner[-1] not in ".!?…":
        return False
    before = text[max(0, passage.start - 3) : passage.start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


_MENTION_NOUNS = frozenset(
    """so-called word words term terms phrase phrases expression label nickname nicknamed
    dubbed titled entitled""".split()
)
_EXAMPLE_LEADS = ("for example", "for instance", "e.g.", "such as", "say,", "imagine")
_PULL_QUOTE_WORDS = 4
"""A quote this long repeated word for word is a pull quote, not a second statement."""
_DASHES = "-—–―"
_BYLINE_WORDS = 10
"""A signature after a quote is a name and a short role: ``— Lena Vogt, cyclist``."""


def _byline(text: str, start: int, end: int) -> Attribution | None:
    """``― Tom Ferris``, ``—Lena Vogt, cyclist``: the name after a dash that signs a quote."""
    while start < end and text[start] in " \t":
        start += 1
    if not text[start : start + 1].isupper():
        return None
    speaker = np_forward(text, start, end, lenient=True)
    if speaker is None or not text[speaker.start].isupper():
        return None
    return Attribution(speaker, None)


def _ends_question(text: str, passage: Passage) -> bool:
    """``“…?” Obama asked``: the segmenter ends a sentence there, the attribution does not."""
    inner = passage.inner_of(text)
    return inner.end > inner.start and text[inner.end - 1] in "?!"


def _continues(doc: Document, before: Passage | None, passage: Passage) -> bool:
    """Same paragraph, or a paragraph that opens with a quote right after one with quotes."""
    if before is None:
        return False
    if before.paragraph == passage.paragraph:
        return True
    para = doc.paragraphs[passage.paragraph]
    return passage.paragraph == before.paragraph + 1 and passage.start == para.span.start


def _a_reply(text: str, before: Passage | None, passage: Passage) -> bool:
    """An untagged line opening the paragraph after a question: someone answers it, not
    the one who asked (``“Whose is it?” asked her father.`` / ``“I don't know.”``)."""
    if before is None or before.paragraph >= passage.paragraph or not before.closed:
        return False
    inner = before.inner_of(text)
    asked = text[inner.start : inner.end].rstrip()
    return asked.endswith("?") and len(WORDS.findall(asked)) <= _ASKED_WORDS


_ASKED_WORDS = 5
"""A question someone answers is a short line (``“Whose is it?”``); a longer one in a
speech is usually the speaker's own, and they go on (``“…, right?” said Murphy.``)."""


def _inverted_right_after(text: str, passage: Passage, after: Attribution) -> bool:
    """``“…?” asked Ada Dunn``: a cue right after the closing mark with its speaker after it
    names the speaker of this quote, whatever cue stands before it."""
    cue, speaker = after.cue, after.speaker
    if cue is None or speaker is None or speaker.start < cue.end:
        return False
    return not any(ch.isalnum() for ch in text[passage.end : cue.start])


def _best_attribution(text: str, lo: int, passage: Passage, hi: int) -> Attribution | None:
    after = attribution_after(text, passage.end, hi) if passage.end < hi else None
    starts_sentence = not any(ch.isalnum() for ch in text[lo : passage.start])
    if after is not None and (starts_sentence or _inverted_right_after(text, passage, after)):
        return after
    before = attribution_before(text, lo, passage.start) if lo < passage.start else None
    if before is not None and before.speaker is not None and names_no_one(text, before.speaker):
        before = None  # "For example: “…,” he told CNN": the cue after names the speaker
    if before is not None and after is not None and before.cue is not None:
        gap = text[before.cue.end : passage.start]
        if len(WORDS.findall(gap)) > 3:
            return after
    return before or after


__all__ = ["attribution_after", "attribution_before", "direct_quotations", "names_no_one"]
