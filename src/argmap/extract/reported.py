"""Reported (indirect) statements: who says, wants or believes what, outside quote marks.

Reported speech (``X said that …``, ``…, X said``, ``according to X``, ``analysts believe
…``) is found from cue verbs outside quoted passages: a regex over cue words picks the
sentences worth tokenising, and each cue then takes its subject (read backward or, when
inverted, forward) and the clause it reports. Headlines, named polls and embedded posts'
bylines are read too. Work per sentence is bounded, so cost stays linear in the length of
the text. The stage runs after the direct quotations (:mod:`.quotes`) and skips their cues
and quoted passages.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from ..model import Document, Finding, Findings, Quote, Span
from .context import StageContext
from .lexicon.attribution import (
    ADDRESSEE_CUES,
    AGENT_REACH,
    AUTHORED_NOUNS,
    CLAUSE_OPENERS,
    COMPARATIVE_OPENERS,
    CUE_ADVERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    INDIRECT_CUE_BASES,
    INDIRECT_CUES,
    NAME_PARTICLES,
    NAMED_SUBJECT_CUES,
    PROGRESSIVE_CUES,
    SPEAKER_PRONOUNS,
    SPEECH_VERBS,
    STANCE_BASE_FORMS,
    STANCE_CUES,
    STANCE_PARTICLES,
    TIME_WORDS,
)
from .phrases import (
    CLAUSE_LINKS,
    NOT_BEFORE_A_VERB,
    SHARES,
    TIME_LEADS,
    WINDOW,
    WORDS,
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

_LABELS = frozenset(
    """analysis opinion update breaking exclusive watch video live explainer editorial
    review interview photos poll report fact factcheck commentary perspective""".split()
)
_POLL_NOUNS = frozenset("poll polls polling survey surveys study studies".split())
_NEEDS_CLAUSE = frozenset("charge charges charged add adds added".split())


# --------------------------------------------------------------------------- reported


def _trie_pattern(words: set[str] | frozenset[str]) -> str:
    """One regex alternative per shared prefix (``sa(?:id|ys)``): a plain alternation of
    hundreds of words is tried word by word at every position, a trie letter by letter."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie)


_REPORTING = re.compile(
    r"(?<![\w’'])(?:[Aa]ccording|per|[Pp]olls?|[Ss]urveys?|"
    + _trie_pattern(INDIRECT_CUES | STANCE_CUES | NAMED_SUBJECT_CUES | PROGRESSIVE_CUES)
    + r")(?![\w’'])"
)
"""Finds sentences worth tokenising for reported speech (cues are lower case)."""

_BASE_CUES = STANCE_BASE_FORMS | frozenset(INDIRECT_CUE_BASES)
_RELATIVES = frozenset(["who", "which", "that", "whose"])
_HEADLINE_AUX = frozenset(
    """may might will would can could should must not never have has had did does do is are
    was were just also still now already again finally fully openly reportedly""".split()
)
_CONTENT_SKIP = frozenset(["that", ":", ","])
_PASSIVE_AUX = frozenset("was were is are been being be has have had first initially".split())
_PLURAL_PRONOUNS = frozenset(["they", "we", "i", "you"])
_BE_FORMS = frozenset("is are was were be been being am get gets got gotten".split())
_MODALS = frozenset("will would can could should may might must shall did does do".split())
_INDIRECT_ING = frozenset(v for v in PROGRESSIVE_CUES if v in SPEECH_VERBS)
_CLAUSE_STARTS = frozenset(". , ; : that the a an this his her their its he she it they we".split())
_NOUN_FOLLOWERS = frozenset(["and", "or", ",", ".", ";", "were", "are", "have", "had", "did"])


def reported_statements(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """``X said (that) …``, ``…, X said``, ``according to X, …``, ``X wants …`` outside
    quoted passages; nested reports (``X said Y wants …``) each count. Groups are numbered
    on from the count of direct quotes."""
    doc = ctx.doc
    text = doc.text
    quotes = [q for q in prior.quotes if q.direct]
    group = len(quotes)
    used = {q.cue for q in quotes if q.cue is not None}
    quoted = [(p.start, p.end) for p in ctx.quotations()]
    starts = [s for s, _ in quoted]
    if "(@" in text:
        for content, attribution in _tweet_bylines(doc):
            if attribution.speaker not in used:
                group += 1
                yield Quote(content, attribution.speaker, None, False, group)
    headings = {s.heading for s in doc.sections if s.heading is not None}
    spans = [
        (sent.span, sent.span in headings or _title_case(text, sent.span)) for sent in doc.sentences
    ]
    if doc.title is not None:
        spans.insert(0, (doc.title, True))
    for span, headline in spans:
        speakers: set[Span | None] = set()  # one statement per speaker and sentence
        for content, attribution in _reported_in(
            text, span, starts, quoted, used, headline=headline
        ):
            if attribution.speaker not in speakers:
                speakers.add(attribution.speaker)
                group += 1
                yield Quote(content, attribution.speaker, attribution.cue, False, group)


_TWEET_BYLINE = re.compile(
    r"[—–]\s*([A-Z][\w.’'&-]*(?:[ \u00a0][A-Z][\w.’'&-]*){0,4})\s*\(@\w{1,30}\)"
)
"""``… — Ada Vell (@adavell) June 28, 2016``: the byline of an embedded post."""


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
            content = _content(body)
            if content is not None:
                yield content, Attribution(Span(m.start(1), m.end(1)), None)


def _index_at(toks: list[Tok], pos: int, missing: int | None = None) -> int:
    """The index of the first token at or after ``pos`` (``missing``, else the end, if none)."""
    found = bisect_left(toks, pos, key=lambda t: t.start)
    if found == len(toks) and missing is not None:
        return missing
    return found


def _inside_quote(pos: int, starts: list[int], quoted: list[tuple[int, int]]) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and quoted[k][0] <= pos < quoted[k][1]


def _reported_in(
    text: str,
    span: Span,
    starts: list[int],
    quoted: list[tuple[int, int]],
    used: set[Span | None],
    *,
    headline: bool = False,
) -> Iterator[tuple[Span, Attribution]]:
    """Each reported statement of a sentence outside quotes, as (content, attribution), read
    by the rule its wording calls for; a Title Case headline capitalises its cue too
    (``Harbor Board Says Fares Will Rise``)."""
    stop = min(span.end, span.start + 4 * WINDOW)
    if (
        not headline
        and not text.startswith("In ", span.start)
        and _REPORTING.search(text, span.start, stop) is None
    ):
        return
    toks = tokens(text, span.start, stop)
    found = _headline_colon(text, toks) if headline else None
    if found is not None:
        yield found
    found = _in_a_poll(toks)
    if found is not None and not _inside_quote(toks[0].start, starts, quoted):
        yield found
    for j, tok in enumerate(toks):
        low = tok.low
        if _inside_quote(tok.start, starts, quoted):
            continue
        if low == "according":
            if j + 1 < len(toks) and toks[j + 1].low == "to":
                found = _according_to(text, span, toks, j)
                if found is not None:
                    yield found
            continue
        if low == "per" and j > 1 and toks[j - 1].text == "," and j + 1 < len(toks):
            found = _per(text, span, toks, j)  # "…, per the Kelton Ledger."
            if found is not None:
                yield found
            continue
        stance = low in STANCE_CUES
        if not (stance or low in INDIRECT_CUES):
            if low in NAMED_SUBJECT_CUES and _after_a_name(toks, j):
                pass
            elif low in PROGRESSIVE_CUES and _progressive(toks, j):
                stance = low not in _INDIRECT_ING
            elif low in PROGRESSIVE_CUES and toks[j - 1].low in (",", "by") and not tok.capitalised:
                found = _participle_at(text, toks, j)
                if found is not None:
                    yield found
                continue
            else:
                continue
        opening_asked = j == 0 and low == "asked" and len(toks) > 1 and toks[1].low == "by"
        if tok.capitalised and not opening_asked and (not headline or j == 0 or low in _BASE_CUES):
            continue  # a headline's "Towns Plan For Floods" is no report: base forms out
        cue = Span(tok.start, tok.end)
        if cue in used:
            continue
        found = (
            _stance_at(text, span, toks, j, cue)
            if stance
            else _reported_at(text, span, toks, j, cue)
        )
        if found is not None and headline:
            found = _headline_subject(text, found)
        if found is not None and not _comparative(toks, found[1]):
            yield found


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
    content = _content(toks[colon + 1 :])
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


def _in_a_poll(toks: list[Tok]) -> tuple[Span, Attribution] | None:
    """``In a Harbor Insights poll released Monday, 40 percent …`` or ``… leads in the
    latest Harbor Insights poll``: the named poll is the source of the rest."""
    if len(toks) < 4:
        return None
    if toks[0].low == "in":
        comma = next((k for k in range(1, min(len(toks), 16)) if toks[k].text in ",;:"), None)
        if comma is None or toks[comma].text != ",":
            return None
        poll = _named_poll(toks[1:comma])
        content = _content(toks[comma + 1 :])
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
        content = _content(toks[:at])
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


def _comparative(toks: list[Tok], attribution: Attribution) -> bool:
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


def _participle_at(text: str, toks: list[Tok], j: int) -> tuple[Span, Attribution] | None:
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
    content = _content(rest)
    cue = Span(toks[j].start, toks[j].end)
    return (content, Attribution(subject, cue)) if content is not None else None


def _after_a_name(toks: list[Tok], j: int) -> bool:
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


def _progressive(toks: list[Tok], j: int) -> bool:
    """``is reporting``, ``are not pledging``: a form of *be* before the -ing cue."""
    if toks[j].capitalised:
        return False  # a headline's "Delegates Are Planning"
    k = j - 1
    while k >= 0 and toks[k].low not in _BE_FORMS and adverb_or_negation(toks[k]):
        k -= 1
    return k >= 0 and toks[k].low in _BE_FORMS


def _according_to(
    text: str, span: Span, toks: list[Tok], j: int
) -> tuple[Span, Attribution] | None:
    cue = Span(toks[j].start, toks[j + 1].end)
    opening = j == 0 or all(not t.word for t in toks[:j])
    speaker = np_forward(text, toks[j + 1].end, span.end, lenient=True, apposition=not opening)
    if speaker is None:
        return None
    speaker = document_agent(text, span, speaker, apposition=not opening)
    if opening:
        k = _index_at(toks, speaker.end)
        content = _content(toks[k:])
    else:
        content = _content(toks[:j])
    return (content, Attribution(speaker, cue)) if content else None


def _per(text: str, span: Span, toks: list[Tok], j: int) -> tuple[Span, Attribution] | None:
    """``…, per the Kelton Ledger.``: a named source closing the sentence."""
    if not toks[j + 1].capitalised and toks[j + 1].low != "the":
        return None
    speaker = np_forward(text, toks[j + 1].start, span.end, lenient=True)
    if speaker is None or not _ends_sentence(toks, speaker) or not names_someone(text, speaker):
        return None
    content = _content(toks[: j - 1])
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


def _stance_at(
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
        content = _content(toks[j + 1 :])
        return (content, Attribution(speaker, cue)) if content else None
    speaker = np_backward(text, toks[0].start, tok.start)
    if speaker is None or not _stance_subject(text, speaker, tok) or _asked_if(toks, speaker):
        return None
    content = _content(toks[j + 1 :])
    if content is None:  # "…, Port Authority records show."
        comma = _last_comma_before(toks, j)
        if comma is not None and toks[comma].end <= speaker.start:
            content = _content(toks[:comma])
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
    content = _content(toks[k:end])
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


def _reported_at(
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
        rest = toks[j + 1 :]
        while rest and (rest[0].low in _CONTENT_SKIP or rest[0].low in CUE_ADVERBS):
            rest = rest[1:]
        content = _content(rest)
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
    content = _content(toks[:comma])
    return (content, Attribution(speaker, cue)) if content is not None else None


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
    content = _content(before)
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


def _content(toks: list[Tok]) -> Span | None:
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
    "document_agent",
    "passive",
    "plural_noun",
    "reported_statements",
]
