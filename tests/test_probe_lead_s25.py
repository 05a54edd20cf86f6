"""Probes from the lead's reading of reports written for it in styles the rules had not met (1 December 2026): a
reporting verb inside a relative clause of the subject, a harm denied with "hit", a page's short name for itself,
a frequency read as a length of time, "its director", firms that "close sites", a recommendation addressed "To the
Government of ...:", an accused party's sentence right after its own denial, and an unnamed speaker's anonymity read
as a negation. Every text is written for these tests; every person, outlet and company is fictional."""

from __future__ import annotations

from labourlens.analyse import dates, indicators
from labourlens.analyse.meta import detect as detect_meta
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, META, speaker


def _claim(text: str, frag: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    return a, next(c for c in a.claims if frag in c.text)


# a reporting verb inside the subject's relative clause: the subject speaks, the clause only says whom it describes
def test_a_report_inside_a_relative_clause_is_not_the_speaker() -> None:
    text = LEAD + ("A spokeswoman for Northwind Fisheries, which crew members say owns the longliner, said the "
                   "company \"has never held anyone's passport\".")
    wording, kind, _ = speaker(text, "A spokeswoman for Northwind")
    assert wording is not None and wording.startswith("A spokeswoman for Northwind Fisheries") and kind == "organization"
    text = LEAD + ("The owner of Lakeside Bricks, which activists allege pays no wages in winter, told reporters that "
                   "nobody had been hit at the kiln.")
    wording, kind, _ = speaker(text, "The owner of Lakeside")
    assert wording is not None and wording.startswith("The owner of Lakeside Bricks")


def test_a_name_given_in_the_clause_still_names_the_speaker() -> None:
    # control: "who gave his name as ..." holds no report of its own; the name found there is the speaker's
    text = LEAD + "A third logger, who gave his name as Arkady Belov, said the brigade leader kept their passports."
    assert speaker(text, "A third logger")[:2] == ("Arkady Belov", "named_person")


# harm denied with the everyday verbs
def test_no_worker_was_hit_is_a_denial() -> None:
    for verb in ("hit", "struck", "slapped", "kicked"):
        _, c = _claim(LEAD + f"The foreman told the inspectors that no worker had been {verb} at the yard.", "no worker")
        assert c.polarity == "negated", verb
    # control: a worker who was hit is no denial
    _, c = _claim(LEAD + "One logger said the foreman hit him with a shovel handle when he asked for his pay.",
                  "shovel handle")
    assert c.polarity == "affirmed"


# the page's short name for itself, with its full name given elsewhere in the text
def _outlet(text: str) -> str | None:
    return detect_meta(text, split(text), {"language": "en"}).outlet


def test_the_short_name_in_an_own_check_is_the_full_name_met_elsewhere() -> None:
    text = ("Crews on the river barges\n\nA deckhand told the Mekong Valley Courier the crew had not been paid since "
            "March.\n\nThe Courier could not independently verify his account.\n")
    assert _outlet(text) == "Mekong Valley Courier"


def test_two_longer_names_leave_the_short_name() -> None:
    # control: which of two Couriers is meant is not said, so no longer name is chosen
    text = ("Crews on the river barges\n\nA deckhand told the Mekong Valley Courier the crew had not been paid, and the "
            "Delta Evening Courier reported the same on Monday.\n\nThe Courier could not independently verify his "
            "account.\n")
    assert _outlet(text) in ("The Courier", "Courier", None)


# how often something happens is no length of time
def test_once_every_two_or_three_weeks_is_no_duration() -> None:
    found = [t.text for t in dates.find("He phones his mother once every two or three weeks from the boat.", None)
             if t.kind == "duration"]
    assert found == []
    found = [t.text for t in dates.find("He stayed at the camp for two or three weeks before he escaped.", None)
             if t.kind == "duration"]
    assert found  # control: a stay of two or three weeks is a length of time


# "its director": the head of the body just named speaks for it
def test_its_director_speaks_for_the_body() -> None:
    assert classify("Its director") == "organization"
    assert classify("Its director, Pavel Grekov") == "organization"
    assert classify("Its chief executive, Lena Morozova") == "organization"
    text = LEAD + ("Kestrel Timber denied the accusations.\n\nIts director told reporters that all wages were paid on "
                   "time.")
    a = analyse(text, META)
    denial = next(c for c in a.claims if c.text.startswith("Kestrel Timber denied"))
    follow = next(c for c in a.claims if c.text.startswith("Its director"))
    assert follow.source == denial.source and follow.polarity == "negated"


def test_a_report_given_to_a_named_site_last_month_keeps_its_speaker() -> None:
    text = LEAD + ("Its director, Pavel Grekov, told the regional news portal Taiga-Info last month that the loggers had "
                   "left the yard on their own.")
    wording, kind, _ = speaker(text, "Pavel Grekov")
    assert wording is not None and "Pavel Grekov" in wording and kind == "organization"


# "firms close sites": a business shutting down, no confinement
def test_firms_that_close_sites_confine_nobody() -> None:
    hits = indicators.match("Such cases peak in winter, when builders close sites and simply vanish.", 0).hits
    assert "restriction_of_movement" not in {h.indicator for h in hits}
    hits = indicators.match("The men lived on a closed site with a guard at the only gate.", 0).hits
    assert "restriction_of_movement" in {h.indicator for h in hits}  # control: a closed site is confinement


# a recommendation addressed to whoever must act
def test_a_recommendation_addressed_to_a_government_is_no_claim() -> None:
    text = LEAD + ("Most loggers said the foreman kept their passports in his safe.\n\nRecommendations\n\nTo the "
                   "Government of the Russian Federation: enforce the ban on passport confiscation and inspect the yards.")
    a = analyse(text, META)
    assert any("kept their passports" in c.text for c in a.claims)
    assert not any(c.text.startswith("To the Government") for c in a.claims)


# an accused party's next sentence after its own denial goes on with the denial
def test_the_party_s_sentence_after_its_denial_is_negated() -> None:
    text = LEAD + ("Kestrel Timber denied the accusations. \"Every logger signs his contract of his own free will,\" "
                   "the company said in a statement.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "free will" in c.text)
    assert c.polarity == "negated" and not c.indicators


def test_a_worker_after_a_denial_keeps_his_account() -> None:
    # control: the worker is no party accused, and his account supports an indicator
    text = LEAD + ("Kestrel Timber denied the accusations. \"We were locked in the barracks every night,\" one logger "
                   "said.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "locked in the barracks" in c.text)
    assert c.polarity == "affirmed" and "restriction_of_movement" in {h.indicator for h in c.indicators}


# the speaker's anonymity is no negation
def test_anonymity_is_no_negation() -> None:
    text = LEAD + ("An official at the regional labour inspectorate, who spoke on condition that his name not be used, "
                   "said inspectors would visit the yard this month.")
    _, c = _claim(text, "inspectors would visit")
    assert c.polarity == "affirmed"
    text = LEAD + ("An official at the regional labour inspectorate, who asked not to be named, said no logger had "
                   "ever been locked in.")
    _, c = _claim(text, "locked in")
    assert c.polarity == "negated"  # control: a real negation still counts
