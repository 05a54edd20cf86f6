"""Probes (session 38, from heldout383's quiet reports): a how-to guide whose numbered items each open with a short
heading run into the item's first sentence on the same line ("3. Keep the slips. The office may ask ...") is laid out in
steps as a guide with headings on lines of their own is; its advice on permits, fees and documents tells of nothing done
to anyone. Near misses: a story under the same frame whose numbered items tell what was done to workers keeps its
claims, and so does a page whose numbered lines are long sentences, not headings. Texts written for these tests; every
name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_GUIDE = """How to renew your work card in Lisbon: a short guide
From the Volta Newcomers' Office, Lisbon. Revised in March 2026.

Migrant workers from Nepal and Bangladesh who take a job with a local firm need a work card. Workers from the EU do not
need one. This guide is for card holders.

1. Learn the fee. The yearly renewal fee in 2026 is 180 euros. Some towns ask a little more.
2. Apply early. The form must reach the office a month before the card ends. A late form means you lose the card and start
over.
3. Keep the slips. Keep the bank slip, and save a picture of the slip. Most people we help renew a year ahead.
4. Your card is yours. Your passport and card should stay with you. A boss may copy them but must not keep them.
5. New boss. If you change jobs, the new firm must tell the office within ten days.

Our office is open on Saturdays from 9:00 to 13:00. Advice is free.
"""

_STORY = """How to leave a farm that keeps your passport: five workers' stories

Reporters from the Tagus Courier spoke to five pickers near Odemira.

1. The first days. The foreman took our passports on the first evening and locked them in his van, said Rui Matos.
2. The debt. The agency told us we owed 900 euros for the trip and took it from our wages, said Ana Pires.
3. The hours. We worked fourteen hours a day with no rest day for two months, said Ion Lupu.
"""

_LONG_LINES = """How to read a labour court's register: our notes

1. The court heard on Monday that the Brasa Farm manager kept the passports of twelve pickers for six months.
2. A witness said in court that the manager would phone the police if the pickers complained about pay.
3. The court also heard that the pickers slept in a shed with no water and were paid nothing for three months.
"""


def test_a_guide_with_run_in_item_headings_is_quiet() -> None:
    assert analyse(_GUIDE, {}).claims == []


def test_a_story_in_numbered_items_keeps_its_claims() -> None:
    claims = analyse(_STORY, {}).claims
    assert any("passports" in c.text and c.indicators for c in claims)


def test_numbered_long_sentences_are_no_headings() -> None:
    claims = analyse(_LONG_LINES, {}).claims
    assert any("passports" in c.text for c in claims)
