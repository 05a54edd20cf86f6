"""Study diag211: who speaks in plain interview answers that pass on a stranger's words, officials by a title
before their name, a legislature's committee as a body, firms named with their country in brackets or at the end of
a description, and "the operator, <firm>" after a person with the same role word. Every text is written for this
test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers, speaker_in, who
from labourlens.analyse.answer_accounts import own_account
from labourlens.analyse.speakers import Mention, classify

_RADIO = ("Harbour Waves Radio - \"Voices at Work\", transcript\n\n"
          "Our guest spent a season picking tea on an estate near Mzuzu. She asked us to call her Tamanda, a name she "
          "picked for the programme.\n\n"
          "Q: How were you hired?\n\n"
          "{answer}\n\n"
          "Q: Were you paid what you were promised?\n\n"
          "Half of it. The rest was kept back for the bunks, and we never saw a payslip.\n")


def test_a_stranger_in_the_answerers_own_story_is_the_answerer_account() -> None:
    text = _RADIO.format(answer="A broker turned up at our church on a Sunday and said an estate wanted pickers "
                                "for 5,000 kwacha a week. We left with him the next morning.")
    sp = claim_speakers(text)
    assert "Tamanda" in (speaker_in(sp, "an estate wanted pickers")[0] or "")
    assert speaker_in(sp, "never saw a payslip") == speaker_in(sp, "an estate wanted pickers")


def test_a_stranger_who_only_told_the_answerer_keeps_the_words() -> None:
    # control: the answerer is only the audience, nothing of her own story comes before the speaking verb
    text = _RADIO.format(answer="A woman from the next village, she sold us soap, told me the estate kept every "
                                "picker's card in the office.")
    assert "Tamanda" not in (speaker_in(claim_speakers(text), "kept every picker")[0] or "")


@pytest.mark.parametrize("text,wording,labelled,expected", [
    ("A driver stopped at our gate and said the farm needed hands.", "A driver", False, True),
    ("The driver, he fixes lorries in town, told me the farm needed hands.", "The driver", False, False),
    ("Chikondi Banda said the farm needed hands before we arrived.", "Chikondi Banda", False, False),  # a named person
    ("Halima: I was told the farm needed hands.", "Halima", False, False),  # a line's own label
    ("A: The driver said we would be paid weekly.", "The driver", True, True),  # an "A:" answer, as before
])
def test_own_account_shapes(text: str, wording: str, labelled: bool, expected: bool) -> None:
    start = text.index(wording)
    m = Mention(wording, start, start + len(wording), "told" if "told" in text else "said")
    assert own_account(text, m, labelled) is expected


def test_a_title_before_the_full_name_makes_the_later_surname_an_official() -> None:
    text = ("Farmhands on a sisal estate near Tanga say they are locked in the compound at night, and Tanga Regional "
            "Commissioner Amina Bakari has asked for a report.\n\n"
            "Visiting the estate on Thursday, Ms Bakari said her office had been told that farmhands were beaten "
            "by the headmen.\n")
    wording, kind = speaker_in(claim_speakers(text), "beaten by the headmen")
    assert kind == "official" and "Bakari" in (wording or "")


def test_a_plain_full_name_stays_a_person() -> None:
    # control: no title before the name
    text = ("Farmhands on a sisal estate near Tanga say they are locked in the compound at night. Amina Bakari, a "
            "picker, has left the estate.\n\n"
            "Speaking at a church hall on Thursday, Ms Bakari said farmhands were beaten by the headmen.\n")
    assert speaker_in(claim_speakers(text), "beaten by the headmen")[1] == "named_person"


@pytest.mark.parametrize("phrase", ["a parliamentary committee", "the Senate committee on labour",
                                    "The National Assembly labour committee"])
def test_a_committee_of_a_legislature_is_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", ["the strike committee", "the organising committee", "a union committee",
                                    "the committee"])
def test_other_committees_are_not_the_state(phrase: str) -> None:
    assert classify(phrase) != "official"


@pytest.mark.parametrize("phrase", ["Chikondi Estates (Malawi) Ltd", "Ridgeway Haulage (East Africa) Limited",
                                    "Mopane Timber (Pvt) Ltd"])
def test_a_firm_with_its_country_in_brackets_is_an_organization(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "The estate's owner, a firm registered in Lilongwe with Indian shareholders, Chikondi Estates Ltd",
    "the contractor, a subsidiary of a state group, Ridgeway Build Co., Ltd",
])
def test_a_description_closed_by_a_registered_name_is_the_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


def test_a_person_named_before_a_firm_stays_a_person() -> None:
    # control: the person comes first; the firm is where she works
    assert classify("Chikondi Banda, director, Chikondi Estates Ltd") == "named_person"


def test_the_operator_named_as_a_firm_is_not_the_crane_operator_heard_before() -> None:
    text = ("Loaders at a grain terminal in Beira have gone unpaid since August.\n\n"
            "\"My children eat once a day,\" said a forklift operator who gave only his first name, Tomas.\n\n"
            "Reached by phone on Monday, the operator, Marisol Terminals Lda, said a client had made a late payment.\n\n"
            "The firm rejected claims that loaders were told to keep quiet or lose their jobs.\n")
    sp = claim_speakers(text)
    firm = speaker_in(sp, "had made a late payment")
    assert firm[1] == "organization" and "Marisol" in (firm[0] or "")
    assert speaker_in(sp, "keep quiet or lose their jobs") == firm
    assert speaker_in(sp, "eat once a day") != firm


def test_the_spokesperson_named_as_a_person_is_still_the_one_heard_before() -> None:
    # control: a person's name after the role joins the unnamed person of that role
    text = ("Miners at a copper pit outside Solwezi say their wages are two months late.\n\n"
            "A spokesperson for Ridgeway Copper said the wages would be paid on Friday.\n\n"
            "The spokesperson, Mutale Zulu, said no miner had been threatened.\n")
    first, later = who(text, "paid on Friday"), who(text, "no miner had been threatened")
    assert first is not None and later is not None and first.key == later.key
