"""Probe of money wording from reports on Central Asia, the Gulf and West Africa: the Uzbek "sum" after a number,
the leone written "Le" and "NLe", Nepali district names that say which rupee, ticker cells of page chrome, bare
wage figures that take the currency of the wage before them, bare numbers after "instead of the", "rising to"
and a second verb, and a headline below a kicker whose shared name the body makes plain. Every sentence is
written for this test; companies and people are fictional."""

from __future__ import annotations

import pytest

from money_helpers import money_amounts, one_amount


def _texts(text: str) -> list[tuple[str, str | None, float | None, float | None, float | None]]:
    return [(a.text, a.currency, a.value, a.low, a.high) for a in money_amounts(text)]


@pytest.mark.parametrize(("text", "span", "currency", "value", "stated"), [
    ("Families in Namangan say a recruiter took 6 million sum (about $480) for each visa.", "6 million sum", "UZS", 6e6, 480),
    ("The Tashkent office charged 900,000 sum for the medical check.", "900,000 sum", "UZS", 9e5, None),
    ("In Freetown the agent asked for Le 12,000 (roughly $530) per girl.", "Le 12,000", "SLE", 12000, 530),
    ("Sierra Leonean returnees said the fee was Le 9,500.", "Le 9,500", "SLE", 9500, None),
    ("The Makeni tailoring shop pays NLe 1,800 a month.", "NLe 1,800", "SLE", 1800, None),
    ("A broker in Dhanusha took two lakh rupees from each man bound for Doha.", "two lakh rupees", "NPR", 2e5, None),
    ("Recruits from Jhapa district paid Rs 150,000 for a job in Kuwait.", "Rs 150,000", "NPR", 150000, None),
])
def test_local_forms_of_currencies(text: str, span: str, currency: str, value: float, stated: float | None) -> None:
    a = one_amount(text, span)
    assert (a.currency, a.value if a.value is not None else a.low, a.stated_usd) == (currency, value, stated), _texts(text)


@pytest.mark.parametrize("text", [
    "He paid the 4 million sum to a bank in London.",  # no Uzbek setting: the English noun
    "The lump sum of 300 dollars came late.",
    "Le 12 juin, la police a fermé l'agence.",  # French "Le" before a date
    "Le 12,000 was written on the cover of the ledger in Lyon.",  # no Sierra Leone in the text
])
def test_sum_and_le_elsewhere_are_no_currency(text: str) -> None:
    assert not [a for a in money_amounts(text) if a.currency in ("UZS", "SLE")], _texts(text)


def test_sum_as_a_noun_after_a_number_named_again() -> None:
    text = "The audit found fees of 3,100 dollars, but that 3,100 sum went to a fixer in Dubai."
    assert [(a.text, a.currency) for a in money_amounts(text)] == [("3,100 dollars", "USD"), ("3,100", "USD")]


def test_rupees_in_india_stay_indian() -> None:
    assert one_amount("Brokers in Kerala charged two lakh rupees a head.", "two lakh rupees").currency == "INR"


@pytest.mark.parametrize("text", [
    "Novosibirsk -21°C snow | USD 92.15 | EUR 99.80\n\nWorkers at the Kolyvan site were paid 60,000 rubles.",
    "Almaty | KZT 4.95 | USD 510.20\n\nThe cooks said they earned 200,000 tenge a month.",
])
def test_ticker_cells_of_page_chrome_are_no_amounts(text: str) -> None:
    assert [a.text for a in money_amounts(text)] in (["60,000 rubles"], ["200,000 tenge"]), _texts(text)


def test_an_amount_in_a_table_row_stays() -> None:
    text = "| Item | Cost |\n| Visa fee | USD 450.00 |\n| Ticket | USD 380.00 |"
    assert [a.text for a in money_amounts(text)] == ["USD 450.00", "USD 380.00"], _texts(text)


@pytest.mark.parametrize(("text", "span", "currency"), [
    ("He was promised 1,500 dirhams a month. He paid the broker 90,000 rupees in Nepalgunj.\n\n"
     "The salary was 1,100. Rent was taken out.", "1,100", "AED"),
    ("Q: What were you told?\nA: That we would get 80,000 rubles a month. My uncle lent me 7,000 somoni.\n\n"
     "Q: And then?\nA: Most months we got 35,000 for a month, or less.", "35,000", "RUB"),
    ("Recruiters had promised 2,000 riyals a month, but on arrival the women were offered 1,200 and moved to a camp.",
     "1,200", "SAR"),
    ("She received 700 dinars for March instead of the 950 promised.", "950", "KWD"),
    ("Drivers start on 90,000 rubles a month, rising to about 120,000 after a year.", "120,000", "RUB"),
])
def test_bare_wage_figures_take_the_wages_currency(text: str, span: str, currency: str) -> None:
    text = text.replace("dinars", "Kuwaiti dinars").replace("2,000 riyals", "2,000 Saudi riyals")
    assert one_amount(text, span).currency == currency, _texts(text)


@pytest.mark.parametrize(("text", "bare"), [
    ("He was promised 1,500 dirhams a month. The fee was 90,000 rupees.\n\nThe village was 1,100 metres up.", "1,100"),
    ("They earned 80,000 rubles a month. The salary was 9.", "9."),  # far below any wage in that currency
    ("The firm pays 2,000 riyals a month and hired 300 and sent them to Tabuk.", "300"),
    ("Drivers start on 90,000 rubles a month, rising to 400 drivers by spring.", "400"),
    ("The fee was 500 dollars. The salary was 900.", "900"),  # a fee is no wage: no wage currency to take
])
def test_counts_and_fees_stay_as_they_are(text: str, bare: str) -> None:
    start = text.index(bare)
    assert not [a for a in money_amounts(text) if a.start <= start < a.end], _texts(text)


def test_headline_below_a_kicker_takes_the_bodys_pound() -> None:
    text = ("The Cedar Courier\n\nAkkar: Syrian porters work for 250,000 pounds a day\n\n"
            "Syrian men in the Akkar plain are paid 250,000 Lebanese pounds (about $2.80) a day to load trucks, "
            "according to three porters and a local aid worker who asked not to be named.")
    assert one_amount(text, "250,000 pounds").currency == "LBP", _texts(text)
