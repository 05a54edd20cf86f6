"""Sentence splitting on messy news prose (all texts are invented for these tests)."""

from __future__ import annotations

import pytest

from labourlens.analyse.sentences import dateline_end, quote_spans, split


def texts(text: str) -> list[str]:
    return [s.text for s in split(text)]


def test_offsets_are_exact() -> None:
    text = "Workers arrived in May. They left in June.\n\nA second paragraph here."
    for s in split(text):
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Kim said the workers left. They went home.", 2),
        ("The U.S. Treasury named the firm. It denied this.", 2),
        ("On Jan. 5 the crew arrived in Nakhodka. Work began.", 2),
        ("The plant, No. 3 in the zone, employs 40 people. It is new.", 2),
        ("Dr. Ri and Gov. Park met at 9 a.m. on Monday.", 1),
        ("The workers earned 3.5 times less than locals. Nobody complained.", 2),
        ("J. K. Rowe wrote the report. It was long.", 2),
        ("The firm is Baekdu Trading Co. The company said nothing.", 2),
        ("It was founded by Hanbit Ltd. in 2012 and grew.", 1),
        ("Wages fell... Then they stopped altogether.", 2),
        ("Did they get paid? Nobody knows.", 2),
    ],
)
def test_abbreviations_and_boundaries(text: str, expected: int) -> None:
    assert len(split(text)) == expected


def test_closing_quote_after_period_and_multi_sentence_quote() -> None:
    text = "“We worked every day. Nobody could leave,” the source said. “It was like a prison.”"
    sents = split(text)
    assert [s.text for s in sents] == [
        "“We worked every day.",
        "Nobody could leave,” the source said.",
        "“It was like a prison.”",
    ]
    assert sents[0].quote == sents[1].quote is not None
    assert sents[2].quote is not None and sents[2].quote != sents[0].quote


def test_quote_does_not_split_before_lowercase_attribution() -> None:
    assert len(split("“Are they paid?” she asked. Nobody answered.")) == 2


def test_bracketed_insertion_stays_in_sentence() -> None:
    text = "They got RMB 10 [USD 1.41] a day. The rest went to the state."
    assert texts(text)[0] == "They got RMB 10 [USD 1.41] a day."


def test_kinds_of_lines() -> None:
    text = (
        "Skip to main content\n"
        "Loggers in Tomsk go unpaid\n"
        "By Anna Petrova\n"
        "Share on WhatsApp\n"
        "TOMSK, Russia (AP) — Thirty loggers have not been paid since March, a foreman said.\n"
        "Keywords: logging, Russia\n"
        "Photo: A timber yard near Tomsk. (AP Photo/Ivan Sidorov)\n"
        "Please direct any comments or questions to desk@example.org.\n"
        "Read in Korean\n"
        "*Translated by Mina Seo\n"
    )
    kinds = [(s.kind, s.text[:12]) for s in split(text)]
    assert kinds[0][0] == "chrome"
    assert kinds[1][0] == "headline"
    assert kinds[2][0] == "byline"
    assert kinds[3][0] == "chrome"
    assert kinds[4] == ("body", "TOMSK, Russi")
    assert kinds[5][0] == "chrome"
    assert kinds[6][0] in ("meta", "caption")
    assert kinds[7][0] == "contact"
    assert kinds[8][0] == "chrome"
    assert kinds[9][0] == "byline"


def test_caption_with_agency_credit() -> None:
    text = "North Korean workers at a site in Doha. (Reuters)\nThe men work long hours, a source said."
    sents = split(text)
    assert sents[0].kind == "caption"
    assert sents[1].kind == "body"


def test_dateline_is_prefix_of_first_sentence() -> None:
    text = "HUNCHUN, China (AP) — About 200 women work at the plant. They sew uniforms."
    sents = split(text)
    assert len(sents) == 2
    assert sents[0].text.startswith("HUNCHUN")
    assert dateline_end(sents[0].text) == len("HUNCHUN, China (AP) — ")
    assert dateline_end("DOHA — Crews were seen.") == len("DOHA — ")
    assert dateline_end("A — b") == 0


def test_paragraphs_and_wrapped_lines() -> None:
    text = (
        "The workers at the timber camp near the river said that their wages had been\n"
        "withheld for months by the company.\n\nA second paragraph."
    )
    sents = split(text)
    assert sents[0].paragraph == 0
    assert sents[0].text.endswith("by the company.")
    assert sents[1].paragraph == 1


def test_hard_wrapped_pdf_lines_are_joined() -> None:
    text = (
        "According to the report, North Korean workers at the shipyard in Gdynia were paid\n"
        "Polish wages on paper, but most of the money was transferred to an account held by\n"
        "their team leader. Another paragraph follows here.\n"
    )
    sents = split(text)
    assert len(sents) == 2
    assert "paid\nPolish wages" in sents[0].text


def test_unconfirmed_flag() -> None:
    sents = split("About 300 workers arrived. The claim could not be independently verified.")
    assert [s.unconfirmed for s in sents] == [False, True]


def test_repost_header_is_meta() -> None:
    sents = split("[Source: Gulf Ledger]\nAccording to The Harbour Times:\nCrews worked at night.")
    assert sents[0].kind == "meta"
    assert sents[1].kind == "meta"
    assert sents[2].kind == "body"


def test_quote_spans_unclosed_runs_to_end() -> None:
    assert quote_spans("He said “we left. And") == [(8, 21)]
    assert quote_spans('a "b" c') == [(2, 5)]


def test_empty_and_whitespace() -> None:
    assert split("") == []
    assert split("   \n\n  ") == []


@pytest.mark.parametrize("marker", ["[15]", "[3][4]", "”[7]", ")[12]"])
def test_footnote_markers_end_a_sentence(marker: str) -> None:
    text = f"The crew was paid in kind in 2019.{marker} Most of the men said the gate was locked at night."
    texts = [s.text for s in split(text)]
    assert texts == [f"The crew was paid in kind in 2019.{marker}", "Most of the men said the gate was locked at night."]
    assert [s.text for s in split("See note [3] and the annex.")] == ["See note [3] and the annex."]
