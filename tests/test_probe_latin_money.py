"""Money of Mexico and the Caribbean as reports write it (probe 313). Every text is written for this test; people
and firms are fictional.

* the Caribbean dollars with their prefixes: "TT$", "EC$", "J$";
* a bare "$" in a report on Mexico that also counts in pesos is the peso ("300 pesos ... $250"), not in one that
  gives a US conversion or never names pesos; a code after a bare sum ("$9,000 MXN") says which money it is.
"""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-01", "language": "en"}


def _money(text: str) -> dict[str, str]:
    return {a.text.strip(): a.currency for a in analyse(text, META).amounts if a.kind == "money"}


def test_caribbean_dollars() -> None:
    got = _money("Farmhands in Arima said they earn TT$140 a day. In Grenada a cook was paid EC$900 a month, "
                 "and in Kingston, Jamaica, a guard earns J$9,000 a week.")
    assert got.get("TT$140") == "TTD"
    assert got.get("EC$900") == "XCD"
    assert got.get("J$9,000") == "JMD"


def test_caribbean_dollar_range() -> None:
    a = analyse("Workers in Arima said they paid between TT$1,000 and TT$4,000 for the boat.", META)
    r = next(a for a in a.amounts if a.kind == "money")
    assert (r.currency, r.low, r.high) == ("TTD", 1000, 4000)


def test_bare_sign_is_the_peso_in_a_report_on_mexico() -> None:
    text = ("Berry pickers in Michoacán, Mexico, said the contractor in Zacatecas promised 300 pesos a day. "
            "The grower in Michoacán pays $250 for a full day, they said.")
    assert _money(text).get("$250") == "MXN"
    text = ("Berry pickers in Michoacán, Mexico, said a crossing to Arizona costs $4,000. "
            "Growers in Michoacán sell most of the crop north.")
    assert _money(text).get("$4,000") == "USD"


def test_code_after_bare_sum() -> None:
    got = _money("Job offer: harvest supervisor, salary $9,000 to $11,000 MXN a month, housing included.")
    assert "MXN" in got.values()


def test_an_investment_in_millions_stays_in_dollars() -> None:
    # the wages are pesos, but "$450 million" for a plant is the investor's dollars (written for this test)
    text = ("Pickers in Culiacán, Sinaloa, Mexico, said the packer pays 280 pesos a day and $150 for a Sunday shift. "
            "The fictional Norvale Foods said it would spend $450 million on a new packing plant in Sinaloa.")
    got = _money(text)
    assert got.get("$150") == "MXN"
    assert got.get("$450 million") == "USD"
