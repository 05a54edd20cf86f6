"""Probes for the forty-fourth session's study of a set on people trafficked into scam compounds on the Mekong: an
unnamed officer who spoke without permission, a compiler's notes that a paper was never seen and that one source
stands alone, lengths under a day kept to four places, and places of the borderlands (a zone's town, a compound known
by its initials, river towns, a Yunnan prefecture, Mekong delta provinces, quarters of Nairobi and Kampala). Every
text is written for these tests; people, firms and figures are fictional (places are real)."""

from __future__ import annotations

import sys
from pathlib import Path

from labourlens.analyse.hedges import is_unconfirmed
from labourlens.analyse.pipeline import analyse

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import LEAD, META, speaker  # noqa: E402


def test_an_officer_who_spoke_to_us_without_permission_is_an_anonymous_source() -> None:
    text = (LEAD + "A Cambodian police officer in Poipet, who spoke to us without permission, said the company had kept "
            "the passports of all twelve men since they arrived.\n")
    _wording, kind, _key = speaker(text, "kept the passports")
    assert kind == "anonymous_source"


def test_an_officer_speaking_on_the_record_stays_an_official() -> None:
    text = LEAD + "A Cambodian police spokesman in Poipet said the company had kept the passports of all twelve men.\n"
    _wording, kind, _key = speaker(text, "kept the passports")
    assert kind == "official"


def test_a_compilers_note_that_the_report_itself_was_never_seen_is_unverified() -> None:
    assert is_unconfirmed("I have not seen the inspection report itself, only the summary in the paper.")
    assert is_unconfirmed("We have not seen the audit documents themselves.")
    assert not is_unconfirmed("I have not seen the workers since they left for Bangkok.")


def test_a_note_that_no_other_source_bears_a_claim_out_is_unverified() -> None:
    assert is_unconfirmed("Figure of 40 workers from one interview, not confirmed by any other source I hold.")
    assert not is_unconfirmed("The figure was confirmed by two other sources.")


def _durations(text: str) -> list[tuple[str, float | None]]:
    a = analyse(LEAD + text, META)
    return [(t.text, t.days_low) for t in a.times if t.kind == "duration"]


def test_lengths_under_a_day_keep_four_places() -> None:
    got = _durations("As a punishment the supervisors made them run round the yard for three hours.\n")
    assert ("three hours", 0.125) in got, got
    got = _durations("They were made to stand outside for two hours, he said.\n")
    assert any(t == "two hours" and low is not None and 0.083 <= low <= 0.084 for t, low in got), got


def _places(text: str) -> set[tuple[str, str]]:
    a = analyse(LEAD + text, META)
    return {(p.name, p.country) for p in a.places}


def test_places_of_the_mekong_borderlands() -> None:
    got = _places("The women were taken by boat from Huay Xai to a compound near Ton Pheung, and later to Pak Beng.\n")
    assert {("Huay Xai", "LA"), ("Ton Pheung", "LA"), ("Pak Beng", "LA")} <= got, got
    got = _places("He had worked in KK Park before the raid, and his brother was questioned by police in Xishuangbanna.\n")
    assert {("KK Park", "MM"), ("Xishuangbanna", "CN")} <= got, got
    got = _places("Tourists watch the river from Sop Ruak.\n")
    assert ("Sop Ruak", "TH") in got, got


def test_provinces_and_quarters_where_recruits_come_from() -> None:
    got = _places("Recruits came from Dong Thap and An Giang provinces in the south of Vietnam.\n")
    assert {("Dong Thap", "VN"), ("An Giang", "VN")} <= got, got
    got = _places("The agency had offices in Kilimani, in Nairobi, and in Wandegeya, in Kampala.\n")
    assert {("Kilimani", "KE"), ("Wandegeya", "UG")} <= got, got


def test_a_returnee_quoted_by_the_paper_speaks_before_a_colon_and_a_quote() -> None:
    text = (LEAD + "[Clipping 4] The Harbour Times (Mombasa), 3 May 2026\n"
            'A Somali returnee quoted by the paper said: "We were sixty men in one room. They kept our passports."\n')
    wording, kind, _key = speaker(text, "sixty men")
    assert (wording, kind) == ("A Somali returnee quoted by the paper", "anonymous_source")
    text = LEAD + 'The Harbour Times quoted a driver: "They kept our passports in the office."\n'
    assert speaker(text, "kept our passports")[:2] == ("a driver", "anonymous_source")


def test_assurances_that_nobody_is_held_are_denials() -> None:
    from labourlens.analyse.hedges import is_denial

    assert is_denial("The hotel's manager said there is no foreigner in the building working against his will.")
    assert is_denial("There is nobody on our site who is not free to leave, the owner said.")
    assert is_denial("A guard told the paper that the cooks go in and out freely.")
    assert is_denial("Not every migrant in the zone is kept against his will, the group concedes.")
    assert not is_denial("The men said they could not go in and out freely.")
    assert not is_denial("There is no worker here who can leave.")


def test_a_workers_own_lot_told_apart_is_a_denial() -> None:
    from labourlens.analyse.hedges import is_denial

    assert is_denial("Me, personally, they never hit.")
    assert is_denial("His passport stayed with him the whole time.")
    assert not is_denial("She confirmed that her passport is with her employer.")
    assert not is_denial("My passport was with him the whole time, she said of the broker.")
    assert is_denial("I was paid as agreed and went home in May.")
    assert is_denial("I paid no agent anything.")
    assert is_denial("Police have not found that any local agency was involved in the scheme.")
    assert not is_denial("I was not paid as agreed.")
    assert not is_denial("My passport was with the manager.")


def test_a_threat_of_resale_as_an_either_or_is_intimidation() -> None:
    from probe_helpers import indicators

    got = indicators("The boss said: send the money by Friday or they sell you to a compound further south.")
    assert "intimidation_and_threats" in got, got
    assert not indicators("Buy the rice now or we sell it to the next shop.")
