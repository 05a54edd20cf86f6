"""Probes: the Zimbabwe dollar by its code ("ZWL 41.6 million", with a dollar conversion after it) and by name, and a
bare "francs" in a report on the Democratic Republic of Congo (written without "the") or its mining towns, which is
the Congolese franc, not the CFA franc of Congo-Brazzaville. Texts written for these tests; people and firms are
fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


def _amounts(text: str) -> dict[str, tuple[str | None, float | None, float | None]]:
    return {a.text: (a.currency, a.value, a.stated_usd) for a in analyse(text, META).amounts}


def test_zimbabwe_dollar_code_with_conversion() -> None:
    got = _amounts("HARARE - Forty miners at a chrome pit near Shurugwi claimed unpaid wages totalling ZWL 41.6 million "
                   "(approximately US$11,500 at the interbank rate then prevailing).")
    assert got.get("ZWL 41.6 million") == ("ZWL", 41600000.0, 11500.0)


def test_zimbabwe_dollars_by_name() -> None:
    got = _amounts("HARARE - An injured miner at a chrome pit in Zvishavane was handed 300,000 Zimbabwe dollars in cash.")
    assert got.get("300,000 Zimbabwe dollars", (None,))[0] == "ZWL"


def test_francs_in_the_democratic_republic_of_congo() -> None:
    got = _amounts("Loaders at a cobalt yard said they earn little. The national minimum wage in the Democratic Republic "
                   "of Congo was raised to about 14,500 francs a day.")
    assert got.get("14,500 francs", (None,))[0] == "CDF"


def test_francs_in_brazzaville_stay_cfa() -> None:
    got = _amounts("BRAZZAVILLE - Dockers at the port of Pointe-Noire in the Republic of the Congo said they earn 60,000 francs a month.")
    assert got.get("60,000 francs", (None,))[0] == "XAF"
