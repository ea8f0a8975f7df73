"""Speaker mentions: the sources a speaker phrase names, and how each phrase reads.

A coordinated speaker (``Ann Lee and Sen. Bo Park``) names one source per member; works
named after ``author of`` are cited too. :func:`read_mention` strips what is not the
mention (clause openers, a parenthetical party, an ``of`` place), finds its proper name or
head noun, and hands the parts to :mod:`.source_types` to read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from ..model import SourceType, Span
from .lexicon.attribution import (
    ANONYMOUS_NOUNS,
    CLAUSE_OPENERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FRAGMENT_OPENERS,
    GROUP_NAMES,
    GROUP_PRONOUNS,
    LEADING_ADVERBS,
    NAME_EPITHETS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_SUFFIXES,
    PARTY_MEMBERS,
    ROLE_GENDER,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    TIME_WORDS,
    TITLES,
    WEB_SUFFIXES,
)
from .passages import is_title
from .phrases import Passage, Tok, tokens
from .source_types import (
    CLAUSE_WORDS,
    Mention,
    ProperWords,
    common_mention,
    common_noun,
    head_index,
    inner_possessive,
    named_mention,
    named_type,
    opens_sentence,
    org_word,
    text_of,
)

_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we"}
_LINKING = frozenset("or and but so yet still then again instead indeed".split())
_NAME_JOINERS = NAME_PARTICLES | {"of", "for", "and"}
_LIST_TAILS = frozenset("both each all alike".split())
_NOT_NAMING = frozenset("who whose which a an the including like especially".split())
"""Words that open an apposition that is not the name of the phrase before it."""


def read_mention(text: str, span: Span, proper: ProperWords | None = None) -> Mention | None:
    """Name, type, role and affiliation from a mention such as ``Dr. X, fellow at Y``.

    ``proper`` holds the words ``text`` capitalises inside sentences (see
    :class:`ProperWords`; made here when not given): a capital that only opens a
    sentence (``Port officials``) does not make a name. A mention whose name is only
    function words (``For``, ``His``, ``Few``) or a sentence's first word that the text
    writes in lower case elsewhere (``Reached``, ``Shortly``) names no one."""
    shared = proper is not None  # one per text: what it learns from the whole text is kept
    if proper is None:
        proper = ProperWords(text)
    found = _read(text, span, proper)
    if found is None or found.pronoun is not None:
        return found
    if shared and found.gender is None and found.source_type is SourceType.PERSON:
        said = proper.gender(found.first or found.surname or "")
        if said is not None:
            found = replace(found, gender=said)
    elif found.gender is None and found.source_type is SourceType.ANONYMOUS:
        found = _described_gender(found)
    words = found.name.replace("’", "'").split()
    if all(w.lower().strip(".,'s") in NOT_NAME_WORDS for w in words):
        return None
    if (
        len(words) == 1
        and found.source_type is not SourceType.ANONYMOUS
        and words[0][:1].isupper()
        and not words[0].isupper()
        and opens_sentence(text, _word_at(text, span, words[0]))
        and words[0].lower().endswith(("ing", "ed", "ly"))
        and words[0].lower() not in proper
        and proper.written_lower(words[0].lower())
    ):
        return None  # "Reached by phone, …": a participle that only opens the sentence
    return found


def _described_gender(found: Mention) -> Mention:
    """``her father``, ``the old woman``: one person, described by a noun that tells a
    gender, whom a ``he`` or ``she`` may then refer to."""
    gender = ROLE_GENDER.get(found.name.lower().rsplit(None, 1)[-1])
    return replace(found, gender=gender) if gender is not None else found


def _word_at(text: str, span: Span, word: str) -> int:
    at = text.find(word, span.start, span.end)
    return at if at >= 0 else span.start


def _read(text: str, span: Span, proper: ProperWords) -> Mention | None:
    toks = tokens(text, span.start, span.end)
    while len(toks) > 2 and toks[0].low in _LINKING and toks[1].text == ",":
        toks = toks[2:]  # "Or, as Tom Ridge put it": the link to the sentence before
    if toks and toks[0].low in FRAGMENT_OPENERS:
        comma = next((k for k in range(1, min(len(toks), 5)) if toks[k].text == ","), None)
        if comma is not None and comma + 1 < len(toks):
            toks = toks[comma + 1 :]  # "For now, Pantucci, at the X Institute,"
    words = [t for t in toks if t.word]
    if not words:
        return None
    if len(words) == 1 and words[0].low in SPEAKER_PRONOUNS:
        low = words[0].low
        return Mention(span, low, SourceType.ANONYMOUS, pronoun=low)
    if len(words) == 1 and words[0].low in _POSSESSIVE_PRONOUNS:
        low = _POSSESSIVE_PRONOUNS[words[0].low]  # "His remarks": he said it
        return Mention(span, low, SourceType.ANONYMOUS, pronoun=low)
    core, appo = _split_apposition(toks)
    cut = next((k for k, t in enumerate(core) if k and t.low in CLAUSE_WORDS - {"that"}), None)
    if cut is not None and core[cut - 1].capitalised:
        core, appo = core[:cut], appo or core[cut:]  # "Ann Lee who tweeted": no clause
    while core and (
        core[0].low in CLAUSE_OPENERS
        or core[0].low in ("what", "which")
        or (core[0].low in LEADING_ADVERBS and len(core) > 1 and core[1].word)
    ):
        core = core[1:]
    if core and core[0].low in FRAGMENT_OPENERS:
        core = core[1:]  # "Like Corker", "of the campaign": a cut-off phrase
        if not core or not core[0].capitalised or core[0].low in DETERMINERS:
            return None
    core = _drop_parenthetical(core)
    while core and not core[-1].word and core[-1].text not in ".)":
        core.pop()
    if not core:
        return None
    site = _site_name(text, core)
    if site is not None:
        return Mention(span, site, SourceType.ORGANIZATION, surname=site.lower())
    party = [t for t in core if t.word and t.low != "the"]
    if len(party) == 1 and party[0].capitalised and party[0].bare in PARTY_MEMBERS:
        return Mention(span, party[0].text, SourceType.ORGANIZATION, surname=party[0].bare)
    core, place = _split_of(core)
    if place:
        appo = appo or place
    run_start, run_end = _name_run(core)
    if (
        run_start is not None
        and run_end - run_start > 1
        and core[run_start].low in NAME_EPITHETS
        and core[run_start + 1].capitalised
        and opens_sentence(text, core[run_start].start)
    ):
        run_start += 1  # "Old Tobias was sitting by the stove": Tobias
    named_appo = _named_apposition(appo) if run_start is None or run_start > 0 else None
    if named_appo is not None:
        # "The party chairman, Nora Kiel": the apposition names who the role is
        role = [t for t in core if t.word and t.low not in DETERMINERS]
        core, appo = named_appo, []
        run_start, run_end = _name_run(core)
        if run_start is not None:
            found = named_mention(text, span, core, run_start, run_end, appo)
            extra = text_of(text, role) if role and not role[-1].possessive else None
            if extra and found.source_type is SourceType.PERSON:
                role_text = ", ".join(r for r in (extra, found.role) if r)
                return Mention(
                    span,
                    found.name,
                    found.source_type,
                    role_text,
                    found.affiliation,
                    found.gender,
                    surname=found.surname,
                    first=found.first,
                )
            return found
    head_k = head_index(core)
    if (
        head_k is not None
        and head_k + 1 < len(core)
        and (
            not core[head_k].capitalised
            or (opens_sentence(text, core[head_k].start) and core[head_k].bare not in TITLES)
        )
        and core[head_k].bare not in DOCUMENT_NOUNS
        and (common_noun(core[head_k]) or core[head_k].bare in GROUP_PRONOUNS)
    ):
        # "a spokesperson for the Department of X", "a review filed with the state": the
        # name after the preposition is whom the unnamed source speaks for
        return common_mention(text, span, core, appo, proper)
    if (
        run_start is not None
        and opens_sentence(text, core[run_start].start)
        and all(common_noun(t) for t in core[run_start:run_end] if t.word)
    ):
        run_start = None  # "Studies show", "Officials said": a capital that opens a sentence
    if run_start is not None and _kind_of_person(core, run_start, run_end):
        run_start = None
    if run_start is None:
        return common_mention(text, span, core, appo, proper)
    if not _plausible_name(core[run_start:run_end]):
        return None
    return named_mention(text, span, core, run_start, run_end, appo)


def _kind_of_person(core: list[Tok], start: int, end: int) -> bool:
    """``a North Carolina Republican``, ``Republicans``: a kind of person, not a name."""
    words = [t for t in core[start:end] if t.word]
    if len(words) == 1 and (words[0].bare in ANONYMOUS_NOUNS or words[0].bare in ROLE_NOUNS):
        return True  # "Republicans", "the former CEO of X"
    if words and all(t.bare in GROUP_NAMES for t in words):
        return True  # "Hispanics", "an influential Hispanic Republican"
    return (
        start > 0
        and core[start - 1].low in ("a", "an")
        and named_type(words) is SourceType.PERSON
        and not any(t.bare in TITLES for t in words)
    )


def _site_name(text: str, core: list[Tok]) -> str | None:
    """``Harborwatch.com``: a web site named as a source is an organisation."""
    if len(core) < 3 or core[-1].low not in WEB_SUFFIXES or core[-2].text != ".":
        return None
    name = core[-3]
    if not name.capitalised or name.end != core[-2].start or core[-2].end != core[-1].start:
        return None
    return text[name.start : core[-1].end]


def conjuncts(text: str, span: Span) -> list[Span]:
    """``Ann Lee and Sen. Bo Park``, ``A, the mayor, and B``: each named member of a
    coordinated subject, so each becomes a source. The whole span when the phrase is not
    such a list (``experts and officials``, ``the Centers for Harbor Control and
    Prevention``, ``Ann Lee, director of X and Y``)."""
    toks = tokens(text, span.start, span.end)
    if not any(t.low == "and" for t in toks):
        return [span]
    parts: list[tuple[str, list[Tok]]] = []  # (what separates it from the one before, tokens)
    joiner, current = "", []
    depth = 0
    for tok in toks:
        depth += (tok.text == "(") - (tok.text == ")")
        if depth == 0 and (tok.low == "and" or tok.text == ","):
            if current:
                parts.append((joiner, current))
                joiner, current = "", []
            joiner += tok.low  # ",", "and", or ",and" for ", and"
        else:
            current.append(tok)
    if current:
        parts.append((joiner, current))
    named: list[list[Tok]] = []
    apposition = False  # inside "Ann Lee, a banker and adviser to X,": "and" goes on
    last_named = False
    for joiner, part in parts:
        words = [t for t in part if t.word and t.low not in _LIST_TAILS]
        if not words:
            continue
        if not named:
            if not words[-1].capitalised or words[-1].possessive:
                return [span]  # "experts and officials"
            named.append(part)
            last_named = True
            continue
        appended = (
            (joiner == "," and not words[0].capitalised)
            or (joiner == "and" and apposition)
            or _continues_name(named[-1], words)
            or named[-1][-1].bare in TITLES
        )
        last_named = not appended and words[-1].capitalised and not words[-1].possessive
        if last_named:
            named.append(part)
            apposition = False
        else:
            named[-1] = [*named[-1], *part]  # "Jeb Vale, the former governor," / "… and Prevention"
            apposition = apposition or joiner == ","
    full = [p for p in named if _full_name(p)]
    if len(named) < 2 or not last_named or (len(full) != len(named) and full):
        return [span]  # "Ann Lee, Ohio, and …": a place, not a second source
    out = []
    for part in named:
        while part and (not part[-1].word or part[-1].low in _LIST_TAILS) and part[-1].text != ")":
            part = part[:-1]
        out.append(Span(part[0].start, part[-1].end))
    return out


def _full_name(part: list[Tok]) -> bool:
    """Two capitalised words in a row: ``Bo Park``, ``Los Angeles Times``."""
    return any(a.capitalised and b.capitalised and a.word and b.word for a, b in pairwise(part))


def _continues_name(before: list[Tok], words: list[Tok]) -> bool:
    """``Control and Prevention``, ``Ports and Harbor Services``: the rest of one name
    whose first part joins capitals with ``of``/``for``."""
    if not words[-1].capitalised or not (len(words) == 1 or words[-1].bare in ORG_SUFFIXES):
        return False
    return any(
        a.capitalised and b.low in ("of", "for") and c.capitalised
        for a, b, c in zip(before, before[1:], before[2:], strict=False)
    )


def _plausible_name(run: list[Tok]) -> bool:
    """Not a date (``Sunday``) or a shouted headline (``POLLS FAVOR CRUZ``)."""
    words = [t for t in run if t.word]
    if not words or all(t.bare in TIME_WORDS for t in words):
        return False
    shouted = [t for t in words if len(t.text) > 3 and t.text.isupper()]
    return len(shouted) < 2


def _drop_parenthetical(core: list[Tok]) -> list[Tok]:
    """``Rep. Ann Vale (D-Ore.)``: the party and state after a name are not part of it."""
    if len(core) > 2 and core[-1].text == ")":
        for k in range(len(core) - 2, 0, -1):
            if core[k].text == "(":
                if core[k + 1].low == "ret":
                    return core
                return core[:k]
    return core


def _split_apposition(toks: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    for k, tok in enumerate(toks):
        if tok.text == ",":
            return toks[:k], toks[k + 1 :]
    return list(toks), []


def _split_of(core: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """``Sen. Ann Vale of Ohio``, ``Mr. Burman of the X Center``: the name, then ``of Y``."""
    for k in range(1, len(core) - 1):
        if core[k].low in ("of", "from") and core[k - 1].capitalised and core[k - 1].word:
            rest = [t for t in core[k + 1 :] if t.word and t.low != "the"]
            joined = all(t.capitalised or t.low in _NAME_JOINERS for t in rest)
            if len([t for t in rest if t.capitalised]) > 2 and not org_word(rest[-1]):
                continue  # "Secretary of State Ann Lee": a title, then the name
            if rest and rest[-1].capitalised and joined:
                if core[k - 1].bare in TITLES or core[k - 1].bare in ORG_SUFFIXES:
                    return core, []  # "Secretary of State", "Bank of England"
                return core[:k], core[k:]
    return core, []


def _named_apposition(appo: list[Tok]) -> list[Tok] | None:
    """The apposition up to its closing comma when it is (role words and) a name."""
    seg: list[Tok] = []
    for tok in appo:
        if tok.text in ",;(":
            break
        seg.append(tok)
    words = [t for t in seg if t.word]
    if not words or not words[-1].capitalised or len(words) > 6:
        return None
    if words[0].low in _NOT_NAMING or words[-1].possessive:
        return None
    if any(not t.capitalised and t.low not in NAME_PARTICLES for t in words[-2:]):
        return None
    return seg


def _name_run(core: list[Tok]) -> tuple[int | None, int]:
    """The last run of capitalised words that ends the core (the proper name), if any."""
    end = len(core)
    while end > 0 and not core[end - 1].word and core[end - 1].text != ")":
        end -= 1
    if end == 0 or not core[end - 1].capitalised or core[end - 1].text == ")":
        # a possessive name before a common noun: "Trump’s campaign" is handled as common
        return None, end
    i = end - 1
    while i > 0:
        prev = core[i - 1]
        if prev.word and (
            prev.capitalised or prev.low == "ret" or (prev.low in NAME_PARTICLES and i - 1 > 0)
        ):
            if prev.possessive and not inner_possessive(prev):
                break
            i -= 1
        elif prev.text in (".", "-", ")", "(", "’", "'", "/"):
            i -= 1
        elif (
            prev.low in ("of", "for")
            and i > 1
            and core[i - 2].capitalised
            and (core[i - 2].bare in TITLES or org_word(core[i - 2]))
        ):
            i -= 1  # "Secretary of State Marco Rubio", "the School of Law"
        elif (
            prev.low == "and"
            and i > 1
            and core[i - 2].capitalised
            and any(t.low in ("of", "for") for t in core[: i - 2])
        ):
            i -= 1  # "the Office of Ports and Harbors"
        else:
            break
    while i < end and (not core[i].word or core[i].low in DETERMINERS) and not _initial(core, i):
        i += 1
    if i >= end:
        return None, end
    return i, end


def _initial(core: list[Tok], i: int) -> bool:
    """``A.`` in ``A.K.P.``: a capital letter written with a dot is no article."""
    tok = core[i]
    return (
        tok.text == "A"
        and i + 1 < len(core)
        and core[i + 1].text == "."
        and core[i + 1].start == tok.end
    )


def cited_works(text: str, passages: Sequence[Passage]) -> list[Mention]:
    """Quoted titles after ``author of``: a book the article cites as a document."""
    found: list[Mention] = []
    if "author of" not in text:
        return found
    for passage in passages:
        before = text[max(0, passage.start - 20) : passage.start].lower()
        if "author of" in before and is_title(text, passage):
            inner = passage.inner_of(text)
            name = text[inner.start : inner.end].strip().rstrip(".,;:")
            found.append(Mention(inner, name, SourceType.DOCUMENT))
    return found


__all__ = ["cited_works", "conjuncts", "read_mention"]
