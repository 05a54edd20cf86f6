"""Probes for the amount classes opened by the study of heldout202 (machine-translated pages):
Vietnamese multiplier words and "đồng" left untranslated, a North Korean bribe in won, and a bare
number that echoes a currency before an irregular second verb. Every probe is invented."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse import money


def _money(text: str, published: date | None = None) -> list[tuple[str, str | None, float | None]]:
    return [(a.text, a.currency, a.value) for a in money.find(text, published) if a.kind == "money"]


# --- Vietnamese multiplier words and "đồng" as machine translation leaves them ---------------

@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Each recruit handed the broker 95 triệu đồng before the flight to Busan.", "95 triệu đồng", 95_000_000),
        ("The shipowner was fined 3 tỷ đồng by the provincial court.", "3 tỷ đồng", 3_000_000_000),
        ("The fine was 1,5 tỉ đồng, the inspectors said.", "1,5 tỉ đồng", 1_500_000_000),
        ("A meal at the dormitory cost 35 nghìn đồng.", "35 nghìn đồng", 35_000),
        ("Her mother borrowed 70 ngàn đồng from a neighbour.", "70 ngàn đồng", 70_000),
        ("Parking at the stadium is 20,000 đồng per car.", "20,000 đồng", 20_000),
    ],
)
def test_vietnamese_multipliers_and_dong(text: str, span: str, value: float) -> None:
    assert (span, "VND", value) in _money(text)


def test_bracketed_dollars_attach_to_a_vietnamese_sum() -> None:
    found = [a for a in money.find("The agency charged him 64 triệu đồng (about 2,500 USD) for the visa.")
             if a.kind == "money"]
    assert [(a.text, a.currency, a.stated_usd) for a in found] == [("64 triệu đồng", "VND", 2500.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 Đồng Tháp fishermen were stranded in port.",  # a province after a count, not 40 dong
        "In 2021 Đồng Nai officials closed the kiln.",
        "About 12 Dong Thap crew members went home.",
    ],
)
def test_small_numbers_before_a_dong_place_are_not_money(text: str) -> None:
    assert _money(text) == []


# --- won: a bribe to a party cadre is North Korean money, even in a defector's story told in Seoul ---

def test_won_paid_to_cadres_is_north_korean() -> None:
    text = ("She reached South Korea in 2021 and now lives in Seoul. Back then her brother slipped "
            "party cadres in Chongjin 2 million won before her name went on a sawmill crew's list.")
    assert ("2 million won", "KPW", 2_000_000) in _money(text)


def test_won_earned_in_seoul_stays_south_korean() -> None:
    assert ("2.5 million won", "KRW", 2_500_000) in _money("In Seoul she now earns 2.5 million won a month in a bakery.")


# --- a bare number echoing the currency before an irregular second verb ----------------------

def test_bare_number_before_an_irregular_second_verb_is_money() -> None:
    text = 'The crew chief promised them 4,500 tenge per day, "but in the end we got 1,800 and were told to wait".'
    assert ("1,800", "KZT", 1800) in _money(text, date(2019, 5, 1))


def test_bare_number_but_sent_home_is_money() -> None:
    assert ("900", "RUB", 900) in _money("They were promised 2,000 rubles a day but got 900 and were sent home.")


@pytest.mark.parametrize(
    "text",
    [
        "The firm offered 5,000 rubles and got 300 applicants and made a list.",  # a count of people
        "They were promised 2,000 rubles a day; 900 men were sent home.",
    ],
)
def test_counts_after_an_amount_stay_bare(text: str) -> None:
    assert all(cur is not None and span.endswith(("rubles",)) for span, cur, _ in _money(text))
