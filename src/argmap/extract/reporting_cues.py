"""What one reporting cue says: who speaks, and the clause they report.

Given a cue word in a sentence's tokens (``said``, ``wants``, ``according to``, ``per``,
``saying``), each reader takes the subject before the verb (or, when inverted, the speaker
after it) and the clause it reports, or declines: a passive, a plural noun, a comparison,
an infinitive is no report. :mod:`.reported` picks the sentences and cues; the readers
here are shared with :mod:`.quotes` (``document_agent``, ``passive``, ``plural_noun``).
Each works within one bounded window of tokens.
"""

from __future__ import annotations

from bisect import bisect_left

from ..model import Span
from .lexicon.attribution import (
    ADDRESSEE_CUES,
    AGENT_REACH,
    AUTHORED_NOUNS,
    CLAUSE_OPENERS,
    COMPARATIVE_OPENERS,
    CUE_ADVERBS,
    DOCUMENT_NOUNS,
    NAME_PARTICLES,
    SPEAKER_PRONOUNS,
    STANCE_BASE_FORMS,
    STANCE_PARTICLES,
    TIME_WORDS,
)
from .lexicon.given_names import name_gender
from .phrases import (
    CLAUSE_LINKS,
    NOT_BEFORE_A_VERB,
    SHARES,
    TIME_LEADS,
    WINDOW,
    Attribution,
    Tok,
    adverb_or_negation,
    head_of,
    names_someone,
    np_backward,
    np_forward,
    role_word,
    sentence_subject,
    skip_tail,
    source_word,
    tokens,
)

_NEEDS_CLAUSE = frozenset("charge charges charged add adds added".split())
_CONTENT_SKIP = frozenset(["that", ":", ","])
_FOUND = frozenset("find finds found".split())
_PASSIVE_AUX = frozenset("was were is are been being be has have had first initially".split())
_PLURAL_PRONOUNS = frozenset(["they", "we", "i", "you"])
_BE_FORMS = frozenset("is are was were be been being am get gets got gotten".split())
_MODALS = frozenset("will would can could should may might must shall did does do".split())
_CLAUSE_STARTS = frozenset(". , ; : that the a an this his her their its he she it they we".split())
_NOUN_FOLLOWERS = frozenset(["and", "or", ",", ".", ";", "were", "are", "have", "had", "did"])


def _index_at(toks: list[Tok], pos: int, missing: int | None = None) -> int:
    """The index of the first token at or after ``pos`` (``missing``, else the end, if none)."""
    found = bisect_left(toks, pos, key=lambda t: t.start)
    if found == len(toks) and missing is not None:
        return missing
    return found


def comparative(toks: list[Tok], attribution: Attribution) -> bool:
    """``more resilient than analysts predicted``: a comparison, not a report (``as X
    reported, …`` is one)."""
    speaker, cue = attribution.speaker, attribution.cue
    if speaker is None:
        return False
    k = _index_at(toks, speaker.start, 0)
    if k == 0 or toks[k - 1].low not in COMPARATIVE_OPENERS:
        return False
    if k == 1 and toks[0].low == "as":
        return False  # "As Vale lamented the cuts, …": a report, not a comparison
    if toks[k - 1].low == "as" and cue is not None:
        after = next((t for t in toks if t.start >= cue.end and t.low not in CUE_ADVERBS), None)
        return not (after is None or after.text in ",.;:")
    return True


def participle_at(text: str, toks: list[Tok], j: int) -> tuple[Span, Attribution] | None:
    """``X revised the plan, saying that …``: the sentence's subject says what follows the
    participle."""
    subject = sentence_subject(text, toks, j)
    if subject is None or not names_someone(text, subject):
        return None
    if tokens(text, subject.start, subject.end)[-1].possessive:
        return None  # "Ann Lee's top rival, …, shut it down by rejecting": not Ann Lee
    rest = toks[j + 1 :]
    while rest and rest[0].low in _CONTENT_SKIP:
        rest = rest[1:]
    content = content_of(rest)
    cue = Span(toks[j].start, toks[j].end)
    return (content, Attribution(subject, cue)) if content is not None else None


def after_a_name(toks: list[Tok], j: int) -> bool:
    """``The Ledger reports that``: a noun-like cue is a verb right after a name, before a
    clause or the sentence end."""
    if j == 0 or toks[j].capitalised or not toks[j - 1].capitalised or not toks[j - 1].word:
        return False
    nxt = toks[j + 1].low if j + 1 < len(toks) else "."
    if nxt not in _CLAUSE_STARTS:
        return False
    k = j - 1
    while k > 0 and (
        toks[k - 1].capitalised or toks[k - 1].text in ".-&/" or toks[k - 1].low in NAME_PARTICLES
    ):
        k -= 1
    before = toks[k - 1] if k > 0 else None
    # "the Ledger reports", "…, Ann Lee notes" — not "her Socialist remarks", "calm Kelton fears"
    return before is None or not before.word or before.low in ("the", "and") or role_word(before)


def progressive(toks: list[Tok], j: int) -> bool:
    """``is reporting``, ``are not pledging``: a form of *be* before the -ing cue."""
    if toks[j].capitalised:
        return False  # a headline's "Delegates Are Planning"
    k = j - 1
    while k >= 0 and toks[k].low not in _BE_FORMS and adverb_or_negation(toks[k]):
        k -= 1
    return k >= 0 and toks[k].low in _BE_FORMS


def according_to(text: str, span: Span, toks: list[Tok], j: int) -> tuple[Span, Attribution] | None:
    cue = Span(toks[j].start, toks[j + 1].end)
    opening = j == 0 or all(not t.word for t in toks[:j])
    speaker = np_forward(text, toks[j + 1].end, span.end, lenient=True, apposition=not opening)
    if speaker is None:
        return None
    speaker = document_agent(text, span, speaker, apposition=not opening)
    if opening:
        k = _index_at(toks, speaker.end)
        if k < len(toks) and toks[k].low in ("by", "from"):
            # "According to a report by the port authority, trade …": what it says
            # starts after the document's author
            comma = next(
                (i for i in range(k, min(len(toks), k + AGENT_REACH)) if toks[i].text == ","), None
            )
            k = comma + 1 if comma is not None else k
        content = content_of(toks[k:])
    else:
        content = content_of(toks[:j])
    return (content, Attribution(speaker, cue)) if content else None


def per_source(text: str, span: Span, toks: list[Tok], j: int) -> tuple[Span, Attribution] | None:
    """``…, per the Kelton Ledger.``: a named source closing the sentence."""
    if not toks[j + 1].capitalised and toks[j + 1].low != "the":
        return None
    speaker = np_forward(text, toks[j + 1].start, span.end, lenient=True)
    if speaker is None or not _ends_sentence(toks, speaker) or not names_someone(text, speaker):
        return None
    content = content_of(toks[: j - 1])
    return (content, Attribution(speaker, Span(toks[j].start, toks[j].end))) if content else None


def document_agent(text: str, span: Span, speaker: Span, *, apposition: bool) -> Span:
    """``according to a poll released Friday by Harbor Insights``: the named author of a
    document is the source; the document stands only when nobody is named."""
    toks = tokens(text, speaker.start, min(span.end, speaker.start + WINDOW))
    document = False
    for tok in toks[:AGENT_REACH]:
        if tok.text in ",;:()" or tok.low in ("who", "which", "that"):
            return speaker
        if not document:
            document = tok.bare in DOCUMENT_NOUNS or tok.bare in AUTHORED_NOUNS
        elif tok.low in ("by", "from"):
            agent = np_forward(text, tok.end, span.end, apposition=apposition)
            if agent is None:
                return speaker
            head = head_of(tokens(text, agent.start, agent.end))
            return agent if head is not None and head.capitalised else speaker
    return speaker


def stance_at(
    text: str, span: Span, toks: list[Tok], j: int, cue: Span
) -> tuple[Span, Attribution] | None:
    """``Vale wants …``, ``polls show …``, ``X endorsed Y``: the subject right before the
    verb (adverbs and auxiliaries aside) holds the stance; the rest of the clause is what."""
    tok = toks[j]
    if tok.low == "asked" and j + 1 < len(toks) and toks[j + 1].low == "by":
        return _asked_by(text, span, toks, j, cue)
    if j == 0:
        return None
    if passive(toks, j) and j + 1 < len(toks) and toks[j + 1].low == "by":
        return _passive_at(text, span, toks, j, cue)  # "her view is shared by Ada Vell"
    particles = STANCE_PARTICLES.get(tok.low)
    if particles is not None and (j + 1 >= len(toks) or toks[j + 1].low not in particles):
        return None
    if particles is None and j + 1 < len(toks) and toks[j + 1].low in ("off", "up"):
        return None  # "called off the deal", "backed off": not a stance
    prev = toks[j - 1]
    if prev.low in NOT_BEFORE_A_VERB or prev.possessive:
        return None  # an infinitive or a noun: "to support", "the plans", "Trump’s plans"
    if passive(toks, j) or plural_noun(toks, j):
        return None
    k = j - 1
    while k > 0 and adverb_or_negation(toks[k]):
        k -= 1
    if toks[k].low in ("and", "but"):  # "X is an expert and has lectured on …"
        speaker = sentence_subject(text, toks, k)
        if speaker is None or not _stance_subject(text, speaker, tok):
            return None
        content = content_of(toks[j + 1 :])
        return (content, Attribution(speaker, cue)) if content else None
    speaker = np_backward(text, toks[0].start, tok.start)
    if speaker is None or not _stance_subject(text, speaker, tok) or _asked_if(toks, speaker):
        return None
    if tok.low in _FOUND and not _clause_after(toks, j) and _someone(text, speaker):
        return None  # "Marta found the boat": a person finds things; a study finds facts
    content = content_of(toks[_that_clause(toks, j + 1) :])
    if content is None:  # "…, Port Authority records show."
        comma = _last_comma_before(toks, j)
        if comma is not None and toks[comma].end <= speaker.start:
            content = content_of(toks[:comma])
    return (content, Attribution(speaker, cue)) if content else None


def _asked_if(toks: list[Tok], speaker: Span) -> bool:
    """``asked if she believed Vale wanted …``: a question puts nothing in Vale's mouth."""
    k = _index_at(toks, speaker.start, 0)
    if k > 0 and toks[k - 1].low in ("if", "whether"):
        return True
    return any(toks[i].low in ("if", "whether") and toks[i - 1].low == "asked" for i in range(1, k))


def passive(toks: list[Tok], j: int) -> bool:
    """A form of *be* right before the cue (adverbs aside): ``was also accused``."""
    if toks[j].low.endswith("ing"):
        return False
    k = j - 1
    while k >= 0 and toks[k].low not in _BE_FORMS and adverb_or_negation(toks[k]):
        k -= 1
    return k >= 0 and toks[k].low in _BE_FORMS


def plural_noun(toks: list[Tok], j: int) -> bool:
    """``the Kelton attacks and …``, ``the Harbor Street plans did``: a plural noun, no verb."""
    return toks[j].low.endswith("s") and j + 1 < len(toks) and toks[j + 1].low in _NOUN_FOLLOWERS


def _asked_by(
    text: str, span: Span, toks: list[Tok], j: int, cue: Span
) -> tuple[Span, Attribution] | None:
    """``Asked by Ann Vale whether …, X said``: the named asker put the question that
    follows the asker, up to the comma."""
    speaker = np_forward(text, toks[j + 1].end, span.end, apposition=False)
    if speaker is None or not text[speaker.start].isupper():
        return None
    k = _index_at(toks, speaker.end)
    end = next((i for i in range(k, len(toks)) if toks[i].text in ",;:"), len(toks))
    content = content_of(toks[k:end])
    return (content, Attribution(speaker, cue)) if content else None


def _stance_subject(text: str, speaker: Span, cue: Tok) -> bool:
    """A name, pronoun or source noun that agrees with the verb form (not ``Russian
    messaging``: its head is neither)."""
    toks = tokens(text, speaker.start, speaker.end)
    head = head_of(toks)
    if head is None or head.bare in TIME_WORDS or toks[-1].possessive:
        return False  # "deplored Kelton’s reputation, saying": Kelton says nothing
    words = [t for t in toks if t.word]
    pronoun = len(words) == 1 and words[0].low in SPEAKER_PRONOUNS
    if cue.low in STANCE_BASE_FORMS and not _after_modal(text, speaker, cue):
        # "voters want", "they plan": a base form needs a plural subject
        plural = (
            head.low in _PLURAL_PRONOUNS
            or head.low in ("people", "police")
            or (head.low.endswith("s") and not head.possessive and not head.low.endswith("ss"))
        )
        if not plural:
            return False
    if pronoun or head.capitalised:
        return not pronoun or words[0].low != "it"
    return source_word(head) or head.low in SHARES


def _after_modal(text: str, speaker: Span, cue: Tok) -> bool:
    """``Vale would not endorse``: a base form after a modal needs no plural subject."""
    return any(t.low in _MODALS for t in tokens(text, speaker.end, cue.start))


def reported_at(
    text: str, span: Span, toks: list[Tok], j: int, cue: Span
) -> tuple[Span, Attribution] | None:
    tok = toks[j]
    if j + 1 < len(toks) and toks[j + 1].low == "by":
        return _passive_at(text, span, toks, j, cue)
    if passive(toks, j):
        return None  # "X is expected to run", "Y was told": nobody here says anything
    start = toks[0].start
    link = j - 1
    while link > 0 and adverb_or_negation(toks[link]):
        link -= 1
    coordinated = j > 1 and toks[link].low in ("and", "but")  # "…, but now said"
    subject = np_backward(text, start, tok.start) if j > 0 and not coordinated else None
    if j > 0 and not coordinated:
        subject = subject or _seen_by(toks, j)
    if (
        subject is not None
        and toks[j - 1].text == ","
        and subject.start != start
        and toks[0].low not in CLAUSE_OPENERS
        and not _after_a_link(toks, subject)
    ):
        subject = None  # "…, X, said Y": the apposition is not the whole subject
    if coordinated:
        subject = sentence_subject(text, toks, link)  # "X joined the slate and said …"
        if subject is None:
            return None  # "…, became a delegate and said": no inverted speaker either
    clause_follows = j + 1 >= len(toks) or toks[j + 1].low in ("that", ",", ":")
    if tok.low in _NEEDS_CLAUSE and not clause_follows:
        subject = None  # "the club charged a fee", "the economy added jobs"
    if j + 1 < len(toks) and toks[j + 1].low in ("off", "up"):
        return None  # "has written off the effort"
    if subject is not None and _stance_subject(text, subject, tok):
        rest = toks[_that_clause(toks, j + 1) :]
        while rest and (rest[0].low in _CONTENT_SKIP or rest[0].low in CUE_ADVERBS):
            rest = rest[1:]
        content = content_of(rest)
        if content is not None:
            return content, Attribution(subject, cue)
    # "…, X said." / "…, said X, director of Y." at the end of the sentence
    comma = _last_comma_before(toks, j)
    if comma is None:
        return None
    if comma + 1 < j:
        speaker = np_backward(text, toks[comma].end, tok.start)
        if speaker is None or not _sentence_tail(toks, j):
            return None
    else:
        pos = skip_tail(text, tok.end)
        speaker = np_forward(text, pos, span.end, lenient=True)
        if speaker is None or not _ends_sentence(toks, speaker) or not _speakerish(text, speaker):
            return None
    content = content_of(toks[:comma])
    return (content, Attribution(speaker, cue)) if content is not None else None


def _clause_after(toks: list[Tok], j: int) -> bool:
    """``found that …``, ``…, she found.``: what was found is a statement, not a thing."""
    return j + 1 >= len(toks) or not toks[j + 1].word or toks[j + 1].low == "that"


def _someone(text: str, subject: Span) -> bool:
    """A subject that is a person for sure (a personal pronoun, a given name: ``Marta``,
    ``Maria Lopez``), never a study, a poll or an outlet that finds things out."""
    words = text[subject.start : subject.end].split()
    if len(words) == 1 and words[0].lower() in _PERSONAL:
        return True
    return 1 <= len(words) <= 3 and name_gender(words[0].strip(".,")) is not None


_PERSONAL = frozenset("he she i we they".split())


_SEEN = frozenset("seen obtained reviewed viewed read cited quoted published released".split())


def _seen_by(toks: list[Tok], j: int) -> Span | None:
    """``Internal memos seen by the newspaper suggest …``: the documents the agent saw, not
    the agent, are the subject of the cue at ``j``."""
    by = next((i for i in range(j - 1, max(1, j - 7), -1) if toks[i].low == "by"), None)
    if by is None or by < 2 or toks[by - 1].low not in _SEEN:
        return None
    head = toks[by - 2]
    if not head.word or head.bare not in DOCUMENT_NOUNS:
        return None
    first = by - 2
    while first > 0 and toks[first - 1].word and toks[first - 1].low not in _CLAUSE_STARTS:
        first -= 1
    return Span(toks[first].start, head.end)


def _after_a_link(toks: list[Tok], subject: Span) -> bool:
    """``… two days after the Ledger, which …, said``: a clause starts at the subject."""
    k = _index_at(toks, subject.start, 0)
    return k > 0 and toks[k - 1].low in CLAUSE_LINKS


def _passive_at(
    text: str, span: Span, toks: list[Tok], j: int, cue: Span
) -> tuple[Span, Attribution] | None:
    """``The plan, first reported by the Ledger, …``: the agent after ``by`` is the source of
    what stands before the cue (a participle, never an active ``X said by``)."""
    low = toks[j].low
    if low in ADDRESSEE_CUES or not (low.endswith("ed") or low in ("said", "written")):
        return None  # "was told by aides that …": what was said follows, not precedes
    before = toks[:j]
    while before and (before[-1].low in CUE_ADVERBS or before[-1].low in _PASSIVE_AUX):
        before.pop()
    speaker = np_forward(text, toks[j + 1].end, span.end, lenient=True)
    if speaker is None:
        return None
    content = content_of(before)
    return (content, Attribution(speaker, cue)) if content is not None else None


def _speakerish(text: str, speaker: Span) -> bool:
    """``said one Republican involved``, ``said his aide`` — not ``tweeted their support``."""
    toks = tokens(text, speaker.start, speaker.end)[:6]
    return any(t.low in SPEAKER_PRONOUNS or source_word(t) or role_word(t) for t in toks)


def _ends_sentence(toks: list[Tok], speaker: Span) -> bool:
    """Only a relative clause, a date or punctuation follows an inverted speaker."""
    rest = [t for t in toks if t.start >= speaker.end]
    words = [t for t in rest if t.word]
    if not words:
        return True
    first = next(t for t in rest if t.text != ",")
    return first.low in ("who", "whose", "which", "in", "on", "at") or len(words) <= 3


def _last_comma_before(toks: list[Tok], j: int) -> int | None:
    for k in range(j - 1, max(-1, j - 12), -1):
        if toks[k].text == ",":
            return k
    return None


def _sentence_tail(toks: list[Tok], j: int) -> bool:
    """Only a speaker phrase (no clause) follows the cue up to the sentence end."""
    rest = toks[j + 1 :]
    return len([t for t in rest if t.word]) <= 12 and not any(t.low == "that" for t in rest)


_BEFORE_THAT = 4
"""Words a short phrase may put between a cue and its "that" (``complained for years
that``, ``said in a statement that``)."""


def _that_clause(toks: list[Tok], k: int) -> int:
    """Where what was said starts, from ``k`` (just after the cue): after a "that" a few
    lower-case words on, else ``k``."""
    if k >= len(toks) or toks[k].low not in _LEADS_TO_THAT:
        return k  # "said the plan that the board approved …": a relative clause, no content
    for i in range(k + 1, min(len(toks), k + _BEFORE_THAT + 1)):
        tok = toks[i]
        if tok.low == "that":
            return i + 1
        if not tok.word or (tok.capitalised and tok.bare not in TIME_WORDS):
            return k
    return k


_LEADS_TO_THAT = frozenset(
    """for in on at during last this to earlier again repeatedly recently privately publicly
    reporters me us him her them""".split()
)
"""First words of the short phrase between a cue and its "that": when, where, to whom."""


def content_of(toks: list[Tok]) -> Span | None:
    toks = [t for t in toks]
    while toks and not toks[-1].word and not toks[-1].text[:1].isdigit():
        toks.pop()
    while toks and not toks[0].word and not toks[0].text[:1].isdigit():
        toks = toks[1:]
    words = [t for t in toks if t.word]
    if len(words) < 2 or all(t.bare in TIME_WORDS or t.low in TIME_LEADS for t in words):
        return None  # "The board votes next month": a date is not what anyone said
    return Span(toks[0].start, toks[-1].end)


__all__ = [
    "according_to",
    "after_a_name",
    "comparative",
    "content_of",
    "document_agent",
    "participle_at",
    "passive",
    "per_source",
    "plural_noun",
    "progressive",
    "reported_at",
    "stance_at",
]
