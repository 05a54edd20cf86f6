"""A page that reproduces a notice under its own title in capitals, set out in numbered rules ("We've translated it
here."): the rules are the notice's (a ``document`` worded by its title). A channel's item "from a reader who
says ...:" followed by a quotation: the quotation is that reader's. Every text is written for this test; people
and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import LEAD, speakers_by_opening

NOTICE = LEAD + """A logger's brother sent us a picture of a sheet taped inside the hostel door at the yard. We've translated it here.

HOSTEL ORDER FOR BRIGADE NO. 4
1. Going out of the hostel without the brigadier is not allowed.
2. Every logger hands his passport to the office on arrival. Passports are returned on departure.
3. Loggers who break these rules will be sent home at their own cost.

Our view: the sheet matches what former loggers have told us for years.
"""

READER = LEAD + """One more message came from a reader who says he drove timber trucks out of the yard last year: "The men work fourteen hours a day and nobody is paid until the season ends." We could not check his account.
"""


def test_numbered_rules_under_a_capital_title_are_the_notice() -> None:
    got = speakers_by_opening(NOTICE, 25)
    title = ("HOSTEL ORDER FOR BRIGADE NO. 4", "document")
    assert got["Going out of the hostel w"] == title
    assert got["Every logger hands his pa"] == title
    assert got["Loggers who break these r"] == title


def test_quotation_sent_by_a_reader_is_the_readers() -> None:
    got = speakers_by_opening(READER, 25)
    wording, kind = got["One more message came fro"]
    assert kind == "anonymous_source" and (wording or "").startswith("a reader who says")
