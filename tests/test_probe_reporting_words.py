"""Reporting words and shapes that ordinary news prose uses and the speaker finder used to miss: "reiterated",
"did not rule out", "told our delegate", a mid-sentence "it added", "According to X" without a comma, and
"was told by X that". Every text is written for this test; people, firms and outlets are fictional (places and
state institutions are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
H = "North Korean crews abroad\nNorth Korean workers are building apartment towers in the region.\n"


def _who(text: str, part: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    claim = next(c for c in a.claims if part in c.text)
    src = a.source(claim.source)
    return (src.wording if src else None), (src.kind if src else None)


@pytest.mark.parametrize("text,part,who", [
    (H + "The Ministry of Labour reiterated in a statement that no North Korean worker holds a valid permit.",
     "valid permit", "The Ministry of Labour"),
    (H + "Oman's labour ministry on Sunday reiterated that it had issued no visas to North Korean workers.",
     "issued no visas", "Oman's labour ministry"),
    (H + "Prosecutor Irina Volkova did not rule out that the agency had confiscated the workers' passports.",
     "confiscated", "Irina Volkova"),
    (H + "The inspectorate would not rule out that the plasterers had been trafficked into the country.",
     "trafficked", "The inspectorate"),
    (H + "A foreman told our delegate the North Korean men are never paid in cash.", "never paid in cash",
     "A foreman"),
    (H + "One welder told our organisers that the Korean crew works 14 hours a day.", "14 hours", "One welder"),
])
def test_reporting_verbs_and_audiences(text: str, part: str, who: str) -> None:
    got = _who(text, part)[0] or ""
    assert who in got, got


def test_a_ruled_out_refusal_is_not_a_speaker_without_the_verb() -> None:
    text = H + "The men rule out nothing when they talk about the camp, and they work 14 hours a day."
    assert _who(text, "14 hours")[1] in (None, "outlet")


@pytest.mark.parametrize("text,part,who", [
    (H + "The daily Al-Fajr said the crews were brought in by a broker. They are paid 70 dinars a month, it added, "
     "far below the legal minimum.", "70 dinars", "Al-Fajr"),
    (H + "Baltmet Steel Ltd said the North Korean crews were hired lawfully. The welders, it said, receive their full wages in cash.",
     "full wages", "Baltmet Steel Ltd"),
    (H + "A 2024 audit by the ministry examined the camp. The men, it found, worked 15 hours a day without breaks.",
     "15 hours", "audit"),
])
def test_a_mid_sentence_it_goes_back_to_the_body_or_paper(text: str, part: str, who: str) -> None:
    got = _who(text, part)[0] or ""
    assert who in got, got


def test_a_mid_sentence_it_without_a_reporting_verb_is_not_a_speaker() -> None:
    text = H + "The work, it seemed, was hard, and the North Korean men were paid 70 dinars a month."
    assert _who(text, "70 dinars")[1] in (None, "outlet")


@pytest.mark.parametrize("text,part,who", [
    (H + "According to TASS the North Korean men entered on student visas for a course they never attended.",
     "student visas", "TASS"),
    (H + "According to the regional union the crews worked 14 hours a day through the winter.", "14 hours",
     "the regional union"),
    (H + "According to the head of the migration service 300 North Korean workers arrived in May.",
     "300 North Korean", "the head of the migration service"),
    (H + "According to one former welder they are locked into their dormitory every night.", "locked into",
     "one former welder"),
    (H + "According to a 2023 report by the ministry the workers were paid nothing for a year.", "paid nothing",
     "a 2023 report by the ministry"),
    # a short clause ending in its verb is part of the speaker (the comma closes it)
    (H + "According to pay records the broker kept, the North Korean welders were paid 900 euros a month.",
     "900 euros", "pay records the broker kept"),
])
def test_according_to_without_a_comma(text: str, part: str, who: str) -> None:
    assert _who(text, part)[0] == who


OPED = "Opinion: the crews nobody counts\nBy Mira Holt\n"


@pytest.mark.parametrize("text,part,who", [
    (OPED + "I was told last month by a foreman in Ajman that the North Korean crews still work 14-hour shifts.",
     "14-hour shifts", "a foreman in Ajman"),
    (OPED + "We were told by two bus drivers that the North Korean workers are locked in the camp at night.",
     "locked in the camp", "two bus drivers"),
    (OPED + "In 2023 I had been told by a recruiter in Dhaka that the North Korean men were paid nothing for a year.",
     "paid nothing", "a recruiter in Dhaka"),
])
def test_the_writer_told_by_someone_gives_the_teller(text: str, part: str, who: str) -> None:
    assert _who(text, part)[0] == who


@pytest.mark.parametrize("text,part", [
    # the teller's words about the listener: the listener's own account
    (OPED + "Workers said they were told by the manager that they would be fined for talking to reporters.",
     "fined for talking"),
    # a third person told: writers split, the sentence keeps its speaker
    (OPED + "Ana Reyes, a nurse, said she was told by a guard that the North Korean workers were never paid.",
     "never paid"),
])
def test_told_by_that_keeps_the_speaker_otherwise(text: str, part: str) -> None:
    who = _who(text, part)[0] or ""
    assert "manager" not in who and "guard" not in who, who


RESEARCH = ("Loggers in the taiga\nNorth Korean loggers work in camps in the Russian Far East.\n"
            "Professor Lena Sorokina of the Amur Migration Centre wrote in 2023 that the brigades were badly paid. ")


@pytest.mark.parametrize("sentence,part,who", [
    ("Sorokina also found that men who asked to go home were told their families would suffer.", "go home",
     "Lena Sorokina"),
    ("Sorokina concluded that the North Korean loggers were held in debt for years.", "held in debt",
     "Lena Sorokina"),
    ("Dr. Lena Sorokina found that the camp leaders kept every passport in a safe.", "kept every passport",
     "Lena Sorokina"),
])
def test_a_researcher_found_that(sentence: str, part: str, who: str) -> None:
    got = _who(RESEARCH + sentence, part)
    assert who in (got[0] or "") and got[1] == "named_person", got


def test_workers_finding_their_pay_cut_is_no_researchers_finding() -> None:
    got = _who(RESEARCH + "Workers found that their pay had been cut by half after the winter.", "cut by half")
    assert got[1] != "named_person", got


@pytest.mark.parametrize("sentence,part,who", [
    ("Of a monthly wage of 3,000 yuan paid by the owner, workers interviewed by Harbour Watch said they kept "
     "only 200 yuan.", "only 200 yuan", "workers interviewed by Harbour Watch"),
    ("3.2 Out of a promised wage of 1,500 riyals, welders interviewed by the union said the North Korean crews got "
     "400 riyals.", "400 riyals", "welders interviewed by the union"),
    ("Despite the heat, welders on the night shift said they worked 14 hours without a break.", "14 hours",
     "welders on the night shift"),
])
def test_a_bare_plural_after_a_fronted_phrase_speaks(sentence: str, part: str, who: str) -> None:
    assert _who(H + sentence, part)[0] == who



@pytest.mark.parametrize("quote", [
    '"The rest, they say, goes to the party."',
    '"Half of it, people say, is kept by the leader."',
    '"The other half, they say, pays for the flights home."',
])
def test_hearsay_inside_a_whole_quote_stays_with_the_one_quoted(quote: str) -> None:
    text = (H + "The welders are paid a fraction of what they were promised, according to two people who work there. "
            "A crane driver on the site said the North Korean welders hand their pay to a minder. "
            '"What reaches them is maybe 300 dollars," he said. ' + quote)
    a = analyse(text, META)
    first = next(c for c in a.claims if "hand their pay" in c.text)
    last = next(c for c in a.claims if quote[1:12] in c.text)
    assert last.source == first.source


def test_hearsay_outside_a_quote_is_the_peoples() -> None:
    text = (H + "A crane driver on the site said the North Korean welders hand their pay to a minder. "
            "The rest of the money, residents say, goes to the party.")
    who = _who(text, "rest of the money")[0] or ""
    assert "crane driver" not in who, who


@pytest.mark.parametrize("sentence,part,who,kind", [
    ("The agency, Nordlink Crew Staffing, wrote to the union that its North Korean employees keep their own "
     "passports.", "keep their own", "Nordlink Crew Staffing", "organization"),
    ("The broker, Amber Gate Recruitment Ltd, replied to our reporter that the North Korean workers were paid in "
     "full.", "paid in full", "Amber Gate Recruitment", "organization"),
    ("In a statement, Harbourline Developments said the North Korean crews were hired by a third party.",
     "third party", "Harbourline Developments", "organization"),
    ("Steppe Investments said its North Korean staff were free to leave at any time.", "free to leave",
     "Steppe Investments", "organization"),
])
def test_firms_that_write_or_reply_to_someone(sentence: str, part: str, who: str, kind: str) -> None:
    got = _who(H + sentence, part)
    assert who in (got[0] or "") and got[1] == kind, got


def test_writing_to_someone_to_ask_is_no_report() -> None:
    got = _who(H + "The North Korean workers wrote to the embassy to ask for their unpaid wages.", "unpaid wages")
    assert got[1] in (None, "outlet"), got


@pytest.mark.parametrize("sentence,part,who", [
    ('The owner of the plant, Boris Lenkov, called the allegations "lies from a sacked cook". "Nobody keeps the '
     'North Korean workers\' passports," he told our reporter.', "Nobody keeps", "Boris Lenkov"),
    ("The labour ministry called the reports of unpaid North Korean crews baseless.", "unpaid North Korean",
     "The labour ministry"),
    ('Last year the embassy in Minsk called similar reports of locked North Korean dormitories "lies".',
     "locked North Korean", "the embassy in Minsk"),
    ("The operator has called the allegations of confiscated passports of North Korean crews a smear.",
     "confiscated passports", "The operator"),
])
def test_calling_the_allegations_something_is_a_reply(sentence: str, part: str, who: str) -> None:
    assert who in (_who(H + sentence, part)[0] or "")


def test_calling_the_police_is_no_report() -> None:
    got = _who(H + "The North Korean workers called the police after the foreman beat one of them.", "beat one")
    assert got[1] in (None, "outlet"), got


@pytest.mark.parametrize("line,part,who", [
    ("\U0001f9f5 A source in Hunchun says the North Korean women at one plant were not let out since spring.",
     "not let out", "A source in Hunchun"),
    ("\U0001f4cc The regional union said the North Korean crews were paid nothing in May.", "paid nothing",
     "The regional union"),
    ("\u2022 A welder told our delegate the North Korean men work until midnight.", "until midnight", "A welder"),
])
def test_a_symbol_opening_the_line_is_not_part_of_the_speaker(line: str, part: str, who: str) -> None:
    assert _who(H + line, part)[0] == who


@pytest.mark.parametrize("sentence,part,who", [
    ("Police raided a camp and found about 40 men, including a group described by officials as North Korean, "
     "living without valid papers, a police source told the Gazette.", "without valid papers", "a police source"),
    ("The crews, described by neighbours as North Korean, work until midnight and sleep in containers, two "
     "residents said.", "sleep in containers", "two residents"),
    ("Inspectors found 25 North Korean workers, some described by the firm as trainees, living in a basement, "
     "the ministry said on Tuesday.", "living in a basement", "the ministry"),
])
def test_a_passive_described_by_is_no_speaker_and_the_closing_one_is(sentence: str, part: str, who: str) -> None:
    assert _who(H + sentence, part)[0] == who


def test_a_sentence_without_a_closing_speaker_stays_the_writers() -> None:
    sentence = "The crews, described by neighbours as North Korean, work until midnight and sleep in containers."
    who, kind = _who(H + sentence, "sleep in containers")
    assert kind in (None, "outlet"), (who, kind)


@pytest.mark.parametrize("sentence,part,who", [
    ("The labour inspectorate has fined a shipyard 90,000 euros after finding that 14 North Korean welders worked "
     "without contracts.", "without contracts", "The labour inspectorate"),
    ("Police closed the camp on Monday after establishing that the North Korean men had been locked in at night.",
     "locked in at night", "Police"),
    ("The regional prosecutor's office opened a case after discovering that the North Korean crews were paid "
     "nothing for a year.", "paid nothing", "The regional prosecutor's office"),
])
def test_a_body_acting_after_finding_that(sentence: str, part: str, who: str) -> None:
    assert _who(H + sentence, part)[0] == who


def test_people_acting_after_finding_that_are_no_source() -> None:
    got = _who(H + "The North Korean workers left the site after finding that their pay had been cut.", "pay had")
    assert got[1] in (None, "outlet"), got


@pytest.mark.parametrize("sentence,part,who", [
    ('The director of the firm, Dalmont Build, Pavel Orlov, told our reporter that the North Korean men were "guests '
     'of the broker, not our staff," and that the firm had never held anyone\'s documents.', "guests",
     "Pavel Orlov"),
    ("The North Korean crews were paid late, and the agency kept everyone's records.", "paid late", None),
    ("The North Korean welders were never paid in full, Ana Reyes's lawyer says.", "never paid", "Ana Reyes's lawyer"),
])
def test_a_noun_after_a_possessive_is_no_reporting_verb(sentence: str, part: str, who: str | None) -> None:
    got = _who(H + sentence, part)
    if who is None:
        assert got[1] in (None, "outlet"), got
    else:
        assert who in (got[0] or ""), got
