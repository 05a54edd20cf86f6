"""The accused party's assertion of the lawful opposite, in the wordings of replies by Russian firms and their lawyers
(diag89): pay "in full and on time" in quotation marks, "everything is legal", "the company owed them nothing", papers
given "back on request", pay "as the contract provides" are denials (negated, no indicator); a worker's account and a
firm's admission keep their reading. Every text is written for this test; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
LEAD = ("Uzbek packers at the Vostok Ryba plant in Nakhodka say their passports were taken and their wages withheld "
        "for three months.\n\n")


def _claim(text: str, frag: str) -> tuple[str, list[str]]:
    a = analyse(LEAD + text, META)
    c = next(c for c in a.claims if frag in c.text)
    return c.polarity, [h.indicator for h in c.indicators]


def test_denials_in_the_firms_words() -> None:
    assert _claim("The plant's director, Pavel Sorokin, said wages are paid \"in full and on time\" to a bank card.",
                  "in full and on time") == ("negated", [])
    assert _claim("The company's lawyer, Irina Lapina, said the company owed them nothing.", "owed them nothing") == ("negated", [])
    assert _claim("A spokeswoman for Vostok Ryba said the workers hold their own passports and anyone who left his at the office can take it back on request.",
                  "back on request")[0] == "negated"


def test_accounts_and_admissions_keep_their_reading() -> None:
    polarity, found = _claim("One of the packers, Dilshod, said the company still owed them 90,000 rubles each.", "still owed")
    assert polarity == "affirmed" and "withholding_of_wages" in found
    polarity, found = _claim("A spokeswoman for Vostok Ryba admitted that the company owed them 90,000 rubles each.", "owed them")
    assert polarity == "affirmed"
