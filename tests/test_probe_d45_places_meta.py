"""Places and page metadata of short clipped excerpts (probe diag45): a firm's short name with a possessive is not a
place, regional aliases (Umnugovi, North Al Batinah, Iraq's Kurdistan Region), a gold place written as a small town
or another spelling of a city compares as the extractor names it, and mastheads whose other parts are numbered items,
programme titles or law-report sections. Every text is written for this test; firms and outlets are fictional."""

from __future__ import annotations

from labourlens.analyse import places
from labourlens.analyse.mastheads import header_votes
from labourlens.analyse.pipeline import analyse
from labourlens.evaluate import _gold_place_name

META = {"published": "2025-03-01", "language": "en"}


def _names(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country or "") for p in places.find(text)}


def test_firm_short_name_with_possessive_is_no_place() -> None:
    text = ("The welders were employed by Jinfeng Steel Construction near Dalanzadgad, Mongolia.\n\n"
            "Jinfeng's project manager said the passports were kept for registration.\n")
    assert not any(n == "Jinfeng" for n, _ in _names(text))
    assert ("Jinfeng", "CN") in _names("The welders came from Jinfeng, a town in China, on Monday.")  # control


def test_regional_aliases() -> None:
    assert ("Omnogovi", "MN") in _names("Workers at a mine in Umnugovi province, Mongolia, went on strike.")
    assert ("Al Batinah", "OM") in _names("A labour office in North Al Batinah, Oman, registered the complaints.")
    assert ("Kurdistan Region", "IQ") in _names("The women were sent on to Erbil, in Iraq's Kurdistan Region.")


def test_gold_place_is_read_in_its_country() -> None:
    assert _gold_place_name("Khobar", "SA") == _gold_place_name("Al Khobar", "SA") == "al khobar"
    assert _gold_place_name("Turkestan", "KZ") == "turkistan"
    assert _gold_place_name("Seoul", "KR") == "seoul"
    assert _gold_place_name("Nowhereville", "KZ") == "nowhereville"  # no such place: the name as written


def test_header_with_numbered_items_and_titles() -> None:
    assert header_votes("STEPPE LAW DIGEST \u00b7 Criminal \u00b7 Summary No. 2025/07\n\nThe court found ...") == [
        ("STEPPE LAW DIGEST", 2.0, "header")]
    assert header_votes('Radio Barkhan \u00b7 "Roads Abroad" \u00b7 episode 31\n\nHOST: ...') == [
        ("Radio Barkhan", 2.0, "header")]
    assert header_votes("LE SAHEL HEBDO \u2014 Society\n\nx")[0][0] == "LE SAHEL HEBDO"
    assert header_votes("Welders Held In Safe Room \u00b7 Workers Say More\n\nx") == []  # a title-case headline


def test_short_form_joins_the_masthead() -> None:
    text = ("THE KAZAN LEDGER | News | March 3, 2025\n\n"
            "Migrant workers say their passports were taken\n\n"
            "Twelve migrant workers from Tajikistan told the Ledger their passports were taken by the warehouse "
            "managers. The Ledger could not independently confirm their account.\n")
    assert analyse(text, META).meta.outlet == "The Kazan Ledger"
