"""Probes (s330): run-in headings that are no claims (a numbered point's longer heading with a quoted term, "2.
Fishing crews on 'cadet' visas."; a point led by "A" and a possessive; a digest laid out in unnumbered run-in
headings, "The owner's reply. ..."), and indicators the lexicon lacked: a crew kept from talking to the people
around it, moved out of sight of inspections, an employer who pays someone else and not the workers, a collective
fine, hands cut and swollen on the line, a witness who never once saw them take a day off. Near misses: a numbered finding with a verb stays a claim, and
"never let them down" is no isolation. Texts written for these tests; the firms and people are fictional."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-08-01", "language": "en"}

ROUNDUP = """The Kuril Letter | Issue 40 | 1 August 2026

1. Fishing crews on "cadet" visas. Vietnamese workers are reportedly working on trawlers out of Korsakov on "cadet" visas this season. A harbour pilot told the Kholmsk Herald that the skipper took the workers' passports on arrival and paid them nothing.

2. A deckhand's ledger. A deckhand who left a trawler in June told a seminar in Hanoi that the skipper kept all his wages for the season.
"""

DIGEST = """Harbour Law Review | Case notes

Court fines fish plant over Vietnamese cadets

The facts. On 3 May, labour inspectors found nine Vietnamese men gutting fish at a plant owned by OOO Pelican Catch.

The workers' account. Two of the men said the plant manager held their passports and paid them nothing for four months.

The owner's reply. The firm said the men were trainees and their passports were kept for safety.
"""


def _texts(text: str) -> list[str]:
    return [c.text for c in analyse(text, META).claims]


def test_a_numbered_points_longer_heading_and_a_possessive_heading_are_no_claims() -> None:
    texts = _texts(ROUNDUP)
    assert not any(t.startswith("Fishing crews on") for t in texts)
    assert not any(t.startswith("A deckhand's ledger") for t in texts)
    assert any("took the workers' passports" in t for t in texts)


def test_a_digest_in_unnumbered_run_in_headings() -> None:
    texts = _texts(DIGEST)
    assert not any(t.strip() == "The workers' account." for t in texts)
    assert any("held their passports" in t for t in texts)


def test_near_miss_a_numbered_finding_with_a_verb_stays_a_claim() -> None:
    text = ("Audit summary\n\nFindings\n\n1. Guards keep the passports of all 40 cooks. The cooks said so in "
            "interviews.\n\n2. Overtime is unpaid.\n")
    assert any(t.startswith("Guards keep the passports") for t in _texts(text))


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


def test_kept_from_talking_and_moved_away_from_inspections_are_isolation() -> None:
    assert "isolation" in _kinds("The crew chief never let the men talk to the locals at the market.")
    assert "isolation" in _kinds("The cooks were driven to another site at night to avoid the labour inspectors.")


def test_pay_to_someone_else_and_a_collective_fine_are_withheld_wages() -> None:
    assert "withholding_of_wages" in _kinds("The client paid the agency, not the workers.")
    assert "withholding_of_wages" in _kinds("After the escape the remaining cooks were charged a collective fine.")


def test_cut_hands_and_no_day_off_seen() -> None:
    assert "abusive_working_and_living_conditions" in _kinds("On the filleting line their fingers were cut and swollen.")
    assert "excessive_overtime" in _kinds("In a year of living next door I never saw the pickers take a day off.")


def test_near_misses_of_the_indicator_rules() -> None:
    assert "isolation" not in _kinds("The manager paid them in full and never let them down.")
    assert "withholding_of_wages" not in _kinds("The firm paid the workers directly, every month.")


def test_near_miss_a_numbered_point_led_by_an_article_with_a_verb_stays_a_claim() -> None:
    text = ROUNDUP.replace('1. Fishing crews on "cadet" visas.', "1. The bosun hit three cooks on the deck.")
    assert any(t.startswith("The bosun hit three cooks") for t in _texts(text))


def test_near_misses_a_move_timed_before_a_check_and_cold_hands() -> None:
    assert "isolation" not in _kinds("The agency shifts the cooks to another kitchen the day before an audit.")
    assert "abusive_working_and_living_conditions" not in _kinds("In winter the wind made her fingers crack.")


def test_near_miss_a_longer_numbered_sentence_stays_a_claim() -> None:
    text = ROUNDUP.replace('1. Fishing crews on "cadet" visas.', "1. Hiring still relies heavily on false promises.")
    assert any(t.startswith("Hiring still relies heavily") for t in _texts(text))
