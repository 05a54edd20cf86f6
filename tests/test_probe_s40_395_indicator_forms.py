"""Probes (session 40, from heldout395's indicator misses): cards gathered up by an agency in the passive, an employer
that let a go-between keep the papers, fees named unlawful, workers dismissed after going to an authority, a crowd
with few showers or a counted room, a worker who holds his own passport (no retention, a negated claim), and a page's
own first-person negative finding. Near misses: a law against unlawful fees, a worker who went to the inspectors and
was paid, a room for two. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import lexicon_indicators as _ids


def test_new_indicator_forms() -> None:
    assert "retention_of_identity_documents" in _ids("Every pink card was kept by the broker until the harvest ended.")
    assert "retention_of_identity_documents" in _ids("Inspectors found that four farms had let brokers hold "
                                                     "documents.")
    assert "debt_bondage" in _ids("Fees charged unlawfully have reached 30,000 pesos in some cases.")
    assert "intimidation_and_threats" in _ids("Three pickers who went to the inspectors were dismissed within days.")
    assert "abusive_working_and_living_conditions" in _ids("The camp puts about 200 men with 6 showers.")
    assert "abusive_working_and_living_conditions" in _ids("He has 14 people in his room.")


def test_near_misses() -> None:
    assert "debt_bondage" not in _ids("The new law bans illegal recruitment fees.")
    assert "intimidation_and_threats" not in _ids("Three pickers who went to the inspectors were paid within days.")
    assert "abusive_working_and_living_conditions" not in _ids("He shares a room with his brother.")


def test_own_passport_is_a_negated_claim() -> None:
    text = ("Case 2. A welder, 40, at a shipyard. His employer kept his passport for a year and he paid 3,000 dollars "
            "to an agent. Case 3. A driver, 35. He keeps his own passport and sleeps in a rented flat.")
    claims = analyse(text, {}).claims
    own = next(c for c in claims if "his own passport" in c.text)
    assert own.polarity == "negated" and own.indicators == []


def test_a_pages_own_negative_finding_is_negated() -> None:
    text = ("Dockside Help Centre: casework summary. We opened 40 cases. Most workers had borrowed to pay agents, and "
            "their passports were kept by employers. We did not document any cases of workers locked in at night.")
    claims = analyse(text, {}).claims
    locked = next(c for c in claims if "locked in" in c.text)
    assert locked.polarity == "negated" and locked.indicators == []
