"""Probes of the twenty-sixth session's lead: a how-to guide set out in numbered steps is a help page (no claims, no
indicators), as one set out in questions is; a guide's steps that tell what was done to workers still make a report;
"seven days" as the length of a trip is no working week. Texts invented for the tests (the school and firms are
fictional)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, indicators, lexicon_indicators

GUIDE = """Amur River Language Academy, Blagoveshchensk
Students > Living here > Papers

How to extend your student visa in Blagoveshchensk: a step-by-step guide

Updated 3 March 2026

Every foreign student whose visa ends before the course does must apply for an extension at least twenty days before it runs out. For students in the academy's hostel on Lenina street, the Student Office helps with the forms.

Step 1. Bring your passport, your current visa and two photographs to the Student Office. We copy the pages you need and give everything back to you the same day. Keep your passport with you at all times.

Step 2. Within five working days we send the application to the migration department. The fee for the extension is paid by the academy.

Step 3. Collect the new visa from the Student Office and keep the receipt with your passport until you leave Russia.

Working while you study. Full-time students may take part-time work without a separate permit. Your employer must tell the migration authorities that you work for them; ask the Office if an employer wants you to hand over your passport.
"""

# the same layout of steps, but the guide's steps tell what a firm did to the workers who followed them
TOLD = """Harbour Road Workers' Centre, Nakhodka
Advice > Cases

How to get your wages back: a step-by-step guide from our cases

Step 1. Last winter the Severny Ice fish plant took the passports of forty Uzbek workers on their first day and locked them in the hostel at night.

Step 2. The plant stopped paying their wages in January and told them they owed 90,000 roubles each for the ticket.

Step 3. The men who asked for their pay were beaten by the foreman and threatened with deportation.
"""


def test_a_how_to_guide_in_numbered_steps_is_quiet() -> None:
    a = analyse(GUIDE, META)
    assert a.claims == []


def test_a_guide_whose_steps_tell_abuse_still_makes_claims() -> None:
    a = analyse(TOLD, META)
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert "retention_of_identity_documents" in found
    assert "withholding_of_wages" in found


def test_a_trip_of_more_than_seven_days_is_no_working_week() -> None:
    assert "excessive_overtime" not in lexicon_indicators(
        "If you go to Irkutsk or anywhere else for more than seven days, tell the office.")


def test_working_seven_days_a_week_is_still_overtime() -> None:
    assert "excessive_overtime" in indicators(
        "The loggers at the Taiga Crest camp worked seven days a week through the winter.")
