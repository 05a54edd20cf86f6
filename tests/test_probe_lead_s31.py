"""Probes from the lead's study of a set opened on 1 December 2026 (sixth session): sanctions monitors' material on
North Korean workers abroad (a spy agency's briefing relayed by lawmakers, a civil suit and its ruling), and from the
lead's own test reports of the same session (a rights group and the firm it accuses; a day off never given). Every
text is written for these tests; every person, outlet and company is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, lexicon_indicators


def _keys(text: str) -> dict[str, str]:
    """The opening 25 characters of each claim -> its source key."""
    return {c.text[:25]: c.source for c in analyse(text, META).claims}


# a body's words that a person relays at the end of the sentence: the body speaks, the person relays
@pytest.mark.parametrize(("sentence", "body", "relay"), [
    ("The bureau said about 900 loggers were housed in unheated huts near Tynda, according to Park.", "The bureau", "Park"),
    ("Mongolia's labour inspectorate told a committee hearing on Monday that the welders had not been paid since May, "
     "MP Batbayar Dorj told journalists.", "Mongolia's labour inspectorate", "MP Batbayar Dorj"),
])
def test_a_body_relayed_by_a_person_speaks(sentence: str, body: str, relay: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == body and m.relay == relay


@pytest.mark.parametrize("sentence", [
    # a person, not a body, opens the sentence: the one closing it speaks as before
    "The welders said they had not been paid since May, according to Park.",
    # an outlet closes it: the outlet's report of what the body said stays the outlet's (no person relays it)
    "The bureau said about 900 loggers were housed in unheated huts, according to the Amur Courier.",
    # no relaying cue: "said" closing the sentence is a speaker of its own
    "The bureau said about 900 loggers were housed in unheated huts, Park said.",
])
def test_controls_keep_the_closing_speaker(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.relay is None and not m.wording.startswith("The bureau")


def test_the_relayed_body_is_one_source_through_the_report() -> None:
    text = (LEAD + "The Northern Security Bureau told a closed session on Tuesday that about 2,000 North Korean loggers "
            "were working in Amur Oblast, lawmaker Han Ji-soo told reporters.\n\n"
            "The bureau said most of the loggers handed over 70 percent of their pay, according to Han.\n\n"
            "The loggers were said to live in huts without heating, the bureau said.\n")
    keys = _keys(text)
    sources = {k: v for k, v in keys.items() if not k.startswith("Migrant")}
    assert len(set(sources.values())) == 1, keys


# a civil suit's statement of claim is a document that speaks; "In its ruling" opens a sentence without being its speaker
def test_the_claim_speaks_as_a_document() -> None:
    m = find_mention("The claim also says the plasterers slept in a cellar without heating.")
    assert m is not None and m.wording == "The claim"


@pytest.mark.parametrize("sentence", [
    "In its ruling the tribunal found that the cleaners had not been paid for five months.",
    "In its judgment, the tribunal found that the cleaners had not been paid for five months.",
])
def test_a_ruling_before_the_court_is_no_part_of_it(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == "the tribunal"


# "not given a single day off" is overwork, not pay withheld; a single coin never given still is
def test_a_day_off_never_given_is_no_withheld_pay() -> None:
    found = lexicon_indicators("The seamstresses were not given a single day off in two months.")
    assert "withholding_of_wages" not in found and "excessive_overtime" in found


@pytest.mark.parametrize("sentence", [
    "He was not given a single rouble for the season.",
    "The men never received a single payment from the agency.",
])
def test_not_a_single_coin_is_still_withheld_pay(sentence: str) -> None:  # control
    assert "withholding_of_wages" in lexicon_indicators(sentence)


# "the company" after a rights group that first spoke as "The group": the firm, a source of its own
def test_the_company_is_not_the_group_that_accused_it() -> None:
    text = (LEAD + "Guards employed by the fictional Falcon Gate Security say they paid agents up to $1,400 for their jobs.\n\n"
            "The group said some guards had worked 84-hour weeks for three months.\n\n"
            "The company denied charging any fees.\n")
    a = analyse(text, META)
    by_text = {c.text[:20]: a.source(c.source) for c in a.claims}
    denial = by_text["The company denied c"]
    assert denial is not None and denial.wording == "The company"


# an unnamed official of an inspectorate, a court or a district speaks for the state; an official with no body stays unnamed
@pytest.mark.parametrize(("wording", "kind"), [
    ("an inspectorate official", "official"),
    ("a district official", "official"),
    ("a court official", "official"),
    ("an official", "anonymous_source"),  # control: no body named
    ("a former court official", "anonymous_source"),  # control: no longer speaks for it
])
def test_officials_of_named_bodies(wording: str, kind: str) -> None:
    from labourlens.analyse.speakers import classify  # noqa: PLC0415

    assert classify(wording) == kind


# "If you left, you lost your pay": pay lost, in the second person too
def test_pay_lost_in_the_second_person() -> None:
    assert "withholding_of_wages" in lexicon_indicators("If you walked off the farm, you lost your pay.")


def test_pay_rise_lost_is_no_withheld_pay() -> None:  # control
    assert "withholding_of_wages" not in lexicon_indicators("Inflation means you lose your pay rise within a year.")


# papers an employer "will not give back" are kept, as "refused to give back" ones are
@pytest.mark.parametrize("sentence", [
    "The manager will not give back his passport until the new crew arrives.",
    "They won't return our passports before the season is over.",
])
def test_papers_not_given_back_are_retained(sentence: str) -> None:
    assert "retention_of_identity_documents" in lexicon_indicators(sentence)


def test_a_person_who_will_not_return_keeps_no_papers() -> None:  # control
    assert "retention_of_identity_documents" not in lexicon_indicators("The agent will not return to the site this year.")


# trafficking into scam compounds: the lures, the journey "instead", threats to sell a person on, stress positions
@pytest.mark.parametrize(("sentence", "indicator"), [
    ('A broker sent 30 young men to Laos on promises of "customer service" jobs paying $800 a month.', "deception"),
    ("Instead, they were driven across the river to a compound near Mongla.", "deception"),
    ("If anyone tried to escape, the managers said they would sell him to a harsher compound.", "intimidation_and_threats"),
    ("The caller said her nephew would be sold to another company unless the family paid.", "intimidation_and_threats"),
    ("Those who missed the target were made to stand for hours in the corridor.", "physical_and_sexual_violence"),
    ("She saw the guards drag a young man out of the dormitory.", "physical_and_sexual_violence"),
])
def test_scam_compound_cues(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The company said the surplus stock would be sold to buyers in Europe.", "intimidation_and_threats"),
    ("Instead of flying, the delegation took the train to Vientiane.", "deception"),
    ("The negotiations dragged on for months.", "physical_and_sexual_violence"),
])
def test_scam_compound_cue_controls(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


# a report on scam compounds names no "workers": its victims and returnees are the people its claims are about
def test_a_scam_compound_report_has_claims() -> None:
    text = ("Families say sons held in Cambodian scam compounds\n\n"
            "PHNOM PENH - About 200 people are believed to be held in scam compounds near Bavet, a provincial official "
            "said on Monday.\n\n"
            "Victims were recruited through fake job adverts and had their passports taken on arrival, the official said.\n\n"
            "Returnees told the fictional Mekong Ledger that they were beaten when they missed daily targets.\n")
    a = analyse(text, META)
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert len(a.claims) >= 2 and {"retention_of_identity_documents", "physical_and_sexual_violence"} <= found


def test_a_casino_licence_note_stays_quiet() -> None:  # control: the same region, nothing to find
    text = ("Casino licence renewed in Sihanoukville\n\n"
            "PHNOM PENH - The Commercial Gambling Management Commission renewed the licence of the fictional Golden Reef "
            "casino for five years on Monday, a spokesman said.\n\n"
            "The casino employs about 900 people and expects visitor numbers to rise 12 percent next year.\n")
    assert analyse(text, META).claims == []


# the last line of an excerpt cut off mid-sentence is read as a sentence of the body, not as a headline
def test_an_excerpt_cut_off_at_its_end_is_read() -> None:
    text = (LEAD + "Supervisors kept the workers' passports in a locked drawer, a former cook said.\n\n"
            "Relatives say the men are allowed to call home only once a week, while a supervisor listens to the\n")
    a = analyse(text, META)
    assert any(c.text.startswith("Relatives say") for c in a.claims)


def test_a_short_last_line_stays_a_headline() -> None:  # control: a related-story line is no sentence
    from labourlens.analyse import sentences  # noqa: PLC0415

    text = LEAD + "Supervisors kept the workers' passports, a former cook said.\n\nMore on migrant labour in the Far East\n"
    assert sentences.split(text)[-1].kind != "body"


# "the escapee" is the man who escaped, named before
def test_the_escapee_is_the_man_who_escaped() -> None:
    text = (LEAD + "A Nepali man who escaped in June said recruits were charged 300,000 rupees by an agency.\n\n"
            "According to the escapee, new arrivals had their passports locked in a safe.\n")
    a = analyse(text, META)
    keys = {c.source for c in a.claims if c.text.startswith(("A Nepali", "According to the escapee"))}
    assert len(keys) == 1


# a report's footnote under the text is no claim; a debt a wife pays off is no threat; a dormitory curfew is no overtime
def test_a_superscript_footnote_is_no_sentence_of_the_body() -> None:
    from labourlens.analyse import sentences  # noqa: PLC0415

    text = LEAD + "Nine said their passports were held by the employer.\u00b2\n\n\u00b2 Interview notes, on file with the authors.\n"
    assert sentences.split(text)[-1].kind == "meta"


def test_a_wife_paying_off_a_debt_is_no_threat() -> None:
    found = lexicon_indicators("\"I still owe 1,500 dollars and my wife pays it off from her wages,\" a former fitter said.")
    assert "intimidation_and_threats" not in found and "debt_bondage" in found


def test_a_dormitory_curfew_is_no_overtime() -> None:
    found = lexicon_indicators("Nine said they could not leave the hostel after 11 p.m.")
    assert "excessive_overtime" not in found and "restriction_of_movement" in found


def test_work_until_late_at_night_stays_overtime() -> None:  # control
    assert "excessive_overtime" in lexicon_indicators("The women were kept at the sewing machines until 11 p.m.")


# a sentence that defines a practice is no claim; one that tells of it is
def test_a_definition_is_no_claim() -> None:
    text = (LEAD + "Guards at the yard took the men's passports, a former driver said.\n\n"
            "Debt bondage occurs when a worker must labour to repay a loan whose terms are never set.\n")
    assert not any(c.text.startswith("Debt bondage occurs") for c in analyse(text, META).claims)


def test_a_practice_told_in_the_past_stays_a_claim() -> None:  # control
    from labourlens.analyse.definitions import defines_practice  # noqa: PLC0415

    assert not defines_practice("Forced labour included beatings and fines at the yard, the driver said.")
    assert defines_practice("Under ILO standards, withholding of wages is an indicator of forced labour.")


# "did not deny that ..." is no denial: what follows stays affirmed
def test_not_denying_is_no_denial() -> None:
    from labourlens.analyse import hedges, indicators  # noqa: PLC0415

    sentence = "Officials did not deny that the cleaners' passports were held by the contractor."
    assert hedges.denial_cue(sentence) is None
    assert "retention_of_identity_documents" in {h.indicator for h in indicators.match(sentence, 0).hits}


def test_denying_stays_a_denial() -> None:  # control
    from labourlens.analyse import indicators  # noqa: PLC0415

    sentence = "Officials denied that the cleaners' passports were held by the contractor."
    assert "retention_of_identity_documents" not in {h.indicator for h in indicators.match(sentence, 0).hits}
