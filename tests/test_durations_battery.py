"""Durations on a battery of expressions written for this test: lengths of stay and of
waiting ("for the past two months", "a three-year contract", "half a year", "a fortnight",
"within a week", "It took 24 hours"), and what is not a duration: working hours and breaks
("18-hour shifts", "worked 12 hours a day", "half an hour to eat"), frequencies ("every two
weeks"), points in time ("Four years later", "three years ago"), records ("a five-year high"),
money ("two months' wages"), ages, and bare plurals ("for years": left out, as annotators do).
Each expected duration gives a span the prediction must overlap and a [min, max] that its
day range must fall inside, as ``labourlens eval`` scores it."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse import dates
from labourlens.evaluate import PRF

Case = tuple[str, list[tuple[str, list[float]]]]

STAY_AND_SCHEDULE: list[Case] = [
("The women had worked there for the past two months.", [("the past two months", [55, 62])]),
("He signed a three-year contract with the Goldline company.", [("three-year", [1094, 1097])]),
("They worked 18-hour shifts.", []),
("They worked 12 hours a day.", []),
("Since January, the crews have not been paid.", []),
("He stayed in Russia for more than a year.", [("more than a year", [366, 730])]),
("The site has been run by the company for nearly a decade.", [("nearly a decade", [2900, 3653])]),
("They were held for a fortnight.", [("a fortnight", [14, 14])]),
("She spent half a year in the dormitory.", [("half a year", [180, 184])]),
("He worked there for two and a half years.", [("two and a half years", [900, 920])]),
("a six-month probation", [("six-month", [180, 186])]),
("They were detained for weeks.", []),
("Contracts last three to five years.", [("three to five years", [1094, 1827])]),
("The men had been abroad for five years.", [("five years", [1825, 1827])]),
("She was paid nothing for six months.", [("six months", [180, 186])]),
("for about two years", [("about two years", [600, 800])]),
("for at least three years", [("at least three years", [1090, 1400])]),
("They have been in Vladivostok since 2019.", []),
("The crew had been at sea for 10 months.", [("10 months", [300, 310])]),
("The contract ran for 36 months.", [("36 months", [1090, 1100])]),
("He was locked in for three days.", [("three days", [3, 3])]),
("They rested one day a month.", []),
("They worked seven days a week.", []),
("The meeting lasted two hours.", [("two hours", [0.08, 0.09])]),
("The flight takes four hours.", [("four hours", [0.16, 0.17])]),
("The inspection was repeated every two weeks.", []),
("Three years ago, the plant opened.", []),
("Four years later, he escaped.", []),
("two days before the inspection", []),
("a five-year high in exports", []),
("the 7-day forecast", []),
("two months' wages were withheld", []),
("a 30-year-old worker", []),
("The 20-year-old woman said so.", []),
("within a week he was sent home", [("within a week", [1, 7])]),
("within two years", [("within two years", [700, 731])]),
("for the first year he repaid the loan", [("the first year", [360, 366])]),
("in the first six months of the contract", [("the first six months", [180, 186])]),
("He spent a decade in the camps.", [("a decade", [3650, 3660])]),
("They stayed several years.", [("several years", [1095, 3650])]),
("for several months", [("several months", [60, 300])]),
("for a few weeks", [("a few weeks", [14, 63])]),
("She was there for a year and a half.", [("a year and a half", [540, 550])]),
("eighteen months", [("eighteen months", [540, 550])]),
("a two-year stint in Kuwait", [("two-year", [725, 732])]),
("They had been in Qatar for over three years.", [("over three years", [1096, 1460])]),
("almost four months", [("almost four months", [95, 123])]),
("up to two years", [("up to two years", [1, 731])]),
("nearly three months", [("nearly three months", [70, 92])]),
("after six weeks", [("six weeks", [42, 42])]),
("between two and four years", [("between two and four years", [730, 1461])]),
("two or three months", [("two or three months", [59, 92])]),
("the next five years", [("the next five years", [1825, 1827])]),
("the last decade", [("the last decade", [3650, 3660])]),
("In 2023, they worked 60 days without rest.", [("60 days", [60, 60])]),
("The ship stayed 45 days in port.", [("45 days", [45, 45])]),
("they were sent home after a month", [("a month", [28, 31])]),
("he was held for a week", [("a week", [7, 7])]),
("they earn $300 a month", []),
("once a year they may go home", []),
("The year 2019 was hard.", []),
("last year the company paid them", []),
("this month", []),
("a 24-hour guard", []),
("They slept only five hours.", []),
("It took 24 hours to reach the border.", [("24 hours", [1, 1])]),
("for half an hour", [("half an hour", [0.02, 0.021])]),
("more than 10 years", [("more than 10 years", [3653, 4400])]),
("for the past 18 months", [("the past 18 months", [540, 550])]),
("In three years, the plant doubled output.", [("three years", [1094, 1097])]),
("he has worked there for decades", []),
("for months", []),
("for years", []),
("a month-long strike", [("month-long", [28, 31])]),
("a year-long contract", [("year-long", [365, 366])]),
("a four-day fair", [("four-day", [4, 4])]),

]

CONTRACTS_AND_RECORDS: list[Case] = [
("The Polar Star crew had not been paid for the last four months.", [("the last four months", [118, 124])]),
("She was confined to the dormitory for three weeks.", [("three weeks", [21, 21])]),
("a two-week quarantine in Hunchun", [("two-week", [14, 14])]),
("They were promised a one-year contract.", [("one-year", [365, 366])]),
("after nearly six years abroad", [("nearly six years", [1700, 2192])]),
("He worked in Tomsk for roughly eight months.", [("roughly eight months", [200, 270])]),
("They waited about 10 days for their passports.", [("about 10 days", [8, 12])]),
("The brigade stayed for one and a half years.", [("one and a half years", [540, 550])]),
("Her daughter had not seen her for half a decade.", [("half a decade", [1800, 1830])]),
("a fortnight later they were moved", []),
("They were inspected twice a month.", []),
("once every three months, a minder visited", []),
("The road trip took six hours.", [("six hours", [0.24, 0.26])]),
("They toiled 14 hours without a break.", []),
("He slept four hours a night.", []),
("a 12-hour day", []),
("shifts of 11 hours", []),
("The hearing lasted three hours.", [("three hours", [0.12, 0.13])]),
("They were held at the station for 48 hours.", [("48 hours", [2, 2])]),
("He had worked there since March.", []),
("six years after the plant opened", [("six years", [2190, 2192])]),
("Five months on, nothing has changed.", []),
("the 10-year anniversary", [("10-year", [3650, 3653])]),
("a three-month trial period", [("three-month", [89, 92])]),
("The visa is valid for 90 days.", [("90 days", [90, 90])]),
("They repaid the debt over 24 months.", [("24 months", [725, 735])]),
("Over the past decade, exports doubled.", [("the past decade", [3650, 3660])]),
("The workers had been there for just under a year.", [("under a year", [290, 366])]),
("For more than six months they were not paid.", [("more than six months", [182, 240])]),
("the men spent between five and seven years in Russia", [("between five and seven years", [1825, 2557])]),
("a week's wages", []),
("a year's salary was withheld", []),
("They worked a 72-hour week.", []),
("The company's 2023-2025 plan", []),
("Since 2017, the UN has banned such work.", []),
("two to three weeks", [("two to three weeks", [14, 21])]),
("Contracts of up to five years", [("up to five years", [1, 1827])]),
("a decade-long dispute", [("decade-long", [3650, 3655])]),
("It took an hour to reach the site.", [("an hour", [0.04, 0.045])]),
("he was questioned for several hours", [("several hours", [0.12, 0.38])]),
("For six and a half months, the women were paid nothing.", [("six and a half months", [195, 200])]),
("she earns 3,000 yuan a month", []),
("per year", []),
("They rested two days a month.", []),
("Every six months the group rotated.", []),
("A month later, they escaped.", []),
("two years earlier", []),
("for the next two weeks", [("the next two weeks", [14, 14])]),
("In just three months, the site was built.", [("three months", [89, 92])]),
("in a matter of days", []),
("during his four-year stay", [("four-year", [1460, 1462])]),
("a 20-year sentence", [("20-year", [7300, 7310])]),
("The ship had been at sea for 11 months.", [("11 months", [330, 340])]),
("a 60-day deadline", [("60-day", [60, 60])]),
("It was a 40-minute drive.", []),
("the workers' 10-hour shifts", []),
("They had been abroad for two and a half years.", [("two and a half years", [900, 920])]),
("A quarter of a century", []),
("Two decades ago", []),
("for twenty years", [("twenty years", [7300, 7310])]),
("over 30 years", [("30 years", [10950, 10960])]),

]


def score(cases: list[Case]) -> tuple[float, list[str]]:
    tp = fp = fn = 0
    problems: list[str] = []
    for text, expected in cases:
        preds = [t for t in dates.find(text, date(2024, 5, 15)) if t.kind == "duration"]
        used: set[int] = set()
        for span, (lo, hi) in expected:
            s = text.index(span)
            e = s + len(span)
            hit = None
            for i, p in enumerate(preds):
                high = p.days_high if p.days_high is not None else p.days_low
                if i in used or not (p.start < e and s < p.end) or p.days_low is None or high is None:
                    continue
                if lo <= p.days_low <= hi and lo <= high <= hi:
                    hit = i
                    break
            if hit is None:
                fn += 1
                problems.append(f"miss {span!r} in {text!r}: {[(p.text, p.days_low, p.days_high) for p in preds]}")
            else:
                tp += 1
                used.add(hit)
        for i, p in enumerate(preds):
            if i not in used:
                fp += 1
                problems.append(f"false positive {p.text!r} ({p.days_low}-{p.days_high}) in {text!r}")
    return PRF(tp, fp, fn).f1, problems


@pytest.mark.parametrize("cases", [STAY_AND_SCHEDULE, CONTRACTS_AND_RECORDS], ids=["stay", "contracts"])
def test_battery_f1(cases: list[Case]) -> None:
    f1, problems = score(cases)
    assert f1 >= 0.97, "\n".join(problems)


def test_battery_non_durations_find_nothing() -> None:
    traps = [text for text, expected in STAY_AND_SCHEDULE + CONTRACTS_AND_RECORDS if not expected]
    assert len(traps) >= 40
    found = {t: [d.text for d in dates.find(t, date(2024, 5, 15)) if d.kind == "duration"] for t in traps}
    assert {t: f for t, f in found.items() if f} == {}


@pytest.mark.parametrize("sentence", [
    "It was the earliest frost in six years.",
    "The harvest was the worst in a decade, officials said.",
    "Exports hit their highest level in more than three years.",
])
def test_a_superlative_in_n_years_compares_and_is_no_duration(sentence: str) -> None:
    assert [t.text for t in dates.find(sentence) if t.kind == "duration"] == []


def test_a_duration_after_in_without_a_superlative_stays() -> None:
    found = [t.text for t in dates.find("The men were paid once in six months.") if t.kind == "duration"]
    assert found == ["six months"]
