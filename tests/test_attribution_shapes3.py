"""Speaker shapes of ``attribution_shapes3`` and the quotation marks of other conventions, each with variants
and cases that must not be read as a speaker."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.attribution_shapes3 import extra_mention
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.quote_tags import after_quote_mention
from labourlens.analyse.single_quotes import foreign_quoted


@pytest.mark.parametrize(("text", "speaker"), [
    ("The broker kept their passports, claims Ruth Abebe, a nurse in Addis Ababa.", "Ruth Abebe"),
    ("Nobody was paid in December, alleges a petition by the Tamil Nadu Weavers Circle.", "a petition"),
    ("The shifts lasted sixteen hours, contends the plaintiffs' lawyer.", "the plaintiffs' lawyer"),
    ("The doors were locked at night, admits the site manager.", "the site manager"),
])
def test_present_tense_verb_after_the_clause(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording.startswith(speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The foreman's answer: nobody was forced to stay.", "The foreman"),
    ("Kestrel Mining's response was brief: all contracts were legal.", "Kestrel Mining"),
    ("The reply from the Labour Bureau: inspections found nothing wrong.", "the Labour Bureau"),
    ("The response of Sunfield Garments: every worker holds their own passport.", "Sunfield Garments"),
])
def test_reply_after_a_colon(text: str, speaker: str) -> None:
    m = extra_mention(text)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("text", [
    "The company's products: shirts, jackets and scarves.",
    "Her answer: she did not know.",  # a pronoun: left to the pronoun rules
    "The answer is simple: pay the workers.",
])
def test_no_reply_speaker(text: str) -> None:
    assert extra_mention(text) is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("The rule is clear, says Omari Juma: no fees for recruits.", "Omari Juma"),
    ("So says the port captain, who has seen the boats: crews stay at sea for a year.", "the port captain"),
    ("Says Lena Brandt, a social worker in Rostock: the men slept in a barn.", "Lena Brandt"),
])
def test_says_before_a_colon(text: str, speaker: str) -> None:
    m = extra_mention(text)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("The pickers - according to a local priest - earned nothing for weeks.", "a local priest"),
    ("The vessel \u2014 according to three crew members \u2014 never entered a port.", "three crew members"),
    ("The boys were \u2013 according to the Bihar Child Desk \u2013 sold for 5,000 rupees.", "the Bihar Child Desk"),
])
def test_according_between_dashes(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


def test_dash_without_according_is_no_speaker() -> None:
    assert extra_mention("The farm - a long way from town - had no well.") is None


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Still no wages," read a post on Telegram by Anton Greb, a driver.', "Anton Greb"),
    ('"Help us," read a handwritten sign held by the women at the gate.', "the women at the gate"),
])
def test_post_read_by(text: str, speaker: str) -> None:
    m = extra_mention(text)
    assert m is not None and m.wording == speaker


def test_read_a_report_by_no_noun_match() -> None:
    assert extra_mention("She read a book by the fire.") is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("\u00abNous partons,\u00bb dit-il.", '"Nous partons," dit-il.'),
    ("\u00ab Nous partons \u00bb, dit-il.", ' "Nous partons,"  dit-il.'),
    ("\u201eWir gehen\u201c, sagte er.", '"Wir gehen," sagte er.'),
    ("\u300cWe stay,\u300d he said.", '"We stay," he said.'),
    ("\u2039We stay,\u203a he said.", '"We stay," he said.'),
])
def test_foreign_marks_become_straight_quotes(raw: str, expected: str) -> None:
    out = foreign_quoted(raw)
    assert out == expected and len(out) == len(raw)


def test_unpaired_marks_are_left_alone() -> None:
    assert foreign_quoted("Prices \u00ab rose and fell.") == "Prices \u00ab rose and fell."
    assert foreign_quoted("\u201eHalf open and then \u00bb closed") == "\u201eHalf open and then \u00bb closed"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("\u00abThe gate was locked,\u00bb said Petra Novak, a cleaner.", "gate was locked", "Petra Novak"),
    ("\u201eThey kept our wages,\u201c said Milan Horak.", "kept our wages", "Milan Horak"),
    ('"The supervisor shouted at us," said Rui Costa, a picker from Beja.', "supervisor shouted", "Rui Costa"),
])
def test_speaker_after_a_quotation(text: str, fragment: str, speaker: str) -> None:
    src = who(text, fragment)
    assert src is not None and src.wording.startswith(speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Below, Grace Lin, a nurse in Manila, answers our questions.", "Grace Lin"),
    ("Separately, the labour ministry said inspections would resume.", "the labour ministry"),
])
def test_fronted_adverb_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording.startswith(speaker)


def test_interview_label_line_names_the_interviewee() -> None:
    text = "Interview: Amara Diop\nQ: Where did you work?\nA: On a farm near Thies, without pay."
    src = who(text, "without pay")
    assert src is not None and src.wording == "Amara Diop"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("\u00abOn dormait par terre\u00bb, a d\u00e9clar\u00e9 Claire Dubois, une cueilleuse.", "dormait", "Claire Dubois"),
    ("\u201eWir hatten keinen Lohn\u201c, sagte Lukas Brandt.", "keinen Lohn", "Lukas Brandt"),
    ('"No nos pagaban," dijo Rosa Mendez, una trabajadora de Almer\u00eda.', "pagaban", "Rosa Mendez"),
])
def test_untranslated_quote_with_its_own_reporting_verb(text: str, fragment: str, speaker: str) -> None:
    src = who(text, fragment)
    assert src is not None and src.wording.startswith(speaker)


def test_a_foreign_verb_needs_the_closing_quotation_before_it() -> None:
    assert after_quote_mention("Mr Dit Sopheap sagte nothing on the matter.") is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("The inspector's finding: forty workers shared one toilet.", "The inspector"),
    ("The auditor's warning: the dormitories had no fire exits.", "The auditor"),
])
def test_owner_of_a_finding_before_a_colon(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


def test_lone_bold_question_after_an_interview_introduction() -> None:
    text = ("We spoke to Ines Mbeki, a caseworker in Durban.\n**What do the girls tell you?**\n"
            "They were sold by an aunt. None of them saw a wage.")
    src = who(text, "saw a wage")
    assert src is not None and src.wording.startswith("Ines Mbeki")


def test_lone_bold_question_in_running_prose_stays_rhetorical() -> None:
    text = ("Ines Mbeki runs a shelter in Durban.\n**Who pays for all this?**\n"
            "The province cut its grant last year.")
    src = who(text, "cut its grant")
    assert src is None or src.kind == "outlet"


def test_a_question_that_is_not_bold_is_no_interview_turn() -> None:
    text = ("We spoke to Ines Mbeki, a caseworker in Durban.\nWho pays for all this?\n"
            "The province cut its grant last year.")
    src = who(text, "cut its grant")
    assert src is None or src.kind == "outlet"
