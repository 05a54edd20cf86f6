"""Source identity and wording in the per-document registry: "he" after a person introduced only by a
pseudonymous given name, a surname with a title after the full name was given, numbered labels
("Respondent 4, a former cook ..." then "Respondent 4 added ..."), "the paper" / "the newspaper" after a
named newspaper was cited, and discourse words that are not part of a speaker ("..., however,").

All reports here are invented for the tests (fictional people, companies and outlets)."""

from __future__ import annotations

import pytest

from attribution_helpers import who as _who
from labourlens.analyse.registry import Registry
from labourlens.analyse.speakers import Mention


@pytest.mark.parametrize("intro", [
    "Rim (not her real name) spent three years sewing in a factory near Dandong before she fled.",
    "Sol (a pseudonym) worked on fishing boats out of Nakhodka for two seasons.",
    "Hwang, 38, worked at a sawmill in the Russian Far East until 2019.",
])
def test_he_or_she_after_a_single_given_name(intro: str) -> None:
    pron = "She" if "her real name" in intro else "He"
    text = f"{intro} {pron} spoke to us from Seoul.\n\n{pron} said the guards kept every passport in a safe."
    who = _who(text, "kept every passport")
    assert who is not None and who.kind == "named_person"
    assert who.wording is not None and who.wording.split()[0] in intro and who.wording.lower() not in ("he", "she")


@pytest.mark.parametrize("label, full", [
    ("Prof Maren Alvik", "Prof Maren Alvik"),
    ("Dr Juno Castell", "Dr Juno Castell"),
    ("Mrs Odile Ferrand", "Mrs Odile Ferrand"),
])
def test_a_titled_surname_takes_the_full_name_given_before(label: str, full: str) -> None:
    title, surname = label.split()[0], label.split()[-1]
    reg = Registry()
    context = f"The committee then heard from {full} of the Northern Labour Centre.\n\n"
    src = reg.resolve(Mention(f"{title} {surname}", 0, len(title) + len(surname) + 1, "said"), 0, context)
    assert src.wording == full
    assert src.kind == "named_person"
    again = reg.resolve(Mention(surname, 0, len(surname), "said"), 200, "")
    assert again.key == src.key


def test_a_surname_without_an_earlier_full_name_stays_as_it_is() -> None:
    reg = Registry()
    src = reg.resolve(Mention("Mr Tallis", 0, 9, "said"), 0, "The chair opened the session at ten.\n\n")
    assert src.wording == "Mr Tallis"


def test_a_different_person_with_another_surname_is_not_used() -> None:
    reg = Registry()
    src = reg.resolve(Mention("Dr Brandt", 0, 9, "said"), 0, "Dr Selma Ostrow of the Harbour Institute spoke first.\n")
    assert src.wording == "Dr Brandt"


@pytest.mark.parametrize("label", ["Respondent 4", "Interviewee 12", "Witness C", "Participant R-9"])
def test_a_numbered_label_is_one_source(label: str) -> None:
    text = (
        f"{label}, a former cook who spent a year at a kitchen in Shenyang, said the women worked until midnight.\n\n"
        f"{label} added that the manager kept their wages for the whole contract."
    )
    first = _who(text, "worked until midnight")
    second = _who(text, "kept their wages")
    assert first is not None and second is not None and first.key == second.key


def test_two_different_labels_are_two_sources() -> None:
    text = (
        "Respondent 4, a former cook, said the women worked until midnight.\n\n"
        "Respondent 6 said the manager kept their wages for the whole contract."
    )
    first, second = _who(text, "worked until midnight"), _who(text, "kept their wages")
    assert first is not None and second is not None and first.key != second.key


@pytest.mark.parametrize("back", ["the paper said", "the newspaper said", "the daily said"])
def test_the_paper_after_a_named_newspaper_is_that_newspaper(back: str) -> None:
    text = (
        "Baltic Wire, citing the Klaipeda newspaper Jura Vakarai, reported on Friday that about 40 North Korean "
        "welders were living in containers at a shipyard.\n\n"
        f"The welders are paid 600 euros a month on paper, {back}, but a foreman keeps most of it."
    )
    first = _who(text, "living in containers", outlet="Baltic Wire")
    second = _who(text, "a foreman keeps most of it", outlet="Baltic Wire")
    assert first is not None and second is not None
    assert first.key == second.key


def test_the_paper_without_a_newspaper_is_a_document() -> None:
    reg = Registry()
    src = reg.resolve(Mention("the paper", 0, 9, "said"), 0, "A study by the Lakeside Centre was published.")
    assert src.kind == "document"


@pytest.mark.parametrize("wording, clean", [
    ("The ministry, however", "The ministry"),
    ("Noh (2019), by contrast", "Noh (2019)"),
    ("The union, for its part", "The union"),
    ("Another worker, meanwhile", "Another worker"),
])
def test_discourse_words_are_not_part_of_the_speaker(wording: str, clean: str) -> None:
    reg = Registry()
    src = reg.resolve(Mention(wording, 0, len(wording), "said"), 0, "")
    assert src.wording == clean


def test_a_role_label_takes_the_name_given_in_brackets() -> None:
    reg = Registry()
    context = "HOST (Ada Brill): Welcome back.\n\nGUEST (Niko Varis): Thanks for having me.\n\nHOST: Where were you?\n\n"
    src = reg.resolve(Mention("Guest", 0, 5, "said"), len(context), context)
    assert src.wording == "Niko Varis" and src.kind == "named_person"


def test_a_role_label_without_a_name_stays() -> None:
    reg = Registry()
    src = reg.resolve(Mention("Guest", 0, 5, "said"), 0, "HOST: Welcome back.\n\n")
    assert src.wording == "Guest"


def test_two_bodies_named_in_full_are_two_sources() -> None:
    reg = Registry()
    first = reg.resolve(Mention("The Member State", 0, 16, "informed"), 0, "")
    second = reg.resolve(Mention("the Permanent Mission of Laos to the United Nations", 0, 50, "stated"), 300, "")
    assert first.key != second.key and second.kind == "official"
    again = reg.resolve(Mention("the government", 0, 14, "said"), 600, "")
    assert again.kind == "official"


def test_a_named_service_after_a_described_agency_is_the_same_body() -> None:
    reg = Registry()
    first = reg.resolve(Mention("Mongolia's border agency", 0, 24, "said"), 0, "")
    second = reg.resolve(Mention("the General Border Directorate", 0, 30, "said"), 300, "")
    assert first.key == second.key


def test_a_role_label_keeps_its_name_far_from_the_introduction() -> None:
    reg = Registry()
    context = "HOST (Ada Brill): Welcome back.\n\nGUEST (Niko Varis): Thanks for having me.\n\n"
    first = reg.resolve(Mention("Guest", 0, 5, "said"), len(context), context)
    later = reg.resolve(Mention("Guest", 0, 5, "said"), 5000, "HOST: And then?\n\n" + "x " * 400)
    assert later.key == first.key and later.wording == "Niko Varis"


@pytest.mark.parametrize("sentence, name", [
    ('"Nobody sees them in the shops," said pensioner Vera Tolkacheva, who lives opposite.', "Vera Tolkacheva"),
    ('"They work even on Sundays," said retired welder Anton Kral.', "Anton Kral"),
    ('"The bus comes at five," says taxi driver Omar Haddad.', "Omar Haddad"),
])
def test_a_role_word_before_the_name_after_a_quote(sentence: str, name: str) -> None:
    who = _who(sentence, "said" if "said" in sentence else "says")
    assert who is not None and who.kind == "named_person" and name in (who.wording or "")


@pytest.mark.parametrize("first, acronym", [
    ("the Baltic Labour Forum (BLF)", "BLF"),
    ("Migrant Justice Network", "MJN"),
    ("Latvia's State Labour Inspectorate", "the SLI"),
])
def test_an_acronym_is_the_body_named_before(first: str, acronym: str) -> None:
    reg = Registry()
    a = reg.resolve(Mention(first, 0, len(first), "said"), 0, "")
    b = reg.resolve(Mention(acronym, 0, len(acronym), "said"), 300, "")
    assert a.key == b.key


def test_an_acronym_of_another_body_is_a_new_source() -> None:
    reg = Registry()
    a = reg.resolve(Mention("Migrant Justice Network", 0, 23, "said"), 0, "")
    b = reg.resolve(Mention("ILO", 0, 3, "said"), 300, "")
    assert a.key != b.key


@pytest.mark.parametrize("named, back", [
    ("Ri Sol-hwa, a 41-year-old former cook", "the former cook"),
    ("Anton Kral, a retired welder from Gdynia", "the retired welder"),
])
def test_a_description_repeated_from_a_named_person_is_that_person(named: str, back: str) -> None:
    reg = Registry()
    a = reg.resolve(Mention(named, 0, len(named), "said"), 0, "")
    b = reg.resolve(Mention(back, 0, len(back), "said"), 300, "")
    assert a.key == b.key


def test_a_description_with_other_words_is_someone_else() -> None:
    reg = Registry()
    a = reg.resolve(Mention("Ri Sol-hwa, a 41-year-old former cook", 0, 30, "said"), 0, "")
    b = reg.resolve(Mention("the younger cook", 0, 16, "said"), 300, "")
    assert a.key != b.key


def test_the_news_agency_is_the_agency_cited_before() -> None:
    reg = Registry(outlet="Harbour Herald")
    a = reg.resolve(Mention("Steppe News", 0, 11, "reported"), 0, "")
    assert a.kind == "outlet"
    b = reg.resolve(Mention("the news agency", 0, 15, "said"), 300, "")
    assert b.key == a.key


@pytest.mark.parametrize("context, pronoun, name", [
    ("Our correspondent met Yun Hae-jin in Incheon last winter. ", "She", "Yun Hae-jin"),
    ("The weekly interviewed Bogdan Sirko at his flat. ", "He", "Bogdan Sirko"),
    ("A reporter spoke with Choi Eun-bi by video. ", "She", "Choi Eun-bi"),
    ("For Radek Nowicki, the crew's arrival changed the street. ", "He", "Radek Nowicki"),
])
def test_he_or_she_takes_the_person_the_reporter_met(context: str, pronoun: str, name: str) -> None:
    reg = Registry()
    src = reg.resolve(Mention(pronoun, 0, len(pronoun), "said"), len(context), context)
    assert src.wording == name and src.kind == "named_person"


def test_a_place_after_met_is_not_a_person() -> None:
    reg = Registry()
    context = "We met at Harbour Street Station before dawn. "
    src = reg.resolve(Mention("He", 0, 2, "said"), len(context), context)
    assert src.wording != "Harbour Street"


@pytest.mark.parametrize("wording, clean", [
    ("this month Latvia's labour ministry", "Latvia's labour ministry"),
    ("last week the Harbour Workers' Union", "the Harbour Workers' Union"),
    ("On Tuesday, a port official", "a port official"),
    ("Monday Deputy Mayor Ilse Varga", "Deputy Mayor Ilse Varga"),
])
def test_a_leading_time_phrase_is_not_part_of_the_speaker(wording: str, clean: str) -> None:
    reg = Registry()
    assert reg.resolve(Mention(wording, 0, len(wording), "said"), 0, "").wording == clean


def test_a_speaker_without_a_time_phrase_is_unchanged() -> None:
    reg = Registry()
    assert reg.resolve(Mention("Last Chance Shelter", 0, 19, "said"), 0, "").wording == "Last Chance Shelter"


@pytest.mark.parametrize("named", ["Lieutenant Ewa Nowak", "Colonel Ewa Nowak", "Spokeswoman Ewa Nowak"])
def test_a_ranked_name_after_an_unnamed_spokeswoman_is_her(named: str) -> None:
    reg = Registry()
    a = reg.resolve(Mention("a spokeswoman for the Border Guard", 0, 30, "said"), 0, "")
    b = reg.resolve(Mention(named, 0, len(named), "said"), 300, "")
    assert b.key == a.key and b.kind == "official" and b.canonical == "Ewa Nowak"


@pytest.mark.parametrize("named", ["Deputy Minister Ivan Sorokin", "Mr Ivan Sorokin"])
def test_a_named_minister_after_a_spokesman_is_someone_else(named: str) -> None:
    reg = Registry()
    a = reg.resolve(Mention("a ministry spokesman", 0, 20, "said"), 0, "")
    b = reg.resolve(Mention(named, 0, len(named), "said"), 300, "")
    assert b.key != a.key


def test_a_ranked_name_after_a_company_spokesman_is_someone_else() -> None:
    reg = Registry()
    a = reg.resolve(Mention("a spokesman for Harbour Crewing", 0, 30, "said"), 0, "")
    b = reg.resolve(Mention("Lieutenant Ewa Nowak", 0, 20, "said"), 300, "")
    assert b.key != a.key


@pytest.mark.parametrize("intro, name", [
    ('A conversation with "Ok-ja" (not her real name), who packed fish in Rason.', "Ok-ja"),
    ("Our guest today is Mr Paek (a pseudonym), a former miner.", "Mr Paek"),
])
def test_interview_answers_belong_to_a_pseudonymous_guest(intro: str, name: str) -> None:
    text = (f"{intro}\n\nQ: How long were the shifts?\nA: We worked fourteen hours, and the foreman kept our "
            "passports.\n\nQ: Were you paid?\nA: Almost nothing reached us; the rest went to the plan.")
    who = _who(text, "kept our passports")
    assert who is not None and who.kind == "named_person" and name in (who.wording or "")


@pytest.mark.parametrize("first, back", [
    ("two former welders", "the two men"),
    ("three of the seamstresses", "the three women"),
    ("Two Polish co-workers", "the two co-workers"),
])
def test_a_counted_group_referred_back_to(first: str, back: str) -> None:
    reg = Registry()
    a = reg.resolve(Mention(first, 0, len(first), "said"), 0, "")
    b = reg.resolve(Mention(back, 0, len(back), "said"), 300, "")
    assert a.key == b.key


def test_a_different_count_is_another_group() -> None:
    reg = Registry()
    a = reg.resolve(Mention("two former welders", 0, 18, "said"), 0, "")
    b = reg.resolve(Mention("the three women", 0, 15, "said"), 300, "")
    assert a.key != b.key


def test_the_paper_after_an_outlet_is_the_outlet_and_after_a_study_is_the_study() -> None:
    reg = Registry(outlet="Harbour Herald")
    a = reg.resolve(Mention("the Steppe Daily Post", 0, 21, "reported"), 0, "")
    assert reg.resolve(Mention("the paper", 0, 9, "said"), 300, "").key == a.key
    reg2 = Registry(outlet="Harbour Herald")
    d = reg2.resolve(Mention("a 2019 paper by two economists", 0, 30, "found"), 0, "")
    assert d.kind == "document"
    assert reg2.resolve(Mention("the paper", 0, 9, "said"), 300, "").key == d.key


@pytest.mark.parametrize("context, back, intro", [
    ("A similar scheme in Kano was described by a Nigerian pharmacist who supplied the clinic. ",
     "The pharmacist, who asked not to be named", "a Nigerian pharmacist"),
    ("Conditions were confirmed by an elderly Polish welder at the yard. ", "the welder", "an elderly Polish welder"),
])
def test_the_first_description_names_a_source_introduced_in_passing(context: str, back: str, intro: str) -> None:
    reg = Registry()
    src = reg.resolve(Mention(back, 0, len(back), "said"), len(context), context)
    assert src.wording == intro and src.kind == "anonymous_source"


def test_no_introduction_keeps_the_definite_wording() -> None:
    reg = Registry()
    src = reg.resolve(Mention("the pharmacist", 0, 14, "said"), 40, "The clinic opened in 2016 in Mwanza. ")
    assert src.wording == "the pharmacist"
