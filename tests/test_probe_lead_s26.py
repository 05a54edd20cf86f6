"""Probes from the lead's reading of reports written for it in styles the rules had met less (1 December 2026,
morning): a fact-check, a parliamentary debate, an explainer and a timeline. Every text is written for these tests;
every person, outlet and company is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META


def _claim(text: str, frag: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    return next(c for c in a.claims if frag in c.text)


# A rule that holds negated words of its own ("documents ... =not returned") used to skip the negation check for
# every hit; a negator before a hit that used none of them denies the abuse.
def test_a_negation_that_is_not_the_rules_own_denies() -> None:
    for sentence in ("A spokesperson for Sandline Build said the company does not retain any employee's travel documents.",
                     "The director said the firm has never retained workers' permits."):
        c = _claim(LEAD + sentence, sentence[:25])
        assert c.polarity == "negated" and not c.indicators, sentence


def test_a_negated_leave_or_return_is_still_the_abuse() -> None:
    for sentence, indicator in (
            ("Their passports were never returned to them, one of the men said.", "retention_of_identity_documents"),
            ("The women haven't been let out of the compound since spring, a source said.", "restriction_of_movement"),
            ("The supervisor did not return the workers' passports after the inspection, a worker said.",
             "retention_of_identity_documents")):
        c = _claim(LEAD + sentence, sentence[:25])
        assert c.polarity == "affirmed" and indicator in {h.indicator for h in c.indicators}, sentence
