"""Probes from the lead's study of a set opened on 1 December 2026 (seventh session): debt bondage in South Asia's
kilns, mills and workshops (court orders, bail hearings, a kiln owners' press conference, labour contractors), and
from the lead's own test reports of the same session. Every text is written for these tests; every person, outlet
and company is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import money
from labourlens.analyse.court_register import blank_court_forms, stated_in
from labourlens.analyse.hedges import denial_cue
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, META, lexicon_indicators, speaker

ORDER = (
    "IN THE HIGH COURT AT PESHAWAR\n"
    "Writ Petition No. 77 of 2025\n"
    "Zarmina Bibi ... Petitioner\n"
    "versus\n"
    "The State & others ... Respondents\n\n"
    "ORDER\n\n"
    "1. The petitioner states that her two brothers are held at a brick kiln owned by respondent No. 2 and are not "
    "allowed to leave.\n\n"
    "2. It is stated in the petition that the family took an advance of Rs 60,000 and has worked without wages since.\n\n"
    "3. Learned counsel for the respondent No. 2 denies that anyone is held at the kiln.\n\n"
    "4. The SHO concerned, present in person, states that he found the workers' identity cards with the kiln manager.\n"
)


# a court order's paragraphs: the petitioner, the petition, counsel and the officer each speak
@pytest.mark.parametrize(("frag", "wording", "kind"), [
    ("The petitioner states", "The petitioner", None),
    ("It is stated in the petition", "the petition", "document"),
    ("Learned counsel", "Counsel for the respondent", None),
    ("The SHO concerned", "The SHO", "official"),
])
def test_a_court_orders_speakers(frag: str, wording: str, kind: str | None) -> None:
    said, said_kind, _ = speaker(ORDER, frag)
    assert said is not None and said.startswith(wording), said
    if kind is not None:
        assert said_kind == kind


def test_the_register_dress_is_blanked_with_offsets_kept() -> None:
    text = "Learned counsel for respondent No. 4 denies it; the Inspector concerned states otherwise."
    blanked = blank_court_forms(text)
    assert len(blanked) == len(text)
    assert "Learned" not in blanked and "No. 4" not in blanked and "concerned" not in blanked
    # a sentence without the register is left alone, and "concerned" as an adjective before a noun stays
    plain = "The concerned officials said the workers were concerned about pay."
    assert blank_court_forms(plain) == plain


@pytest.mark.parametrize(("sentence", "doc"), [
    ("It was alleged in the complaint that the contractor beat two loaders.", "the complaint"),
    ("It is further stated in the FIR that the gate was locked at night.", "the FIR"),
])
def test_an_impersonal_passive_names_its_document(sentence: str, doc: str) -> None:
    m = stated_in(sentence)
    assert m is not None and m.wording == doc


def test_an_impersonal_passive_without_a_document_names_none() -> None:
    assert stated_in("It is stated that the loaders were beaten.") is None
    assert stated_in("It was clear to the court that the loaders were beaten.") is None


def test_a_paper_placed_on_record_speaks() -> None:
    text = (LEAD + "The loaders said the contractor kept their identity cards and beat those who complained.\n\n"
            "The medical report placed on record noted bruises on both wrists of the young loader.\n")
    assert speaker(text, "The medical report")[:2] == ("The medical report", "document")


# people freed from a kiln speak as people, and a labour contractor is a source
@pytest.mark.parametrize(("sentence", "wording"), [
    ("A man among the freed labourers, who asked not to be named, said the owner kept their cards.",
     "A man among the freed labourers"),
    ("A woman among the liberated workers said the owner kept their cards.", "A woman among the liberated workers"),
    ("A thekedar from Arrah, speaking on condition of anonymity, said owners paid him a commission.",
     "A thekedar from Arrah"),
])
def test_freed_people_and_contractors_speak(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize(("phrase", "kind"), [
    ("The Labour Superintendent", "official"),
    ("The District Labour Officer", "official"),
    ("the district magistrate", "official"),
    # controls: a firm's officer and a rights group named for labour are not the state
    ("The Compliance Officer", "anonymous_source"),
    ("The Labour Welfare Society", "organization"),
])
def test_state_officers_by_title(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


# a court ruling on a request is no denial
def test_a_rejected_bail_plea_is_no_denial() -> None:
    text = ("QUETTA — A sessions court on Tuesday rejected the bail plea of a kiln owner accused of keeping a family of "
            "six in bondage at his kiln.\n\n"
            "The prosecutor said the family's debt had grown from Rs 40,000 to Rs 310,000 in the kiln's register.\n")
    claims = analyse(text, META).claims
    first = next(c for c in claims if "bail plea" in c.text)
    assert first.polarity == "affirmed"
    assert "debt_bondage" in {h.indicator for h in first.indicators}


def test_a_rejected_report_is_still_a_denial() -> None:
    text = LEAD + "The owners' association rejected the reports that workers were locked in at night.\n"
    c = next(c for c in analyse(text, META).claims if c.text.startswith("The owners"))
    assert c.polarity == "negated"


# a denial that any place of a kind is one where the abuse happens
@pytest.mark.parametrize("sentence", [
    "He said there was not a single mill in the district where workers were kept against their will.",
    "She said there is no farm in the valley where passports are held.",
])
def test_no_place_where_denies(sentence: str) -> None:
    c = next(c for c in analyse(LEAD + sentence + "\n", META).claims if c.text.startswith(sentence[:12]))
    assert not c.indicators


def test_a_place_where_it_happens_is_evidence() -> None:
    sentence = "He said there was one mill in the district where workers were kept against their will."
    c = next(c for c in analyse(LEAD + sentence + "\n", META).claims if c.text.startswith(sentence[:12]))
    assert "restriction_of_movement" in {h.indicator for h in c.indicators}


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Families were kept against their will at the quarry.", "restriction_of_movement"),
    ("The contractor chained the youngest boy to his bed after he tried to run away.", "restriction_of_movement"),
    ("The contractor chained the youngest boy to a cot for two nights.", "physical_and_sexual_violence"),
    ("The doctor noted healed abrasions on both wrists of the girl.", "physical_and_sexual_violence"),
    ("The foreman warned them that anyone who left before the season ended would be brought back by the police.",
     "restriction_of_movement"),
    ("The owner threatened to file a theft case against anyone who left.", "restriction_of_movement"),
    ("Each loader earns 800 rupees a day, of which 250 is kept back until the season ends.", "withholding_of_wages"),
    ("The family took an advance of 50,000 rupees and has since been made to work against that amount.", "debt_bondage"),
    ("Most of the pickers had taken an advance from the contractor before the harvest.", "debt_bondage"),
    ("The owner kept the family's Aadhaar cards in his office.", "retention_of_identity_documents"),
    ("Their ration cards and identity cards were with the munshi.", "retention_of_identity_documents"),
    ("Some of the boys had not spoken to their parents for months.", "isolation"),
    ("The owner kept a family of seven in bondage for six years.", "debt_bondage"),
])
def test_lexicon_reads_bondage_cues(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The firm gives staff an advance on their salary before the holidays.", "debt_bondage"),
    ("The boat was tied to a post for the night.", "physical_and_sexual_violence"),
    ("The workers have spoken to their families every week.", "isolation"),
    ("The agency said all passports are with their owners.", "retention_of_identity_documents"),
])
def test_lexicon_controls(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


# a bare "Rs" in a report whose places are all in one country is that country's rupee
def test_rupees_take_the_country_of_the_reports_places() -> None:
    text = ("SUKKUR: Loaders at a rice mill near Larkana said they were paid Rs 700 a day and that the owner kept "
            "their cards.\n\nThe mill in Khairpur denied it.\n")
    amounts = analyse(text, META).amounts
    assert amounts and {a.currency for a in amounts} == {"PKR"}


def test_rupees_named_with_their_country_keep_it() -> None:
    text = ("Loaders from Nepal at a mill near Larkana said they sent home 20,000 rupees a month.\n")
    assert {a.currency for a in analyse(text, META).amounts} == {"NPR"}


def test_prices_from_one_figure_to_another_are_one_range() -> None:
    found = money.find("Tickets are priced from Rs 500 to Rs 4,000 for the final.")
    assert [(a.low, a.high) for a in found] == [(500.0, 4000.0)]
    rose = money.find("Pay rose from Rs 500 to Rs 700 a day.")
    assert [a.value for a in rose] == [500.0, 700.0]


@pytest.mark.parametrize(("sentence", "denial"), [
    ("Nobody forces them onto the lorry.", True),
    ("No one stopped me from going to Dubai last year.", True),
    ("No one made us work on Fridays.", True),
    # controls: help withheld and the abuse told plainly are no denials
    ("Nobody helps them when they fall ill.", False),
    ("The contractor forces them onto the lorry at dawn.", False),
])
def test_an_active_nobody_denies(sentence: str, denial: bool) -> None:
    assert (denial_cue(sentence) is not None) is denial


@pytest.mark.parametrize(("line", "kind"), [
    ("Mill owners deny 'forced labour' claims, blame rivals for 'smear'", "headline"),
    ('Loaders say they are "slaves of the ledger"', "headline"),
    # a sentence closes on its punctuation, inside the quotation marks or before them
    ('The owner said the loaders were "free to go."', "body"),
])
def test_a_headline_may_close_on_a_quoted_word(line: str, kind: str) -> None:
    text = f"Rawal Courier Online | 8 May 2025\n\n{line}\n\nLAHORE: The association on Sunday rejected the reports.\n"
    assert next(s for s in split(text) if s.text.startswith(line[:10])).kind == kind
