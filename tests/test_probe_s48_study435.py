"""Probes for the forty-eighth session's study of heldout435 (scam compounds in Myanmar, Cambodia and Laos): a note that
"none of" the accounts could be checked and a poster's bare "not sure if true" as unverified notes, electric weapons
used on workers and a worker "shocked" a number of times as violence, "the previous month" as a date rather than a
length, case notes lettered rather than numbered ("Case B. K.D., 24, ..."), and an open letter's heading that ends on
the firm it is addressed to. Every text is invented for the test: fictional people, firms and outlets, real places."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from probe_helpers import META, speaker

LEAD = "Migrant workers held at a compound near Myawaddy in Myanmar said their passports were taken.\n\n"


def _unconfirmed(sentence: str) -> bool:
    a = analyse(LEAD + sentence + "\n", META)
    return any(s.unconfirmed for s in a.sentences if sentence[:20] in (s.text or ""))


def _rules(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence).hits}


def _durations(text: str) -> list[str]:
    return [t.text for t in analyse(text, META).times if t.kind == "duration"]


# -- unverified notes ------------------------------------------------------------------------------------------------


def test_none_of_the_accounts_could_be_verified_is_a_note() -> None:
    assert _unconfirmed("None of the workers' accounts could be verified independently.")
    assert not _unconfirmed("None of the workers has been paid since the rains began.")


def test_none_of_this_could_yet_be_checked_by_the_outlet_is_a_note() -> None:
    assert _unconfirmed("None of this could yet be checked by the Kestrel Courier.")


def test_a_posters_bare_not_sure_if_true_is_a_note() -> None:
    assert _unconfirmed("Not sure if true, it is only what my neighbour heard from her nephew.")


# -- indicators ------------------------------------------------------------------------------------------------------


def test_guards_using_electric_batons_is_violence() -> None:
    assert "physical_and_sexual_violence" in _rules("Two women from Busia said guards on their floor used shock batons.")


def test_a_worker_shocked_twice_is_violence() -> None:
    assert "physical_and_sexual_violence" in _rules("A returnee from Nakuru said he was shocked twice for arguing.")
    assert "physical_and_sexual_violence" not in _rules("His mother said she was shocked twice by the news from Mae Sot.")


# -- durations -------------------------------------------------------------------------------------------------------


def test_the_previous_month_is_a_date_not_a_length() -> None:
    text = LEAD + "The ministry said 300 suspects had been handed over at Mae Sot in the previous month.\n"
    assert "the previous month" not in _durations(text)


# -- speakers --------------------------------------------------------------------------------------------------------


CASES = ("Case notes\n\nThe Harbourlight Migrant Desk interviewed returnees from Myawaddy in Myanmar. Names are "
         "shortened to initials.\n\n"
         "Case A. T.M., 27, from Pune. Paid a broker in Mumbai a fee for the job. Says he was beaten with a stick after "
         "refusing to work.\n\n"
         "Case B. K.D., 24, a woman from Goa. Says her manager took her phone and allowed one call a month. She says no "
         "one hit her.\n")


def test_a_lettered_case_gives_its_initials_as_the_speaker() -> None:
    wording, kind, _ = speaker(CASES, "beaten with a stick")
    assert (wording, kind) == ("T.M.", "anonymous_source")


def test_a_lettered_cases_she_is_that_case() -> None:
    wording, kind, _ = speaker(CASES, "no one hit her")
    assert (wording, kind) == ("K.D.", "anonymous_source")


# -- metadata --------------------------------------------------------------------------------------------------------


def test_an_open_letter_heading_names_no_outlet() -> None:
    text = ("OPEN LETTER TO BRIGHTWAVE HIRING PTE LTD\nFrom: Kestrel Migrant Families Network, Surabaya\n"
            "Date: 3 March 2026\n\nDear Ms Lim,\n\nWe write about families whose sons answered advertisements on your "
            "app and were held in compounds in Sihanoukville, Cambodia, where their passports were taken.\n")
    assert analyse(text, {"language": "en"}).meta.outlet is None
