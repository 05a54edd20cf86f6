"""Whose voice a page's own layout gives (probe diag68): an explainer's question headings answered by the page
itself, an order in a clause after a semicolon, a reply a monitoring report reproduces under a heading that
names its writer, and the answer under an "Answered by" line of a written parliamentary answer. Every text is
written for this test; people, firms and bodies are fictional or used only as styles of attribution (places
are real)."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

EXPLAINER = (
    "EXPLAINER\nHow labour brokers in Tashkent send loggers to Siberia\n\n"
    "Who are the brokers?\nSmall agencies in Tashkent recruit loggers for timber camps in Tomsk, and most of what the "
    "loggers earn is collected by the agencies before it reaches them.\n\n"
    "What do loggers get?\nMany loggers are paid nothing for the first three months. \"Debt is the whole business "
    "model, and the loggers cannot leave until it is paid,\" said Dilya Orunbaeva of the Steppe Labour Institute.\n\n"
    "Why does it go on?\nLoggers now often enter on student visas and have their passports taken on arrival.\n"
)

INTERVIEW = (
    "Q&A: 'We could not leave the camp'\n\n"
    "Timur Saidov spent two years at a timber camp in Tomsk. He spoke to the Steppe Courier.\n\n"
    "How were you recruited?\nA broker in Tashkent promised us 900 dollars a month for logging.\n\n"
    "What happened when you arrived?\nThe foreman took the passports of all the loggers on the first day.\n"
)


def test_an_explainers_own_answer_after_a_quote_is_the_pages() -> None:
    wording, kind, key = speaker(EXPLAINER, "student visas")
    assert key == "OUTLET" and wording is None and kind == "outlet"


def test_the_quote_in_an_explainer_keeps_its_speaker() -> None:
    wording, _, _ = speaker(EXPLAINER, "Debt is the whole business")
    assert wording is not None and wording.startswith("Dilya Orunbaeva")


def test_an_interviews_answers_stay_the_interviewees() -> None:
    wording, _, _ = speaker(INTERVIEW, "took the passports")
    assert wording is not None and "Timur Saidov" in wording


def test_an_order_after_a_semicolon_reports_nothing() -> None:
    text = LEAD + ("Before the ban there were thought to be 3,000 loggers from Uzbekistan in Tomsk; a 2019 decree "
                   "required all of them to be sent home within a year.\n")
    _, kind, key = speaker(text, "3,000 loggers")
    assert key == "OUTLET" and kind == "outlet"


def test_a_finding_after_a_semicolon_still_speaks() -> None:
    text = LEAD + ("Wages of 900 dollars were promised to the loggers; the court established that the loggers were "
                   "paid 90 dollars.\n")
    wording, kind, _ = speaker(text, "900 dollars")
    assert wording == "the court" and kind == "official"


REPLY = (
    "Annex 12\nReply of the Government of Kazakhstan to the Committee's letter of 3 March (unofficial translation)\n\n"
    "The Committee asked about reports that loggers from Uzbekistan were employed at timber camps near Petropavl "
    "without contracts. The Committee reproduces below the relevant passages of the reply received on 9 April.\n\n"
    "\"The Government of Kazakhstan fully applies its labour laws. No foreign loggers have been issued work permits "
    "in the region since 2020. Claims that the loggers' passports are held by their employer are unfounded.\"\n\n"
    "Comment by the Committee\n\nThe Committee notes that the loggers were paid nothing for four months.\n"
)


def test_a_reproduced_reply_is_its_writers() -> None:
    wording, kind, _ = speaker(REPLY, "passports are held")
    assert wording == "the Government of Kazakhstan" and kind == "official"


def test_the_report_goes_on_in_its_own_voice_after_the_reply() -> None:
    wording, _, _ = speaker(REPLY, "paid nothing for four months")
    assert wording == "The Committee"


ANSWER = (
    "WRITTEN QUESTIONS AND ANSWERS\nQuestion reference: WQ 2025/0412\n\n"
    "Asked by Morag Keillor MP (Dundee East):\nTo ask the Secretary of State, what assessment has been made of reports "
    "that loggers from Uzbekistan worked without pay at a sawmill supplying UK builders.\n\n"
    "Answered by Minister of State for Trade, Oliver Pennick:\nThe Government takes these reports seriously. We have "
    "no information suggesting that the loggers' passports were taken or that they were unpaid. Latvian authorities "
    "informed our embassy that the sawmill had employed 30 loggers from Uzbekistan until 2022.\n\n"
    "Follow-up question (Morag Keillor): The Member notes that former loggers told labour inspectors they were paid nothing for "
    "six months.\nStatus: awaiting answer.\n"
)


def test_a_written_answer_is_the_answerers() -> None:
    wording, kind, _ = speaker(ANSWER, "We have no information")
    assert wording == "Oliver Pennick" and kind == "official"


def test_a_sentence_of_the_answer_with_its_own_speaker_keeps_it() -> None:
    wording, kind, _ = speaker(ANSWER, "had employed 30 loggers")
    assert wording == "Latvian authorities" and kind == "official"


def test_the_follow_up_question_is_not_the_answerers() -> None:
    wording, _, _ = speaker(ANSWER, "paid nothing for six months")
    assert wording == "former loggers"


def test_a_clause_before_a_relative_reporting_verb_names_no_speaker() -> None:
    text = LEAD + ("Its fence resembles that of timber camps the inspectorate has documented in Tomsk, where loggers "
                   "were locked in at night.\n")
    _, kind, key = speaker(text, "locked in at night")
    assert key == "OUTLET" and kind == "outlet"


def test_a_noun_phrase_with_a_relative_clause_still_speaks() -> None:
    text = LEAD + "The inspector who is in charge of the district said the loggers were locked in at night.\n"
    wording, kind, _ = speaker(text, "locked in at night")
    assert wording is not None and wording.startswith("The inspector") and kind == "official"


def test_a_document_goes_on_describing_its_content() -> None:
    text = LEAD + ("The contract seen by the Courier sets wages at 900 dollars a month. Loggers who leave early "
                   "forfeit all pay owed and their passports are kept by the employer.\n")
    first = speaker(text, "900 dollars")
    second = speaker(text, "passports are kept")
    assert first[1] == "document" and second[2] == first[2]


def test_no_information_suggesting_is_a_denial() -> None:
    from labourlens.analyse.pipeline import analyse

    a = analyse(ANSWER, {"published": "2025-03-01", "language": "en"})
    c = next(c for c in a.claims if "We have no information" in c.text)
    assert c.polarity == "negated" and not c.indicators


def test_a_government_that_has_information_affirms() -> None:
    from labourlens.analyse.pipeline import analyse

    text = ANSWER.replace("We have no information suggesting that the loggers' passports were taken or that they were "
                          "unpaid.", "We have information that the loggers' passports were taken by the sawmill.")
    a = analyse(text, {"published": "2025-03-01", "language": "en"})
    c = next(c for c in a.claims if "We have information" in c.text)
    assert c.polarity == "affirmed" and c.indicators
