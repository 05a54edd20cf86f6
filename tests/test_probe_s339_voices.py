"""Probes (s339): in a worker's interview answer, a boss's words addressed to the worker ("the foreman said there were
plenty waiting for your bed") are the worker's account; the page's own doings ("We will report on the hearing", "We
will correct the headline", "We are publishing a summary of what it found", "We asked the supplier about both
points") are no claims. Near misses: a question to workers that they answered, coverage of the people themselves.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.interviewees import told_the_witness
from labourlens.analyse.own_doings import own_doing
from labourlens.analyse.speakers import Mention


def _mention(text: str, wording: str) -> Mention:
    start = text.index(wording)
    return Mention(wording, start, start + len(wording), "said", True)


def test_a_bosss_words_to_the_worker_are_the_workers_account() -> None:
    text = "When I asked for a day off, the foreman said there were plenty of people waiting for your bed."
    assert told_the_witness(_mention(text, "the foreman"), text)
    other = "The foreman said the harvest would end in May."
    assert not told_the_witness(_mention(other, "The foreman"), other)


def test_the_pages_own_doings() -> None:
    assert own_doing("We will report on the hearing.")
    assert own_doing("We will correct the headline.")
    assert own_doing("We are publishing a summary of what it found.")
    assert own_doing("We asked Dalvik Foods about both points before the audit.")
    from labourlens.analyse.claim_filters import is_programme_line

    assert is_programme_line("We asked Dalvik Foods for comment.")
    assert not own_doing("We asked the pickers about their pay and they said they got nothing.")
    assert not own_doing("We will report on the men who were beaten.")


def test_how_the_account_was_gathered() -> None:
    from labourlens.analyse import claim_filters as cf

    assert cf.is_method_line("One of the pickers, a 30-year-old from Iasi, spoke to the Gazette through an interpreter.")
    assert cf.is_method_line("The Ledger has reviewed contracts and pay slips for 24 workers placed by two agencies.")
    assert cf.is_method_line("On 2 March inspectors, with the local police, visited the plant during the night shift.")
    assert not cf.is_method_line("Inspectors visited the farm and found 40 workers locked in a shed.")
    assert not cf.is_method_line("The union has reviewed the payslips and found deductions of up to €200.")
    assert not cf.is_method_line("Police visited the site where the men were held.")
    assert not cf.is_method_line("A former cook, who spoke to the Gazette through an interpreter, said the crews were unpaid.")


def test_a_sentencing_lists_lines_and_the_question_each_worker_was_asked() -> None:
    from labourlens.analyse import claim_filters as cf

    assert cf.list_or_question_line("Dimitar Kolev (41), six years' imprisonment.")
    assert cf.list_or_question_line("Ana Petrova (35), 2 years, suspended.")
    assert not cf.list_or_question_line("Marek Nowak (52), the farm's owner, kept the workers in custody for months.")
    assert not cf.list_or_question_line("Ion Rusu (44), 12 months in custody after he beat two pickers.")
    assert cf.list_or_question_line("Inspectors asked each worker interviewed whether the agency held their passport.")
    assert not cf.list_or_question_line("Inspectors asked each worker whether the agency held their passport, and 14 said yes.")


def test_where_a_reader_may_turn_is_no_claim() -> None:
    from labourlens.analyse.own_doings import note_on_accounts

    assert note_on_accounts("If you were asked to pay for a job in Ireland, you can speak to the embassy or the helpline.")
    assert not note_on_accounts("If you complained, you could lose your bed the same day.")


def test_counsel_opening_for_the_crown_is_an_official() -> None:
    from labourlens.analyse.court_counsel import prosecuting_kind
    from labourlens.analyse.speakers import Mention

    def kind(text: str, who: str) -> str:
        start = text.index(who)
        return prosecuting_kind(text, Mention(who, start, start + len(who), "said", True), "named_person")

    assert kind("Opening for the Crown, Ms Ruth Adebayo said the pickers were driven to Kent.", "Ms Ruth Adebayo") == "official"
    assert kind("Opening the prosecution case, Mr Tom Hale said the men went unpaid.", "Mr Tom Hale") == "official"
    assert kind("Opening the door, Mr Tom Hale said the men went unpaid.", "Mr Tom Hale") == "named_person"


def test_a_passive_posted_is_no_speaker() -> None:
    from labourlens.analyse import mentions

    text = ("The bailiff's report states that the family were found in one room, that a guard was posted at the gate, "
            "and that the man had bruises.")
    found = mentions.find_mention(text)
    assert found is not None and found.wording == "The bailiff's report"
    assert mentions.find_mention("The men were not paid for months, a former cook posted on Facebook.").wording == "a former cook"


def test_a_case_note_on_a_bonded_family_is_read() -> None:
    from labourlens.analyse.bonded_households import bonded_households

    assert bonded_households(["The family had taken an advance of Rs 50,000 from the kiln owner.",
                              "The court applied the Bonded Labour System (Abolition) Act."])
    assert bonded_households(["The family was told it could not leave until every rupee was repaid.",
                              "Debt bondage is common at the kilns."])
    assert not bonded_households(["The family had taken an advance of Rs 50,000 from a bank for a wedding."])


def test_a_buyers_remedy_and_a_newsletters_practice_are_its_own_doings() -> None:
    from labourlens.analyse import claim_filters as cf

    assert own_doing("We have agreed a corrective action plan with the supplier.")
    assert own_doing("We will lift the suspension only after a second audit confirms the changes.")
    assert own_doing("We are also funding, with three other retailers, a helpline in Bengali for pickers.")
    assert own_doing("We welcome contact from any group with information about our suppliers.")
    assert own_doing("We link to the original source each time.")
    assert not own_doing("We are funding the workers' lawyers after they were beaten.")
    assert cf.is_method_line("The audit took place over two days in May and included interviews with 20 workers.")
    assert not cf.is_method_line("The audit took place over two days and found that wages were withheld.")


def test_a_verb_of_a_clause_with_its_subject_left_out_names_no_speaker() -> None:
    from labourlens.analyse import mentions

    text = "Growers still pay below the rate, and the ministry did not provide figures when asked."
    assert mentions.find_mention(text) is None
    found = mentions.find_mention("When asked, the minister said the pickers were paid.")
    assert found is not None and found.wording == "the minister"
    assert mentions.find_mention("Ana once said to me that the foreman kept the keys.").wording == "Ana"
