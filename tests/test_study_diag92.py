"""Probes for the classes of miss found when heldout92 (a sanctions monitor's week of short clippings) was opened for
study (branch diag92). Every text is written for these tests, in our own wording: names, places, outlets and
figures are invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import claim_with, source_of

META = {"published": "2026-10-20", "language": "en"}
# a lede that makes a one-line probe a report about workers
CTX = "About 40 North Korean workers are employed at a plant near the port.\n\n"

_claim, _source = claim_with, source_of  # (shared with the other probe files: tests/probe_helpers.py)


def _rules(text: str) -> set[tuple[str, str]]:
    return {(h.indicator, h.rule) for h in indicators.match(text).hits}


def _inds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


# ---------------------------------------------------------------- speakers


def test_the_source_goes_back_to_a_person_given_a_role_in_apposition() -> None:
    a = analyse("A fishmonger in Hunchun said the women are bused to the plant before dawn.\n\n"
                "A second person, a Korean-speaking bookkeeper at the plant, said their pay goes to an account in "
                "Pyongyang. The source said the women are handed \"pocket money\" once a month.", META)
    assert _claim(a, "pocket money").source == _claim(a, "account in").source
    assert _claim(a, "pocket money").source != _claim(a, "bused").source


def test_the_source_without_an_apposition_keeps_the_older_reading() -> None:
    a = analyse("A fishmonger in Hunchun said the women are bused to the plant before dawn.\n\n"
                "A second person said their pay goes to an account in Pyongyang. "
                "The source said the women are handed \"pocket money\" once a month.", META)
    assert _claim(a, "pocket money").source == _claim(a, "bused").source


def test_a_participle_after_a_preposition_is_no_reporting_verb() -> None:
    a = analyse(CTX + "The loggers typically sleep in shared cabins they are not allowed to leave after dark.", META)
    assert _claim(a, "shared cabins").source == "OUTLET"


def test_shared_as_a_reporting_verb_still_reports() -> None:
    a = analyse(CTX + "A former cook shared that the kitchen doors were chained every night.", META)
    assert _source(a, "chained").wording == "A former cook"


@pytest.mark.parametrize("np,kind", [("Taiga Post", "outlet"), ("Kenyan dockhands", "anonymous_source"),
                                     ("One of the loggers, surnamed Pak", "named_person"),
                                     ("Anna Petrova", "named_person"), ("One of the loggers", "anonymous_source")])
def test_speaker_kinds(np: str, kind: str) -> None:
    assert classify(np) == kind


def test_a_worker_surnamed_in_apposition_is_named_and_keeps_his_pronoun() -> None:
    a = analyse("One of the loggers, surnamed Pak, said the brigade leader kept their passports. "
                "He said nobody was paid in the first winter.", META)
    s = _source(a, "kept their passports")
    assert s.kind == "named_person" and _claim(a, "nobody was paid").source == s.key


# ---------------------------------------------------------------- relays and documents


def test_an_outlet_adding_what_a_person_it_reached_said_gives_the_person() -> None:
    a = analyse("The Monitor adds that a customs inspector it reached said his post had \"no record\" of North Korean crews.", META)
    s = _source(a, "no record")
    assert s.kind == "official" and "customs inspector" in (s.wording or "")


def test_an_outlet_adding_a_fact_of_its_own_keeps_the_outlet() -> None:
    a = analyse("The Borderland Monitor adds that the North Korean crews were paid three months late.", META)
    assert "Monitor" in (_source(a, "three months late").wording or "")


@pytest.mark.parametrize("lead", ["At a closed-door hearing, ", "Separately, "])
def test_the_body_that_briefed_lawmakers_speaks_after_a_fronted_setting(lead: str) -> None:
    a = analyse(f"{lead}the spy agency told lawmakers that every North Korean logger must hand over $900 a month, according to "
                "Rep. Lim Soo-jin, who attended.", META)
    s = _source(a, "hand over")
    assert s.kind == "official" and "spy agency" in (s.wording or "")


def test_a_fronted_place_is_no_briefing_setting() -> None:
    a = analyse("In Dandong, the trade office told lawmakers that the North Korean crews had left, according to Rep. Lim Soo-jin.",
                META)
    assert "Lim Soo-jin" in (_source(a, "crews had left").wording or "")


def test_payslips_shown_to_the_paper_speak_and_are_named_again() -> None:
    a = analyse("Ms Okoro and two co-workers showed the Herald payslips for March listing a basic wage of AED 900 but "
                "deductions of AED 350. The payslips also record 70 hours of overtime, none of it paid at the "
                "overtime rate.", META)
    s = _source(a, "deductions")
    assert s.kind == "document" and "payslips" in (s.wording or "")
    assert _claim(a, "also record").source == s.key


def test_a_named_person_showing_a_ledger_still_speaks() -> None:
    a = analyse(CTX + "One rider, Imran Akhtar, showed a ledger in which the agency had written a debt of 4,000 dirhams.", META)
    assert _source(a, "debt").kind == "named_person"


# ---------------------------------------------------------------- a brief's own findings

_BRIEF = ("Harbour Rights Network - Field Note 7\n\nIn May the Network interviewed 30 Nepali migrant workers driving for two "
          "delivery firms in Doha.\n\nKey findings:\n- 12 of the 30 said their residence cards were held by the firm.\n"
          "- Eight said they paid a fee of 1,500 riyals to a recruiter.\n- Migrants described 13-hour shifts.\n")


def test_findings_bullets_counted_out_of_the_interviewed_sample_are_the_page() -> None:
    a = analyse(_BRIEF, META)
    for words in ("residence cards", "fee of 1,500", "13-hour shifts"):
        assert _claim(a, words).source == "OUTLET"


def test_findings_bullets_without_the_page_s_own_interviews_keep_their_groups() -> None:
    a = analyse(_BRIEF.replace("In May the Network interviewed 30 Nepali migrant workers driving", "Nepali migrant workers are driving"), META)
    assert _claim(a, "fee of 1,500").source != "OUTLET"


# ---------------------------------------------------------------- hedges and denials


@pytest.mark.parametrize("text,hedged", [
    ("The loggers are also said to sleep in tents through the winter.", True),
    ("The women, believed to number about 80, sew uniforms for a state firm.", True),
    ("The women, who number about 80, sew uniforms for a state firm.", False),
])
def test_hedges(text: str, hedged: bool) -> None:
    assert _claim(analyse(CTX + text, META), text[:30]).hedged is hedged


@pytest.mark.parametrize("text,polarity", [
    ("The so-called passport seizure is \"a crude fabrication\", the spokesman said.", "negated"),
    ("The interior ministry said that no North Korean holds a residence permit in the emirate.", "negated"),
    ("The builder said the plasterers walked off the site and are owed nothing.", "negated"),
    ("The union said the plasterers are owed three months' wages.", "affirmed"),
])
def test_denials(text: str, polarity: str) -> None:
    assert _claim(analyse(CTX + text, META), text[:30]).polarity == polarity


# ---------------------------------------------------------------- metadata and places


def test_a_dateline_with_a_city_in_title_case_names_the_outlet() -> None:
    a = analyse("Tomsk, 4 November (Siberia Business Wire) — Warehouse pay in the region rose by 6 percent in the "
                "third quarter, the regional statistics office said.", {"language": "en"})
    assert a.meta.outlet == "Siberia Business Wire"


def test_a_title_case_line_without_an_agency_names_no_outlet() -> None:
    a = analyse("Tomsk, 4 November — Warehouse pay in the region rose by 6 percent in the third quarter, the "
                "regional statistics office said.", {"language": "en"})
    assert a.meta.outlet is None


def _place_names(text: str) -> set[str]:
    return {p.name for p in analyse(text, META).places}


def test_a_place_word_in_an_outlet_introduced_as_such_is_no_place() -> None:
    names = _place_names("The regional portal Volga Online said builders in Kazan had not been paid.")
    assert "Kazan" in names and "Volga River" not in names


def test_the_same_place_word_outside_an_outlet_s_name_stays() -> None:
    assert "Volga River" in _place_names("Barges carry the timber down the Volga to Kazan.")


# ---------------------------------------------------------------- indicators


@pytest.mark.parametrize("text,indicator", [
    ("The owner has been locking the women inside the workshop at night.", "restriction_of_movement"),
    ("The men were allowed one shower a week.", "abusive_working_and_living_conditions"),
    ("Their wages went straight into the foreman's pocket.", "withholding_of_wages"),
    ("Salaries are paid only on completion of the three-year contract.", "withholding_of_wages"),
    ("They logged 60 hours of overtime, none of it paid at the overtime rate.", "withholding_of_wages"),
])
def test_new_cues(text: str, indicator: str) -> None:
    assert any(ind == indicator and rule.split(".")[1].startswith("r92_") for ind, rule in _rules(text))


@pytest.mark.parametrize("text,indicator", [
    ("The firm is locking in prices for steel until March.", "restriction_of_movement"),
    ("They could take a shower after every shift.", "abusive_working_and_living_conditions"),
    ("He put the phone into his pocket and left.", "withholding_of_wages"),
    ("All overtime was paid at the overtime rate.", "withholding_of_wages"),
    ("The crew said the company keeps their money until they go home.", "deception"),
    ("The agency that sent them is supposed to pay the balance.", "deception"),
    ("They never go out to the shops, not even on Sundays.", "excessive_overtime"),
])
def test_controls_find_nothing_of_that_kind(text: str, indicator: str) -> None:
    assert indicator not in _inds(text)


@pytest.mark.parametrize("text,indicator", [
    ("The recruiter told them they would keep all their wages.", "deception"),
    ("They were sent supposedly as trainees.", "deception"),
    ("They have no day off, not even on Sundays.", "excessive_overtime"),
])
def test_older_cues_still_fire(text: str, indicator: str) -> None:
    assert indicator in _inds(text)
