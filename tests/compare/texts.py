"""Hand-written texts for the compare tests: a speech, articles quoting it, two versions
of one story and an unrelated one. Written for these tests; no corpus text."""

SPEECH = """\
Remarks by Minister Clara Holm at the opening of the Eastside Library, 3 June

Thank you, everyone. It is a pleasure to be back in the neighbourhood where I grew up.

Libraries are not a luxury. They are where children learn to love reading, where job
seekers find their first computer, and where older people find company on a cold day.

We will not close a single branch library this year. I have heard the rumours, and I want
to put them to rest tonight.

The new building cost eleven million crowns. Half of that came from the city and half
from the national culture fund. The doors will be open seven days a week from September.

I am grateful to the architects, to the builders and above all to the librarians, who
kept the service running from a portable cabin for two long winters.
"""

ARTICLE = """\
Minister Opens Eastside Library and Rules Out Closures

The new library shows the government still believes in public reading rooms.

“Libraries are not a luxury,” said Clara Holm, the culture minister, at the opening on Tuesday.

“We will not close a single branch library this year,” Holm said.

“The new building cost twelve million crowns,” Holm said.

“They are where children learn to love reading … and where older people find company on a cold day,” she said.

“We will … close a single branch library this year,” Holm said, according to a flyer.

“Libraries are not a luxury, and the doors will be open seven days a week from September,” Holm said.

“[The librarians] kept the service running from a portable cabin,” Holm said.

“Every town deserves a swimming pool and a cinema,” Holm said.
"""

OLD_STORY = """\
Council Approves New Bike Lanes on Mill Street

The council's vote shows that the city is finally taking cycling safety seriously.

The council voted on Monday to build protected bike lanes on Mill Street.

The lanes will cost 3 million dollars and open next year.

“This is the safest street design we have ever approved,” said Marta Quist, a council member for the Riverside ward.

Leo Brandt, chair of the Mill Street Traders, said that parking would disappear from the street.

“Cyclists have waited long enough for this,” said Ana Pereira, a spokeswoman for Cycle City.
"""

NEW_STORY = """\
Council Approves New Bike Lanes on Mill Street

The council's vote shows that the city is finally taking cycling safety seriously.

The council voted on Monday to build protected bike lanes on Mill Street.

The lanes will cost 4 million dollars and open next year.

“This is the safest street design we have ever approved,” said Ana Pereira, a spokeswoman for Cycle City.

“Parking will disappear from the whole street,” said Leo Brandt, chair of the Mill Street Business Association.

“Cyclists have waited far too long for this,” said Ana Pereira, a spokeswoman for Cycle City.
"""

UNRELATED = """\
Orchard Growers Face a Difficult Harvest

A wet spring and a shortage of pickers have left the valley's apple growers with a poor season.

Rain in April damaged the blossom, and many trees set little fruit. “We have never seen a spring like it,” said Johan Ekdahl, who farms forty hectares near the river.

Growers also struggle to find workers. According to the regional farmers' union, a third of picking jobs are still unfilled.

“Prices will rise in the shops this winter,” said Petra Lund, an economist at the Agricultural Institute.
"""
