"""A text that is itself a formal document speaks as that document: a company's statement pasted
whole, a report excerpt under its citation; and wire datelines with a date do not become part of the
first speaker (all texts fictional, written for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of, who
from labourlens.analyse.document_voice import document_voice, refers_to_issuer
from labourlens.analyse.wire_datelines import dateline_end

# ---------------------------------------------------------------- headings

@pytest.mark.parametrize("heading, wording", [
    ("STATEMENT BY THE BOARD OF DIRECTORS OF ORION FREIGHT LTD\n\nRiga, 3 May 2022", "Orion Freight"),
    ("Statement from Kestrel Foods Co. on recent media reports\nQingdao, 1 April 2021", "Kestrel Foods"),
    ("PRESS STATEMENT OF SILVERLINE KNITTING S.A. IN RESPONSE TO ALLEGATIONS\n", "Silverline Knitting"),
    ("Tern Offshore Sp. z o.o.\nul. Morska 9, Szczecin\n\nSTATEMENT CONCERNING A TELEVISION REPORT\n", "Tern Offshore"),
    ("Amberley Shipyards GmbH\n\nPRESS RELEASE\n\nHamburg, 2 June 2020\n", "Amberley Shipyards"),
])
def test_a_company_statement_heading_names_its_issuer(heading: str, wording: str) -> None:
    voice = document_voice(heading + "\nThe company rejects the claims.")
    assert voice is not None and voice.kind == "statement" and voice.wording == wording


@pytest.mark.parametrize("heading", [
    "PRESS RELEASE BY THE MINISTRY OF LABOUR AND SOCIAL PROTECTION\n",  # the state body speaks (official)
    "Statement from the Embassy of the Republic of Latvia\n",
    "Orion Freight said in a statement on Monday that it rejects the claims.\n",  # a news sentence
    "The Coastal Courier\nPRESS RELEASE\n",  # no company letterhead
    "Workers at Orion Freight say they were never paid\n\nBy Ana Ruiz\n",
])
def test_other_headings_are_not_a_company_statement(heading: str) -> None:
    assert document_voice(heading + "Officials said the workers were paid.") is None


@pytest.mark.parametrize("heading, body", [
    ('Excerpt from "Paid in Silence: Migrant Crews at Sea" (Harbour Rights Network, March 2022), pages 9-10.',
     "Harbour Rights Network"),
    ('EXCERPT — "Below the Waterline" (Coastal Labour Watch, May 2019), chapter 2', "Coastal Labour Watch"),
    ('Excerpts: "The Quiet Kilns" (Brick Workers Forum, 2020)', "Brick Workers Forum"),
])
def test_an_excerpt_heading_names_the_report(heading: str, body: str) -> None:
    voice = document_voice(heading + "\n\nWorkers were paid once a year.")
    assert voice is not None and voice.kind == "excerpt" and body in voice.wording and "report" in voice.wording


def test_an_excerpt_without_a_cited_report_is_not_one() -> None:
    assert document_voice("EXCERPT\n\nThe following is taken from a novel about the port.\n") is None


@pytest.mark.parametrize("wording, ok", [
    ("We", True), ("The company", True), ("The company's records", True), ("the Board", True),
    ("Orion Freight", True), ("Orion Freight's", True), ("our auditors", True),
    ("Orion Freight's workers", False), ("Orion Freight stated", True),
    ("a former employee", False), ("The Labour Inspectorate", False), ("Kestrel Foods", False), (None, False),
])
def test_words_that_refer_to_the_issuer(wording: str | None, ok: bool) -> None:
    voice = document_voice("STATEMENT BY ORION FREIGHT LTD\n\nText.")
    assert voice is not None and refers_to_issuer(wording, voice) is ok


# ---------------------------------------------------------------- whole texts

STATEMENT = """STATEMENT BY THE BOARD OF DIRECTORS OF ORION FREIGHT LTD

Riga, 3 May 2022

Following a broadcast on Sunday, the Board of Orion Freight wishes to set out the facts.

1. Orion Freight has never hired workers from North Korea through any agency.

2. Deckhands on our vessels were paid 900 euros a month. The company keeps no passports of its crews.

3. Reports that crews worked twenty-hour shifts are false. Our logbooks show shifts of eight hours.

A former crew member told the broadcaster that the cook was beaten by an officer.

We reject the allegations in full.

Media enquiries: press@orion.example
"""


def test_a_company_statement_speaks_as_one_document() -> None:
    spoken = speakers_of(STATEMENT)
    own = [src for sent, src in spoken if any(k in sent for k in (
        "never hired", "paid 900 euros", "keeps no passports", "are false", "logbooks show", "We reject"))]
    assert len(own) == 6 and all(s is not None and s.kind == "document" for s in own)
    assert {s.key for s in own if s is not None} == {own[0].key}  # one source
    assert own[0] is not None and own[0].wording == "Orion Freight"


def test_a_person_cited_in_a_statement_keeps_their_own_voice() -> None:
    src = who(STATEMENT, "cook was beaten")
    assert src is not None and src.kind == "anonymous_source"


def test_a_news_site_that_carries_a_statement_keeps_the_outlet_voice() -> None:
    src = who(STATEMENT, "never hired", outlet="Baltic Ledger")
    assert src is None or src.kind != "document"


def test_the_letterhead_statement_speaks_as_the_company() -> None:
    text = ("Tern Offshore Sp. z o.o.\nul. Morska 9, Szczecin\n\nSTATEMENT CONCERNING A TELEVISION REPORT\n\n"
            "Tern Offshore does not employ citizens of the DPRK. Welders on our site work eight hours a day.\n")
    for frag in ("does not employ", "eight hours a day"):
        src = who(text, frag)
        # a prose statement speaks for the body that made it (tests/gold/README.md): organization
        assert src is not None and src.kind == "organization" and src.wording == "Tern Offshore"


EXCERPT = """Excerpt from "Paid in Silence: Migrant Crews at Sea" (Harbour Rights Network, March 2022), pages 9-10.

4.1 Crews stayed at sea for up to eleven months without a port call.

4.2 Twelve of the fifteen fishermen interviewed said the captain held their seamen's books. Wages were paid to a manning agent in Busan.
"""


def test_an_excerpt_speaks_as_the_report() -> None:
    for frag in ("eleven months", "manning agent"):
        src = who(EXCERPT, frag)
        assert src is not None and src.kind == "document" and "Harbour Rights Network" in (src.wording or "")
    src = who(EXCERPT, "captain held")
    assert src is not None and src.kind == "anonymous_source"


def test_an_ordinary_report_is_not_changed() -> None:
    text = ("Crews on squid boats stayed at sea for months, the Harbour Rights Network said in a report.\n\n"
            "The boats docked in Busan twice a year.\n")
    assert who(text, "docked in Busan") is None


# ---------------------------------------------------------------- datelines with a date

@pytest.mark.parametrize("line, prefix", [
    ("HANOI, Feb. 3 (Reuters) -- A labour ministry official said", "HANOI, Feb. 3 (Reuters) -- "),
    ("ULAANBAATAR, Mongolia, March 21, 2023 (AFP) - The mayor said", "ULAANBAATAR, Mongolia, March 21, 2023 (AFP) - "),
    ("RIGA, 4 May 2021 — The inspector said", "RIGA, 4 May 2021 — "),
    ("VLADIVOSTOK, Sept. 30 – Police said", "VLADIVOSTOK, Sept. 30 – "),
])
def test_a_dated_dateline_is_skipped(line: str, prefix: str) -> None:
    assert line[: dateline_end(line)] == prefix


@pytest.mark.parametrize("line", [
    "The UN, May 5 - a note", "OK, March 3 - fine", "Workers said on May 5 - a Monday - that", "NK, May 5 - no",
])
def test_ordinary_starts_are_not_datelines(line: str) -> None:
    assert dateline_end(line) == 0


def test_a_spokesperson_after_a_dated_dateline_keeps_the_role() -> None:
    text = ("HANOI, Feb. 3 (Reuters) -- Vietnamese Labour Ministry spokesman Tran Van Long on Friday denied that "
            "foreign crews were held on fishing boats.\n\n"
            '"Every worker is paid," Tran told reporters. Tran said inspectors found no locked dormitories.\n')
    srcs = [src for _, src in speakers_of(text)]
    assert all(s is not None and s.kind == "official" for s in srcs)
    assert len({s.key for s in srcs if s is not None}) == 1
    assert srcs[0] is not None and not (srcs[0].wording or "").startswith("HANOI")


@pytest.mark.parametrize("heading", [
    "Statement of claims filed against Orion Freight\n\nBy Ana Ruiz\n",
    "Statement by workers at the Orion plant alleges abuse\n",
])
def test_a_news_headline_about_a_statement_is_not_one(heading: str) -> None:
    assert document_voice(heading + "The crews were unpaid, the workers said.") is None


def test_an_excerpt_sums_up_its_interviewees() -> None:
    text = EXCERPT.replace("4.1 Crews stayed", "4.1 Interviewees described stays")
    src = who(text, "described stays")
    assert src is not None and src.kind == "document"
    counted = who(text, "captain held")  # a counted group keeps its own voice
    assert counted is not None and counted.kind == "anonymous_source"


def test_interviewees_in_news_stay_people() -> None:
    text = "Interviewees described shifts of sixteen hours at the cannery, the union said.\n"
    src = who(text, "sixteen hours")
    assert src is None or src.kind != "document"


# ---------------------------------------------------------------- issuers found in other headings

@pytest.mark.parametrize("heading, wording", [
    ("STATEMENT\nWillowmere Textiles Co., Ltd.\n12 March 2024\n\nRegarding recent reports\n", "Willowmere Textiles"),
    ("PRESS STATEMENT\n\nHarrowgate Fisheries Ltd responds to allegations about crews at its Busan plant\n",
     "Harrowgate Fisheries"),
])
def test_an_issuer_under_or_in_the_heading(heading: str, wording: str) -> None:
    voice = document_voice(heading + "\nWe reject these claims. Our staff are paid monthly.")
    assert voice is not None and voice.kind == "statement" and voice.wording == wording


@pytest.mark.parametrize("heading", [
    "STATEMENT\nThe union calls for an inquiry into the Busan plant\n",  # no company under the heading
    "Crews at Harrowgate Fisheries respond to the owner's claims\n",  # news: no statement, no legal name
    "Harrowgate Fisheries Ltd responds to claims about its Busan plant\n\nBy Ana Ruiz\n",  # a news headline
])
def test_no_issuer_no_statement(heading: str) -> None:
    voice = document_voice(heading + "\nThe crews said they were unpaid.")
    assert voice is None or voice.wording != "Harrowgate Fisheries"


PROSE_STATEMENT = """STATEMENT
Willowmere Textiles Co., Ltd.
12 March 2024

Regarding recent reports

Our company has read reports alleging that foreign workers at our mill in Nantong are unpaid.

These reports are false. Our company pays every employee by bank transfer. No passports are kept by the company.

We welcome visits by auditors.

---
The Canal Reporter adds: a former weaver told this paper that the gates were locked at night.
The company did not answer further questions.
"""


def test_a_prose_statement_speaks_as_the_company() -> None:
    spoken = speakers_of(PROSE_STATEMENT)
    own = [src for sent, src in spoken if any(k in sent for k in ("are false", "bank transfer", "No passports"))]
    assert len(own) == 3 and all(s is not None and s.kind == "organization" for s in own)
    assert {s.key for s in own if s is not None} == {own[0].key}
    assert own[0] is not None and own[0].wording == "Willowmere Textiles"


def test_the_page_after_a_rule_line_is_not_the_statement() -> None:
    src = who(PROSE_STATEMENT, "did not answer")
    assert src is None or src.wording != "Willowmere Textiles"
    weaver = who(PROSE_STATEMENT, "gates were locked")
    assert weaver is not None and weaver.kind == "anonymous_source"


def test_a_numbered_statement_stays_a_document() -> None:
    spoken = speakers_of(STATEMENT)  # numbered points: a formal document (the older writers' reading)
    assert any(s is not None and s.kind == "document" and s.wording == "Orion Freight" for _, s in spoken)


def test_an_acronym_defined_in_the_statement_is_the_issuer() -> None:
    text = ("PRESS STATEMENT\n\nHarrowgate Fisheries Ltd responds to allegations about its Busan plant\n\n"
            'Harrowgate Fisheries Ltd ("HFL") has read the reports. HFL rejects these allegations. '
            "HFL pays all crews by bank transfer.\n")
    for frag in ("rejects these allegations", "pays all crews"):
        src = who(text, frag)
        assert src is not None and src.wording == "Harrowgate Fisheries" and src.kind == "organization"
    voice = document_voice(text)
    assert voice is not None and refers_to_issuer("HFL", voice) and not refers_to_issuer("HSBC", voice)


# ---------------------------------------------------------------- a report's own findings

FINDINGS = """Amur Rights Monitor \u2014 "Walls Without Doors: Migrant builders in Blagoveshchensk" (2025)
Section 2: Key findings

Finding 1. Our team identified at least nine sites where foreign crews worked through the winter.

Finding 2. Builders interviewed for this report described shifts of 14 hours.

Finding 3. Our investigators found no sign that the crews were locked in at night.

Finding 4. Foremen collected the men's passports on arrival.
"""


def test_a_findings_page_speaks_as_the_report() -> None:
    for frag in ("identified at least nine", "found no sign", "collected the men"):
        src = who(FINDINGS, frag)
        assert src is not None and src.kind == "document" and "Amur Rights Monitor" in (src.wording or "")
    builders = who(FINDINGS, "shifts of 14 hours")  # the people it interviewed keep their own voice
    assert builders is not None and builders.kind == "anonymous_source"


def test_a_titled_news_story_is_not_a_findings_page() -> None:
    text = ('Amur Rights Monitor \u2014 "Walls Without Doors" (2025)\n\n'
            "The crews worked through the winter, a foreman said.\n")
    assert document_voice(text) is None


PANEL = """ASIA LABOUR PANEL: ANNUAL REPORT (EXCERPT, PARAGRAPHS 21-24)

21. The Panel examined reports that foreign crews were kept at a brick kiln near Multan after their contracts ended.

22. A former clerk told the Panel that the crews' identity cards were held in the kiln office.

23. The Panel was unable to confirm how many men remain at the kiln.
"""


def test_a_panel_report_excerpt_speaks_as_the_panel() -> None:
    for frag in ("examined reports", "unable to confirm"):
        src = who(PANEL, frag)
        assert src is not None and src.kind == "document" and "Panel" in (src.wording or "")
    clerk = who(PANEL, "identity cards")
    assert clerk is not None and clerk.kind == "anonymous_source"


@pytest.mark.parametrize("sentence, kind", [
    ("The crew's cabin door was bolted from outside, one exhibit says.", "document"),
    ("Two exhibits show the foreman held the passports of eleven welders.", "document"),
    ("The statement of reasons says the agency kept the passports of forty welders.", "document"),
])
def test_court_and_listing_documents_speak(sentence: str, kind: str) -> None:
    src = who(sentence, sentence.split()[-3])
    assert src is not None and src.kind == kind


def test_a_statement_of_reasons_is_not_the_listing_body() -> None:
    text = ("The Council of the European Union on 4 May added Redmoor Staffing LLC to its sanctions list.\n\n"
            "The statement of reasons says the agency kept the passports of forty welders in Omsk.\n")
    src = who(text, "kept the passports")
    assert src is not None and src.kind == "document" and "statement of reasons" in (src.wording or "")


def test_the_official_is_not_a_document_named_after_a_journal() -> None:
    text = ("The notice printed in the Official Gazette says the agency kept the passports of forty welders. "
            "A ministry official, speaking on condition of anonymity, said the wages were taken. "
            '"They are left with nothing," the official said.\n')
    src = who(text, "left with nothing")
    assert src is not None and src.kind != "document" and "official" in (src.wording or "").lower()


def test_a_record_the_report_obtained_speaks_in_the_report() -> None:
    text = PANEL.replace("23. The Panel was unable",
                         "23. The Panel obtained a wage ledger from the kiln. The ledger lists 30 men paid nothing "
                         "for eight months.\n\n24. The Panel was unable")
    src = who(text, "lists 30 men")
    assert src is not None and src.kind == "document" and "Panel" in (src.wording or "")


def test_a_named_record_in_news_keeps_its_voice() -> None:
    text = ("The union obtained a wage ledger from the kiln near Multan.\n\n"
            "The ledger lists 30 men paid nothing for eight months.\n")
    src = who(text, "lists 30 men")
    assert src is not None and src.kind == "document" and "ledger" in (src.wording or "").lower()


def test_a_findings_sentence_quoting_the_studied_group_is_the_group() -> None:
    text = FINDINGS.replace("Finding 4. Foremen collected", "Finding 4. Pay was set at 50,000 rubles, but builders said "
                            "they were handed 4,000 in cash.\n\nFinding 5. Foremen collected")
    src = who(text, "handed 4,000")
    assert src is not None and src.kind == "anonymous_source" and "Builders interviewed" in (src.wording or "")
    own = who(text, "collected the men")  # no group quoted: the report's own finding
    assert own is not None and own.kind == "document"


def test_a_group_never_named_before_leaves_the_report_speaking() -> None:
    text = FINDINGS.replace("Finding 2. Builders interviewed for this report described shifts of 14 hours.",
                            "Finding 2. Pay was set at 50,000 rubles, but fishermen said they were handed 4,000.")
    src = who(text, "handed 4,000")
    assert src is not None and src.kind == "document"


# ---------------------------------------------------------------- a document's account runs on

@pytest.mark.parametrize("lead", [
    "The complaint says the foreman kept the passports of all twelve welders.",
    "According to the indictment, the foreman kept the passports of all twelve welders.",
    "An audit by Redmoor Assurance found that the foreman kept the passports of all twelve welders.",
])
def test_plain_sentences_after_a_document_continue_it(lead: str) -> None:
    text = lead + " The men worked fourteen hours a day and were paid nothing for six months.\n\n" \
        "The welders slept in a locked container near the dock.\n"
    src = who(text, "fourteen hours")
    assert src is not None and src.kind == "document"
    after = who(text, "locked container")  # a new paragraph: the outlet speaks again
    assert after is None or after.kind == "outlet"


def test_a_new_speaker_ends_the_document_account() -> None:
    text = ("The complaint says the foreman kept the passports of all twelve welders. The men worked fourteen hours a "
            "day.\n\nThe company said the welders were paid in full and free to leave.\n")
    src = who(text, "paid in full")
    assert src is not None and src.kind == "organization"
