"""Companies, brands, embassies and state media answering or denying (probe PR3, own wording)."""
from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speaker_kinds import outlet_core

LEDE = ("Workers at a fish plant say pay was held back\n\n"
        "North Korean workers at a fish plant in Dandong said their pay was held back, a source in the city said.\n\n")


def _speaker(body: str, snippet: str) -> tuple[str | None, str, str]:
    a = analyse(LEDE + body + "\n", {"published": "2025-03-01", "language": "en"})
    claim = next(c for c in a.claims if snippet in c.text and "source in the city" not in c.text)
    src = a.source(claim.source)
    assert src is not None
    return src.wording, src.kind, claim.source


@pytest.mark.parametrize(("body", "snippet", "head", "kind"), [
    ("The People's Daily said the North Korean staff at the plant had paid holidays.", "paid holidays",
     "People's Daily", "outlet"),
    ("People's Daily reported that the plant's foreign staff earned more than locals.", "more than locals",
     "People's Daily", "outlet"),
    ("The state-run Global Times reported that the workers earned double the local wage.", "double",
     "Global Times", "outlet"),
    ("The state-owned Global Times said the North Korean staff were free to leave.", "free to leave",
     "Global Times", "outlet"),
    ("Izvestia reported that 900 North Korean builders were working in Moscow.", "900",
     "Izvestia", "outlet"),
    ("State television KCTV said the overseas workers sent their wages home freely.", "freely",
     "KCTV", "outlet"),
    ("CGTN reported that the workers at the plant were hired through a licensed agency.", "licensed agency",
     "CGTN", "outlet"),
    ("Xinhua reported that the plant employed 300 workers from North Korea.", "300", "Xinhua", "outlet"),
    ("KCNA said the workers abroad were treated with dignity.", "dignity", "KCNA", "outlet"),
    ("In a statement, Larchfield Seafoods said it had no North Korean workers on its payroll.", "payroll",
     "Larchfield Seafoods", "organization"),
    ("Tessaly Garments denied that the workers' passports were held by managers.", "passports",
     "Tessaly Garments", "organization"),
    ("The Chinese foreign ministry said it was not aware of North Korean workers at the plant.", "not aware",
     "foreign ministry", "official"),
    ("Beijing denies that North Korean workers are held in Chinese factories.", "held in Chinese",
     "Beijing", "official"),
    ("Moscow has said that all North Korean workers left the country in 2019.", "left the country",
     "Moscow", "official"),
    ("TASS, citing the regional labour ministry, reported that 1,100 North Koreans worked in the region.", "1,100",
     "labour ministry", "official"),
])
def test_company_and_state_media_speakers(body: str, snippet: str, head: str, kind: str) -> None:
    wording, got_kind, _ = _speaker(body, snippet)
    assert got_kind == kind
    assert wording is not None and head.lower() in wording.lower()


@pytest.mark.parametrize(("body", "snippet", "name"), [
    ("Emily said the workers at the plant were not allowed to leave the dormitory.", "dormitory", "Emily"),
    ("Beverly Osei, a researcher, said the workers were paid half the promised wage.", "half", "Beverly Osei"),
])
def test_capitalised_ly_name_is_not_an_adverb(body: str, snippet: str, name: str) -> None:
    wording, _, _ = _speaker(body, snippet)
    assert wording is not None and name in wording


def test_company_added_and_it_said_stay_one_source() -> None:
    body = ("Larchfield Seafoods said its workers were paid monthly. The company added that no passports were "
            "held by managers. It said the dormitory doors were never locked.")
    keys = {_speaker(body, s)[2] for s in ("paid monthly", "passports", "never locked")}
    assert len(keys) == 1


def test_outlet_core_strips_only_ownership_labels() -> None:
    assert outlet_core("the state-run Global Times") == "Global Times"
    assert outlet_core("The party-backed People's Daily") == "People's Daily"
    assert outlet_core("Global Times") == "Global Times"
    assert outlet_core("the state broadcaster") == "state broadcaster"  # not an outlet name: left as it is
    assert outlet_core("state-run companies") == "companies"  # only a known outlet name makes it an outlet


def test_state_run_company_is_not_an_outlet() -> None:
    wording, kind, _ = _speaker("The state-run Hexi Mining Company said its North Korean staff were paid in full.",
                                "paid in full")
    assert kind != "outlet"


@pytest.mark.parametrize(("body", "snippet", "head"), [
    ("Liu Peng, a spokesman for the Chinese Embassy in Washington, said the workers were paid on time.", "on time",
     "Liu Peng"),
    ("The North Korean Embassy in Moscow said the builders had been paid in full.", "paid in full", "Embassy"),
    ("The Russian Consulate General in Shenyang said the workers held valid visas.", "valid visas", "Consulate"),
])
def test_mission_named_with_its_host_is_official(body: str, snippet: str, head: str) -> None:
    wording, kind, _ = _speaker(body, snippet)
    assert kind == "official"
    assert wording is not None and head in wording


def test_embassy_in_city_does_not_make_a_person_official() -> None:
    wording, kind, _ = _speaker("Kim Sol, who cleans at the embassy in Moscow, said the builders were paid late.",
                                "paid late")
    assert kind != "official"


@pytest.mark.parametrize("body", [
    "The owner of the plant, who asked not to be named, said the workers were paid in cash every month.",
    "The plant's owner, who spoke on condition of anonymity, said the workers were paid in cash every month.",
    "The factory owner, who requested anonymity, said the workers were paid in cash every month.",
])
def test_owner_off_the_record_is_an_anonymous_source(body: str) -> None:
    _, kind, _ = _speaker(body, "in cash")
    assert kind == "anonymous_source"


@pytest.mark.parametrize("body", [
    "The owner of the plant said the workers were paid in cash every month.",
    "The factory's owner, reached by phone, said the workers were paid in cash every month.",
])
def test_owner_answering_for_the_workplace_is_the_organization(body: str) -> None:
    _, kind, _ = _speaker(body, "in cash")
    assert kind == "organization"


def test_official_off_the_record_keeps_short_wording() -> None:
    wording, _, _ = _speaker("A labour ministry official, speaking on condition of anonymity, said the workers "
                             "were paid late.", "paid late")
    assert wording is not None and "anonymity" not in wording


@pytest.mark.parametrize(("body", "snippet", "head", "kind"), [
    ("The company did not answer questions about the dormitory but said the workers were paid on time.",
     "paid on time", "The company", "organization"),
    ("Larchfield Seafoods declined to comment on the audit, but has said its staff can leave the plant at any time.",
     "any time", "Larchfield Seafoods", "organization"),
    ("The labour ministry would not confirm the figure but said the workers held valid permits and were paid "
     "on time.", "valid permits", "labour ministry", "official"),
])
def test_refused_one_question_but_answered_another(body: str, snippet: str, head: str, kind: str) -> None:
    wording, got_kind, _ = _speaker(body, snippet)
    assert got_kind == kind
    assert wording is not None and head.lower() in wording.lower()


def test_refused_but_said_needs_the_refusal_and_the_but() -> None:
    from labourlens.analyse.answer_shapes import refused_but_said

    assert refused_but_said("The company did not answer questions but said the staff were paid.") is not None
    assert refused_but_said("The company said the staff were paid.") is None
    assert refused_but_said("The workers were not paid but said nothing.") is None  # no refusal to answer
    assert refused_but_said("It rained all week but the crews kept working.") is None
