"""Attribution in other reporting styles: fronted adjuncts, role nouns, documents as
speakers, interviews, coreference by role noun, gender and surname (fictional texts)."""

from __future__ import annotations

import pytest

from labourlens.analyse.attribution import attribute, classify, find_mention
from labourlens.analyse.sentences import split
from labourlens.model import Source


def run(text: str) -> tuple[dict[str, Source], list[str]]:
    sents = split(text)
    sources, atts = attribute(text, sents, None)
    return {s.key: s for s in sources}, [a.source for a in atts]


@pytest.mark.parametrize("sentence, speaker", [
    ("In Muscat, a tile setter who worked beside the crews said the men slept on site.",
     "a tile setter who worked beside the crews"),
    ("In Ussuriysk, a second source, a Korean-Chinese cook who feeds the brigade, said pay was late.",
     "a Korean-Chinese cook who feeds the brigade"),
    ("Last winter, a crane operator at the port said the men worked without gloves.",
     "a crane operator at the port"),
    ("On Monday, an electrician from the site said the hostel had no heating.", "an electrician from the site"),
])
def test_fronted_adjuncts_are_not_part_of_the_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker
    assert sentence[m.start:m.end] == speaker
    assert classify(m.wording) == "anonymous_source"


@pytest.mark.parametrize("phrase, kind", [
    ("a site supervisor who worked with the crews", "anonymous_source"),
    ("a mason from the next village", "anonymous_source"),
    ("one shopkeeper near the market", "anonymous_source"),
    ("another welder", "anonymous_source"),
    ("Zofia, a shopkeeper who did not want her surname printed", "named_person"),
    ("Dr. Irena Sowa", "named_person"),
    # a person speaking in an institution's name takes its kind (product decision, tests/gold/README.md)
    ("a labour inspector who visited the yard", "official"),
    ("Agata Wrzos, a spokeswoman for the inspectorate", "official"),
    ("the company's spokesman, Ilya Dorn", "organization"),
    ("a spokeswoman for the regional inspectorate", "official"),
    ("the ministry", "official"),
])
def test_role_nouns_and_names(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", [
    "pay slips the foreman kept",
    "production schedules photographed at one plant",
    "a ledger found in the office",
    "documents seen by this newspaper",
    "a labour-service agreement reviewed by our reporters",
    "Article 12",
    "the contract",
])
def test_documents_are_speakers(phrase: str) -> None:
    assert classify(phrase) == "document"


def test_contract_workers_are_people_not_documents() -> None:
    assert classify("contract workers at the plant") == "anonymous_source"


def test_a_document_keeps_speaking_about_its_content() -> None:
    text = ("A hiring agreement obtained by this newspaper sets a working day of 13 hours for the crew. "
            "The agreement states that wages are paid to the contractor. Article 4 fixes the monthly fee at $500. "
            "Rest days are not mentioned.")
    sources, atts = run(text)
    assert atts[0] == atts[1] == atts[2] == atts[3]
    assert sources[atts[0]].kind == "document"


def test_which_found_relative_clause() -> None:
    m = find_mention("The figures match a 2022 study by the Taiga Rights Centre, which found that loggers "
                     "were charged for boots.")
    assert m is not None and m.wording == "a 2022 study by the Taiga Rights Centre"
    assert classify(m.wording) == "document"


def test_role_noun_resolves_to_the_earlier_source() -> None:
    text = ("A foreman at the fictional Baltic yard said the men were locked in at night. "
            "A translator who works there said the crews were paid late. "
            "\u201cThey get nothing until the end,\u201d the foreman said.")
    sources, atts = run(text)
    assert atts[0] == atts[2] != atts[1]


def test_she_skips_a_male_source() -> None:
    text = ("A labour inspector who visited the plant said the passports were in the office. "
            "A foreman there said the men were paid in full. She said she had filed a report.")
    sources, atts = run(text)
    assert atts[2] == atts[0] != atts[1]


def test_surname_alone_is_the_named_person() -> None:
    text = ("Lena Kowal, a cook at the hostel, said the crews ate once a day. "
            "A driver said the gate was locked. Kowal added that nobody complained.")
    sources, atts = run(text)
    assert atts[2] == atts[0]
    assert sources[atts[0]].kind == "named_person"


def test_they_and_we_are_never_speakers() -> None:
    text = "They said they were not allowed to leave the hostel. We found that the men were not paid."
    sources, atts = run(text)
    assert atts == ["OUTLET", "OUTLET"]


def test_quote_paragraph_after_an_introduction_keeps_the_speaker() -> None:
    text = ("Olga Brandt, who rents rooms to some of the crews, recalled:\n\n"
            "\u201cThey asked me to say nothing. They were afraid of the leader.\u201d")
    sources, atts = run(text)
    assert len(set(atts)) == 1 and sources[atts[0]].canonical == "Olga Brandt"


def test_interview_answers_belong_to_the_interviewee() -> None:
    text = ("Ri Song-il, 44, spent four years at a fictional sawmill in the Russian Far East.\n\n"
            "Q: What were your hours?\n\n"
            "A: We cut timber from dawn until dark. Nobody could leave the camp.\n\n"
            "Q: Were you paid?\n\n"
            "A: I received no more than $90 a year.")
    sents = split(text)
    sources, atts = attribute(text, sents, None)
    by_key = {s.key: s for s in sources}
    answers = [a for s, a in zip(sents, atts, strict=True) if not s.text.startswith(("Q:", "Ri Song-il"))]
    assert answers and all(by_key[a.source].canonical == "Ri Song-il" for a in answers)


def test_bold_questions_mark_an_interview() -> None:
    text = ("Anna Lee, 31, worked in a fictional kitchen in Doha.\n\n"
            "**How long were your shifts?**\n\n"
            "We started at six and finished at midnight.\n\n"
            "**Could you go out?**\n\n"
            "Only with the manager.")
    sents = split(text)
    sources, atts = attribute(text, sents, None)
    by_key = {s.key: s for s in sources}
    answer = next(a for s, a in zip(sents, atts, strict=True) if s.text.startswith("We started"))
    assert by_key[answer.source].canonical == "Anna Lee"


def test_asked_to_be_identified_is_not_the_reporting_verb() -> None:
    m = find_mention("Cho, a former welder who lives in Europe and asked to be identified only by his surname, "
                     "said the crew worked every night.")
    assert m is not None and m.wording.startswith("Cho") and m.cue == "said"


def test_first_and_second_source_by_order_of_introduction() -> None:
    text = ("A source in Yanji said the fictional plant hired 90 women. "
            "A second source, a driver for the plant, said they sleep on site. "
            "The first source said the women were promised $300. "
            "According to the second source, they receive $40.")
    sources, atts = run(text)
    assert atts[2] == atts[0] and atts[3] == atts[1] and atts[0] != atts[1]
    assert sources[atts[1]].wording == "A second source, a driver for the plant"


@pytest.mark.parametrize("sentence, speaker, kind", [
    ("The Panel received information from a Member State that 900 workers remained in the country.",
     "a Member State", "official"),
    ("The committee was informed by a former cook that the women were locked in.", "a former cook",
     "anonymous_source"),
])
def test_received_information_from(sentence: str, speaker: str, kind: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and classify(m.wording) == kind


def test_the_publisher_short_name_is_its_own_voice() -> None:
    text = ("We found that the fictional seafood plants kept passports. "
            "The Observatory found that wages were paid to the company.")
    sents = split(text)
    sources, atts = attribute(text, sents, "Lower Amur Labour Observatory")
    assert [a.source for a in atts] == ["OUTLET", "OUTLET"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Speaking by phone from Tynda, a Russian foreman said the brigade worked until midnight.", "a Russian foreman"),
    ("Reached by phone in Doha, a site engineer said the men slept on site.", "a site engineer"),
    ("The men, a local taxi driver said, are never allowed into town.", "a local taxi driver"),
    ("Production schedules photographed at one plant show 16-hour shifts.",
     "Production schedules photographed at one plant"),
])
def test_more_speaker_positions(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_the_source_described_again_is_the_same_source() -> None:
    text = ("A source in Hunchun said the women sleep on site. "
            "The source, a trader who sells them soap, said they are never paid in cash.")
    sources, atts = run(text)
    assert atts[0] == atts[1]


def test_word_alternation_matches_like_a_longest_first_alternation() -> None:
    import re

    from labourlens.analyse.speakers import word_alternation

    words = ["said", "says", "say", "saying", "went on", "went on to say", "pointed out", "told", "to"]
    flat = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    trie = re.compile(rf"\b(?:{word_alternation(words)})\b")
    ref = re.compile(rf"\b(?:{flat})\b")
    for text in ["he said it", "she went on to say that", "went on", "pointed   out", "sayings", "told to",
                 "to say", "unsaid says"]:
        assert [m.group() for m in trie.finditer(text)] == [m.group() for m in ref.finditer(text)]
