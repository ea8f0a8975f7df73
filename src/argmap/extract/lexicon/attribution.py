"""Words that signal attribution: reporting verbs, titles, source nouns, pronouns.

All entries are lower case. Verb tables hold every inflected form so that matching is a
set look-up; :func:`inflections` builds them from base forms so that adding a verb is one
word in one list.
"""

from __future__ import annotations

from collections.abc import Iterable


def _regular(base: str) -> tuple[str, str, str]:
    """Third person, past and -ing forms of a regular English verb."""
    if base.endswith("ee"):
        past, ing = base + "d", base + "ing"  # agree, agreed, agreeing
    elif base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    elif base in _DOUBLING or _short_cvc(base):
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return third, past, ing


_DOUBLING = frozenset(["quip", "admit", "regret", "commit", "rebut", "omit"])


def _short_cvc(base: str) -> bool:
    """``slam``, ``dub``, ``plan``: one short syllable ending consonant-vowel-consonant
    doubles its last letter (``slammed``)."""
    vowels = "aeiou"
    return (
        len(base) <= 4
        and base[-1] not in vowels + "wxy"
        and base[-2] in vowels
        and base[-3] not in vowels
    )


_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "put": ("puts", "put", "putting"),
    "read": ("reads", "read", "reading"),
    "know": ("knows", "knew", "knowing", "known"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "showing", "shown"),
    "see": ("sees", "saw", "seeing", "seen"),
    "speak": ("speaks", "spoke", "speaking", "spoken"),
    "swear": ("swears", "swore", "swearing", "sworn"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "hold": ("holds", "held", "holding"),
    "teach": ("teaches", "taught", "teaching"),
    "mean": ("means", "meant", "meaning"),
    "seek": ("seeks", "sought", "seeking"),
    "lay": ("lays", "laid", "laying"),
}


def inflections(bases: Iterable[str]) -> frozenset[str]:
    """Every form of each base verb: ``say`` -> say, says, said, saying."""
    forms: set[str] = set()
    for base in bases:
        forms.add(base)
        forms.update(_IRREGULAR.get(base) or _regular(base))
    return frozenset(forms)


SPEECH_VERB_BASES = tuple(
    """say tell add write explain note observe confirm conclude continue ask reply respond
    answer tweet declare state argue claim insist warn caution acknowledge admit
    concede announce recall report remark comment suggest emphasize stress predict complain
    counter agree boast contend maintain assert muse quip joke recount exclaim shout
    yell chant whisper testify plead vow promise urge reiterate repeat read wonder
    deny allege retort scoff sneer lament affirm underscore reason speculate
    describe opine proclaim pledge demand riff retaliate recommend echo interject interrupt
    concur tout summarize elaborate instruct inform advise relate quote beam boom bark
    exhort gush fume rail scold sigh cheer marvel thunder shrug chime grumble
    mutter murmur mumble snap growl stammer stutter beg hiss sob gasp whimper roar bellow
    drawl croak snort chuckle giggle laugh""".split()
)
"""Verbs that introduce what a source said, directly or reported; the last line the tags of
dialogue (``“Love,” the old man muttered``)."""

BELIEF_VERB_BASES = tuple(
    """believe think feel fear hope expect worry doubt know estimate forecast reckon contend
    assume suspect understand""".split()
)
"""Verbs that report a source's belief: ``analysts believe ...`` (indirect only)."""

CHARACTERISATION_VERB_BASES = tuple(
    """call describe label dub term brand characterize characterise identify portray deride
    hail condemn criticize criticise praise accuse blast slam dismiss decry denounce
    mock ridicule cry""".split()
)
"""Verbs that name something with the source's words: ``she called it “a disgrace.”``"""

SPEECH_VERBS = inflections(SPEECH_VERB_BASES)
BELIEF_VERBS = inflections(BELIEF_VERB_BASES)
CHARACTERISATION_VERBS = inflections(CHARACTERISATION_VERB_BASES)
CUE_VERBS = SPEECH_VERBS | BELIEF_VERBS | CHARACTERISATION_VERBS
"""Every cue verb form, for speech, belief and characterisation."""

PRESENT_PARTICIPLE_CUES = frozenset(v for v in SPEECH_VERBS if v.endswith("ing"))

CUE_ADVERBS = frozenset(
    """also later previously repeatedly once then again recently separately further
    simply flatly bluntly quietly loudly angrily candidly frankly plainly publicly
    privately firmly carefully essentially consistently reportedly jokingly succinctly
    has have had would will did does do was were is are be been being just even often
    never always still sometimes increasingly already initially originally openly strongly
    sharply harshly fiercely vocally explicitly quickly immediately swiftly effectively
    largely mostly generally long only soon subsequently ultimately eventually now yet""".split()
)
"""Words that may stand between a speaker and its cue verb: ``she also said``."""

CUE_TAILS = (
    "in a statement",
    "in an interview",
    "in a tweet",
    "in a post",
    "in an email",
    "on twitter",
    "on facebook",
    "to reporters",
    "in a speech",
    "in a letter",
)
"""Phrases after a cue verb that belong to the cue, not to the speaker."""

COLON_CUE_NOUNS = frozenset(
    "statement tweet post message email letter note memo remarks remark speech".split()
)
"""Nouns that introduce a quote after a colon: ``In a statement: “...”``."""

SPEECH_NOUNS = frozenset(
    """statement statements remark remarks comment comments words word claim claims promise
    promises warning warnings description message messages tweet tweets post posts
    reference references phrase call calls pledge pledges vow vows assertion assertions
    assessment argument arguments speech speeches slogan slogans line lines quip
    characterization""".split()
)
"""Nouns for things said: ``Lavrov’s statements about “...”`` credits Lavrov."""

# --------------------------------------------------------------------------- people

HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rev fr".split())
"""Courtesy titles: kept out of the name; ``mr``/``mrs``/``ms`` also give the gender."""

MALE_HONORIFICS = frozenset(["mr", "sir", "lord", "father", "king", "prince", "brother"])
FEMALE_HONORIFICS = frozenset(
    ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "madam"]
)

TITLES = frozenset(
    """president vice senator sen sens representative rep reps congressman congresswoman
    governor gov mayor secretary minister chancellor premier ambassador judge justice
    speaker leader chairman chairwoman chair commissioner director chief sheriff officer
    detective inspector general gen lt lieutenant col colonel maj major capt captain adm
    admiral sgt sergeant cmdr commander marshal pope king queen prince princess rabbi imam
    father sister bishop cardinal professor prof dr mr mrs ms miss mx sir dame lord lady rev
    reverend attorney councilman councilwoman councilor councillor alderman delegate deputy assistant
    acting former prime foreign defense defence interior finance state press first lady
    spokesman spokeswoman coach gens messrs""".split()
)
"""Capitalised words that precede a name as title or rank: ``Foreign Minister``, ``Gen.``"""

TITLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "senator": ("sen", "sens"),
    "representative": ("rep", "reps", "congressman", "congresswoman"),
    "congressman": ("rep",),
    "congresswoman": ("rep",),
    "governor": ("gov",),
    "general": ("gen",),
    "professor": ("prof",),
    "lieutenant": ("lt",),
    "colonel": ("col",),
    "captain": ("capt",),
    "admiral": ("adm",),
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
}
"""What a title is also written as: ``the senator`` refers back to ``Sen. Ann Vale``."""

GENERIC_ADJECTIVES = frozenset(
    """western eastern northern southern foreign international global national local
    federal senior top former""".split()
)
"""Capitalised words in a description that do not say whom a source speaks for."""

RANKS = frozenset(
    """general gen lt lieutenant col colonel maj major capt captain adm admiral sgt sergeant
    cmdr commander marshal""".split()
)

ROLE_NOUNS = frozenset(
    """expert experts analyst analysts economist economists spokesman spokeswoman
    spokesperson spokespeople official officials adviser advisers advisor advisors strategist
    strategists pollster pollsters professor professors researcher researchers scientist
    scientists historian historians lawyer lawyers attorney attorneys candidate candidates
    nominee nominees senator senators congressman congresswoman lawmaker lawmakers diplomat
    diplomats director directors chairman chairwoman president founder cofounder ceo
    executive executives editor editors columnist columnists reporter reporters
    correspondent author authors commentator commentators activist activists organizer
    organizers consultant consultants fellow fellows scholar scholars minister ministers
    secretary ambassador member members leader leaders manager managers officer officers
    aide aides chief governor mayor delegate delegates voter voters supporter supporters
    operative operatives donor donors veteran veterans student students resident residents
    owner worker workers pastor physician doctor doctors specialist specialists head
    representative observer observers critic critics insider insiders lobbyist lobbyists
    investor investors negotiator negotiators planner planners campaigner strategist
    host anchor producer writer blogger economist chairperson judge prosecutor prosecutors
    sheriff commissioner comedian actor actress singer rapper billionaire businessman
    businesswoman entrepreneur mogul teacher nurse employee employees staffer staffers
    surrogate surrogates ally allies rival rivals opponent opponents friend friends
    colleague colleagues nephew niece son daughter wife husband mother father brother sister
    cousin uncle aunt neighbor neighbour relative relatives partner partners speechwriter
    introducer tycoon mogul star protester protesters attendee attendees demonstrator
    demonstrators fan fans crowd audience superdelegate superdelegates engineer engineers
    designer designers farmer farmers pilot pilots contender contenders hopeful
    hopefuls moderator moderators""".split()
)
"""Nouns for what a source is: ``cybersecurity expert Renée Laurent``."""

PRONOUN_GENDER: dict[str, str] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "they": "p",
    "them": "p",
    "their": "p",
    "it": "n",
    "its": "n",
    "i": "s",
    "we": "p",
}
"""Subject pronouns that may name a speaker, with gender/number: m, f, p(lural), n(euter)."""

SPEAKER_PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we"])

ROLE_GENDER: dict[str, str] = {
    **dict.fromkeys(
        """brother husband son father dad uncle nephew grandfather grandson boyfriend fiance
        fiancé stepfather stepson widower man boy gentleman""".split(),
        "m",
    ),
    **dict.fromkeys(
        """sister wife daughter mother mom mum aunt niece grandmother granddaughter
        girlfriend fiancee fiancée stepmother stepdaughter widow spokeswoman chairwoman
        congresswoman councilwoman businesswoman policewoman woman girl lady""".split(),
        "f",
    ),
}
"""Role nouns that say a person's gender (``her brother, Karl``; ``Ana Ruiz, his wife``):
what a ``he`` or ``she`` can then refer to. The ``-man`` titles are left out: they are
used of women too."""

# --------------------------------------------------------------------------- sources

ANONYMOUS_NOUNS = frozenset(
    """official officials source sources aide aides people person expert experts analyst
    analysts observer observers critic critics insider insiders diplomat diplomats adviser
    advisers advisors strategist strategists spokesman spokeswoman spokesperson someone
    somebody voters supporters residents witnesses witness investigators officers lawmakers
    members democrats republicans conservatives liberals economists scientists researchers
    historians scholars pollsters americans leaders allies opponents detractors skeptics
    proponents advocates activists republicans staffers employees workers friend friends
    colleague colleagues neighbor neighbors relative relatives crowd audience protesters
    attendees demonstrators fans polls surveys studies regulators inspectors auditors
    planners engineers managers executives officers investors owners others""".split()
)
"""Head nouns of sources described, not named: ``a senior official``, ``analysts``."""

ANONYMITY_MARKERS = (
    "anonymity",
    "not authorized",
    "familiar with",
    "declined to be named",
    "asked not to be",
    "requested anonymity",
    "on condition",
)

GROUP_PRONOUNS = frozenset(
    """others some many few several most both all everyone everybody nobody someone
    somebody""".split()
)
"""Words that stand for an unnamed group of people: ``Others say …``, ``Some argue …``."""

LEADING_ADVERBS = frozenset(
    """even only also still just both especially particularly notably including
    perhaps""".split()
)
"""Adverbs that may open a subject without being part of it: ``Even supporters``."""

PLURAL_POSSESSIVE_ENDINGS = ("men", "children", "people", "folks")
"""Irregular plurals whose possessive belongs inside a name: ``Fishermen’s Cooperative``."""

DOCUMENT_NOUNS = frozenset(
    """report reports study studies survey surveys poll polls document documents memo memos
    memorandum letter letters filing filings book books complaint lawsuit indictment
    analysis analyses data records record transcript transcripts
    email emails tweet tweets post posts website article articles editorial editorials
    ruling rulings statement statements release review audit audits
    investigation findings paper papers brief briefing manifesto platform plan plans
    guidelines guidance cable cables note notes documentary film order account form forms
    banner billboard flyer placard""".split()
)
"""Head nouns of written sources: ``internal strategy documents``, ``a 2023 audit``."""

AUTHORED_NOUNS = frozenset(["polling", "average", "averages", "tally", "count", "figures"])
"""Nouns that, like documents, name what an author produced: ``polling by X``."""

AGENT_REACH = 14
"""Tokens searched after ``according to`` for a document's named author (``by X``)."""

WORK_NOUNS = frozenset(
    """book books novel novels memoir memoirs film films movie movies documentary show
    series album song songs play essay essays column op-ed article headline report paper
    podcast program programme episode magazine newspaper titled entitled""".split()
)
"""Nouns that make a quoted Title Case phrase a work's title, not a quotation."""

ORG_SUFFIXES = frozenset(
    """council institute institution center centre foundation university college school
    association party committee commission department ministry agency bureau office
    administration campaign corp corporation inc company co group press news times post
    journal network service services fund bank organization organisation union alliance
    coalition initiative society board authority assembly parliament government federation
    club league project trust watch court army navy police congress senate house kremlin
    pentagon cabinet caucus tribune herald gazette reuters bloomberg magazine channel ledger
    courier chronicle dispatch inquirer examiner bulletin register monitor sentinel telegraph
    guardian mirror beacon
    airlines partners associates llc ltd plc holdings group labs laboratory media
    foundation fbi cia nsa team camp staff cooperative co-op hospital clinic museum library
    church academy district guild operator utility utilities regulator""".split()
)
"""Last words that make a capitalised name an organisation: ``Atlantic Council``."""

ORG_KIND_NOUNS = frozenset(
    """newspaper paper magazine tabloid website site outlet network station
    broadcaster channel agency firm company nonprofit organization organisation group
    publication wire think-tank affiliate""".split()
)
"""Nouns that say a named source is an organisation: ``local newspaper Diário do
Cais``, ``consulting firm KPX``, ``the Harbor Daily newspaper``."""

PARTY_MEMBERS = frozenset("democrats republicans tories".split())

GROUP_NAMES = frozenset(
    """american americans hispanic hispanics latino latinos latina latinas muslim muslims
    christian christians jew jews catholic catholics evangelical evangelicals republican
    democrat independent independents conservative conservatives liberal liberals
    progressive progressives libertarian libertarians""".split()
)
"""Capitalised words for a kind of person: ``Hispanics``, ``a Republican`` name nobody."""
"""A party named by its members: ``Democrats said`` speaks for an organisation."""

WEB_SUFFIXES = frozenset("com org net gov edu io co uk news info".split())
"""The last part of a site name: ``Harborwatch.com`` is an organisation."""

ORG_NAMES = frozenset(
    """kremlin pentagon reuters bloomberg nato congress senate white-house""".split()
)

NAME_PARTICLES = frozenset(
    "de da do dos das del della di du van von der den la le bin al ibn st.".split()
)
"""Lower-case words inside a personal name: ``Ursula von der Leyen``."""

AFFILIATION_PREPOSITIONS = frozenset(["at", "of", "for", "with", "from"])

DETERMINERS = frozenset(
    """the a an this that these those some many most several multiple two three four
    numerous various other another one what which""".split()
)

CLAUSE_OPENERS = frozenset(
    """in on at after before when while as meanwhile however but and so yet still then now
    speaking asked during since though although if because later earlier separately
    also instead""".split()
)
"""Words that open an adverbial clause before a subject: ``In a statement, the Kremlin``."""

NOUN_LIKE_CUES = frozenset(
    """state states report reports note notes claim claims comment comments tweet tweets
    reply replies answer answers continue continues continued continuing hope hopes fear
    fears read reads quote quotes echo echoes demand demands counter counters remark remarks
    promise promises pledge pledges vow vows repeat repeats wonder stress reason reasons
    advise relate relates joke jokes quip quips plead charge recount lament laments chant
    chants post posts shout shouts whisper whispers forecast forecasts estimate estimates
    doubt doubts worry put know knows known feel feels understand understands begin
    maintain maintains affirm urge urges concur suspect assume""".split()
)
"""Cue forms that are as often nouns or plain verbs (``state media``, ``continue to``)."""

INDIRECT_CUE_BASES = tuple(
    """say tell add write note argue claim insist warn explain acknowledge admit announce
    report suggest predict believe think expect contend assert declare concede agree recall
    confirm deny allege estimate fear hope worry tweet stress emphasize complain testify
    vow promise pledge reply respond counter caution reiterate remark observe conclude
    boast speculate charge state""".split()
)

INDIRECT_CUES = frozenset(
    v for v in inflections(INDIRECT_CUE_BASES) if v not in NOUN_LIKE_CUES and not v.endswith("ing")
)
"""Cue forms trusted to start reported speech outside quotes: ``X said that …``."""

STANCE_CUE_BASES = tuple(
    """ask endorse praise criticize criticise accuse attack slam blast blame condemn denounce
    decry defend dismiss reject question mention propose urge thank remind express voice
    support oppose want plan seek hope intend threaten offer refuse show find reveal
    indicate cite demand welcome applaud embrace favor favour prefer consider disagree
    tout lament bemoan lambaste rebuke challenge dispute highlight signal lay push call
    describe portray label vote sound back sign unveil approve veto hail laud commend
    recommend advocate congratulate mock ridicule champion fault lobby view regard knock
    distance recognize recognise publish issue react articulate assess float lecture savage
    assail chide lash pan berate bash rebuff rebut spurn snub promote vouch credit rule hint
    imply ponder celebrate salute mourn regret apologize apologise deplore disavow repudiate
    renounce retract downplay refute debunk beg implore guarantee assure reassure disclose
    divulge detail outline clarify confess post open spell brush talk rail point quote share
    envision""".split()
)
"""Verbs whose subject holds a stance, belief or intention (``Vale wants …``, ``polls
show …``, ``X endorsed Y``): an attribution whose content is the rest of the clause."""

_NOUN_FORMS = frozenset(
    """lay lays sound sounds vote back sign issue issues post posts view detail details
    float floats open opens talk talks credit credits rule rules pan pans quote quotes""".split()
)
"""Stance verb forms that are nouns as often (``the rules``, ``her views``): no cue on their own."""

STANCE_CUES = (
    frozenset(
        v for v in inflections(STANCE_CUE_BASES) if not v.endswith("ing") and v not in _NOUN_FORMS
    )
    | frozenset(["spoke", "speaks"])
) - INDIRECT_CUES
"""Stance cue forms; a base form (``want``) also needs a plural subject (``voters want``)."""

NAMED_SUBJECT_CUES = frozenset(
    v for v in inflections(INDIRECT_CUE_BASES) if v in NOUN_LIKE_CUES and v.endswith("s")
)
"""Forms that are nouns as often as verbs (``reports``, ``notes``): a cue only right after a
name and before a clause (``the Associated Press reports that …``, ``…, Ann Lee notes.``)."""

PROGRESSIVE_CUES = frozenset(
    v for v in inflections(INDIRECT_CUE_BASES + STANCE_CUE_BASES) if v.endswith("ing")
)
"""``is reporting``, ``are pledging``: cues in the progressive, after a form of *be*."""

NEGATIONS = frozenset(
    """not never didn't doesn't don't won't wouldn't hasn't haven't hadn't cannot can't
    isn't aren't wasn't weren't""".split()
)
"""Between a subject and its cue: ``Vale would not endorse``."""

STANCE_BASE_FORMS = frozenset(STANCE_CUE_BASES)

_REFLEXIVE = frozenset(["himself", "herself", "themselves", "itself"])
_OBJECTS = _REFLEXIVE | frozenset("it him her them the this that".split())
_SHARED = frozenset("this that the his her their its many some more much a an".split())

STANCE_PARTICLES: dict[str, frozenset[str]] = {
    "laid": frozenset(["out"]),
    "sounded": frozenset(["off", "the", "a", "an"]),
    "railed": frozenset(["against", "at"]),
    "rails": frozenset(["against", "at"]),
    "point": frozenset(["out", "to"]),
    "points": frozenset(["out", "to"]),
    "pointed": frozenset(["out", "to"]),
    "voted": frozenset(["for", "against", "to"]),
    "pushed": frozenset(["for", "back"]),
    "pushes": frozenset(["for", "back"]),
    "votes": frozenset(["for", "against", "to"]),
    "spoke": frozenset(["about", "out", "of", "for"]),
    "speaks": frozenset(["about", "out", "of", "for"]),
    "lashed": frozenset(["out"]),
    "lashes": frozenset(["out"]),
    "distanced": _REFLEXIVE,
    "distances": _REFLEXIVE,
    "opened": frozenset(["up"]),
    "spelled": frozenset(["out"]),
    "brushed": frozenset(["aside", "off"]),
    "talked": frozenset(["about", "up"]),
    "ruled": frozenset(["that", "out"]),
    "posted": frozenset(["on", "a", "an", "that", "to"]),
    "views": _OBJECTS,
    "viewed": _OBJECTS,
    "shares": _SHARED,
    "shared": _SHARED,
    "share": _SHARED,
}
"""Stance cues that count only with a following particle: ``called for``, ``laid out``."""

_CALLED_OUT = frozenset("out down up back over across after".split())
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "put": frozenset(["it"]),
    "puts": frozenset(["it"]),
    "point": frozenset(["out"]),
    "points": frozenset(["out"]),
    "pointed": frozenset(["out"]),
    "shot": frozenset(["back"]),
    "shoots": frozenset(["back"]),
    "fired": frozenset(["back"]),
    "fires": frozenset(["back"]),
    "hit": frozenset(["back"]),
    "hits": frozenset(["back"]),
    "chimed": frozenset(["in"]),
    "chimes": frozenset(["in"]),
    "weighed": frozenset(["in"]),
    "called": _CALLED_OUT,
    "calls": _CALLED_OUT,
}
"""Two-word cues, verb then particle: ``as X put it``, ``X pointed out``, ``X shot back``,
``“You're late,” Samir called down`` (called alone names: ``called it “a disgrace”``)."""

COMPARATIVE_OPENERS = frozenset(["than", "as", "like", "unlike"])
"""``than analysts predicted``: a comparison with a forecast, not a report of it."""

ADDRESSEE_CUES = frozenset(["tell", "tells", "told", "telling", "ask", "asks", "asking", "urge"])
"""Cues whose following noun phrase is the listener, not the speaker: ``telling Reuters``."""

TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon evening night week
    month year earlier later recently""".split()
)
"""Words after a cue that date the statement rather than name its speaker."""

NOT_NAME_WORDS = frozenset(
    """i you he she it we they me him her us them my your his its our their mine yours
    hers ours theirs this that these those there here who whom whose what which whether
    a an the any few more much less every either neither none no nobody nothing such
    two three four five six seven eight nine ten for of with by to from at in on
    about as like than into over under after before since during until while when where why
    how if because although though however even last next first also still just only
    then now yet so but and or nor not please thanks thank yes example instance reached
    asked shortly hours days later earlier meanwhile instead indeed perhaps""".split()
)
"""Words that name no one however they are capitalised: ``For``, ``His``, ``Few``, ``You``.
(``Some``, ``Others``, ``Many``, ``One`` do: an unnamed group or person.)"""

NAME_EPITHETS = frozenset("old young little poor dear".split())
"""Adjectives a story puts before a character's name at a sentence's start (``Old Tobias``)."""

FRAGMENT_OPENERS = frozenset(
    "of with at in on from by about for to during after before like than into over under".split()
)
"""Prepositions that open a fragment, not a speaker: ``of the council``, ``With leaders``."""
