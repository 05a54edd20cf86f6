"""Who speaks when one source passes on another's report (probe diag68): two tags stacked at a sentence's end
("..., the ministry told a hearing, a committee member said"), a report a monitor notes ("The Committee notes
that the payroll records show ..."), a body's briefing named again ("The NIS briefing said"), and a report's
authors named again ("the investigators" after "a report by UN investigators"). Every text is written for this
test; people, firms and bodies are fictional or used only as styles of attribution (places are real)."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

# ---------------------------------------------------------------- stacked tags


def test_inner_of_two_stacked_tags_speaks() -> None:
    text = LEAD + ("About 600 more workers have arrived in Tomsk since May, mostly on trainee visas, the labour "
                   "ministry told a parliamentary hearing on Monday, a member of the labour committee said.\n")
    wording, kind, _ = speaker(text, "600 more workers")
    assert wording == "the labour ministry" and kind == "official"


def test_stacked_tag_with_reporters_as_the_forum() -> None:
    text = LEAD + ("Twelve of the loggers had their passports taken by the foreman, the regional prosecutor's office "
                   "told reporters, a lawyer for the men said.\n")
    wording, kind, _ = speaker(text, "passports taken")
    assert kind == "official" and "prosecutor" in (wording or "")


def test_told_them_is_an_event_the_outer_speaker_recounts() -> None:
    text = LEAD + "The loggers would be paid nothing until May, the ministry told them, a former logger said.\n"
    wording, kind, _ = speaker(text, "paid nothing")
    assert wording == "a former logger" and kind == "anonymous_source"


def test_a_firm_relayed_by_a_person_stays_the_persons() -> None:
    text = LEAD + "The loggers would be paid nothing until May, the company said, a former logger said.\n"
    wording, _, _ = speaker(text, "paid nothing")
    assert wording == "a former logger"


def test_a_document_recounted_by_a_person_stays_the_persons() -> None:
    text = LEAD + "The loggers were paid 300 dollars a month, the contract said, Dilnoza Rakhimova said.\n"
    wording, _, _ = speaker(text, "300 dollars")
    assert wording == "Dilnoza Rakhimova"


def test_a_sentence_opening_with_the_inner_speaker_keeps_the_outer() -> None:
    text = LEAD + "The ministry also said the loggers were paid 300 dollars a month, Akhmetov said.\n"
    wording, _, _ = speaker(text, "300 dollars")
    assert wording == "Akhmetov"


# ---------------------------------------------------------------- noted reports


def test_documents_a_committee_notes_speak() -> None:
    text = LEAD + "The Committee notes that the wage sheets of the yard show 200 loggers were paid nothing in 2024.\n"
    wording, kind, _ = speaker(text, "paid nothing")
    assert wording == "the wage sheets of the yard" and kind == "document"


def test_participle_aside_is_cut_from_the_noted_document() -> None:
    text = LEAD + ("The Committee notes that the wage sheets of the yard, provided to it by a trade union, show "
                   "200 loggers were paid nothing for four months.\n")
    wording, kind, _ = speaker(text, "paid nothing")
    assert wording == "the wage sheets of the yard" and kind == "document"


def test_people_a_rapporteur_notes_speak() -> None:
    text = LEAD + ("The Rapporteur notes that in the Tomsk case two former drivers told investigators they were "
                   "paid nothing for four months.\n")
    wording, kind, _ = speaker(text, "paid nothing")
    assert wording == "two former drivers" and kind == "anonymous_source"


def test_an_inference_from_the_papers_stays_the_noting_body() -> None:
    text = LEAD + ("The Committee notes that the wage sheets, if authentic, would indicate that the loggers were paid "
                   "nothing for four months.\n")
    wording, _, _ = speaker(text, "paid nothing")
    assert wording == "The Committee"


def test_a_plain_noted_fact_stays_the_noting_body() -> None:
    text = LEAD + "The Committee notes that the loggers were paid nothing for four months.\n"
    wording, _, _ = speaker(text, "paid nothing")
    assert wording == "The Committee"


# ---------------------------------------------------------------- a briefing, a report's authors


def test_a_bodys_briefing_is_the_body() -> None:
    text = LEAD + ("The National Intelligence Service said 40 loggers had arrived in March. The NIS briefing said "
                   "the loggers had their passports taken by the employer.\n")
    first = speaker(text, "40 loggers")
    second = speaker(text, "passports taken")
    assert first[2] == second[2] and second[1] == "official"


def test_a_reports_authors_are_the_report() -> None:
    text = LEAD + ("Loggers were paid a fraction of their wages, a report by UN investigators said on Monday.\n\n"
                   "In Tomsk, the investigators said the men were locked in their barracks at night.\n")
    first = speaker(text, "fraction of their wages")
    second = speaker(text, "locked in")
    assert first[2] == second[2] and second[1] == "document"


def test_the_authors_of_an_earlier_report_after_another_report_are_not_joined() -> None:
    text = LEAD + ("Loggers were paid a fraction of their wages, a report by UN investigators said on Monday.\n\n"
                   "A second report, by the labour inspectorate, said the men slept in unheated huts.\n\n"
                   "In Tomsk, the investigators said the men were locked in their barracks at night.\n")
    first = speaker(text, "fraction of their wages")
    third = speaker(text, "locked in")
    assert first[2] != third[2]



# ---------------------------------------------------------------- a report in a second clause


def test_people_reporting_in_a_second_clause_speak() -> None:
    text = LEAD + ("The new school in Tomsk was finished a month early, and neighbours now say they know why: the "
                   "loggers who built it worked through the night and were paid nothing.\n")
    wording, kind, _ = speaker(text, "paid nothing")
    assert wording == "neighbours" and kind == "anonymous_source"


def test_a_second_clause_without_a_report_stays_the_pages() -> None:
    text = LEAD + ("The new school in Tomsk was finished a month early, and neighbours watched the loggers work "
                   "through the night for no pay.\n")
    _, kind, key = speaker(text, "no pay")
    assert key == "OUTLET" and kind == "outlet"
