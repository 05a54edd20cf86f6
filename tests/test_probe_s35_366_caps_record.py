"""Probes for a committee record printed with capitalised labels that name their person in brackets ("DEPUTY
MINISTER FOR LABOUR (Hon. Peter Wasswa): ...") and then shorter ("DEPUTY MINISTER:", "HON. ANYANGO:"); for a
speaker phrase that ends in the subject of a main clause after a fronted clause of time ("..., and once he begged to
quit she warned him ..."); for a participle "described by" that is no verb of saying; and for a publication that
spoke to a person who then speaks ("The Lakeside Courier spoke by phone to a cook ... She says ...").
People, bodies and outlets are invented."""

from __future__ import annotations

from probe_helpers import LEAD, speakers_by_opening

META = {"published": "2025-03-01", "language": "en", "outlet": "The Lakeside Courier"}

RECORD = (
    "THE LAKESIDE COURIER | Parliament\n\n"
    "Passages from a hearing held by the labour panel, 4 March 2026, on cleaners sent to the Gulf.\n\n"
    "CHAIR (Hon. Ruth Ocan): Members, the panel has taken letters from parents in Gulu and Lira. I now call the "
    "Deputy Minister.\n\n"
    "DEPUTY MINISTER FOR LABOUR (Hon. Peter Wasswa): Madam Chair, about 40,000 of our citizens clean houses abroad. "
    "We see no servitude among them as a rule.\n\n"
    "HON. GRACE ANYANGO (Tororo): Madam Chair, a father in Tororo wrote to me about his daughter in Doha. "
    "The girl has had no wage since May. Her employer keeps her passport in a safe.\n\n"
    "DEPUTY MINISTER: Our office holds no proof that licensed agents take fees from cleaners. "
    "Agents who do so lose their licence.\n\n"
    "HON. ANYANGO: And the passports?\n\n"
    "DEPUTY MINISTER: Holding a cleaner's travel papers is forbidden under the host country's rules.\n"
)


def _got(text: str) -> dict[str, tuple[str | None, str | None]]:
    return speakers_by_opening(text, 60, META)


def test_a_capitalised_post_with_its_person_in_brackets_gives_the_turn_to_that_person() -> None:
    got = _got(RECORD)
    for opening in ("We see no servitude amon", "Our office holds no proo", "Holding a cleaner's trav"):
        assert [w for k, (w, _) in got.items() if opening[:18] in k] == ["Hon. Peter Wasswa"], (opening, got)


def test_a_capitalised_member_keeps_the_second_sentence_of_her_turn() -> None:
    got = _got(RECORD)
    for opening in ("The girl has had no wag", "Her employer keeps her p"):
        assert [w for k, (w, _) in got.items() if k.startswith(opening[:18])] == ["Hon. Grace Anyango"], (opening, got)


def test_capitalised_labels_without_a_person_in_brackets_are_left_as_they_were() -> None:
    text = RECORD.replace("DEPUTY MINISTER FOR LABOUR (Hon. Peter Wasswa)", "DEPUTY MINISTER FOR LABOUR").replace(
        "CHAIR (Hon. Ruth Ocan)", "CHAIR")
    got = _got(text)
    assert all(w != "Hon. Peter Wasswa" for w, _ in got.values()), got


def test_a_fronted_clause_of_time_leaves_only_the_pronoun_as_speaker() -> None:
    text = LEAD + "The boss locks away his papers, and once he begged to quit she warned him he owed the fare twice."
    got = speakers_by_opening(text, 20)
    wording = next(w for k, (w, _) in got.items() if k.startswith("The boss locks"))
    assert wording is None or "locks" not in wording, got


def test_a_participle_described_by_is_no_report() -> None:
    text = LEAD + "The shifts described by the welders ran past midnight."
    got = speakers_by_opening(text, 20)
    assert all(w is None or "shifts" not in w for w, _ in got.values()), got


def test_a_publication_that_spoke_to_a_person_hands_on_to_her() -> None:
    text = ("The Lakeside Courier spoke by phone to a cook in Doha described by the senator. "
            "She says her employer still holds her travel papers.\n")
    got = _got(LEAD + text)
    assert [v for k, v in got.items() if k.startswith("She says")] == [("a cook in Doha", "anonymous_source")], got


def test_a_minister_who_spoke_to_workers_introduces_no_one() -> None:
    got = _got(LEAD + "The Minister spoke to the workers at the gate. They said the gate is locked at night.\n")
    assert all(w is None or "workers at the gate" not in w for w, _ in got.values()), got
