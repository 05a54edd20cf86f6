"""An outlet credited in a page's last lines names the outlet when nothing else does (analyse/footer_outlet.py):
"(c) X", "— Reported for the X", "— X Wire", "Interview by A for X.", "X | Print edition". A person's sign-off ("— Ana
Ruiz") and a translator's credit name none. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.footer_outlet import footer_outlet
from labourlens.analyse.pipeline import analyse

_STORY = ("Crews say they were not paid for two months\n\nPackers at a fish plant near Walvis Bay say the contractor kept "
          "their passports and did not pay them for two months, three of them said.\n\n")


@pytest.mark.parametrize(("last", "name"), [
    ("(c) Namib Coast Weekly - news in brief", "Namib Coast Weekly"),
    ("— Reported for the Skeleton Coast Gazette", "Skeleton Coast Gazette"),
    ("— Kavango Business Wire", "Kavango Business Wire"),
    ("Interview by Selma Haufiku for Northern Witness. Photos: the paper's desk", "Northern Witness"),
    ("Erongo Morning Post | Print edition, page 3", "Erongo Morning Post"),
])
def test_a_credit_in_the_last_lines(last: str, name: str) -> None:
    assert footer_outlet(_STORY + last + "\n") == (name, "footer credit")
    assert analyse(_STORY + last + "\n", {}).meta.outlet is not None


@pytest.mark.parametrize("last", ["— Selma Haufiku", "Translated by Selma Haufiku for the Namib Labour Monitor."])
def test_a_sign_off_or_a_translators_credit_is_no_outlet(last: str) -> None:
    assert footer_outlet(_STORY + last + "\n") == (None, None)
