"""Page furniture: the lines around an article that are not part of its argument.

Pages copied or extracted from the web carry captions, photo credits, bylines, author
bios, "From the section …" lines, comment counts, share prompts, related-link lists and
newsletter boxes. Each is written to a convention a reader spots at once, and none of
them states anything the article argues: a caption read as the thesis, or a bio ("Ada Vell
covers the White House") read as its restatement, makes the whole map wrong. So segmenting
sets them aside first, with the role a reader would give them, and the extractors never see
them; the JSON keeps them (``graph.layout``) so nothing is lost.

The tests are about form (short lines, fixed openings, where they sit on the page), never
about one site's markup, so they hold on pages nobody has seen. Each reads one block, so the
cost is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Span

ROLES = (
    "byline",
    "bio",
    "caption",
    "credit",
    "dateline",
    "section-link",
    "comments",
    "share",
    "related",
    "newsletter",
    "advert",
    "note",
)
"""The furniture roles, as they appear in ``graph.layout``."""

_MAX_WORDS = 60
_MAX_CHARS = 600
"""Furniture is short: a block longer than this is text whatever it starts with (and the
patterns below only ever read short blocks, from their start)."""

_CREDIT = re.compile(
    r"(?:[*_]{1,2})?(?:photo(?:graph)?s?|image|picture|illustration|video|graphic|credit|source)"
    r"(?:[*_]{1,2})?\s*(?:[*_]{1,2})?\s*(?::|by\b|courtesy\b|/)",
    re.I,
)
_CREDIT_TAIL = re.compile(
    r"[(\[](?:photo|image|picture|pictured|credit|file photo)[^()\[\]]{0,80}[)\]]\s*\.?\s*$"
    r"|(?:/|\|)\s*(?:getty images|ap|afp|reuters|shutterstock|alamy|epa|ap photo)\s*\)?\s*\.?$",
    re.I,
)
_BYLINE = re.compile(
    r"(?:[*_]{1,2})?(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Ss]tory by)\s+"
    r"(?:[*_]{1,2})?[A-Z][\w.'’-]{1,30}(?:\s+[A-Z][\w.'’-]{1,30}){0,3}",
)
_BIO = re.compile(
    r"(?:[*_]{1,2})?[A-Z][\w.'’-]{1,30}(?:\s+[A-Z][\w.'’-]{1,30}){1,3}(?:[*_]{1,2})?\s+"
    r"(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|author|"
    r"producer|critic|fellow|professor)\b"
    r"|(?:[*_]{1,2})?[A-Z][\w.'’-]{1,30}(?:\s+[A-Z][\w.'’-]{1,30}){1,3}(?:[*_]{1,2})?\s+"
    r"(?:covers|reports on|writes about|writes on|edits)\b"
)
_GUEST_BIO = re.compile(
    r"(?P<name>[A-Z][\w.'’-]{1,30}(?:[ \t]+[A-Z][\w.'’-]{1,30}){1,3})[ \t]+(?:is|was)[ \t]+"
    r"(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,5}?(?:at|of|for|with|in)[ \t]+(?:the[ \t]+)?[A-Z]"
)
"""``Hannah Moreau is a nurse at Valley General …``: a guest writer's line about themselves,
whatever their trade (the journalists' own bios are :data:`_BIO`'s)."""
_FOLLOW = re.compile(
    r"(?:follow|contact|email|reach)\s+(?:him|her|them|[A-Z][\w.'’-]{1,30})\b.{0,40}"
    r"(?:twitter|@|x\.com|at\s+\S+@|on\s+(?:twitter|x|bluesky|mastodon))",
    re.I,
)
_SECTION_LINK = re.compile(
    r"(?:from the|in the|more from the|filed under|section|topics?|tags?)\s*:?\s+.{0,60}$", re.I
)
_COMMENTS = re.compile(
    r"(?:\d[\d,]{0,9}\s+comments?|comments?\s*\(\d{1,9}\)|(?:show|view|read|hide|load)\s+(?:all\s+)?"
    r"(?:\d{1,9}\s+)?comments?|join the (?:conversation|discussion)|leave a comment|"
    r"comments? (?:are|is) closed)\b.{0,30}$",
    re.I,
)
_SHARE = re.compile(
    r"(?:share(?: this)?(?: article| story| on \w+)?|tweet(?: this)?|copy link|email this|"
    r"print this(?: article| page)?|save (?:this )?(?:article|story)|gift (?:this )?article)"
    r"\s*[:!.]?$",
    re.I,
)
_RELATED = re.compile(
    r"(?:related(?:\s+(?:articles?|stories|coverage|links|reading|content))?|read more|"
    r"see also|more (?:on this|stories|from|coverage|like this)\b.{0,40}|recommended(?: for you)?|"
    r"most (?:read|popular|viewed)|you (?:may|might) also like|what to read next|trending)"
    r"\s*[:.]?$",
    re.I,
)
_READ_MORE = re.compile(r"(?:read more|related|see also|also read|watch)\s*:\s+\S", re.I)
_NEWSLETTER = re.compile(
    r"(?:sign up|subscribe|get)\b.{0,60}\b(?:newsletter|inbox|alerts|briefing|digest)\b"
    r"|\bnewsletter\b.{0,40}\b(?:sign up|subscribe)\b"
    r"|^subscribe(?: now| today)?\s*[.!]?$",
    re.I,
)
_ADVERT = re.compile(
    r"(?:advertisement|sponsored(?: content)?|skip advertisement|continue reading(?: the main story)?|"
    r"listen to (?:this|the) (?:article|story)|\d{1,3}\s*min(?:ute)?s? read|published\s*:?.{0,40}|"
    r"(?:last )?updated\s*:?.{0,40}|story continues below(?: advertisement)?)\s*[.]?$",
    re.I,
)
_NOTE = re.compile(
    r"(?:this (?:interview|article|story|piece|conversation|transcript|post) (?:has been|was) "
    r"(?:edited|condensed|updated|corrected|amended|translated)\b"
    r"|(?:editor['’]s note|correction|clarification|update|disclosure)\s*:)",
    re.I,
)
_DATELINE_ONLY = re.compile(
    r"[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w. ]{1,30})?\s*(?:\([A-Za-z .]{2,20}\))?\s*[—–-]\s*$"
)
_TIMESTAMP = re.compile(
    r"(?:(?:Published|Updated|Posted|Last updated|First published|Modified)\b:?\s*"
    r"(?:on\s+)?[\w.,: ]{3,60}?\d[\w.,: ]{0,40}(?:\s*[|·•]\s*)?){1,3}"
)
"""``Published 9:14 a.m. ET Nov. 30, 2026 | Updated 11:02 a.m. …``: when the page was
written, not what it says."""
_TIMESTAMP_WORDS = 24
_WORD = re.compile(r"[^\W_]+")
_CAPTION_VERBS = re.compile(
    r"\b(?:pictured|poses?|posing|(?:is|are) seen|stands?|sits?|walks?|speaks? (?:at|during)|"
    r"waves?|gestures?|looks? on|attends?|arrives?|left|right|center|centre|foreground)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class LayoutPart:
    """A block of page furniture and the role a reader would give it."""

    span: Span
    role: str


def furniture_role(block: str, *, near_end: bool = False, after_image: bool = False) -> str | None:
    """The furniture role of one block of text (a line or paragraph), or None for text.

    ``near_end``: the block is among the page's last few, where bios and share prompts
    sit. ``after_image``: it follows an image (a Markdown ``![…]`` line), where a caption sits.
    """
    text = block.strip()
    if not text or len(text) > _MAX_CHARS:
        return None
    words = _WORD.findall(text)
    if len(words) > _MAX_WORDS:
        return None
    if text.startswith("![") or (text.startswith("[![")):
        return "caption"  # the image itself, in Markdown
    plain = text.strip("*_ ").strip()
    if _CREDIT.match(plain) and len(words) <= 16:
        return "credit"
    if _byline(plain, words):
        return "byline"
    if _TIMESTAMP.fullmatch(plain) and len(words) <= _TIMESTAMP_WORDS:
        return "dateline"  # before the advert test: "Updated:" reads like a label
    if _ADVERT.fullmatch(plain):
        return "advert"
    if _NOTE.match(plain) and len(words) <= 40:
        return "note"  # "This interview has been edited for length", "Correction: …"
    if _COMMENTS.fullmatch(plain):
        return "comments"
    if _SHARE.fullmatch(plain):
        return "share"
    if _NEWSLETTER.search(plain) and len(words) <= 30:
        return "newsletter"
    if _RELATED.fullmatch(plain) or (_READ_MORE.match(plain) and len(words) <= 25):
        return "related"
    if (
        _SECTION_LINK.fullmatch(plain)
        and len(words) <= 8
        and not any(mark in plain for mark in '“"«')  # "From the report: “…”" quotes it
        and plain.lower().startswith(
            ("from the", "more from the", "filed under", "section", "topic", "tag")
        )
    ):
        return "section-link"
    if _DATELINE_ONLY.fullmatch(plain):
        return "dateline"
    if _CREDIT_TAIL.search(plain) or (after_image and len(words) <= 45):
        return "caption"
    if near_end and (_BIO.match(plain) or _FOLLOW.search(plain)) and len(words) <= 50:
        return "bio"
    if after_image is False and _CAPTION_VERBS.search(plain) and _photo_caption(plain, words):
        return "caption"
    return None


_NOT_NAMES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday the this that then now""".split()
)


def _byline(text: str, words: list[str]) -> bool:
    """ "By Ada Vell", "By ADA VELL and Bo Park | June 3, 2026": a name after "By", on a
    line that is not a sentence ("By March the council had voted." is one)."""
    match = _BYLINE.match(text)
    if not match or len(words) > 14 or text.rstrip("*_ ")[-1:] in ".!?":
        return False
    first_name = re.search(
        r"(?:by|written by|words by|reporting by|story by)\s+[*_]*(\w+)", text, re.I
    )
    return bool(first_name) and first_name.group(1).lower() not in _NOT_NAMES


def _photo_caption(text: str, words: list[str]) -> bool:
    """A caption with no credit: short, and a people-in-a-picture phrase with a place in
    parentheses or a "(left)"-style pointer ("Mayor Ada Vell (left) speaks at …")."""
    return len(words) <= 40 and bool(re.search(r"\((?:left|right|center|centre|l|r)\)", text, re.I))


def is_guest_bio(block: str, text: str) -> bool:
    """A short closing line that tells who a person is (``Hannah Moreau is a nurse at …``),
    naming someone the article names nowhere else: its writer, not one of its sources."""
    plain = block.strip().strip("*_ ").strip()
    m = _GUEST_BIO.match(plain)
    return (
        m is not None
        and len(_WORD.findall(plain)) <= _GUEST_BIO_WORDS
        and not any(mark in plain for mark in '“"«')
        and text.count(m.group("name")) == 1
    )


_GUEST_BIO_WORDS = 45


def is_related_item(block: str) -> bool:
    """A line of a related-links list: a short list item or a bare title without a full stop."""
    text = block.strip()
    words = _WORD.findall(text)
    if not words or len(words) > 20:
        return False
    if text[:2] in ("- ", "* ", "+ ") or re.match(r"\d{1,2}[.)] ", text):
        return True
    return text[-1] not in '.!?:;"”’' and len(words) <= 14


# --------------------------------------------------------------------------- speaker turns

_NAME_WORD = r"(?:[A-Z][\w’'.-]{0,30}|[A-Z]\.)"
_LABEL = re.compile(
    r"(?P<open>\*\*|__)?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.?[ \t]+)?" + _NAME_WORD + r"(?:[ \t]"
    r"(?:" + _NAME_WORD + r"|de|van|von|da|del|la|le|bin|al))"
    r"{0,3})"
    r"(?:[ \t]*\((?P<role>[^()\n]{1,60})\))?"
    r"(?P<close_a>\*\*|__)?[ \t]*:[ \t]*(?P<close_b>\*\*|__)?"
)
"""A turn label at a paragraph's start: a name of one to four words, an optional role in
parentheses, a colon, with Markdown bold around any of it."""

TURN_LABELS = frozenset("q a question answer interviewer host moderator reporter".split())
"""Labels of the asking and answering sides of an interview."""
NOT_SPEAKERS = frozenset(
    """note notes update updated editor correction source sources photo photos credit
    image related read see also warning disclaimer caption tags topics filed posted by
    published date tl dr example examples step summary background context why what how
    when where who fact facts chart table figure map video audio watch listen spoiler
    pros cons verdict bottom line takeaway takeaways key points result results""".split()
)
"""Words a colon follows at a line's start that label a part of the page, not a speaker."""


def turn_label(line: str) -> re.Match[str] | None:
    """The turn label that opens ``line`` if it is one: ``Name:``, ``**Q:**``, ``Mr. KYLE:``."""
    m = _LABEL.match(line)
    if m is None:
        return None
    words = m.group("name").split()
    low = words[-1].lower().strip(".")
    if low in NOT_SPEAKERS or words[0].lower().strip(".") in NOT_SPEAKERS:
        return None
    if m.group("open") and not (m.group("close_a") or m.group("close_b")):
        return None
    return m


def is_turn_line(line: str) -> bool:
    """A line that opens with a speaker's label and goes on with what they say: a ``Q``/``A``
    label, a name in capitals, a role in parentheses, or words after it in sentence case
    (``Conclusion: The Strategic Horizon`` is a heading)."""
    s = line.strip()
    m = turn_label(s)
    if m is None or (m.end() >= len(s) and not m.group("role")):
        return False
    name = m.group("name")
    if m.group("role") or name.lower() in TURN_LABELS or name.split()[-1].isupper():
        return True
    return any(w[:1].islower() for w in s[m.end() :].split() if len(w) > 3)


__all__ = [
    "NOT_SPEAKERS",
    "ROLES",
    "TURN_LABELS",
    "LayoutPart",
    "furniture_role",
    "is_guest_bio",
    "is_related_item",
    "is_turn_line",
    "turn_label",
]
