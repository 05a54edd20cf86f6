"""A knowledge of none, told as nothing heard of, known of or put forward (a study of s36 on a held-out set; every
text here is written for this test, with fictional people and firms): "we never heard of anyone being locked up", "she
knows of no such case", "nobody told us of any beatings", "the inspectors had not alleged any abuse", "the boss never
hit any of the cooks", "the yard has no migrant workers at all" deny the abuse, so the claim is negated. Near
misses keep their claims affirmed: an abuse that someone did hear of, a denial that turns into an admission, and a
knowledge of no remedy for an abuse ("knew of no case in which a cook got her wages back")."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

LEAD = ("RIGA - Labour inspectors are examining reports of forced labour, unpaid wages and passports held by "
        "employers among migrant workers in the region, officials said on Monday.\n\n")


def _polarities(text: str) -> list[str]:
    """The polarities of the claims of the sentence under test, set after a lead that gives the story its subject."""
    return [c.polarity for c in analyse(LEAD + text, {}).claims if c.start >= len(LEAD)]


@pytest.mark.parametrize("text", [
    'Dr Mara Lenk, who studies the brick kilns, said: "To be fair, we never heard of anyone being beaten at the kilns."',
    "Asked about violence, the cook Elif Duran told us she knows of no such case in the kitchens of Corvo Hotels.",
    'Pavel Orlov, a former loader, said: "Nobody told us of any beatings at the Ternek depot."',
    "The lawyer for Brisk Haulage said the inspectors had not alleged any abuse of the drivers.",
    'Nadia Sorel, a former cook, said the chef at the Villa Sabbia was strict but that "he never hit any of the kitchen girls".',
    "\"Our bakery employs no migrant staff at all,\" said Tomas Kerr, the owner of Kerr Bakeries.",
])
def test_knowledge_of_none_is_negated(text: str) -> None:
    pols = _polarities(text)
    assert pols and all(p == "negated" for p in pols), pols


@pytest.mark.parametrize("text", [
    "Pavel Orlov, a former loader, said the foreman beat two of the men at the Ternek depot.",
    'Nadia Sorel, a former cook, said the chef "never touched anyone, but he locked us in the kitchen at night".',
    "Elif Duran, a cook, told us she knows of no case in which a kitchen worker had got her unpaid wages back.",
])
def test_accounts_of_abuse_stay_affirmed(text: str) -> None:
    pols = _polarities(text)
    assert pols and "affirmed" in pols, pols
