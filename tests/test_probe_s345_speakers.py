"""Speakers on the buyer's side of a supply chain (study s345): an investor's or a firm's points counted off ("Second,
two former drivers told ...", "Third, the report says ...") where the point's number is no part of the speaker; a
firm's bare rebuttal right after the report it answers ("They do not.", "This is false.") that is the firm's own voice,
not the report's; and firms named in their own trade's word ("... Oils", "... Tekstil", "... Extrusions") and named
again by their first word, which are firms, not people. Near misses: a rank before a name ("Second Lieutenant ...")
stays with the name, and a sentence that goes on with the report's account stays the report's. Every text is
invented (firms and people fictional, places real)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

LETTER = """Ashgrove Pension Fund
To the Chair of the Board, Pelican Textiles plc

Dear Ms Okafor,

We write as holders of 2.1% of Pelican's shares about forced labour risk in its cotton supply.

First, a Marlow Centre report of 2025 links yarn bought by Pelican to a spinning mill in Aksu. The report says \
pickers there were moved from other districts under a state programme and could not leave the farms.

Second, two former drivers for a haulage contractor at the mill told our researchers that pickers had their pay held \
back until the harvest ended. One of them said that supervisors kept the pickers' identity cards.

Third, the report states that shifts in the mill often lasted fourteen hours.

Yours sincerely,
Ines Varga, Head of Stewardship
"""

ANSWER = """Pelham Foods Ltd — Our answer to the Fairharvest Alliance report

Leeds, 3 March 2026

Pelham Foods has studied the report that the Fairharvest Alliance put out last week. We set out our answer below.

First, the report says that pickers on our contract farms in Kent "routinely work sixteen hours a day". They do not. \
Our records show a longest shift of ten hours.

Second, the report says that pickers on two farms had their passports taken by a gangmaster. It adds that some of \
them were kept in a locked caravan park.

Media enquiries: press@pelham.example
"""

FIRMS = """Migrant workers at garment plants in Johor described their conditions to the Harbour Herald.

Shipping data show that Quillmere Oils, an edible-oil refiner in Antwerp, bought 900 tonnes from the plants. Quillmere said \
that it "does not keep any worker's passport".

Customs records show that Belvardo Tekstil sold yarn to the plants. Belvardo said that no worker at its mill "is ever \
made to work more than 60 hours".
"""

RANK = """Migrant workers at a naval shipyard in Busan described their conditions to the Harbour Herald.

Second Lieutenant Park Ji-hoon, who oversees the yard's contractors, said the welders had their passports taken by \
the agency.
"""


def test_counted_points_are_no_part_of_the_speaker() -> None:
    got = speakers_by_opening(LETTER)
    wording, kind = got["Second, two former drivers for"]
    assert wording is not None and not wording.startswith("Second")
    assert kind == "anonymous_source"
    assert got["Third, the report states that "][1] == "document"


def test_bare_rebuttal_after_the_report_is_the_firms_own() -> None:
    got = speakers_by_opening(ANSWER)
    assert got["First, the report says that pi"][1] == "document"
    assert got["They do not."][1] != "document"


def test_report_account_goes_on_after_it() -> None:
    got = speakers_by_opening(ANSWER)
    assert got["It adds that some of them were"][1] == "document"


def test_firms_named_by_their_trade_word_are_firms() -> None:
    got = speakers_by_opening(FIRMS)
    assert got["Quillmere said that it \"does n"][1] == "organization"
    assert got["Belvardo said that no worker a"][1] == "organization"


def test_rank_before_a_name_stays() -> None:
    got = speakers_by_opening(RANK)
    wording, _kind = got["Second Lieutenant Park Ji-hoon"]
    assert wording is not None and "Park Ji-hoon" in wording


SHORT_NAME = """PORT KLANG, Malaysia, April 2 (Harbour Freight Daily) — Customs officers in Rotterdam have held 12 containers of \
surgical gloves made by Telvoran Medical Sdn Bhd of Shah Alam, according to an order seen by Harbour Freight Daily.

The order says staff at three Telvoran factories paid agents in Nepal up to 15,000 ringgit in fees before they started \
work. It also says supervisors kept workers' passports in a locked cabinet in the office.

A former packer from Sindhuli in Nepal said she worked 14-hour shifts for two months with no rest day during the \
pandemic rush.

"Every worker keeps his own passport," Telvoran said in a written reply. The company also said it had paid back \
agents' fees to 900 workers.
"""

PLACE_NAMED_FIRM = """Migrant workers at Johor factories described long shifts to the Harbour Herald.

Johor Latex Sdn Bhd made the gloves. Workers said supervisors kept their passports.

Johor said in a statement that it checks every factory twice a year.
"""


def test_one_word_name_of_a_firm_that_owns_the_plants_is_the_firm() -> None:
    got = speakers_by_opening(SHORT_NAME)
    assert got["\"Every worker keeps his own pa"] == ("Telvoran", "organization")
    assert got["The company also said it had p"] == ("Telvoran", "organization")


def test_place_before_its_factories_is_no_firms_short_name() -> None:
    from labourlens.analyse.speaker_voices import company_short_names

    assert "Johor" not in company_short_names(PLACE_NAMED_FIRM, {})


TRADE_BODY = """Migrant workers at rubber glove plants in Perak described their conditions to the Harbour Herald.

The Harbour Seafood Processors' trade body said that its members had paid back agents' fees to 900 workers since 2022.
An industry body in Ipoh said no member kept workers' passports.
"""


def test_trade_and_industry_bodies_are_organisations() -> None:
    got = speakers_by_opening(TRADE_BODY)
    assert got["The Harbour Seafood Processors"][1] == "organization"
    assert got["An industry body in Ipoh said "][1] == "organization"
