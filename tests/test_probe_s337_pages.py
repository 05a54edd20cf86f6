"""Probes (s337): Brazil's legal name of forced labour ("work analogous to slavery", "conditions analogous to slave
labour") tells what a report is about, so a court digest that uses it keeps its claims; and a body's page of the rules
it sets its members or suppliers ("Members may not ...", "Pay must be made ...") under a frame of its commitments,
naming itself in the first person only once or twice, tells of nothing that happened and yields no claims. Near
misses: the same rules page that also tells of a finding keeps its claims, and a report with no such term and no cue
stays quiet. Texts written for these tests; the people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}

_DIGEST = (
    "LABOUR LAW NOTES · Case digest\n\n"
    "Regional Labour Court of Goiás · Case no. 12345-2025 · Ruling of 3 March 2026\n\n"
    "The Public Prosecutor's Office sued the Teixeira Lobo family of Goiânia on behalf of a housekeeper who had cooked "
    "and cleaned in their house for twenty-two years. According to the ruling, she received no wages at all and never "
    "had a day off. The court held that her work was analogous to slavery and ordered the family to pay R$ 300,000 in "
    "compensation as well as her unpaid wages.\n")


def test_a_court_digest_naming_work_analogous_to_slavery_keeps_its_claims() -> None:
    a = analyse(_DIGEST, META)
    assert any("no wages" in c.text for c in a.claims)


def test_a_digest_of_an_ordinary_overtime_case_without_the_term_gains_nothing() -> None:
    text = ("LABOUR LAW NOTES · Case digest\n\nRegional Labour Court of Goiás · Case no. 12346-2025\n\n"
            "The court ordered a bakery in Anápolis to pay a cashier for the overtime recorded on her time sheets in "
            "2024. The bakery said it would comply.\n")
    assert not analyse(text, META).claims


_RULES = (
    "ASSOCIAÇÃO DOS CITRICULTORES DO NOROESTE · Who we are · Conduct\n\n"
    "Our commitments to the pickers on our members' groves\n\n"
    "The association gathers 210 orange growers around Bebedouro and Monte Azul Paulista. The points below bind every "
    "grower who sells through our packing house.\n\n"
    "Hiring\n"
    "- Each picker must be registered with a work card before the first crate is filled.\n"
    "- Wages must be paid into the picker's own bank account every fortnight.\n"
    "- Growers may not keep a shop that sells food to pickers on credit against their wages.\n"
    "- No seasonal worker may be kept at work for more than ten hours in a day.\n\n"
    "Papers and travel\n"
    "- Pickers hold their own identity papers. Growers may photocopy them.\n"
    "- Pickers must be free to leave the grove at any time outside working hours.\n"
    "- Transport to and from the groves is free of charge.\n\n"
    "Checks\n"
    "A grower who breaks these points is dropped from the packing house list.\n")


def test_a_bodys_page_of_rules_for_its_members_yields_no_claims() -> None:
    a = analyse(_RULES, META)
    assert not a.claims


def test_the_rules_page_that_tells_of_a_finding_keeps_its_claims() -> None:
    text = _RULES + ("\nLast season our inspectors found that pickers at one grove had been threatened and their "
                     "wages withheld for two months, and the grower was expelled.\n")
    assert analyse(text, META).claims
