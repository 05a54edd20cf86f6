"""Probes (study324): the document gate. An advice column ("Send us your questions") whose readers write in with their
own case of abuse in the first person reports that case: its claims are found, not dropped as an explainer's; a
reader's general question under the same frame stays quiet. "We keep hearing promises" is someone hearing, no court
hearing that would make a crew's unpaid months an ordinary labour dispute. Texts written for these tests; the column,
the firms and the people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-10", "language": "en"}
COLUMN = """VOLGA WORKERS' HELPDESK
Send us your questions: our lawyer replies every Monday.

Reader's letter, Samara:
"Our team leader collected our passports in January and keeps them in his car. Nine of us have received no salary since February. He tells us we still owe him for the flights, so none of us can go home. What are my rights?"

Our lawyer replies:
Under the law an employer may not keep a worker's passport, whatever the reason given. Owing money for flights is no ground for holding you at a site. You should write to the labour inspectorate and keep copies of every message. The labour code requires wages to be paid at least twice a month.
"""

QUIET_COLUMN = """VOLGA WORKERS' HELPDESK
Send us your questions: our lawyer replies every Monday.

Reader's letter, Samara:
"I am about to sign a contract with a building firm in Tolyatti. May my employer keep my passport, and how many hours can I be asked to work each week?"

Our lawyer replies:
Under the law an employer may not keep a worker's passport without consent. The labour code limits the working week to forty hours, and overtime must be paid at a higher rate. If your employer asks for your passport, you should ask for a receipt.
"""

CREW = """Tashkent Evening Post

Bricklayers from Namangan stuck in Omsk without pay

Fourteen bricklayers from Namangan say a subcontractor in Omsk has paid them nothing since October and that they cannot buy tickets home.

"We keep hearing the same promise every Friday. The site manager says the money is on its way," said Bakhodir Yusupov, one of the men.

He said the men were hired in August, had each borrowed $400 from relatives to pay a broker for the jobs, and still owe the firm for the patent it bought them. They sleep in an unheated trailer beside the site.

The subcontractor's director said he had no debts to anyone and that the men had been paid.
"""


def test_a_readers_own_case_in_an_advice_column_is_reported() -> None:
    a = analyse(COLUMN, META)
    texts = " ".join(c.text for c in a.claims)
    assert "collected our passports" in texts
    assert "retention_of_identity_documents" in a.indicators()


def test_near_miss_a_readers_general_question_stays_quiet() -> None:
    a = analyse(QUIET_COLUMN, META)
    assert a.claims == [] and a.indicators() == []


def test_keep_hearing_a_promise_is_no_court_hearing() -> None:
    a = analyse(CREW, META)
    texts = " ".join(c.text for c in a.claims)
    assert "paid them nothing since October" in texts
    assert "debt_bondage" in a.indicators()


def test_near_miss_a_wage_dispute_with_a_court_hearing_stays_quiet() -> None:
    text = """Omsk Business Daily

Builders win back pay at hearing

A district court in Omsk ordered a building firm to pay 2.1 million rubles in back pay to twelve builders after a hearing on Tuesday. The builders' trade union brought the lawsuit after wage arrears of two months. The ruling can be appealed.
"""
    a = analyse(text, META)
    assert a.claims == []
