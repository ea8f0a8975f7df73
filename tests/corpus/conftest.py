"""Small generated corpora, written by the tests themselves."""

from __future__ import annotations

import pytest

NAMES = ["Ada Moreno", "Ben Okoro", "Chen Li", "Dara Walsh", "Eli Novak", "Farah Aziz"]
OUTLETS = ["Harbour Gazette", "Valley Courier", "Metro Ledger"]

ARTICLE = """\
Why {town} Should Fund Its Libraries

The town of {town} should keep its branch libraries open, because they serve the people \
who have the fewest other places to go.

“Every week we see {visits} visitors who have nowhere else to study,” said {first}, the \
head librarian at the {outlet} branch. She added that the reading rooms are full after school.

Critics say the budget is too tight. According to a {year} report by the town auditor, the \
libraries cost less than three percent of spending. “Closing them would save almost \
nothing,” said {second}, a council member.

Some officials argue that people can read online. But many families have no computer at \
home, and the library is the only place where they can print a form.
"""


def article(number: int) -> str:
    return ARTICLE.format(
        town=f"Town{number}",
        visits=100 + number,
        first=NAMES[number % len(NAMES)],
        second=NAMES[(number + 2) % len(NAMES)],
        outlet=OUTLETS[number % len(OUTLETS)],
        year=2000 + number % 20,
    )


@pytest.fixture
def corpus(tmp_path):
    """A folder of twelve articles, a-00.txt ... a-11.txt."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(12):
        (folder / f"a-{number:02d}.txt").write_text(article(number), encoding="utf-8")
    return folder
