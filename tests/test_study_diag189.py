"""Probes for the classes studied on heldout189 (state labour transfers into factories in other provinces), in our own
wording: a transfer report that names villagers or school leavers sent to plants but never "workers"; a lower-case
"no." that ends a sentence; postings that cannot be refused; people kept from home for months; phones put on a
register; guards who push and shout; broken teeth; refusals written up; housing taken back from those who leave; household registration booklets handed over; fares taken from the first pay."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators, sentences
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sent_to_factories import sends_people_to_work


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


# --- a labour-transfer report that never says "workers" ---

@pytest.mark.parametrize("text", [
    "Cadres in the township were told to send 30 school leavers to garment plants in Fujian before the spring.",
    "The county has moved hundreds of herders from the plateau to assembly lines in Guizhou.",
    "Villagers who were sent to shoe factories in Dongguan say they were never asked.",
])
def test_people_sent_to_factories(text: str) -> None:
    assert sends_people_to_work(text)


@pytest.mark.parametrize("text", [
    "The firm sent 30 engineers to a trade fair in Kunming.",  # no people of a village, no factory
    "The delegation sent greetings to the factory's founders.",
    "Residents were moved to new flats near the river.",  # moved, but not to work
])
def test_people_sent_to_factories_controls(text: str) -> None:
    assert not sends_people_to_work(text)


_TRANSFER_REPORT = (
    "Zhaotong quota item\n\n"
    "Officials in a township near Zhaotong were told to send 60 young people to toy factories in Ningxia by June, "
    "a township clerk told the Mountain Herald.\n\n"
    "\"The county gave us a target and said cadres who fall short will be demoted,\" said the clerk. "
    "\"Families here cannot refuse. Whoever declines is written up as uncooperative in the village file.\"\n\n"
    "The clerk said the phones of those picked were inspected before the bus left, and they were told to keep "
    "quiet about their relatives.\n"
)


def test_transfer_report_without_workers_yields_claims() -> None:
    texts = [c.text for c in analyse(_TRANSFER_REPORT, {"language": "en"}).claims]
    assert any("toy factories" in t for t in texts)
    assert any(t.startswith("Whoever declines") for t in texts)


def test_factory_opening_stays_quiet() -> None:  # a plant's opening with ordinary hiring: nothing to find
    text = ("Brake maker opens Kunming plant\n\nA brake maker opened a plant in Kunming on Monday. "
            "The company said it had hired 300 local staff and plans to add a second line next year.\n")
    assert analyse(text, {"language": "en"}).claims == []


# --- a lower-case "no." is the word of refusal, "no. 7" is a number ---

def test_refusal_no_ends_a_sentence() -> None:
    text = "\"Nobody dared to say no. The quota came first,\" she said."
    assert len(sentences.split(text)) == 2


def test_number_abbreviation_does_not_split() -> None:
    assert len(sentences.split("The men slept in dormitory no. 7 behind the kiln.")) == 1
    assert len(sentences.split("They lived at Block No. 4 Harbour Road.")) == 1


# --- indicators ---

@pytest.mark.parametrize(("text", "indicator"), [
    ("Under the scheme, herders are unable to refuse a placement in the east.", "abuse_of_vulnerability"),
    ("Her cousin has not been allowed home for seven months.", "restriction_of_movement"),
    ("Every handset must be registered with the plant's security section.", "isolation"),
    ("Two seamstresses said they were shoved by a team leader at the gate.", "physical_and_sexual_violence"),
    ("The guards knocked out one of her teeth.", "physical_and_sexual_violence"),
    ("Any household that declines is written up as backward, the clerk said.", "intimidation_and_threats"),
    ("The packers said they were yelled at by supervisors every night.", "intimidation_and_threats"),
    ("He was told that if he quit, his family's land allowance would be withdrawn.", "intimidation_and_threats"),
    ("On the first day the recruits had to hand in their hukou booklets.", "retention_of_identity_documents"),
    ("They kept 900 yuan of his first month's pay for the coach ticket.", "debt_bondage"),
])
def test_transfer_cues_found(text: str, indicator: str) -> None:
    assert indicator in _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("Staff may refuse overtime at any time.", "abuse_of_vulnerability"),
    ("She was allowed home for the festival.", "restriction_of_movement"),
    ("We reached him by phone registered to his cousin.", "isolation"),
    ("He broke his leg in a fall from the scaffold.", "physical_and_sexual_violence"),
    ("The players were shouted at by the coach during the match.", "intimidation_and_threats"),
    ("Applicants show their household registration booklet at the counter.", "retention_of_identity_documents"),
    ("The company paid for the coach ticket and the uniform.", "debt_bondage"),
])
def test_transfer_controls(text: str, indicator: str) -> None:
    assert indicator not in _found(text)


# --- a firm named for what it makes: "Photonics", "Optics" ---

_IMPORTER_REPLY = (
    "Customs hold lenses\n\n"
    "Customs officers held a shipment of lenses bound for Halden Optics, a distributor in Ohio, citing evidence that "
    "the glass was made by transferred workers who were not allowed to leave their dormitories.\n\n"
    "Halden Optics said in a statement that no forced labour was used by any of its suppliers.\n"
)


def test_firm_named_for_its_product_is_an_organization() -> None:
    result = analyse(_IMPORTER_REPLY, {"language": "en"})
    kinds = {s.key: s.kind for s in result.sources}
    reply = [c for c in result.claims if "no forced labour was used" in c.text]
    assert reply and kinds[reply[0].source] == "organization"
