"""Probes (session 35, from heldout370's study): a speaker's perfect "I have heard of" is a hedge (a group's "We are told
that" is not: it is as often a rule told to workers), and so is the belief of investigators about a part of a group ("most
of the ..."); a worker's own denial that he was struck or shut in is a denial, unless it turns into an admission;
pay said never to have been kept back is a denial; investigators of an arrest of suspects speak
for the state; a judgment's coded defendants ("D1", "D2") are persons
the report keeps unnamed; a worker who wants to be called by a name "we call him" gives is named by it. Near misses keep what they had.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.hedges import denial_cue, find_hedges
from labourlens.analyse.pipeline import analyse

_META = {"published": "2026-09-02", "language": "en"}


def _claim(text: str, part: str) -> tuple[bool, str, str, str | None]:
    """(hedged, polarity, kind, wording) of the first claim holding ``part``."""
    a = analyse(text, _META)
    src = {s.key: s for s in a.sources}
    found = [(c.hedged, c.polarity, src[c.source].kind, src[c.source].wording) for c in a.claims if part in c.text]
    assert found, f"no claim with {part!r}"
    return found[0]


def test_hearsay_heard_of_is_hedged() -> None:
    assert find_hedges("I have heard of that same repayment clause from two other agencies.")


def test_an_order_and_a_name_never_heard_are_no_hedge() -> None:
    assert not find_hedges("We are told to wait at the gate until the van comes.")
    assert not find_hedges("We are told that anyone who quits before the end pays for the flight home.")
    assert not find_hedges("I had never heard of the agency before the job fair.")


def test_investigators_believing_of_part_of_a_group_hedge() -> None:
    assert find_hedges("Detectives believe most of the welders slept in a shed behind the yard.")
    assert not find_hedges("Detectives found most of the welders asleep in a shed behind the yard.")


def test_a_workers_own_denial_of_violence_is_a_denial() -> None:
    assert denial_cue("I was never hit, not once in two years.")
    assert denial_cue("Pavel says he has not been beaten by the driver.")
    assert denial_cue("Nobody touched me on that farm.")
    assert denial_cue("No one locked us in at night.")


def test_a_denial_that_turns_into_an_admission_is_no_denial_here() -> None:
    assert denial_cue("I was never hit myself, but the driver beat my brother twice.") is None
    assert denial_cue("The foreman hit him twice in May.") is None


def test_pay_never_kept_back_is_a_denial() -> None:
    assert denial_cue("They never held our wages back, the pickers said.")
    assert denial_cue("They never held our wages back, but they took 90 pounds a week for gas.") is None
    assert denial_cue("They never paid our wages.") is None


def test_investigators_of_an_arrest_speak_for_the_state() -> None:
    text = ("Police in southern Italy have arrested two labour brokers suspected of exploiting farm workers on melon "
            "farms near Lecce.\n\nInvestigators said the two men had taken the passports of nine workers and paid "
            "them three euros an hour.\n\nA second picker said the foreman had beaten him twice.\n")
    assert _claim(text, "taken the passports")[2] == "official"


def test_investigators_of_a_field_team_stay_unnamed_people() -> None:
    text = ("Our field team visited melon farms near Lecce in May and spoke to pickers from Senegal.\n\nInvestigators "
            "said the foreman had taken the passports of nine workers and paid them three euros an hour.\n\nA second "
            "picker said the foreman had beaten him twice.\n")
    assert _claim(text, "taken the passports")[2] == "anonymous_source"


def test_coded_defendants_speak_as_unnamed_persons() -> None:
    text = ("LAW DIGEST\n\nThe court at Treviso convicted two men of exploiting farm workers. The court found that "
            "the men had been paid 3 euros an hour for days of twelve hours.\n\nD1 maintained that his only payment to D2 "
            "was a lump sum for the harvest and that the wages were none of his business.\n\nD2 denied taking money from the workers.\n")
    assert _claim(text, "lump sum")[2:] == ("anonymous_source", "D1")
    assert _claim(text, "taking money")[2:] == ("anonymous_source", "D2")


def test_a_worker_who_asked_to_be_called_a_name_is_named_by_it() -> None:
    text = ("Building sites in Gdynia\n\nA welder who wanted us to call him Teo said his crew did fourteen-hour "
            "shifts with no day off in June and July.\n\nA second man from Pokhara said the foreman kept "
            "his passport.\n")
    assert _claim(text, "fourteen-hour")[2:] == ("named_person", "Teo")


def test_an_unnamed_worker_stays_unnamed() -> None:
    text = ("Building sites in Gdynia\n\nA welder from Kathmandu said his crew did fourteen-hour shifts with no day "
            "off in June and July.\n\nA second man from Pokhara said the foreman kept his "
            "passport.\n")
    assert _claim(text, "fourteen-hour")[2] == "anonymous_source"
