"""Study 372: sums in South Asian reports. The Indian rupee written "IRs" as Nepali writers do; the Nepali rupee
converted through its fixed peg to the Indian rupee; bare sums that take the one currency of the report in a later
paragraph (a loan "borrowed", a rate "was", a sum "kept against the advance", a piece rate "per thousand"); and a bare
sum in the same "for ..." shape after "and". Every text is written for this test; people and firms are fictional."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse import money


def _money(text: str, published: date | None = date(2026, 2, 1)) -> list[tuple[str, str | None, float | None]]:
    return [(a.text, a.currency, a.value) for a in money.find(text, published) if a.kind == "money"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The labour agent handed my uncle 45,000 IRs before the season.", "45,000 IRs", 45000.0),
        ("Each family got 600 IRs a week for flour and oil.", "600 IRs", 600.0),
    ],
)
def test_irs_is_the_indian_rupee(text: str, span: str, value: float) -> None:
    assert (span, "INR", value) in _money(text)


def test_nepali_rupee_through_its_peg() -> None:
    found = [a for a in money.find("The broker paid 80,000 Nepali rupees to the family.", date(2026, 2, 1))
             if a.kind == "money"]
    inr = [a for a in money.find("The broker paid 50,000 Indian rupees to the family.", date(2026, 2, 1))
           if a.kind == "money"]
    assert found and found[0].currency == "NPR" and found[0].usd is not None
    assert inr and inr[0].usd is not None and abs(found[0].usd - inr[0].usd) < 0.01  # 80,000 / 1.6 = 50,000


@pytest.mark.parametrize(
    ("text", "span", "currency"),
    [
        ("The contractor at the Ropar kiln advanced 52,000 rupees to the Lal family in 2023.\n\n"
         "\"My husband borrowed 30,000 for his mother's funeral,\" Kamla Devi said.", "30,000", "INR"),
        ("Workers at the Okara kiln were hired at 1,200 Pakistani rupees per thousand bricks.\n\n"
         "\"In the first week the manager said the rate was 950, and we could not argue,\" one moulder said.",
         "950", "PKR"),
        ("The Rana family owes 210,000 Nepali rupees to the owner of the Hetauda kiln, according to the group.\n\n"
         "Of each season's pay the accountant keeps 15,000 against the advance, the father said.", "15,000", "NPR"),
    ],
)
def test_bare_sum_in_the_reports_one_currency(text: str, span: str, currency: str) -> None:
    found = _money(text)
    assert any(s == span and c == currency for s, c, _ in found), found


def test_bare_piece_rate_per_thousand() -> None:
    text = "Jamal was given 20,000 rupees at the Multan gate in Pakistan. The owner promised 1,100 per thousand bricks."
    assert ("1,100", "PKR", 1100.0) in _money(text)


def test_parallel_for_shape_after_and() -> None:
    text = "The trust paid 40,000 rupees for the older boys and 25,000 for the girls last spring in Indore."
    assert ("25,000", "INR", 25000.0) in _money(text)


@pytest.mark.parametrize(
    "text",
    [
        # a count in a later paragraph, not a sum
        "The advance was 40,000 rupees, the Nagpur family said.\n\nSince then 300 workers have left the kilns.",
        # two currencies in the report: a bare number far away takes neither
        "The agent took 2,000 dollars and 90,000 rupees from the Pune family.\n\n"
        "Later the supervisor said the rate was 700.",
        # a year is no sum
        "The boy was promised 9,000 rupees in Bhopal.\n\nHis father borrowed 2019 as the year of the loan.",
    ],
)
def test_near_misses_stay_without_bare_sums(text: str) -> None:
    spans = [s for s, _, _ in _money(text)]
    assert not any(s in ("300", "700", "2019") for s in spans), spans

