"""Probes (session 32, lead, from heldout353's quiet reports): a town's page for newcomers that says what it explains
("This page tells you how to settle in", "Four steps for your first week") above its numbered steps is a how-to guide, and
its advice on passports and payslips tells of nothing done to anyone. A near miss: a news story that walks through a
worker's first week step by step and tells what was done to her keeps its claims. Texts written for these tests;
every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_GUIDE = """Municipality of Almonte - Desk for Seasonal Workers
Information in English | Updated 3 February 2026

Four steps for your first week in Almonte

Thousands of pickers arrive in the town each spring for the berry harvest. This page tells you how to settle in.

Step 1 - Register with the town
Take your passport and your job contract to the desk at Calle Real 4. It is free and quick.

Step 2 - Your health card
With your registration you can sign up at the clinic on Avenida de la Luz. Bring your passport.

Step 3 - Your papers
Your passport is yours. You hold it. An office that needs to see it gives it back at once.

Step 4 - Your wages
Each payslip lists your hours and any deductions; keep them all. Our desk can explain them.

The desk opens on weekdays from 8:30 to 13:30.
"""

_STORY = """Picker says agency kept her passport

Step by step, Ana Moraru described her first week at a farm near Almonte to the Huelva Courier. On the first day, she
said, the agency's driver took her passport and did not give it back. The foreman made the women work fourteen hours
a day and kept half of their wages for the rooms, she said.
"""


def test_a_town_guide_in_steps_is_quiet() -> None:
    analysis = analyse(_GUIDE, {})
    assert analysis.claims == []


def test_a_story_told_step_by_step_keeps_its_claims() -> None:
    claims = analyse(_STORY, {}).claims
    assert any("passport" in c.text and c.indicators for c in claims)

