"""Argument vocabulary: discourse markers, stance and hedge words, thesis cues.

General English discourse vocabulary only, as lower-case word tuples so that matching is a
lookup on a sentence's word sequence. Stages read these sets; nothing here is mutable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    """A set of phrases, indexed by first word so a sentence is scanned once.

    Each first word's phrases are kept longest first, so the first that matches is the
    longest; a one-word phrase matches as soon as its word is found.
    """

    phrases: frozenset[Phrase]
    by_first: Mapping[str, tuple[Phrase, ...]] = field(repr=False, compare=False)

    def starts(self, words: Sequence[str], at: int = 0) -> int:
        """Length of the longest phrase at ``words[at:]`` (0 if none)."""
        if at >= len(words):
            return 0
        for phrase in self.by_first.get(words[at], ()):
            n = len(phrase)
            if n == 1 or tuple(words[at : at + n]) == phrase:
                return n
        return 0

    def ends(self, words: Sequence[str]) -> bool:
        """Whether ``words`` end with one of the phrases (``…, of course``)."""
        return any(len(p) <= len(words) and tuple(words[-len(p) :]) == p for p in self.phrases)

    def find(self, words: Sequence[str], start: int = 0) -> int:
        """Word index of the first phrase occurring in ``words[start:]`` (-1 if none)."""
        index = self.by_first
        if index.keys().isdisjoint(words):  # most sentences hold no first word at all
            return -1
        for i in range(start, len(words)):
            group = index.get(words[i])
            if group is None:
                continue  # most words start no phrase
            for phrase in group:  # what ``starts`` does, inline: this loop is hot
                n = len(phrase)
                if n == 1 or tuple(words[i : i + n]) == phrase:
                    return i
        return -1


def phrases(*items: str) -> Vocabulary:
    """Phrases as word tuples: ``"on the other hand"`` -> ``("on", "the", "other", "hand")``."""
    grouped: dict[str, list[Phrase]] = {}
    for item in items:
        phrase = tuple(item.split())
        grouped.setdefault(phrase[0], []).append(phrase)
    index = MappingProxyType(
        {k: tuple(sorted(dict.fromkeys(v), key=len, reverse=True)) for k, v in grouped.items()}
    )
    return Vocabulary(frozenset(tuple(i.split()) for i in items), index)


_CLOSING = (
    "in conclusion",
    "to conclude",
    "in the conclusion",
    "to sum up",
    "to summarize",
    "to summarise",
    "in summary",
    "in sum",
    "summing up",
    "all in all",
    "all things considered",
    "taking everything into account",
    "taking all into account",
    "on balance",
    "in a nutshell",
    "overall",
    "in short",
)

CLOSING_MARKERS = phrases(*_CLOSING)
"""Open an article's closing paragraph, where the thesis is restated."""

CONCLUSION_MARKERS = phrases(
    "therefore",
    "thus",
    "hence",
    "consequently",
    "accordingly",
    "as a result",
    "as a consequence",
    "for this reason",
    "for these reasons",
    "for all these reasons",
    "for the reasons above",
    "that is why",
    "this is why",
    "which is why",
    "so",
    "in brief",
    "ultimately",
    "in the end",
    "to put it simply",
    "in other words",
    "it follows that",
    "clearly",
    *_CLOSING,
)
"""Open a sentence that draws a conclusion: the claim a paragraph argues for."""

ORDINAL_MARKERS = phrases(
    "first",
    "firstly",
    "first of all",
    "first and foremost",
    "to begin with",
    "to start with",
    "second",
    "secondly",
    "third",
    "thirdly",
    "fourth",
    "fourthly",
    "finally",
    "lastly",
    "last but not least",
    "last",
    "next",
    "moreover",
    "furthermore",
    "in addition",
    "additionally",
    "besides",
    "what is more",
    "another",
    "on top of that",
    "apart from that",
    "also",
    "above all",
    "most importantly",
    "equally",
)
"""Open a new point in a list of reasons: the sentence usually states that reason."""

CONTRAST_MARKERS = phrases(
    "however",
    "but",
    "yet",
    "nevertheless",
    "nonetheless",
    "still",
    "even so",
    "on the other hand",
    "on the contrary",
    "in contrast",
    "by contrast",
    "conversely",
    "instead",
    "rather",
    "that said",
    "having said that",
    "in fact",
    "actually",
    "in reality",
)
"""Turn away from what came before: after a concession, the author's own position."""

TURN_MARKERS = phrases(
    "however",
    "but",
    "yet",
    "nevertheless",
    "nonetheless",
    "even so",
    "on the other hand",
    "that said",
    "having said that",
    "conversely",
)
"""The contrast markers that turn to the other side ("However, ..."), not those that
restate or sharpen ("In fact", "Still", "Rather")."""

_SUBORDINATING_CONCESSIONS = (
    "although",
    "though",
    "even though",
    "while",
    "whilst",
    "whereas",
    "even if",
    "despite",
    "despite the fact that",
    "in spite of",
    "in spite of the fact that",
    "notwithstanding",
    "granted that",
)

CONCESSION_CLAUSES = phrases(*_SUBORDINATING_CONCESSIONS)
"""The concession openers that subordinate a clause ("Although X, Y"); the others
("Admittedly", "It is true that") grant the whole sentence, up to a "but"."""

CONCESSION_OPENERS = phrases(
    *_SUBORDINATING_CONCESSIONS,
    "admittedly",
    "granted",
    "of course",
    "it is true that",
    "it is true",
    "it's true that",
    "it's true",
    "no doubt",
    "undeniably",
    "to be sure",
    "it is also true that",
    "there is no denying that",
    "i do not deny",
    "i don't deny",
    "i cannot deny",
    "i can't deny",
    "i admit",
    "i must admit",
    "i have to admit",
    "i would admit",
    "i concede",
    "i would concede",
    "i must concede",
    "i acknowledge",
    "i accept",
    "i understand",
    "i realize",
    "i realise",
    "i recognize",
    "i recognise",
)
"""Concede a point the author then answers: the conceded clause is a counter-claim."""


OTHER_SIDE_OPENERS = phrases("on the other hand", "then again", "on the flip side")
"""Turn to the other side: in a short text, the view its writer then answers; in an essay
often the writer's own side after the other's, so only short texts read it as a grant."""

GRANTED_AFTER = phrases("of course", "admittedly", "to be sure", "granted", "no doubt")
"""Grant the sentence they close (``Some passengers are afraid of dogs, of course.``)."""

TRAILING_CONCESSIONS = phrases(
    "although",
    "though",
    "even though",
    "even if",
    "despite the fact that",
    "in spite of the fact that",
)
"""Grant a point after the one asserted ("Y, although X"). Not "whereas" or "while": "A,
whereas B" asserts both sides of a contrast."""

SUBORDINATE_OPENERS = phrases(
    "as",
    "because",
    "since",
    "when",
    "whenever",
    "if",
    "unless",
    "once",
    "after",
    "before",
    "given that",
    "provided that",
    "so that",
    "in order to",
    "by",
    "with",
    "without",
    "from",
    "for",
    "in",
    "on",
    "at",
    "during",
    "through",
    "among",
    "beyond",
    "within",
    "for example",
    "for instance",
    "from this point of view",
    "from my point of view",
    "in this respect",
    "in this regard",
    "in this sense",
    "in this case",
    "in this way",
    "nowadays",
    "today",
    "currently",
    "recently",
    "these days",
    "in recent years",
    "in the past",
)
"""Open a fronted adverbial clause ("As the war drags on, ..."): background, not the claim."""

OPPONENT_CUES = phrases(
    "someone",
    "somebody",
    "some people",
    "many people",
    "most people",
    "some",
    "others",
    "other people",
    "critics",
    "opponents",
    "sceptics",
    "skeptics",
    "detractors",
    "proponents",
    "supporters",
    "advocates",
    "it is argued",
    "it is often argued",
    "it is said",
    "it is often said",
    "it is always said",
    "it is claimed",
    "it is believed",
    "it is commonly believed",
    "it is widely believed",
    "it is often thought",
    "it may be argued",
    "it can be argued",
    "one might argue",
    "one may argue",
    "one could argue",
    "some may argue",
    "some might argue",
    "some would argue",
    "some may say",
    "some might say",
    "a common view",
    "a common argument",
    "the argument goes",
    "there are those who",
    "people who",
    "those who",
    "many",
    "a lot of people",
    "a number of people",
    "there are people who",
    "there are some people who",
)
"""Attribute a view to someone else: a counter-claim when the author answers it."""

_FIRST_PERSON_ADVERBS = tuple(
    """totally strongly firmly truly really do definitely certainly completely personally
    also still genuinely sincerely fully entirely partly partially would""".split()
)
_FIRST_PERSON_STANCES = tuple(
    "believe think agree disagree feel support prefer argue maintain suppose hold".split()
)

OPINION_FRAMES = phrases(
    *(f"i {adverb} {verb}" for adverb in _FIRST_PERSON_ADVERBS for verb in _FIRST_PERSON_STANCES),
    "i suppose",
    "i would rather",
    "i'd rather",
    "i am inclined to",
    "i tend to",
    "i believe",
    "i strongly believe",
    "i firmly believe",
    "i truly believe",
    "i do believe",
    "i think",
    "i strongly think",
    "i really think",
    "i agree",
    "i strongly agree",
    "i totally agree",
    "i completely agree",
    "i partly agree",
    "i disagree",
    "i strongly disagree",
    "i totally disagree",
    "i completely disagree",
    "i feel",
    "i argue",
    "i would argue",
    "i contend",
    "i maintain",
    "i hold",
    "i suggest",
    "i am convinced",
    "i am certain",
    "i am sure",
    "i am of the opinion",
    "i would say",
    "i would like to say",
    "i support",
    "i prefer",
    "i would prefer",
    "i recommend",
    "in my opinion",
    "in my view",
    "in my personal opinion",
    "in my point of view",
    "from my point of view",
    "from my perspective",
    "my opinion is",
    "my view is",
    "as far as i am concerned",
    "as far as i'm concerned",
    "as for me",
    "for me",
    "personally",
    "to my mind",
    "it seems to me",
    "we should",
    "we must",
    "we need",
    "we can safely",
    "we can conclude",
    "we can see",
    "it is clear that",
    "it is obvious that",
    "it is evident that",
    "it is undeniable that",
    "there is no doubt that",
    "this suggests",
    "this shows",
    "this means",
    "this proves",
    "this demonstrates",
    "this indicates",
    "the evidence suggests",
)
"""The author taking a position in the first person or a framing clause: a thesis cue."""

STANCE_WORDS = frozenset(
    """should must ought need needs necessary essential crucial vital important
    importance significant key better best worse worst more less advantage advantages
    disadvantage disadvantages benefit benefits beneficial harmful positive negative
    effective ineffective valuable useful helpful wrong right mistake clearly certainly
    undoubtedly obviously indeed definitely surely deserve deserves represents reflects
    matters prefer preferable superior inferior outweigh outweighs agree disagree
    believe argue convinced""".split()
)
"""Words that state a judgement rather than report a fact."""

DEONTIC_WORDS = frozenset(
    """should must ought shall recommend recommended recommends warrant warranted
    warrants""".split()
)
"""What should be done: the wording of a recommendation, a thesis cue in any genre."""

EVALUATIVE_WORDS = frozenset(
    """safe unsafe feasible promising effective efficacious acceptable unacceptable
    appropriate inappropriate reasonable unreasonable standard alternative option options
    viable worthwhile justified unjustified fair unfair tolerated tolerable preferable
    recommended useful valuable harmful beneficial superior inferior good bad sense wrong mistaken
    mistake unwise foolish sensible""".split()
)
"""Adjectives that judge what something is worth: what a report or a letter concludes."""

HEDGE_WORDS = frozenset(
    """may might could perhaps possibly probably likely unlikely appears appear seems
    seem seemingly apparently arguably potentially suggests suggest somewhat tend tends
    presumably""".split()
)
"""Words that soften a judgement: still a claim, held less firmly."""

EVIDENCE_CUES = phrases(
    "for example",
    "for instance",
    "such as",
    "take",
    "according to",
    "research",
    "studies",
    "a study",
    "a survey",
    "statistics",
    "percent",
    "per cent",
    "in my experience",
    "when i was",
    "i remember",
    "i have",
    "my friend",
    "my friends",
    "my father",
    "my mother",
    "my parents",
    "a friend of mine",
    "e g",
    "to illustrate",
    "as an example",
    "an example",
)
"""Introduce an example, statistic or anecdote: evidence for a claim, not the claim."""

EXPLANATION_OPENERS = phrases(
    "this is because",
    "that is because",
    "it is because",
    "this is due to",
    "that is due to",
    "the reason is",
    "the reason for this is",
    "the reason is that",
    "this is mainly because",
    "this is partly because",
    "that is to say",
    "in other words",
    "namely",
    "to put it another way",
)
"""Open a sentence that explains the reason just given: it backs that reason, not the point."""

REASON_LINKS = phrases(
    "because",
    "since",
    "as long as",
    "due to the fact that",
    "owing to the fact that",
    "given that",
    "for the reason that",
)
"""Join a claim to the reason after it, mid-sentence: "X because Y" (Y supports X)."""

RESULT_LINKS = phrases(
    "therefore",
    "thus",
    "hence",
    "consequently",
    "so",
    "as a result",
    "as a consequence",
    "which means that",
    "which means",
    "and therefore",
    "and thus",
    "and hence",
    "and consequently",
    "and as a result",
    "and so",
)
"""Join a reason to the conclusion after it, after a comma: "X, so Y" (X supports Y)."""

VERDICT_WORDS = frozenset(
    """wrong mistaken misguided false untrue myth nonsense flawed overstated exaggerated
    unfounded misleading backwards naive simplistic fallacy""".split()
)
"""Dismiss a view: "That is wrong." right after a sentence marks it as the view answered."""

ANAPHORS = frozenset("that this such these those it".split())
"""Open a sentence that judges the one before it ("That view is mistaken.")."""

REPORTING_VERBS = frozenset(
    """argue argues argued believe believes believed think thinks thought claim claims
    claimed say says said maintain maintains feel feels suggest suggests insist insists
    contend contends assert asserts hold holds view consider considers agree agrees
    disagree disagrees object objects worry worries fear fears prefer prefers point points
    blame blames complain complains regard regards oppose opposes insist""".split()
)
"""Verbs that report a view, so "some people ... believe" is an opponent's position."""

DISPUTING_VERBS = frozenset(
    """claim claims claimed argue argues argued insist insists insisted contend contends
    contended allege alleges alleged object objects objected complain complains
    complained""".split()
)
"""Report a view as disputed ("Landlords claim that ..."): someone else's position."""

FINITE_VERBS = frozenset(
    """is was are were has had have will would can could may might must should shall does
    did do seems seem makes made means""".split()
)
"""After "I believe that ...": "that" is the subject, not a complementiser, before these."""

FIRST_PERSON = frozenset(["i", "me", "my", "mine", "myself"])

STOPWORDS = frozenset(
    """about above after again against also among because been before being below between
    both could does doing down during each even every from further have having here into
    itself just many more most much must only other others over same should some such than
    that their them then there these they this those through under until very what when
    where which while whom will with would your yours people thing things make makes made
    more many well also really""".split()
)
"""Function and very common words left out of content-word overlap."""

SIGNPOST_CUES = phrases(
    "this essay",
    "this article",
    "this section",
    "this paper",
    "this piece",
    "the following reasons",
    "following reasons",
    "the reasons below",
    "reasons below",
    "as follows",
    "in the following paragraphs",
    "will discuss",
    "will be discussed",
    "will explore",
    "will be explored",
    "will examine",
    "will be examined",
    "will analyze",
    "will analyse",
    "will compare",
    "will be proven",
    "will look at",
    "here are my reasons",
    "my reasons",
    "essential background",
    "important background",
    "provides background",
    "provides context",
    "historical context",
    "for understanding",
    "needs to be examined",
    "need to analyze",
    "need to analyse",
)
"""Announce what the text will do or set a scene ("This essay will discuss ...", "The
historical context provides essential background ..."): the map of an argument, not a point."""

ANAPHORIC_STANCE = phrases(
    "with this",
    "with that",
    "with the former",
    "with the latter",
    "the latter",
    "the former",
    "this statement",
    "this opinion",
    "this view",
    "this viewpoint",
    "this idea",
    "this notion",
    "this position",
    "this proposal",
    "this recommendation",
    "this resolution",
)
"""A position taken only by pointing at another sentence ("I disagree with this view."):
content-free unless the sentence goes on to say what it holds."""

DOWNSIDE_WORDS = frozenset(
    """drawback drawbacks disadvantage disadvantages downside downsides negative negatively
    harmful detrimental cons problem problems risk risks danger dangers threat threats
    harm harms""".split()
)
"""Name the costs of something: a paragraph turning to them argues the other side when
the thesis does not."""

UPSIDE_WORDS = frozenset(
    """advantage advantages benefit benefits beneficial positive positively pros merit
    merits upside upsides""".split()
)
"""Name the gains of something: a paragraph turning to them argues the other side when
the thesis speaks of costs."""
