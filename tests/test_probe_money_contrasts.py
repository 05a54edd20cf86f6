"""Money read from its surroundings (diagnosis of a blind set, our own wording): a bare number after a
connective of contrast without a comma ("instead of", "rather than", "up from"), a bare number that was
promised or offered in a contract, a year after a preposition of time that is no low end of a range, and a
shared currency name ("won", "riyal", "dinar") told apart by the dollar conversion the text gives. Every
text is written for this test; people and firms are fictional; places are real."""

from __future__ import annotations

from datetime import date

from labourlens.analyse.money import find


def _money(text: str) -> list[tuple[str, str | None, float | None, float | None, float | None]]:
    return [(a.text, a.currency, a.value, a.low, a.high) for a in find(text, date(2025, 6, 1)) if a.kind == "money"]


def test_bare_number_after_instead_of_takes_the_currency() -> None:
    got = _money("The crew now owes the foreman 2,400 yuan a month instead of 2,000. Nobody can refuse.")
    assert ("2,000", "CNY", 2000.0, None, None) in got
    got = _money("Each porter must hand in 700 riyals a week rather than 500, the driver in Doha said.")
    assert [g[0] for g in got] == ["700 riyals", "500"]


def test_bare_number_after_contrast_that_counts_something_is_no_money() -> None:
    got = _money("The plant took on 300 dinars' worth of tools instead of 40 workers in Kuwait.")
    assert [g[0] for g in got] == ["300 dinars"]
    got = _money("Lanterfield paid 90 dinars a month to 120 men instead of 150 men in Manama.")
    assert [g[0] for g in got] == ["90 dinars"]


def test_bare_number_that_was_promised_in_a_contract() -> None:
    got = _money("They get 95 dinars a month in Kuwait, though they were promised 150 in their contracts.")
    assert ("150", "KWD", 150.0, None, None) in got
    got = _money("Each cook earns 900 riyals in Doha after being offered 1,400 in the job offers signed in Manila.")
    assert [g[0] for g in got] == ["900 riyals", "1,400"]


def test_promised_count_is_no_money() -> None:
    got = _money("They earn 95 dinars a month in Kuwait and were promised 150 days of leave.")
    assert [g[0] for g in got] == ["95 dinars"]


def test_year_after_a_preposition_is_no_low_end() -> None:
    got = _money("Shipments from Qingdao rose in the second half of 2025 to $310 million, the customs office said.")
    assert got == [("$310 million", "USD", 310_000_000.0, None, None)]
    got = _money("Fees went up in March 2024 to 6,000 yuan for each recruit.")
    assert [g[0] for g in got] == ["6,000 yuan"]


def test_a_range_of_plain_numbers_still_joins() -> None:
    got = _money("Monthly pay at the Shenyang mill ran from 2000 to 3000 yuan.")
    assert got == [("2000 to 3000 yuan", "CNY", None, 2000.0, 3000.0)]
    got = _money("Between 1900 and 2400 yuan a month was the going rate in Dalian.")
    assert got[0][3:] == (1900.0, 2400.0)


def test_stated_dollars_tell_which_won() -> None:
    # a story about Pyongyang's earnings, but 1,400 won to the dollar is the South Korean won
    got = _money("Pyongyang earned as much as 350 billion won ($250 million) from the crews in North Korea, a lawmaker said.")
    assert got[0][:2] == ("350 billion won", "KRW")


def test_won_without_conversion_keeps_its_context() -> None:
    got = _money("In Chongjin a kilogram of rice cost 6,000 won at the market last winter.")
    assert got[0][:2] == ("6,000 won", "KPW")
    # a conversion at the North's own market rate fits neither band: the context stays
    got = _money("In Hyesan a porter earned 80,000 won (about $10) a month at the market.")
    assert got[0][:2] == ("80,000 won", "KPW")


def test_stated_dollars_tell_which_rial() -> None:
    # "riyals" in a Qatar story, but 0.385 to the dollar is the Omani rial
    got = _money("A Qatar-based agent said the maid was paid 120 rials (about $312) a month.")
    assert got[0][:2] == ("120 rials", "OMR")
    # a rate that fits the context's own currency keeps it
    got = _money("The guards in Doha were paid 1,500 riyals (about $410) a month.")
    assert got[0][:2] == ("1,500 riyals", "QAR")
