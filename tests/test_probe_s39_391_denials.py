"""Probe (s391): denials the claim stage read as plain claims.

A negative quantifier on the subject after a speaker's label in a record of evidence ("Jo Hart: No worker on our
books is ever charged a placement fee"); a care home or a chain of homes under the quantifier with a verb of doing the abuse in the
present ("No Fernlea home charges any carer a fee"). Near miss: a label before a quantifier whose predicate tells
the abuse ("No worker could leave"). Texts written for this test; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.quantified_denials import quantified_denial

META = {"published": "2026-05-01", "language": "en"}
HEARING = """Migrant care workers recruited by Fernlea Care Homes described their conditions to the committee.

Q41 Chair: Ms Hart, how do you answer the union?

Jo Hart: No worker on our books is ever charged a placement fee.

Tomas Reyes: No carer could leave before the visa costs were repaid.
"""
REPLY = """Migrant care workers recruited by Fernlea Care Homes described their conditions.

In its reply the group wrote: No Fernlea home charges any carer a recruitment fee.
"""


def _polarity(text: str, frag: str) -> str:
    a = analyse(text, META)
    return next(c.polarity for c in a.claims if frag in c.text)


def test_quantifier_after_a_label_denies() -> None:
    t = "Jo Hart: No worker on our books is ever charged a placement fee."
    assert quantified_denial(t, [t.index("placement")])
    assert _polarity(HEARING, "No worker on our books") == "negated"


def test_label_before_an_abuse_keeps_it() -> None:
    t = "Tomas Reyes: No carer could leave before the visa costs were repaid."
    assert not quantified_denial(t, [t.index("leave")])


def test_homes_under_the_quantifier_deny() -> None:
    assert _polarity(REPLY, "No Fernlea home charges") == "negated"

