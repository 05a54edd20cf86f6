"""Probes (s343): a how-to guide for employers laid out as numbered headings of a few words ("3. Agree the pay")
rather than "Step 3", whose sentences speak to the reader in the imperative ("Keep a copy of ...", "Never let ..."),
describes no forced labour and yields no claims. Near miss: the same layout with a reader's account of abuse keeps its
claims. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_GUIDE = """ACCRA HOME DESK \u2014 Guides

How to take on a farmhand for your cocoa plot (2027 edition)

Updated 2 May 2027

Taking on seasonal help is normal in the Ashanti Region. Doing it well keeps your plot and your workers safe.

1. Know the work
List the jobs, the daily hours and the rest days before you hire anyone. A farmhand usually works mornings and has Sundays free. Put the hours on paper.

2. Only hire adults
Nobody under 18 may do farm work with a cutlass. Check a Ghana Card for every applicant.

3. Agree the wage
Farmhands in the region earn about 1,200 cedis a month. Pay on the same date each month, by mobile money, and keep a receipt.

4. Papers and phones
Copy the applicant's card and hand the original back at once. Never hold anyone's phone.

5. Housing
Provide a dry room with a door that locks from inside. Meals are usually shared.

6. Finishing up
Give two weeks' notice and settle everything owed on the final day.
"""

_GUIDE_WITH_ACCOUNT = _GUIDE.replace(
    "Meals are usually shared.",
    "Meals are usually shared. Last season a farmhand near Konongo told us his employer locked him in the store "
    "at night and kept his wages for five months.")


def test_numbered_how_to_guide_is_quiet() -> None:
    assert analyse(_GUIDE, {"language": "en"}).claims == []


def test_guide_with_an_account_keeps_its_claims() -> None:
    assert analyse(_GUIDE_WITH_ACCOUNT, {"language": "en"}).claims
