"""Probes (session 39, from heldout393's quiet reports): a firm's code for its suppliers headed by whom it binds ("Our
requirements for suppliers", "Standards for suppliers") is a code of conduct, and a sentence of it that names a law
against forced labour ("once the forced labour regulation applies") names a law, not an account of abuse: the page
yields no claims. A near miss: a news story about a supplier that names the same law and tells of passports taken
keeps its claims. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_CODE = """Brennholt Frozen Foods

Our requirements for suppliers

1. Scope

Brennholt buys frozen vegetables and berries from growers and packers in Poland, Serbia and Morocco. These requirements apply to every supplier and to every packing site it uses.

2. Freely chosen work

Each employee has to be free to resign after giving fair notice. No supplier may hold on to an employee's passport or ID card, and no supplier or agent may ask an employee to pay a hiring fee or a deposit.

3. Hours and pay

Wages shall be paid at least monthly into an account the employee controls. Weekly hours shall stay under the legal limit, with extra hours only by agreement.

4. Records

Because the forced labour regulation applies to goods placed on the market from next year, we will ask suppliers for the origin of every lot before we order.
"""

_STORY = """Berry packer faces questions over passports

WARSAW - Workers at a berry packing plant near Lublin said their supervisor took their passports on arrival and kept them until the season ended. Two of them said they were not paid for their last three weeks. The forced labour regulation will let customs hold goods from such plants, a lawyer said.
"""


def test_a_code_for_suppliers_naming_the_law_is_quiet() -> None:
    assert analyse(_CODE, {}).claims == []


def test_a_story_naming_the_law_keeps_its_claims() -> None:
    assert analyse(_STORY, {}).claims
