"""Probes for the classes of speaker and same-source miss found when heldout228 was opened for study (branch diag228).
Every text is written for these tests, in our own wording: names, outlets, bodies and figures are invented (places
and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from attribution_helpers import who
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.relay_chains import relay_chain
from labourlens.analyse.seen_documents import seen_document
from labourlens.analyse.speakers import classify

# -- the fields of a register's or a sanctions list's entry ("Grounds: ...") and an excerpt's heading name nobody


def test_entry_field_labels_are_not_speakers() -> None:
    for line in ("Grounds: the firm recruited cooks for hotels in Qatar and kept their identity cards.",
                 "Position: Deputy director of a shipping agency in Mombasa.",
                 "Excerpt: Weekly briefing of the labour office, Nairobi"):
        m = find_mention(line)
        assert m is None or m.wording.split()[0] not in ("Grounds", "Position", "Excerpt")


def test_a_surname_label_still_speaks() -> None:
    m = find_mention("Wanjiru: They took our phones on the first night.")
    assert m is not None and m.wording == "Wanjiru"


# -- a quotation opened after a lead-in ending in a colon and closed lines later: all of it is the lead-in's

CIRCULAR = ("Harbour Ledger\n\n"
            "The tribunal published its decision on Friday. According to the decision of the labour tribunal:\n\n"
            "\"Item 1. The employer kept the identity cards of nine cooks.\n"
            "Item 2. Wages were held back for five months and paid to a broker in Kampala.\n"
            "Item 3. The cooks slept in a locked storeroom behind the kitchen.\"\n\n"
            "The hotel group has said it will appeal.\n")


def test_lines_inside_a_quotation_spanning_lines_are_the_lead_ins() -> None:
    first = who(CIRCULAR, "identity cards")
    assert first is not None and "decision" in (first.wording or "")
    for later in ("held back for five months", "locked storeroom"):
        src = who(CIRCULAR, later)
        assert src is not None and src.key == first.key


def test_the_page_speaks_again_after_the_closing_mark() -> None:
    after = who(CIRCULAR, "will appeal")
    assert after is None or "decision" not in (after.wording or "")


UNCLOSED = ("Harbour Ledger\n\n"
            "According to the decision of the labour tribunal:\n\n"
            "\"The employer kept the identity cards of nine cooks.\"\n"
            "Staff at two other hotels described long shifts to this paper.\n")


def test_a_quotation_closed_on_its_own_line_gives_nothing_more() -> None:
    later = who(UNCLOSED, "long shifts")
    assert later is None or "decision" not in (later.wording or "")


# -- a body's name with "of" in it, after an adjective, then a document noun: the document


def test_adjective_before_a_body_named_document_is_a_document() -> None:
    assert classify("a leaked Ministry of Labour memo") == "document"
    assert classify("the latest Council of Europe review, seen by the Courier") == "document"
    assert classify("An unpublished Bank of Ghana study") == "document"


def test_people_of_such_bodies_are_not_documents() -> None:
    assert classify("the former Ministry of Labour official") == "official"
    assert classify("the deputy Minister of Labour") == "official"


# -- a document citing someone's information, testimony or account "that ...": the owner speaks, relayed


def test_the_owner_of_cited_information_speaks() -> None:
    text = "The audit cites a provincial labour office's information that nine cooks were never given contracts."
    m = relay_chain(find_mention(text), text)
    assert m is not None and m.wording == "a provincial labour office" and m.relay == "The audit"
    text = "It cites testimony from two former drivers that the depot gates were chained at night."
    m = relay_chain(find_mention(text), text)
    assert m is not None and m.wording == "two former drivers"


def test_figures_or_plain_objects_stay_with_the_citing_document() -> None:
    text = "The study cites the inspectorate's figures that 40 loggers died in 2023."
    m = relay_chain(find_mention(text), text)
    assert m is not None and m.wording == "The study"


def test_the_account_of_the_owner_goes_on_in_the_next_sentence() -> None:
    text = ("Coastline Weekly\n\nA review by the Fisheries Commission was released on Monday. "
            "It cites a port authority's information that crews on four trawlers were paid once a year. "
            "Cooks who complained reportedly lost their shore leave.\n")
    first = who(text, "once a year")
    assert first is not None and first.wording == "a port authority"
    later = who(text, "lost their shore leave")
    assert later is not None and later.key == first.key


# -- a transcript's heading naming who takes the questions by role: the answers are that office-holder's

BRIEFING = ("Andes Monitor | Transcripts\n\n"
            "Record: Daily press briefing of the Labour Ministry spokesman, Lima\n\n"
            "Q: Miners in Puno say their pay was withheld for a year. Is the ministry aware of this?\n\n"
            "A: We have no record of any such case. Mining firms in Puno pay their staff under the law.\n")


def test_answers_under_a_briefing_heading_are_the_spokespersons() -> None:
    src = who(BRIEFING, "pay their staff")
    assert src is not None and "spokesman" in (src.wording or "") and src.kind == "official"


def test_a_briefing_heading_without_questions_names_no_answerer() -> None:
    text = ("Capital Notes\n\nWeekly briefing by the Interior Ministry spokeswoman, Manila\n\n"
            "Cleaners at the airport were locked in their hostel, a union said.\n")
    src = who(text, "locked in their hostel")
    assert src is None or "spokeswoman" not in (src.wording or "")


# -- papers given as the subject with a ", quoted in X," aside: the papers speak; "one <paper>" is one of them


def test_papers_quoted_in_a_filing_speak() -> None:
    m = seen_document("Notes from a foreman's phone, quoted in the ruling, show that the crew worked unpaid for a year.")
    assert m is not None and m.wording == "Notes"
    assert seen_document("Workers at the depot, quoted in the ruling, said they were unpaid.") is None


def test_one_paper_of_a_set_is_the_set() -> None:
    text = ("Court Roundup\n\n"
            "Logbooks from two trawlers, cited in the judgment, record that the crew fished for 20 hours a day. "
            "\"No food since Monday,\" one logbook says.\n")
    first = who(text, "20 hours a day")
    assert first is not None and first.kind == "document"
    later = who(text, "No food since Monday")
    assert later is not None and later.key == first.key


def test_one_paper_of_another_kind_stays_apart() -> None:
    text = ("Court Roundup\n\n"
            "Logbooks from two trawlers, cited in the judgment, record that the crew fished for 20 hours a day. "
            "\"Wages held until the end of the season,\" one contract says.\n")
    first = who(text, "20 hours a day")
    later = who(text, "end of the season")
    assert first is not None and (later is None or later.key != first.key)


def test_another_paper_stays_apart_from_the_set() -> None:
    text = ("Court Roundup\n\n"
            "Logbooks from two trawlers, cited in the judgment, record that the crew fished for 20 hours a day. "
            "\"Crew fed twice a day,\" another logbook says.\n")
    first = who(text, "20 hours a day")
    later = who(text, "fed twice a day")
    assert first is not None and (later is None or later.key != first.key)
