"""Bare sums after an amount in a currency: 'give' as a pay word and a sum taken in the
singular passive ('of which 31,000 was deducted'). Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money


def _money(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(a.text, a.currency, a.value) for a in money.find(text, None) if a.kind == "money"]


@pytest.mark.parametrize(
    ("text", "bare", "currency"),
    [
        ('"The contract said 1,600 riyals. Here they give 1,100, and lately nothing," a tiler in Doha said.',
         "1,100", "QAR"),
        ("The payslip showed 42,000 roubles a month, of which 30,000 was deducted for food and the hostel.",
         "30,000", "RUB"),
        ("He earned 220,000 Tanzanian shillings a month in Mwanza, and 60,000 was taken for meals whether he ate or not.",
         "60,000", "TZS"),
        ("The agency quoted 3,500 yuan a month; out of that, 1,200 had been withheld as a deposit.",
         "1,200", "CNY"),
        ("The brigade was credited 90,000 rubles, and 70,000 was paid to the foreman's account, a logger said.",
         "70,000", "RUB"),
    ],
)
def test_a_sum_taken_or_given_echoes_the_currency(text: str, bare: str, currency: str) -> None:
    assert (bare, currency, float(bare.replace(",", ""))) in _money(text)


@pytest.mark.parametrize(
    "text",
    [
        # a plural verb counts people, not money
        "The contractor paid 4,000 rubles a month to each man, and 3,000 were taken to a second site.",
        # far out of the wage's range
        "They earned 1,500 yuan a month; 2 was deducted from the dormitory list.",
        # another paragraph
        "The firm paid 2,000 dirhams a month.\n\nOf the recruits, 1,500 was kept as a figure for planning.",
        # a year
        "Wages of 40,000 rubles were promised, and in 2025 was withheld the first bonus.",
    ],
)
def test_no_echo_for_counts_years_or_far_numbers(text: str) -> None:
    assert len(_money(text)) == 1


@pytest.mark.parametrize(
    ("text", "bare", "currency"),
    [
        ('On paper they earn 1,800 yuan. "The team leader keeps it and gives us 300 for the month," she said.',
         "300", "CNY"),
        ('Each man was promised 80,000 rubles a month. "We got 12,000 in October, then nothing," he said.',
         "12,000", "RUB"),
        ("The agent promised 1,500 riyals a month but pays them only 900 for a month of night shifts.", "900", "QAR"),
    ],
)
def test_a_bare_sum_with_an_object_or_a_month_after_it(text: str, bare: str, currency: str) -> None:
    assert (bare, currency, float(bare.replace(",", ""))) in _money(text)


def test_a_bare_number_in_a_month_that_counts_people_is_no_sum() -> None:
    text = "The firm paid 60,000 rubles a month. It hired 9,000 in June, mostly from Uzbekistan."
    assert len(_money(text)) == 1
