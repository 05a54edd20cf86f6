"""Probe of money as reports write it (PM): currencies of the regions, written forms, vague amounts,
subunits, periods, conversions and numbers that are not money. Every sentence is written for this
test; companies and people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import money
from money_helpers import DAY, money_amounts, one_amount

# (text, span, currency, value, per)
POINT = [
    # the kwacha of Zambia and of Malawi, by the country named
    ("Miners in Zambia were paid 1,500 kwacha a month by the contractor.", "1,500 kwacha", "ZMW", 1500, "month"),
    ("Near Kitwe the smelter paid 90 kwacha a day.", "90 kwacha", "ZMW", 90, "day"),
    ("Tobacco tenants in Malawi were paid 20,000 kwacha a month.", "20,000 kwacha", "MWK", 20000, "month"),
    ("Estate hands near Lilongwe got 1,200 kwachas per week.", "1,200 kwachas", "MWK", 1200, "week"),
    # JD before the number: the Jordanian dinar
    ("Garment workers in Jordan earned JD 260 a month.", "JD 260", "JOD", 260, "month"),
    ("The Irbid plant docked JD40 for each missed quota.", "JD40", "JOD", 40, None),
    # subunits of the riyal, the tenge and the Omani rial
    ("In Jeddah the men were left with 500 halalas a day.", "500 halalas", "SAR", 5, "day"),
    ("A loaf cost 50 tiyn more in Almaty.", "50 tiyn", "KZT", 0.5, None),
    ("The tea cost 200 baisa in Muscat.", "200 baisa", "OMR", 0.2, None),
    ("Each sack earned them 3 US cents.", "3 US cents", "USD", 0.03, None),
    ("Pickers in Spain got 80 euro cents a crate, after €40 for transport.", "80 euro cents", "EUR", 0.8, None),
    # the period survives "before deductions", and a slash is always a rate
    ("Trainees in Japan earned 120,000 yen a month before rent.", "120,000 yen", "JPY", 120000, "month"),
    ("Welders were paid $900 a month before tax.", "$900", "USD", 900, "month"),
    ("They got $400/month after the agency's cut.", "$400", "USD", 400, "month"),
    # one unit with the article, where a bound, pay or a period makes it a sum
    ("Many lived on less than a dollar a day.", "a dollar", "USD", 1, "day"),
    ("The pickers earned a euro an hour in the greenhouses.", "a euro", "EUR", 1, "hour"),
    ("Each bag sold for about a dollar at the gate.", "a dollar", "USD", 1, None),
    # "won" inside North Korea: the country named near the amount, not only its towns
    ("A North Korean worker in Russia said his family received 300,000 won a month.", "300,000 won", "KPW", 3e5, "month"),
    ("Kim, a defector, said her wage at the North Korean factory was 2,000 won a month.", "2,000 won", "KPW", 2000,
     "month"),
    ("Workers in the DPRK earn 4,000 won a month.", "4,000 won", "KPW", 4000, "month"),
    ("In the North, a kilo of pork costs 15,000 won.", "15,000 won", "KPW", 15000, None),
    ("A bus ticket in Pyongyang costs 50 won.", "50 won", "KPW", 50, None),
    # ... and in the South, where a South Korean place or the defector's new life is nearer
    ("He earned 2 million won a month in a Seoul restaurant after defecting.", "2 million won", "KRW", 2e6, "month"),
    ("North Korean defectors in South Korea pay brokers 20 million won.", "20 million won", "KRW", 2e7, None),
    ("A North Korean defector now earns 2.5 million won a month near Incheon.", "2.5 million won", "KRW", 2.5e6, "month"),
    ("They paid 3,000 yuans a month for the beds.", "3,000 yuans", "CNY", 3000, "month"),
    # the dollar sign or US$ after the number, as translated reports write it
    ("Ship crews earned 400 US$ a month.", "400 US$", "USD", 400, "month"),
    ("The cooks got 500$ a month in Vladivostok.", "500$", "USD", 500, "month"),
    # a bare "pounds" beside pay or a period is money, of the country around it
    ("The pickers in Britain were paid 300 pounds a week.", "300 pounds", "GBP", 300, "week"),
    ("The fee of 2,000 pounds was paid to a gangmaster in Kent.", "2,000 pounds", "GBP", 2000, None),
    ("In Cairo the wage was 2,000 pounds.", "2,000 pounds", "EGP", 2000, None),
    ("In Beirut maids were paid 1.5 million pounds a month.", "1.5 million pounds", "LBP", 1.5e6, "month"),
    ("Workers in Sudan earned 20,000 pounds a month.", "20,000 pounds", "SDG", 20000, "month"),
    # forms that already worked, kept as a guard
    ("The broker charged each recruit RMB10,000 before departure.", "RMB10,000", "CNY", 10000, None),
    ("In Pyongyang, a kilogram of rice now costs 6,000 won at the market.", "6,000 won", "KPW", 6000, None),
    ("Defectors in Seoul said brokers charge KRW 5 million to arrange the journey.", "KRW 5 million", "KRW", 5e6, None),
    ("Herders near Ulaanbaatar were paid 800,000 tugriks for the season.", "800,000 tugriks", "MNT", 800000, None),
    ("Road workers in Cameroon were paid 2,000 CFA francs a day.", "2,000 CFA francs", "XAF", 2000, "day"),
    ("In Dakar, fishermen received 75,000 CFA francs for a month at sea.", "75,000 CFA francs", "XOF", 75000, "month"),
    ("In Dar es Salaam a guard earns 200,000 shillings a month.", "200,000 shillings", "TZS", 200000, "month"),
    ("Maids in Bahrain were paid 120 dinars.", "120 dinars", "BHD", 120, None),
    ("Angolan staff were paid Kz 50,000 a month.", "Kz 50,000", "AOA", 50000, "month"),
    ("The scheme brought in $1.2bn a year, investigators estimated.", "$1.2bn", "USD", 1.2e9, "year"),
    ("In Kampala, porters earned 10,000 Ugandan shillings per shift.", "10,000 Ugandan shillings", "UGX", 10000, "day"),
]


@pytest.mark.parametrize(("text", "span", "currency", "value", "per"), POINT)
def test_point_amounts(text: str, span: str, currency: str, value: float, per: str | None) -> None:
    a = one_amount(text, span)
    assert a.currency == currency
    assert a.value == pytest.approx(value, rel=0.01)
    assert a.per == per


# one range: "from X to Y" after a verb of spread, "X~Y", and a rising "X or Y" in one currency
RANGES = [
    ("Fees ran from $200 to $300 per worker.", "$200 to $300", "USD", 200, 300),
    ("Pay varied from $50 to $80 a day on the farms.", "$50 to $80", "USD", 50, 80),
    ("Deposits ranging from RMB 5,000 to RMB 8,000 were kept by the firm.", "RMB 5,000 to RMB 8,000", "CNY", 5000, 8000),
    ("He was paid anything from 200 yuan to 300 yuan a week.", "200 yuan to 300 yuan", "CNY", 200, 300),
    # a tilde between two numbers, as in reports translated from Korean or Chinese
    ("Brokers asked 3~5 million won in Seoul.", "3~5 million won", "KRW", 3e6, 5e6),
    # two rising amounts in one currency joined by "or"
    ("The cleaners got $50 or $60 a month from the agency.", "$50 or $60", "USD", 50, 60),
    ("Rent in the hostel was €120 or €150, depending on the room.", "€120 or €150", "EUR", 120, 150),
]


@pytest.mark.parametrize(("text", "span", "currency", "low", "high"), RANGES)
def test_spread_ranges(text: str, span: str, currency: str, low: float, high: float) -> None:
    found = money_amounts(text)
    assert [a.text for a in found] == [span]
    assert (found[0].currency, found[0].low, found[0].high) == (currency, low, high)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Wages rose from 1,200 won to 1,600 won after the protest in Seoul.", ["1,200 won", "1,600 won"]),
        ("The fee was cut from $500 to $300 last year.", ["$500", "$300"]),
        ("He paid $200, $300 and $400 in three instalments.", ["$200", "$300", "$400"]),
        ("Fines ranged from a few million dollars to several billion dollars.",
         ["a few million dollars", "several billion dollars"]),
    ],
)
def test_changes_and_vague_ends_stay_two_amounts(text: str, spans: list[str]) -> None:
    assert [a.text for a in money_amounts(text)] == spans


@pytest.mark.parametrize(
    ("text", "span", "stated"),
    [
        ("Wages were 2,000 yuan (US$280; €260) a month.", "2,000 yuan", 280),
        ("The firm paid 3,000 yuan (about $415, or €390) to each man.", "3,000 yuan", 415),
        ("The court in Harbin ordered 500,000 yuan in compensation, about 69,000 dollars.", "500,000 yuan", 69000),
        ("The firm owed 80,000 rubles in back pay, or about $870, to each welder.", "80,000 rubles", 870),
    ],
)
def test_conversions_attach(text: str, span: str, stated: float) -> None:
    found = money_amounts(text)
    assert [a.text for a in found] == [span]
    assert found[0].stated_usd == pytest.approx(stated)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("They earned a few hundred yuan a month.", "a few hundred yuan", 200, 899),
        ("The broker took a few thousand rubles from each.", "a few thousand rubles", 2000, 8999),
        ("Several hundred dollars were taken from each worker.", "Several hundred dollars", 200, 999),
        ("Tens of thousands of rubles were deducted for housing.", "Tens of thousands of rubles", 10000, 99999),
        # a compound multiplier counts in whole units of its last word: up to 999 million
        ("The scheme made several hundred million dollars.", "several hundred million dollars", 2e8, 999e6),
        ("The firm owed several hundred thousand yuan.", "several hundred thousand yuan", 2e5, 999e3),
        ("The firm owed several million dollars.", "several million dollars", 2e6, 1e7 - 1),
    ],
)
def test_vague_bounds(text: str, span: str, low: float, high: float) -> None:
    a = one_amount(text, span)
    assert (a.low, a.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        # "a dollar" as the currency, not a sum
        "The yuan rose against a dollar that kept falling.",
        "It was a dollar-denominated loan from a Hong Kong bank.",
        "A dollar's worth of influence bought nothing there.",
        # a pound is often a weight
        "He bought a pound of rice for the men.",
        # pounds of weight
        "They carried sacks of 100 pounds each day in the Kent fields.",
        "Each man got 50 pounds of rice a month in London.",
        "He weighed 150 pounds when he left the farm in Lincolnshire.",
        "She lost 20 pounds in a month at the Norfolk site.",
        # numbers that are not money
        "About 1,500 workers were sent to the site in 2019, under Article 12 of the contract.",
        "Unit 180 officials in Sinuiju collected the wages, the source said.",
        "They worked 6 days a week, 11 hours a day, in Block 7, Room 302.",
        "The 1,000-strong workforce at the 500-bed hospital went unpaid for 3 months.",
        "They kept 70 percent of their wages, and 70% went to the state.",
        "The men were held for a month after the strike.",
        # a small number before the verb "won"
        "Of the 12 workers who sued in Seoul, 3 won compensation.",
        "A team of 11 won the factory cup in Busan.",
    ],
)
def test_not_money(text: str) -> None:
    assert money_amounts(text) == []


def test_percent_is_not_money_but_is_parsed() -> None:
    found = money.find("The state took 70 percent of their wages.", DAY)
    assert [(a.kind, a.value) for a in found] == [("percent", 70.0)]


@pytest.mark.parametrize(
    ("text", "currency", "note"),
    [
        ("In Pyongyang rice costs 6,000 won a kilo.", "KPW", "KPW"),
        ("Luanda builders earned 50,000 kwanza.", "AOA", "AOA"),
        ("Copper miners near Kitwe got 1,500 kwacha.", "ZMW", "ZMW"),
    ],
)
def test_no_ecb_rate_is_said_not_invented(text: str, currency: str, note: str) -> None:
    (a,) = money_amounts(text)
    assert a.currency == currency
    assert a.usd is None and a.fx_rate is None
    assert a.fx_note and note in a.fx_note


def test_usd_normalised_at_published_date() -> None:
    (a,) = money_amounts("Workers in Jiangsu earned 4,500 yuan a month.")
    assert a.usd == pytest.approx(4500 / a.fx_rate)
    assert a.fx_date == "2025-03-01" and a.fx_source and "ECB" in a.fx_source
    assert 600 < a.usd < 650
