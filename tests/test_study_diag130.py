"""Probes for the classes of failure studied on heldout130 (forced labour at sea and in seafood sheds), in our own
wording: crew kept aboard, radios barred, threats to abandon a complainer, beatings with objects, minors aboard, crews
living aboard for months, pay cut, a fraction of the promised pay, jobs "described as" something else, papers ordered
back, care refused, deficiency disease; crewmates as speakers; a first-person account of hauling makes a report about
workers; the accused party's assertions of the lawful opposite as denials; "called the memo" as speech. Controls must
not change."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse


def _hits(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


def _rules(text: str) -> set[str]:
    return {h.rule.split(".", 1)[1] for h in indicators.match(text).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("Once the trawler docked at Walvis Bay we were never allowed off, the cook said.", "restriction_of_movement"),
    ("The Thai crew were kept from going ashore for nineteen months.", "restriction_of_movement"),
    ("The skipper told us we could return home once the debt was cleared.", "restriction_of_movement"),
    ("The mate would not let the men use the satellite phone for the whole trip.", "isolation"),
    ("The Cambodian deckhands were prevented from setting foot on land for a year.", "isolation"),
    ("The foreman said if they protested he would maroon them on a reef.", "intimidation_and_threats"),
    ("The engineer was whipped with a cable after the net tore.", "physical_and_sexual_violence"),
    ("Records show three of the boys were under 16 when they joined the reefer.", "abuse_of_vulnerability"),
    ("Nine Burmese men have been stuck aboard a seized trawler in Lae for five months.", "abuse_of_vulnerability"),
    ("The crew said they were traded like cattle between two skippers.", "abuse_of_vulnerability"),
    ("Her monthly wage of 9,000 rupees was cut to 2,500 after the first catch.", "withholding_of_wages"),
    ("His wife received roughly a third of what the recruiter had promised.", "deception"),
    ("They were hired for what the agent advertised as hotel work in Busan.", "deception"),
    ("The recruits were never shown their contracts before sailing.", "deception"),
    ("The inspector said the skipper was ordered to return the passports of six men.",
     "retention_of_identity_documents"),
    ("Up to a dozen men were sleeping on foam mats beside the engine.", "abusive_working_and_living_conditions"),
    ("The stranded crew ran out of drinking water last week.", "abusive_working_and_living_conditions"),
    ("The daily allowance buys one meal, the men said.", "abusive_working_and_living_conditions"),
    ("The boatswain refused to take him to hospital in Mombasa.", "abusive_working_and_living_conditions"),
    ("Two of the men showed signs of scurvy.", "abusive_working_and_living_conditions"),
    ("A lawyer called the fees a way of tying fishermen to the boat.", "debt_bondage"),
])
def test_sea_and_shed_cues(text: str, indicator: str) -> None:
    assert indicator in _hits(text)


@pytest.mark.parametrize("text", [
    "We were not allowed time off during the festival.",  # the day off is the hours' reading, not kept aboard
    "The ferry was kept from reaching port by the storm, the harbour master said.",
    "The council will not let residents use the car park after dark.",
    "If you complain, the office will send a form.",
    "The boy was hit with a football in the playground.",
    "Temperatures were under 18 degrees all week.",
    "Sales were cut to a third by the tariff.",
    "The museum was described as the best in the region.",
    "Visitors were shown the new terminal.",
    "The ministry was ordered to return the land to the farmers.",
    "Tourists slept on the beach after the concert.",
    "Festival-goers slept on cardboard near the stage.",
    "The café ran out of milk by noon.",
])
def test_controls_find_nothing_new(text: str) -> None:
    assert not {r for r in _rules(text) if r.startswith("r130_")}


INTERVIEW = (
    "HARBOUR VOICES \u2014 Conversation\n\n"
    "Budi Hartono, 33, from Indramayu, spent two years on a Korean-flagged longliner near Samoa.\n\n"
    "Q: What was the work like?\n"
    "A: We hauled lines for twenty hours a day. Our wages were kept by the agency until the end.\n\n"
    "Q: Could you call home?\n"
    "A: The skipper never let us use the phone.\n"
)


def test_first_person_hauling_makes_a_report_about_workers() -> None:
    a = analyse(INTERVIEW, {"language": "en"})
    texts = " ".join(c.text for c in a.claims)
    assert "hauled lines" in texts and "never let us use the phone" in texts


def test_control_report_without_work_stays_quiet() -> None:
    text = ("HARBOUR VOICES \u2014 Conversation\n\nBudi Hartono, 33, sailed in the Samoa regatta.\n\n"
            "Q: How was the race?\nA: We hauled the sails up at dawn and won by a minute.\n")
    assert analyse(text, {"language": "en"}).claims == []


def _speakers(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    a = analyse(text, {"language": "en"})
    src = {s.key: s for s in a.sources}
    return {c.text: ((src[c.source].wording if c.source in src else None),
                     (src[c.source].kind if c.source in src else None), c.polarity) for c in a.claims}


def _claim(text: str, needle: str) -> tuple[str | None, str | None, str]:
    for claim, who in _speakers(text).items():
        if needle in claim:
            return who
    raise AssertionError(f"no claim with {needle!r}")


CREWMATE = (
    "Coastal Post\n\n"
    "A deckhand from Lampung died aboard a Taiwan-flagged longliner in March, his family said.\n\n"
    "A shipmate who came home in June said the deckhand had been made to keep working while sick for a week. "
    "The shipmate said the crew were given only rice for two months.\n"
)


def test_a_shipmate_speaks() -> None:
    wording, kind, _ = _claim(CREWMATE, "made to keep working")
    assert kind == "anonymous_source" and wording is not None and "shipmate" in wording.lower()


SHED = (
    "Prawn Trade Weekly\n\n"
    "Workers at a prawn shed in Mahachai said their passports were held by the supervisor and the gate was locked "
    "at night.\n\n"
    "The shed's manager, reached by telephone, said: \"They can leave whenever they want.\"\n\n"
    "Harbour Seafoods Ltd said in a statement that it pays every worker the statutory minimum wage and that overtime "
    "at its plants did not exceed 40 hours a month.\n\n"
    "Its director, Somsak Prasert, called the memo \"a forgery, never put into practice\" and said the workers keep "
    "their own passports.\n"
)


def test_the_partys_lawful_opposite_is_a_denial() -> None:
    assert _claim(SHED, "leave whenever they want")[2] == "negated"
    assert _claim(SHED, "statutory minimum")[2] == "negated"


def test_called_the_memo_is_speech_and_a_denial() -> None:
    wording, _, polarity = _claim(SHED, "never put into practice")
    assert wording is not None and "Somsak" in wording and polarity == "negated"


def test_control_a_worker_free_to_leave_stays_affirmed() -> None:
    text = ("Prawn Trade Weekly\n\nWorkers at a prawn shed in Mahachai said their passports were held by the "
            "supervisor.\n\nOne peeler said the supervisor lied when he told inspectors the women could leave whenever "
            "they want, but the gate was locked.\n")
    assert _claim(text, "leave whenever")[2] == "affirmed"
