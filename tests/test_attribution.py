"""Attribution: who said it (invented texts with fictional people and bodies)."""

from __future__ import annotations

import pytest

from labourlens.analyse.attribution import attribute, classify, find_mention
from labourlens.analyse.sentences import split
from labourlens.model import Source


def run(text: str, outlet: str | None = "Harbour Times") -> tuple[list[Source], list[tuple[str, str | None]]]:
    sents = split(text)
    sources, atts = attribute(text, sents, outlet)
    by_key = {s.key: s for s in sources}
    out = []
    for a in atts:
        src = by_key.get(a.source)
        out.append((a.source, src.wording if src else None))
    return sources, out


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        (
            "The workers are not paid, a China-based source told Harbour Times on Monday.",
            "a China-based source",
            "told",
        ),
        ("“They are locked in,” the source said.", "the source", "said"),
        ("“They are locked in,” said Min Ji-ho, a former welder.", "Min Ji-ho, a former welder", "said"),
        ("Sources told Harbour Times that wages were cut.", "Sources", "told"),
        ("Wages were cut, according to a trader in Dandong.", "a trader in Dandong", "according to"),
        ("According to the ministry, 300 workers left.", "the ministry", "according to"),
        (
            "The Pacific Labour Network said in a statement that crews work at night.",
            "The Pacific Labour Network",
            "said",
        ),
        (
            "Oleg Sorin, a researcher at Amur State College, said the camps were remote.",
            "Oleg Sorin, a researcher at Amur State College",
            "said",
        ),
        (
            "A 2022 report by a UN panel found that workers were moved at night.",
            "A 2022 report by a UN panel",
            "find",
        ),
        (
            "The men were housed in containers, the group said, adding that nobody was paid.",
            "the group",
            "said",
        ),
        (
            "“We had no days off,” Ri Song-a, who left in 2021, told Harbour Times.",
            "Ri Song-a, who left in 2021",
            "told",
        ),
        (
            "The crews work at night, South Korean officials said on Tuesday, citing intelligence.",
            "South Korean officials",
            "said",
        ),
    ],
)
def test_find_mention(sentence: str, speaker: str, cue: str) -> None:
    m = find_mention(sentence)
    assert m is not None
    assert m.wording == speaker
    assert m.cue == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The manager told them to stay inside the compound.",
        "The company asked workers to sign new contracts.",
        "Officials warned the workers not to talk to reporters.",
        "North Korean workers said to be earning little were seen in Doha.",
        "The workers reported to the site at dawn.",
        "Some officials have secretly found jobs for the workers.",
        "Workers are moved between sites in closed trucks.",
    ],
)
def test_no_mention(sentence: str) -> None:
    assert find_mention(sentence) is None


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("a China-based source", "anonymous_source"),
        ("Daily Ledger sources", "anonymous_source"),
        ("Andrei Sokolov, a professor at Baikal University", "named_person"),
        ("a former worker, Pak Song-il", "named_person"),
        ("Russia's Ministry of Labour", "official"),
        ("South Korea's spy agency", "official"),
        ("South Korean officials", "official"),
        ("a spokesperson for the foreign ministry", "official"),
        ("a Nigerian official who oversaw the project", "anonymous_source"),
        ("the UN panel's report", "document"),
        ("a copy of the contract seen by the newspaper", "document"),
        ("Gulf Migrant Voices", "organization"),
        ("the advocacy group Gulf Migrant Voices", "organization"),
        ("Yonhap", "outlet"),
        ("Baekdu Aquatic Products", "organization"),
        ("Seven of them", "anonymous_source"),
    ],
)
def test_classify(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize(
    "sentence, speaker, kind",
    [
        (
            "Labour Ministry spokesman Oleg Pavlov said the permits had expired.",
            "Oleg Pavlov",
            "official",
        ),
        (
            "In an interview with the Harbour Times, Ri Chol-su said the men were not paid.",
            "Ri Chol-su",
            "named_person",
        ),
        ("A spokesperson for the company said it was not aware of any abuse.", "company", "organization"),
        (
            "A spokesperson for Malta's Home Affairs Ministry said the permits would lapse.",
            "Ministry",
            "official",
        ),
        ("Deputy Labour Minister Ivan Sorokin said the permits had expired.", "Ivan Sorokin", "official"),
        ("“We were never paid,” the 34-year-old said.", "34-year-old", "anonymous_source"),
        ("Kim: We were never paid for the overtime.", "Kim", "named_person"),
        (
            "Yonhap quoted a government official as saying 200 workers were sent home.",
            "a government official",
            "official",
        ),
        ("“We were slaves,” as one former worker put it.", "one former worker", "anonymous_source"),
        (
            "The men were not paid, the source said on Monday from Dandong, where he runs a trading business.",
            "the source",
            "anonymous_source",
        ),
        (
            "Omar al-Sayed, a contractor in Doha, said the men worked at night.",
            "Omar al-Sayed",
            "named_person",
        ),
        (
            "Workers at the site, who were not authorised to speak, said they had not been paid.",
            "Workers",
            "anonymous_source",
        ),
    ],
)
def test_speaker_styles(sentence: str, speaker: str, kind: str) -> None:
    m = find_mention(sentence)
    assert m is not None and speaker in m.wording
    assert classify(m.wording) == kind


def test_nested_attribution_keeps_relay() -> None:
    sources, out = run("Yonhap, citing a source in Dandong, reported that 300 workers arrived in March.")
    assert out[0][1] == "a source in Dandong"
    assert sources[0].relay == "Yonhap"
    assert sources[0].location == "CN"
    _, out2 = run("A broadcaster reported on Monday, citing a source in Hyesan, that workers were sent.")
    assert out2[0][1] == "a source in Hyesan"


def test_the_source_after_two_sources_is_most_recent_anonymous() -> None:
    text = (
        "“Wages are late,” a source in Dandong told Harbour Times.\n\n"
        "“The gates are locked,” another China-based source said.\n\n"
        "“Nobody eats enough,” the source said."
    )
    _, out = run(text)
    assert out[0][0] == "S1" and out[1][0] == "S2"
    assert out[2][0] == "S2"


def test_definite_reference_matches_wording() -> None:
    text = (
        "“Wages are late,” a China-based source told Harbour Times.\n\n"
        "“Gates are locked,” one source in Shenyang said.\n\n"
        "“They cannot leave,” the China-based source said."
    )
    _, out = run(text)
    assert out[2][0] == out[0][0] == "S1"
    assert out[1][0] == "S2"


def test_another_source_is_new() -> None:
    text = "“A,” a source said about the workers.\n\n“B,” another source said."
    _, out = run(text)
    assert out[0][0] != out[1][0]


def test_pronoun_and_surname_resolve_to_named_person() -> None:
    text = (
        "Cho Min-a, a former seamstress, said the women were locked in at night.\n\n"
        "“We had no phones,” she said.\n\n"
        "Cho said the manager kept their passports."
    )
    sources, out = run(text)
    assert out[0][0] == out[1][0] == out[2][0] == "S1"
    assert sources[0].kind == "named_person"
    assert sources[0].canonical == "Cho Min-a"


def test_documents_and_organisations_resolve() -> None:
    text = (
        "A 2021 report by the Far North Labour Project said loggers were unpaid.\n\n"
        "The report estimated that 5,000 men worked in the camps.\n\n"
        "Russia's Ministry of Labour denied the findings.\n\n"
        "“There are no such workers,” the ministry said in a statement."
    )
    sources, out = run(text)
    assert out[0][0] == out[1][0] == "S1"
    assert out[2][0] == out[3][0] == "S2"
    assert {s.key: s.kind for s in sources} == {"S1": "document", "S2": "official"}


def test_speaker_carries_through_multi_sentence_quote_and_next_sentence() -> None:
    text = (
        "“We started at dawn. We stopped at midnight,” the former worker said. “Nobody complained.”\n\n"
        "“They are still in quarantine.” “They cannot go out,” a source told Harbour Times."
    )
    _, out = run(text)
    assert out[0][0] == out[1][0] == out[2][0] == "S1"
    assert out[3][0] == out[4][0] == "S2"


def test_outlet_voice_when_nobody_is_named() -> None:
    _, out = run("North Korean workers in Tomsk have not been paid since March.")
    assert out[0] == ("OUTLET", None)


def test_interview_answers_belong_to_interviewee() -> None:
    text = (
        "Kang Il-su, a former logger, spoke to us in Seoul.\n\n"
        "Q: How long did you work?\n\n"
        "A: Fourteen hours a day. We never rested."
    )
    sources, out = run(text)
    assert sources[0].canonical == "Kang Il-su"
    assert out[2][0] == out[3][0] == "S1"


def test_source_spans_cover_every_mention() -> None:
    text = "“A,” a trader in Hunchun told Harbour Times about the workers.\n\n“B,” the trader said."
    sources, out = run(text)
    assert out[0][0] == out[1][0] == "S1"
    spans = sources[0].spans
    assert [text[s:e] for s, e in spans] == ["a trader in Hunchun", "the trader"]


def test_quote_paragraph_after_introduction_and_year_old_reference() -> None:
    text = (
        "Kang Min-ho, a former welder, described the dormitory:\n\n"
        "“Forty men slept in one room. There was no heating.”\n\n"
        "“We were cold all winter,” the 41-year-old said."
    )
    sources, out = run(text)
    assert len(sources) == 1 and sources[0].canonical == "Kang Min-ho"
    assert {key for key, _ in out} == {"S1"}


def test_framing_sentence_carries_to_rest_of_paragraph_but_plain_report_does_not() -> None:
    text = (
        "A source in Sinuiju told Harbour Times about a welder who fell ill. The manager refused to pay for "
        "his treatment.\n\n"
        "Workers were paid late, a trader said. The company has since closed."
    )
    _, out = run(text)
    assert out[0][0] == out[1][0] == "S1"
    assert out[2][0] == "S2"
    assert out[3][0] == "OUTLET"
