"""Call-in transcripts whose callers are described, not named, in the label's bracket ("CALLER (woman, Masaka):",
"CALLER (man, Mbarara):"): two callers described apart are two people, and a bare "CALLER:" line goes on with the
last described caller (probe diag88). Every text is written for this test; the people and the programme are
fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.call_ins import described_caller
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
SHOW = ("Radio Kijiji (Kisumu) - \"Work Abroad\" phone-in, transcript\nPresenter: Grace Atieno.\n\n"
        "ATIENO: Welcome back. We have a caller from Kisii. You are on air.\n\n"
        "CALLER (woman, Kisii): Thank you, Grace. My sister went to Doha through an agency in Nairobi. "
        "Her employer took her passport on the first day and she is locked in the house.\n\n"
        "ATIENO: Did she complain?\n\n"
        "CALLER: Yes. Her employer has not paid her salary for five months.\n\n"
        "ATIENO: Thank you. Next caller, from Busia.\n\n"
        "CALLER (man, Busia): Grace, I worked in Dubai as a cleaner. My employer kept my passport for two years.\n")


def _sources() -> dict[str, str]:
    a = analyse(SHOW, META)
    out = {}
    for c in a.claims:
        s = a.source(c.source)
        out[c.text[:24]] = c.source if s else ""
    return out


def test_two_described_callers_are_two_sources() -> None:
    src = _sources()
    first = next(v for k, v in src.items() if k.startswith("Her employer took"))
    second = next(v for k, v in src.items() if k.startswith("My employer kept"))
    assert first != second


def test_bare_caller_line_goes_on_with_the_last_described_caller() -> None:
    src = _sources()
    first = next(v for k, v in src.items() if k.startswith("Her employer took"))
    later = next(v for k, v in src.items() if k.startswith("Her employer has not"))
    assert first == later


def test_described_caller_wording() -> None:
    assert described_caller("CALLER", "CALLER (woman, Kisii): Thank you.", "") == "Caller (woman, Kisii)"
    before = "CALLER (woman, Kisii): Thank you.\n\nATIENO: Did she complain?\n\n"
    assert described_caller("CALLER", "CALLER: Yes.", before) == "Caller (woman, Kisii)"
    # the host turned to a new caller: the last description no longer holds
    assert described_caller("CALLER", "CALLER: Yes.", before + "ATIENO: Next caller, please.\n\n") is None
    # no bracket, or a bracket that names nobody in lower case: no described caller
    assert described_caller("CALLER", "CALLER: Yes.", "ATIENO: Hello.\n\n") is None
    assert described_caller("CALLER", "CALLER (Timur): Yes.", "") is None


def test_ordinal_label_keeps_its_own_wording() -> None:
    assert described_caller("SECOND CALLER", "SECOND CALLER (unnamed woman): I rent a flat.", "") is None


def test_channel_bracket_describes_no_one() -> None:
    assert described_caller("LISTENER", "LISTENER (by text message): The builders work on Sundays.", "") is None
    assert described_caller("LISTENER", "LISTENER (driver, Kisumu): The builders work on Sundays.", "") == "Listener (driver, Kisumu)"
