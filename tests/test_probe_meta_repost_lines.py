"""Where a summarised or abridged story first ran, from a bracketed credit ("[Summary of a report
by Amur Evening Post, ...]", "(Abridged translation of an article in the regional daily Zeya
Courier)"). Every page, outlet and person here is invented."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta

BODY = "\n\nLoggers near Tynda said their pay had been held back since spring, and a minder kept their passports.\n"


def outlet(text: str) -> str | None:
    return meta.detect(text, None, {}).outlet


@pytest.mark.parametrize(
    "text,expected",
    [
        ("[Summary of a report by Amur Evening Post, citing sources in Tynda; translated by Oh Ri-na]" + BODY,
         "Amur Evening Post"),
        ("(Abridged translation of an article in the Zeya Courier)" + BODY, "Zeya Courier"),
        ("[Excerpt of a feature in the regional daily Larch Valley Herald. Translated by Min Ji-ho.]" + BODY,
         "Larch Valley Herald"),
    ],
)
def test_summary_credit(text: str, expected: str) -> None:
    assert outlet(text) == expected


def test_a_page_checking_facts_itself_still_wins() -> None:
    text = ("[Summary of a report by Amur Evening Post, citing sources in Tynda]" + BODY +
            "The accounts could not be verified, and Birchwood Watch has not visited the camp.\n")
    assert outlet(text) == "Birchwood Watch"


@pytest.mark.parametrize(
    "text",
    [
        BODY + "The workers first appeared in court in May.",  # "first appeared" of people, not a story
        BODY + "A summary of the findings was sent to the ministry.",  # no outlet named
        BODY + "This report was first published in 2021.",  # a year, not an outlet
        BODY + "(Summary of a report in 2021 by the ministry)",  # no outlet after the preposition
    ],
)
def test_no_outlet(text: str) -> None:
    assert outlet(text) is None
