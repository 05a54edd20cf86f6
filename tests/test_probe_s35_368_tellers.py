"""First-person accounts and letters (a study of s35 on a held-out set; every text here is written for this test, with
fictional people, firms and outlets, and real countries and places):

- a standfirst that names its first-person teller through "She asked me to call her X" gives the account under
  it to X;
- a reader's letter under a masthead's "| Letters |" section or a "Dear editor," line, signed with initials and a town
  ("R. K., Osh"), is its signer's, and so is what someone tells the writer ("He tells me ...");
- a site of a trade's news named by its kind ("the Almaty-based business site X") is an outlet.
"""

from __future__ import annotations

from attribution_helpers import claim_sources, find_claim
from labourlens.analyse.speakers import classify

TESTIMONY = """Steppe Post | First person | 3 March 2026

"They kept our passports in the cabin"

A cook from Osh describes a winter at a pipeline camp in Yamal. She asked me to call her Aigul; the name is changed.

Translated from Kyrgyz by Aida Toktogulova

I went north in November because a woman in Osh promised 120,000 roubles each month. Nobody paid me that. The foreman kept our passports in the cabin and said we would get them back in spring.

We worked twelve hours a day in the cold, and there was no day off for the first two months.
"""


def test_standfirst_names_the_first_person_teller() -> None:
    found = claim_sources(TESTIMONY)
    assert find_claim(found, "Nobody paid me that")[1] == "Aigul"
    assert find_claim(found, "no day off for the first two months")[1] == "Aigul"


LETTER = """Naryn Courier | Letters | 2 April 2026

"Where is my son's pay?"

Dear editor,

My son, Bakyt, went to Novosibirsk in May to work for a roofing firm. An agency in Bishkek arranged the job.

The agreement he signed, which I keep at home, promises 95,000 roubles each month. I am writing because he has been paid almost nothing.

He tells me the men work from dawn until eleven at night. They sleep nine to a room in a cellar.

I have asked the labour ministry for help and heard nothing back.

R. K., Naryn
"""


def test_letter_under_a_masthead_section_is_its_signer_s() -> None:
    found = claim_sources(LETTER)
    kind, wording, key = find_claim(found, "from dawn until eleven at night")
    assert (kind, wording) == ("named_person", "R. K.")
    assert find_claim(found, "paid almost nothing")[2] == key
    assert find_claim(found, "nine to a room")[2] == key


def test_a_trade_news_site_is_an_outlet() -> None:
    assert classify("The Almaty-based business site Steppe Ledger") == "outlet"
    assert classify("the trade site Steppe Ledger") == "outlet"
    assert classify("the construction site") is None  # a workplace
