"""Given names that almost always name a woman or almost always a man.

Only what ``he`` or ``she`` may refer to is decided with these: a pronoun skips a person
whose name says the other gender ("“…,” he said" after Martha spoke). Names used for both
(Jordan, Dana, Alex, Robin, Kim …) are left out on purpose: an unknown gender fits either
pronoun, a wrong one would send a quote to the wrong speaker.
"""

from __future__ import annotations

FEMALE_NAMES = frozenset(
    """abigail ada adele agnes alice alicia alison amanda amelia amy ana anna anne annie
    antonia barbara beatrice bella bernadette beth betty beverly brenda bridget
    camille carla carmen carol caroline catherine cecilia charlotte chloe christina
    christine claire clara claudia colette cynthia daisy daphne deborah denise diana diane
    dolores donna doris dorothy edith eleanor elena elise eliza elizabeth ella ellen
    eloise elsa emily emma esther eva evelyn fatima fiona florence frances gabriela
    georgia gertrude gloria grace greta hannah harriet heather helen helena hilda holly
    ida ines ingrid irene iris isabel isabella jacqueline jane janet janice jean jennifer
    jessica joan joanna josephine joyce judith judy julia julie karen katherine kathleen
    kathryn katie laura lauren leah lila lillian linda lisa lucia lucy lydia madeleine
    margaret margot maria marie marilyn marion martha mary matilda maya megan melissa
    michelle mildred miriam molly monica nadia nancy naomi natalie nina nora olga olivia
    patricia paula pauline peggy penelope rachel rebecca rosa rose rosemary ruth sandra
    sarah sharon sheila shirley sofia sophia sophie stephanie susan suzanne sylvia
    tatiana teresa theresa tina valerie vera veronica victoria virginia wendy yvonne
    zoe""".split()
)
"""Given names of women."""

MALE_NAMES = frozenset(
    """aaron abraham adam adrian ahmed albert alexander alfred ali andrew angus anthony
    antonio arthur barry benjamin bernard bill bob boris brian bruce carl carlos charles
    christopher colin daniel david dennis derek diego dmitri donald douglas duncan
    edward edwin eric ernest eugene felix fernando francis frank frederick gary george
    gerald gordon graham gregory harold harry henry herbert howard hugh ian isaac ivan
    jack jacob james jason jeffrey jerome jim joe john jonathan jorge joseph juan karl
    keith kenneth kevin larry lawrence leonard lewis louis luis malcolm marco marcus mark
    martin matthew michael miguel mohammed muhammad nathan neil nicholas norman oliver
    omar oscar otto patrick paul pedro peter philip ralph raymond richard robert roger
    ronald roy russell samuel scott sean sergei simon stanley stephen steven stuart
    thomas timothy tobias todd tom tony victor vincent walter wayne william""".split()
)
"""Given names of men."""


def name_gender(given: str) -> str | None:
    """``"f"``, ``"m"`` or ``None`` (unknown or used for both) for a given name."""
    low = given.lower()
    if low in FEMALE_NAMES:
        return "f"
    return "m" if low in MALE_NAMES else None


__all__ = ["FEMALE_NAMES", "MALE_NAMES", "name_gender"]
