"""A lede's unnamed speaker taken up again by a definite description ("..., the caseworker said") is not the
person a bare name introduces next ("Selam, 31, said ..."): the writer has chosen how to name the first person,
often because they asked not to be named. And "He said ..." after "The firm's site manager, Mr Tomas Berg, said"
is Mr Berg, one source, though the pronoun's antecedent is read without the courtesy title. Mini-documents in our
own wording, with controls that must not change."""

from __future__ import annotations

from attribution_helpers import claim_sources, find_claim

TAKEN_UP = (
    "The Cedar Ledger\n\nBEIRUT - Dozens of Kenyan housemaids have been sleeping outside a church in Jounieh after "
    "their employers put them out without their passports, a caseworker told the Ledger.\n\n\"Many have not been "
    "paid for a year,\" she said, asking not to be named.\n\nThe women had paid agents in Nairobi large fees "
    "before leaving, the caseworker said.\n\nSelam, 31, said her employer had locked her in the flat for two "
    "years.\n")

NOT_TAKEN_UP = (
    "The Harbour Gazette\n\nA cook who returned last week from two years on a trawler says the crew were beaten "
    "and paid nothing until the boat reached Durban.\n\nLina Moreau, 33, from Marseille, told the Gazette that "
    "the captain kept every passport in his cabin.\n")


def test_described_lede_is_not_the_next_bare_name() -> None:
    got = claim_sources(TAKEN_UP)
    first = find_claim(got, "without their passports")
    again = find_claim(got, "paid agents in Nairobi")
    named = find_claim(got, "locked her in the flat")
    assert first[2] == again[2], got
    assert "caseworker" in (first[1] or ""), first
    assert named[2] != first[2] and "Selam" in (named[1] or ""), got


def test_lede_named_at_once_still_joins() -> None:
    got = claim_sources(NOT_TAKEN_UP)
    lede = find_claim(got, "crew were beaten")
    named = find_claim(got, "every passport")
    assert lede[2] == named[2], got


def test_role_name_after_taken_up_still_joins() -> None:
    text = ("Valley Post\n\nA lawmaker said brick kiln owners outside Multan hold families in debt bondage for years "
            "and beat workers who try to leave. The lawmaker said children are forced to work beside their parents.\n\nMP Sana Qureshi said the kiln owners keep the "
            "families' identity cards.\n")
    got = claim_sources(text)
    assert find_claim(got, "hold families in debt")[2] == find_claim(got, "identity cards")[2], got


def test_pronoun_after_titled_apposition_is_the_same_source() -> None:
    text = ("Copperbelt Courier\n\nKITWE - Forty welders at a smelter contractor have not been paid since March, "
            "their union said.\n\nThe firm's site manager, Mr Tomas Berg, said the men's passports were \"kept for "
            "safety\". He said the arrears would be paid once a new contract is signed.\n")
    got = claim_sources(text)
    said = find_claim(got, "kept for")
    pron = find_claim(got, "arrears would be paid")
    assert said[2] == pron[2], got
    assert "Tomas Berg" in (pron[1] or ""), pron


def test_other_titled_person_is_not_merged() -> None:
    text = ("Copperbelt Courier\n\nKITWE - Forty welders at a smelter contractor have not been paid since March, "
            "their union said.\n\nThe firm's site manager, Mr Tomas Berg, said the men's passports were \"kept for "
            "safety\". The union's secretary, Ms Ruth Banda, said many welders were threatened with dismissal. She "
            "said the arrears were now six months.\n")
    got = claim_sources(text)
    assert find_claim(got, "kept for")[2] != find_claim(got, "now six months")[2], got
    assert "Ruth Banda" in (find_claim(got, "now six months")[1] or ""), got
