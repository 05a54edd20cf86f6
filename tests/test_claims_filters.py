"""Frame lines that are no claims and denials without a worker word (analyse.claim_filters). Texts written
for this test; the people, outlets and companies are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import claim_filters as cf
from labourlens.model import Sentence


def _sents(paragraphs: list[list[str]]) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for p, texts in enumerate(paragraphs):
        for t in texts:
            out.append(Sentence(index=len(out), start=pos, end=pos + len(t), text=t, paragraph=p))
            pos += len(t) + 1
    return out


@pytest.mark.parametrize("paragraph", [
    ["Northwind Rights Forum — Field Paper 6 (excerpt)"],
    ["Welders without wages: Korean crews in Baltic yards"],
    ["REPORT SUMMARY: Steel and Silence (Harbour Labour Desk, May 2025)"],
    ["Annex extract — Workers abroad (paragraphs 40-52)"],
    ["3.2 Pay.", "The men said they were paid once a year."],
    ["(ii) Food and housing.", "Twelve men slept in one container."],
    ["Hours.", "The crews started at six."],
    ["B.4 Wages"],
])
def test_titles_and_labels(paragraph: list[str]) -> None:
    assert cf.is_title(_sents([paragraph]), 0)


@pytest.mark.parametrize("paragraph", [
    ["The foremen kept the passports in a safe in Nakhodka."],
    ["Never.", "They never paid us."],
    ["No.", "Nobody could leave."],
    ["Wages were paid to the brigade leader and most of it went to the state"],  # an excerpt cut off
    ["Not once in four years."],
    ["The men worked for Baltvik Steel (a subcontractor)."],
])
def test_sentences_are_not_titles(paragraph: list[str]) -> None:
    assert not cf.is_title(_sents([paragraph]), 0)


def test_footnotes_and_question_lines() -> None:
    assert cf.is_footnote("[7] Payslips on file with the authors.")
    assert cf.is_footnote("[12] Registry records of Amber Coast Ltd.")
    assert not cf.is_footnote("The men were paid [sic] nothing.")
    assert cf.is_question_line("Q: The ministry says all the workers went home in 2019.")
    assert cf.is_question_line("Q14 Lord Ashby: Mr Varga, your union looked at the yard.")
    assert not cf.is_question_line("Qatar's ministry said the workers had left.")


@pytest.mark.parametrize("text", [
    "The contractor, Gulfline Works, did not respond to emailed questions.",
    "The Laotian ministry did not respond.",
    "This programme is brought to you by Harbour Tea.",
    "We'll be back after the news.",
    "That is where we will leave our coverage for today; thanks for reading.",
    "This note is for information only and is not legal advice.",
    "We call them Ri and Pak; those are not their names.",
    "CHAIR: I give the floor to Dr Lenz.",
    "Mr VARGA (Harbour Welders' Union): Thank you, Chair.",
    "REPORTER: We reached out to the labour ministry before broadcast.",
])
def test_programme_lines(text: str) -> None:
    assert cf.is_programme_line(text)


@pytest.mark.parametrize("text", [
    "Our correspondent spoke to four people who know the site.",
    "Over three months we talked with a dozen welders, drivers and landlords.",
    "Between May and July our researchers conducted 24 interviews with former cooks.",
    "Five fishermen were interviewed by the union near the harbour.",
    "Methodology note: interviews took place in Seoul between March and May.",
    "This brief draws on court records and inspection reports.",
    "A third former cook told a similar story.",
    "We met him in a canteen behind the port.",
    "One of the men agreed to answer our questions by phone.",
    "Two former drivers at the camp spoke to Taiga.news.",
])
def test_method_lines(text: str) -> None:
    assert cf.is_method_line(text)


@pytest.mark.parametrize("text", [
    "The supervisor spoke to the men in Korean every morning.",
    "The workers were not allowed to speak to anyone outside the yard.",
    "The managers interviewed us one by one about our families.",
])
def test_not_method_lines(text: str) -> None:
    assert not cf.is_method_line(text)


@pytest.mark.parametrize("text", [
    "Importers should audit their suppliers in Liaoning.",
    "Second, fund legal aid for fishermen who leave.",
    "Ask for a video call with the developer.",
    "The committee recommends that ports inspect crew lists.",
    "Recommendations: labour inspectors should visit the dormitories at night.",
])
def test_recommendations(text: str) -> None:
    assert cf.is_recommendation(text)


@pytest.mark.parametrize("text", [
    "The men should have been paid every month.",
    "Workers checked out at ten.",
    "The foreman said we should not talk to Russians.",
])
def test_not_recommendations(text: str) -> None:
    assert not cf.is_recommendation(text)


def test_frame_line_keeps_sentences_with_hits() -> None:
    sents = _sents([["The ministry did not respond; the men said their passports were taken."]])
    assert cf.frame_line(sents, 0, has_hits=False)
    assert not cf.frame_line(sents, 0, has_hits=True)


@pytest.mark.parametrize("text", [
    "Inspectors found no violations of labour law at the yard.",
    "The company said it was in full compliance with international law.",
    "The embassy said it was not aware of the matter.",
    "The ministry categorically rejects these allegations.",
    "A spokesman called the story a fabrication.",
    "She said the firm had never employed foreign staff.",
    "All the men held valid permits, the agency said.",
    "Beijing strictly implements the resolutions, the spokesman said.",
])
def test_official_denials(text: str) -> None:
    assert cf.official_denial(text)


@pytest.mark.parametrize("text", [
    "The men worked twelve hours a day.",
    "The company rejected the workers' request for leave.",
    "Their contracts were fabricated by the agency.",
])
def test_not_official_denials(text: str) -> None:
    assert cf.official_denial(text) is None


@pytest.mark.parametrize("text", [
    "The account of the injured cook could not be verified.",
    "(The Tribune was unable to verify Mr. Oh's account independently.)",
    "We could not independently verify the welders' accounts, though their photographs match the yard.",
    "Harbour Post was unable to confirm how many of the men held permits.",
])
def test_unverified_notes(text: str) -> None:
    assert cf.is_unverified_note(text)


@pytest.mark.parametrize("text", [
    "The workers said their wages could not be withdrawn without the manager's signature.",
    "The men were paid in cash, which could not be traced.",
])
def test_not_unverified_notes(text: str) -> None:
    assert not cf.is_unverified_note(text)


def test_finding_denials_and_numbered_titles() -> None:
    assert cf.finding_denial("We found no evidence of beatings at the two net lofts.")
    assert cf.finding_denial("Inspectors saw no signs of locked doors.")
    assert not cf.finding_denial("The men found no way to send money home.")
    assert cf.is_title(_sents([["5.", "Quotas and the working day abroad"]]), 1)
    assert cf.is_recommendation("And treat a supplier who refuses an audit as a risk.")


def test_lead_ins() -> None:
    assert cf.is_lead_in("Respondent 12, a former cook in Kazan, put it this way:")
    assert cf.is_lead_in("Then there is this, from a shipping lawyer in Gdansk:")
    assert not cf.is_lead_in("The foreman kept our passports.")
    assert not cf.is_lead_in('He said: "We were never paid":')


def test_lead_in_with_content_is_kept() -> None:
    assert not cf.is_lead_in("One cook described a shift that began at five and ended when the manager left:")


@pytest.mark.parametrize("text", [
    "REPORTER (to camera): We asked the Qatari labour ministry about the crews.",
    "We contacted the Mongolian embassy in Warsaw.",
    "The harbour police asked anyone who saw the men to call them.",
    "The union did not say how many welders it had met.",
])
def test_more_programme_lines(text: str) -> None:
    assert cf.is_programme_line(text)


def test_asking_the_men_is_no_programme_line() -> None:
    assert not cf.is_programme_line("We asked him whether the foreman kept his passport.")


def test_denial_with_a_meta_note_is_a_claim() -> None:
    from labourlens.analyse.pipeline import analyse
    text = ("North Korean welders at the Baltvik yard in Gdynia were paid nothing for a year, a union said. "
            "The welders said the foreman kept their passports. "
            "A former manager of the yard, who asked not to be named, said the contracts were applied as written. "
            "The labour office said the yard had been run in full compliance with the law and declined to comment "
            "further.")
    claims = {c.text[:20]: c for c in analyse(text).claims}
    assert "A former manager of " in claims and claims["A former manager of "].polarity == "negated"
    assert "The labour office sa" in claims and claims["The labour office sa"].polarity == "negated"


@pytest.mark.parametrize("sentence", [
    "Everyone in Sukhoi Log knows the Koreans are back at the sawmill.",
    "The hostel had thirty bunks in two rooms.",
    "Each developer had to bring in 4,000 dollars a month.",
    "The coders went out once a week, escorted.",
])
def test_worker_topic_words(sentence: str) -> None:
    from labourlens.analyse.pipeline import analyse
    text = ("North Korean crews at a timber yard near Tynda had their passports taken by a minder, two former "
            "loggers told the Amur Courier. " + sentence)
    assert any(c.text == sentence for c in analyse(text).claims)


def test_title_lines_in_a_header_block() -> None:
    doc = ("Who Builds the Port?\nKorean welding crews on the Baltic coast\nA field note by the Harbour Rights Desk\n"
           "STATEMENT | Gdansk Dockers' Union\n09:10 GMT — 'Pay goes to Pyongyang'\n"
           "Reported weekly hours, by yard (n = 18)\nThe men worked every Sunday.")
    sents: list[Sentence] = []
    pos = 0
    for line in doc.split("\n"):
        sents.append(Sentence(index=len(sents), start=pos, end=pos + len(line), text=line, paragraph=0))
        pos += len(line) + 1
    assert [cf.is_title(sents, i, doc) for i in range(len(sents))] == [False, True, True, True, True, True, False]
