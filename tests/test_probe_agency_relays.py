"""Probes: "the agency" after a news agency named with its kind ("Yonhap, the South Korean news agency") is that
outlet again, and a quotation closed by '"...," Yonhap quoted the source as saying' is the source's, relayed by the
agency. Texts written for these tests; the wire and its story are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, speaker

TEXT = """DANDONG, China, Nov. 23 (Eastgate Wire) - North Korean women who gut crab at a plant east of Dandong have been barred from leaving their compound since March, Yonhap, the South Korean news agency, said on Monday, citing a source in the border city.

The women live in two dormitory blocks and are escorted by minders whenever they go to a clinic, the source told Yonhap. Their monthly wages are reportedly handed to a trading firm instead of the workers, the agency said.

"They see their own money once a year, when a cadre hands out a small envelope," Yonhap quoted the source as saying.
"""


def test_the_agency_is_the_news_agency_named_before() -> None:
    wording, kind, _ = speaker(TEXT, "handed to a trading firm")
    assert kind == "outlet" and wording is not None and wording.startswith("Yonhap")


def test_a_quote_closed_by_quoted_as_saying_is_the_sources() -> None:
    quoted = speaker(TEXT, "once a year")
    told = speaker(TEXT, "escorted by minders")
    assert quoted[1] == "anonymous_source" and quoted[2] == told[2]


def test_the_agency_with_no_news_agency_before_is_not_an_outlet() -> None:
    text = ("Migrant workers at a Doha site said their passports were taken by the recruitment agency.\n\n"
            "The workers were charged 3,000 dollars each for the visa, the agency said.")
    assert speaker(text, "charged 3,000")[1] != "outlet"


def test_an_agency_named_with_its_kind_and_citing_a_source_relays_it() -> None:
    """FORMAT.md: the innermost source speaks, the agency relays; "the agency" later is still the agency."""
    a = analyse(TEXT, META)
    first = next(c for c in a.claims if "barred from leaving" in c.text)
    source = a.source(first.source)
    assert source is not None and source.kind == "anonymous_source"
    assert source.relay is not None and "Yonhap" in source.relay
    assert first.source == speaker(TEXT, "escorted by minders")[2]
