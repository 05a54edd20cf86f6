"""Probes for the forty-fourth session's study of a set on domestic workers under sponsorship rules: numbered forum
posts, voice notes under unbracketed labels, a helpline's "Caller:" fields, a shelter's director, an employer reached
by telephone, a job listing with fair terms, a question-time record, renderings and their translators, a briefing
transcript under a "Speaker:" header, a host's question and a caller's opening, notes that a page could not check,
papers "with sir" and an office's word that no one complained. Every text is written for these tests; people, firms
and figures are fictional (places are real)."""

from __future__ import annotations

import sys
from pathlib import Path

from labourlens.analyse.meta import detect
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import META, indicators, speakers_by_opening  # noqa: E402


def _by_start(text: str, opening: str) -> tuple[str | None, str | None]:
    """(wording, kind) of the speaker of the claim of ``text`` that opens with ``opening``."""
    got = speakers_by_opening(text, width=200)
    return next(v for k, v in got.items() if k.startswith(opening))

FORUM = (
    "HOUSEHELP ABROAD BOARD > Gulf > Qatar\n"
    "Thread: no salary for four months in Al Rayyan - what to do\n\n"
    "#1  dina_rayyan22 | 2 Mar 2026, 22:10\n"
    "Hello all. My employer has not paid me for four months. I clean from 6 in the morning until midnight.\n\n"
    "#2  tess_in_wakra | 3 Mar 2026, 07:45\n"
    "Go to the embassy first. My sister had the same, they took her phone for a whole year.\n\n"
    "#2b  leo_doha_ofw | 3 Mar 2026, 09:02\n"
    "Same with my wife in Doha. The agency charged her a fee that came out of her first salaries.\n"
)


def test_numbered_posts_with_a_hash_go_to_their_posters() -> None:
    assert _by_start(FORUM, "My employer has not paid me") == ("dina_rayyan22", "named_person")
    assert _by_start(FORUM, "My sister had the same")[0] == "tess_in_wakra"
    assert _by_start(FORUM, "The agency charged her a fee")[0] == "leo_doha_ofw"


VOICE_NOTES = (
    "HARBOUR VOICES | Community page\n\n"
    "Three voice notes from a laundry in Muscat\n\n"
    "The following are transcripts of three voice notes sent in April by a 30-year-old woman from Mombasa who works "
    "for a family in Muscat. She asked to be called Halima. Her brother passed the recordings to us.\n\n"
    "VOICE NOTE 1 (0 min 40 s)\n"
    "I wash and iron from six in the morning to midnight. The office in Mombasa told us the pay was 300 dollars.\n\n"
    "VOICE NOTE 2 (1 min 02 s)\n"
    "My passport is with the lady of the house, she keeps it in a drawer. They lock the gate when they go out.\n"
)


def test_numbered_voice_note_labels_give_the_notes_to_the_named_sender() -> None:
    assert _by_start(VOICE_NOTES, "I wash and iron") == ("Halima", "named_person")
    assert _by_start(VOICE_NOTES, "The office in Mombasa told us")[0] == "Halima"
    assert _by_start(VOICE_NOTES, "My passport is with the lady")[0] == "Halima"
    assert _by_start(VOICE_NOTES, "They lock the gate")[0] == "Halima"


CASE_LOG = (
    "COAST MIGRANT LINE\n"
    "Helpline case log, first quarter (Qatar desk)\n\n"
    "Case 12-004. Caller: worker, 31, from Kilifi, in Doha. She said her employer takes her phone every evening. "
    "Outcome: advice given.\n\n"
    "Case 12-009. Caller: the worker's mother, in Malindi. The mother said her daughter is not allowed out of the house.\n\n"
    "Case 12-015. Caller: worker, 26, from Voi, in Al Khor. She said the agent in Voi promised her a job in a hotel, "
    "but she was placed in a house.\n\n"
    "Case 12-021. Caller: a man who said he was a cook for a family in Lusail. He said the family's nanny had been "
    "locked in a bathroom overnight.\n"
)


def test_each_case_caller_is_told_apart_and_keeps_her_she_said() -> None:
    assert _by_start(CASE_LOG, "She said her employer takes") == ("worker, 31, from Kilifi", "anonymous_source")
    assert _by_start(CASE_LOG, "She said the agent in Voi") == ("worker, 26, from Voi", "anonymous_source")
    assert _by_start(CASE_LOG, "He said the family's nanny") == (
        "a man who said he was a cook for a family in Lusail", "anonymous_source")


def test_a_shelter_director_named_speaks_as_a_person() -> None:
    assert classify("Amal Haddad, director of the Dar Salam shelter") == "named_person"
    assert classify("Jan Kowalski, director of Baltic Hull Services") == "organization"


EMPLOYER = (
    "AMMAN - A domestic worker from Kenya says her employer in Irbid kept her passport for two years.\n\n"
    "\"I could not leave,\" said the worker, who asked not to be named. The employer in Irbid, reached by telephone, "
    "said her passport \"was never taken\".\n"
)


def test_an_employer_in_a_town_reached_by_telephone_is_a_private_person() -> None:
    assert _by_start(EMPLOYER, "The employer in Irbid")[1] == "anonymous_source"


LISTING = (
    "PWANI WORK BOARD - checked listings\n"
    "Listing PC-2026-114 | Posted 3 May 2026\n\n"
    "Caregivers (elderly care) - Doha, Qatar\n"
    "Recruiter: Mvita Fair Placements Ltd, Nyali, Mombasa\n\n"
    "What we offer\n"
    "- Salary QAR 1,600 a month, paid into a bank account in your own name.\n"
    "- 8 hours of work a day and one full day off every week.\n"
    "- Your passport and your phone stay with you. The employer agrees to this in writing.\n"
    "- Two-year contract; the employer pays the flight home at the end.\n\n"
    "What it costs you\n"
    "- Nothing. No placement fee and no training fee.\n"
    "- Anyone who asks you for money for this post should be reported to us and to the labour authority.\n\n"
    "Support\n"
    "- Our Doha partner calls every worker in her first week and then each month.\n\n"
    "Apply in person at our Nyali office on weekdays.\n"
)


def test_a_job_listing_with_fair_terms_is_quiet() -> None:
    a = analyse(LISTING, META)
    assert a.claims == []


RECORD = (
    "NATIONAL ASSEMBLY - QUESTION TIME\n"
    "Unofficial record, 4 March 2026\n\n"
    "Hon. Rosa Mwale (Kitwe Central): Madam Speaker, agents in Lusaka still charge women large fees for housemaid "
    "visas, although the ministry says the process is free. A woman from my constituency was locked in a storeroom "
    "in Riyadh and never paid.\n\n"
    "Minister of Labour and Social Security, Hon. Daniel Phiri: Madam Speaker, I thank the member. No licensed agency "
    "is allowed to charge a fee to a worker, and no worker's passport may be held by an agency.\n\n"
    "Hon. Mwale: The Minister says no fee is charged. That is why these women are afraid to go to the police.\n"
)


def test_a_minister_named_after_his_post_holds_the_turn() -> None:
    assert _by_start(RECORD, "No licensed agency is allowed") == ("Hon. Daniel Phiri", "official")


def test_a_concessive_clause_does_not_take_the_turn_from_the_member() -> None:
    assert _by_start(RECORD, "Hon. Rosa Mwale (Kitwe Central)")[0] == "Hon. Rosa Mwale"


def test_renderings_and_volunteers_credit_their_translators() -> None:
    rendering = "RECORD OF QUESTIONS\nEnglish rendering from Sinhala by Nimali Perera. Not an official translation.\n\nText."
    m = detect(rendering, None, None)
    assert (m.translator, m.original_language) == ("Nimali Perera", "si")
    forum = "OFW BOARD\nPosts translated from Tagalog by forum volunteer Carla Reyes\n\n#1 ana_q | 3 May 2026, 21:00\nText."
    m = detect(forum, None, None)
    assert (m.translator, m.original_language) == ("Carla Reyes", "tl")


BRIEFING = (
    "CONSULATE GENERAL OF KENYA IN DUBAI\n"
    "Transcript of press briefing, 3 June 2026\n"
    "Speaker: Labour Attache Miriam W. Otieno, Consulate General\n\n"
    "Good morning. Our shelter in Deira houses 80 domestic workers today. Most of them left homes where they had not "
    "been paid for months. Twelve of them say their passports are still held by their employers.\n\n"
    "QUESTION (Gulf Radio): Has any employer been charged?\n"
    "OTIENO: I cannot comment on a case. What I can say is that we are following it.\n"
)


def test_a_briefing_header_speaker_holds_the_statement_and_her_surname_turns() -> None:
    wording = "Labour Attache Miriam W. Otieno, Consulate General"
    assert _by_start(BRIEFING, "Most of them left homes") == (wording, "official")
    assert _by_start(BRIEFING, "Twelve of them say their passports")[0] == "Twelve of them"


PHONE_IN = (
    "EVENING LINE - Radio Lakeside\n"
    "Call-in transcript, 3 March 2026. Host: Ruth Amani.\n\n"
    "RUTH: We have in the studio Mr Paul Kariuki from the Union of Placement Agents. Mr Kariuki, what do you say?\n\n"
    "KARIUKI: Ruth, our agencies take no fee from workers.\n\n"
    "CALLER (Mercy, Nakuru): Thank you Ruth. I worked in Doha for two years. They kept my passport.\n\n"
    "RUTH: Next caller.\n\n"
    "CALLER (Joyce, Nyeri): Ruth, I want to say something different. I was in Dubai for one year. My employer took "
    "my phone and never paid me.\n"
)


def test_a_host_question_and_a_caller_opening_are_no_speakers() -> None:
    assert _by_start(PHONE_IN, "KARIUKI: Ruth, our agencies")[0] == "Mr Paul Kariuki"
    assert _by_start(PHONE_IN, "My employer took my phone") == ("Joyce", "named_person")


def test_notes_the_page_could_not_check() -> None:
    text = (
        "Migrant workers at a farm in Limassol described their conditions.\n\n"
        "Posts here cannot be checked by us. The clinic has so far not confirmed this to us. "
        "Outcome: referred to the embassy; not confirmed. We cannot check every message, but we read them out.\n"
    )
    a = analyse(text, META)
    flagged = [s.text for s in a.sentences if s.unconfirmed]
    assert len(flagged) == 4


def test_papers_with_sir_are_held() -> None:
    assert "retention_of_identity_documents" in indicators("My passport and iqama are with sir since I came.")


def test_an_office_word_that_no_one_complained_is_a_denial() -> None:
    text = (
        "ABUJA - Nigerian women held at a deportation centre in Riyadh say guards beat them, one detainee said.\n\n"
        "A consular officer said no Nigerian woman at the centre had complained to the consulate about beatings.\n"
    )
    a = analyse(text, META)
    c = next(c for c in a.claims if c.text.startswith("A consular officer"))
    assert c.polarity == "negated"


def test_months_with_nothing_given_are_wages_withheld() -> None:
    from probe_helpers import lexicon_indicators  # noqa: PLC0415

    assert "withholding_of_wages" in lexicon_indicators("For the past three months they gave me nothing.")
    assert "withholding_of_wages" in lexicon_indicators("In six months the family did not give one dinar.")
    assert "withholding_of_wages" not in lexicon_indicators("For two weeks they gave me nothing to eat but bread.")
