"""Probes for the forty-sixth session's study of heldout431 (migrant farm workers in southern Europe and the UK):
debate turns with a seat and a party, a board's "Reply - handle - date" headers, a question after a pronoun's
sentence, initials with a description after them, hours inspectors found undeclared, and a network's post as a
document. Every text is invented for the test: fictional people, firms, seats and handles, real places."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META

DEBATE = (
    "WESTMINSTER HALL - DEBATE RECORD\n\n"
    "Orchard Labour: Agency Fees\n"
    "Tuesday 3 March 2026\n\n"
    "Priya Lomax (Severn Vale) (Lab): I thank members for coming to this debate on agency fees.\n\n"
    "Pickers from my constituency said their agent took their wages for the first month. One woman worked for nine "
    "weeks without a day off.\n\n"
    "Owen Tranter (Fenland Rise) (Con): Migrant pickers at a farm near Wisbech were made to work 80 hours a week in "
    "June.\n\n"
    "The Minister of State for Rural Affairs (Ruth Alsop): There is no evidence that the route as a whole "
    "leads to forced labour. Operators repaid 120,000 pounds to workers last year.\n\n"
    "Priya Lomax: Will the Minister meet the pickers?\n\n"
    "Ruth Alsop: I will.\n"
)


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    claim = next(c for c in a.claims if words in c.text)
    src = next(s for s in a.sources if s.key == claim.source)
    return src.wording, src.kind


def test_untitled_member_with_seat_and_party_speaks_her_turn() -> None:
    assert _speaker(DEBATE, "nine weeks without a day off") == ("Priya Lomax", "official")


def test_second_member_with_seat_and_party_is_a_turn_of_his_own() -> None:
    assert _speaker(DEBATE, "80 hours a week") == ("Owen Tranter", "official")


def test_post_with_untitled_holder_in_brackets_speaks_in_office() -> None:
    assert _speaker(DEBATE, "repaid 120,000 pounds") == ("Ruth Alsop", "official")


BOARD = (
    "PickersNet Forum > Wages > Thread\n\n"
    "Agent keeps our money for \"housing\" - normal?\n\n"
    "orchard_vlad - posted 4 May 2026\n"
    "Hello. I pick apples near Wisbech since March. The agent keeps our passports in his van and takes 50 pounds a "
    "week from everyone for a bed in a caravan. He also said whoever quits before October will pay 500 pounds. Is this allowed here?\n\n"
    "  Reply - nadia.k - 4 May 2026\n"
    "  Same at our farm in Essex. I paid 3,000 dollars to an agency in Tashkent for this job.\n\n"
    "  Reply - ben_orchards (moderator) - 5 May 2026\n"
    "  Charging you for quitting is not allowed. Call the helpline.\n"
)


def test_dashed_reply_header_with_date_gives_the_post_to_its_handle() -> None:
    assert _speaker(BOARD, "3,000 dollars") == ("nadia.k", "named_person")


def test_question_opening_the_next_sentence_names_nobody() -> None:
    wording, _ = _speaker(BOARD, "whoever quits before October")
    assert wording != "Is"


HEARING = (
    "Court watch: hearing of 9 February 2026\n\n"
    "Witnesses who asked not to be named are given by initials only, as the court allowed.\n\n"
    "The prosecutor told the court that the accused recruited workers in Moldova and paid them less than promised.\n\n"
    "T.R., a man aged 37, said the accused kept the workers' passports in a locked cupboard.\n\n"
    "He said he worked ten weeks without a day off.\n"
)


def test_initials_before_a_description_are_the_speaker() -> None:
    wording, kind = _speaker(HEARING, "locked cupboard")
    assert wording == "T.R."
    assert kind == "anonymous_source"  # the page says it gives witnesses by initials


def test_initials_without_a_notice_keep_the_kind_the_registry_reads() -> None:
    text = HEARING.replace("Witnesses who asked not to be named are given by initials only, as the court allowed.\n\n",
                           "")
    wording, _ = _speaker(text, "locked cupboard")
    assert wording == "T.R."


INSPECTION = (
    "Farm inspections: results for May\n\n"
    "Workers at a farm near Latina said the foreman kept their identity cards and had not paid them for a month.\n\n"
    "The labour inspectorate said its officers had found 17 workers whose hours had not been declared.\n\n"
    "Inspectors found that overtime was never recorded at two packhouses.\n\n"
    "At a third packhouse the inspectors said 9 workers' days were never declared to the social security office.\n\n"
    "The inspectorate said 40 workers were employed without contracts.\n"
)


def _indicators(text: str, words: str) -> tuple[str, set[str]]:
    a = analyse(text, META)
    claim = next(c for c in a.claims if words in c.text)
    return claim.polarity, {h.indicator for h in claim.indicators}


def test_hours_not_declared_are_pay_withheld_and_affirmed() -> None:
    polarity, found = _indicators(INSPECTION, "whose hours had not been declared")
    assert polarity == "affirmed"
    assert "withholding_of_wages" in found


def test_days_never_declared_are_pay_withheld() -> None:
    assert "withholding_of_wages" in _indicators(INSPECTION, "days were never declared")[1]


def test_hours_not_recorded_alone_are_not_pay_withheld() -> None:
    assert "withholding_of_wages" not in _indicators(INSPECTION, "overtime was never recorded")[1]


def test_work_without_contracts_alone_is_not_pay_withheld() -> None:
    assert "withholding_of_wages" not in _indicators(INSPECTION, "without contracts")[1]


def test_network_post_named_by_its_network_is_a_document() -> None:
    text = ("Fact check: the orchard post\n\n"
            "A Facebook post shared 6,000 times since 3 May says that pickers on an orchard near Murcia are locked in "
            "a shed every night.\n\n"
            "A picker told us the foreman keeps the workers' passports in his office.\n\n"
            "We visited the orchard twice and found the shed open.\n")
    assert _speaker(text, "locked in") == ("A Facebook post", "document")


def test_job_listing_whose_call_is_to_attach_a_cv_stays_quiet() -> None:
    text = ("FIELDWORK JOBS - Listing 2207\n\n"
            "Apple pickers - Evesham, Worcestershire\n"
            "Employer: Avon Bank Orchards (direct hire)\n"
            "Season: 1 August to 31 October 2027\n\n"
            "What we offer\n"
            "- Pay: 12.80 pounds an hour, paid weekly to your own bank account\n"
            "- We charge nothing for recruitment or travel, and nobody may ask you to pay for a job here\n"
            "- Your passport stays with you\n\n"
            "Who can apply\n"
            "Pickers from abroad need a seasonal worker visa from a licensed operator.\n\n"
            "Applications\n"
            "Write a few lines about yourself, or attach a CV, and send them to jobs@avonbank.example by 30 June.\n")
    a = analyse(text, META)
    assert not [c for c in a.claims if c.indicators]
    assert not a.claims
