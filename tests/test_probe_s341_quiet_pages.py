"""Pages with nothing to find (study s341): a firm's page of its employment terms under a heading of its principles
("Fair employment at ..."), whose first-person-plural sentences and present-tense terms promise what it does; and a
public service's page of its users' questions and its answers ("questions and answers"), whose answers instruct the
reader ("Keep a copy.", "Never hand ... to ...") as a sentence to "you" does. Neither tells of anything done to anyone:
no claims. A page of the same layout that tells of abuse keeps its claims. Every text is invented (firms and people
fictional, places real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}

POLICY = """Brightfield Orchards LLP
Home | Our orchards | Jobs | Fair employment | Contact

Fair employment at Brightfield Orchards

Brightfield Orchards grows apples and pears on 2,100 hectares in Turkestan Region. Every autumn we take on about 200
seasonal pickers, many of them from Tajikistan.

Our principles

Each picker receives a signed contract in Russian and Tajik on arrival. The contract sets the piece rate, at present
60 tenge a kilogram, and a guaranteed minimum of 7,000 tenge a day.

We pay the visa and travel costs of every picker. None of this is ever deducted from wages.

Pickers keep their passports themselves. Each dormitory room in our camp near Shymkent has a locker.

Pay goes to each picker's own bank account every Friday. Anyone who leaves early is paid for all days worked.

Shifts last eight hours, five or six days a week. Extra hours are optional and paid at a higher rate.

Our camp has a canteen, showers and a clinic. Housing costs the pickers nothing.

Our orchards are checked every year by an outside auditor, and we publish what it finds.

Concerns may be raised in confidence through our helpline.
"""

POLICY_WITH_ABUSE = POLICY.replace(
    "Concerns may be raised in confidence through our helpline.",
    "Last year pickers told us that a supervisor had confiscated their passports and that they were beaten when they "
    "asked for them. We dismissed him.")

HELP = """Labour Migration Agency of Kyrgyzstan
Advice centre, Osh

Working in Kazakhstan: questions and answers for seasonal workers

Q: Which papers are needed to work on a farm?
A: A labour contract and a registration with the local migration police. The registration is made within five working
days of arrival.

Q: How much does registration cost?
A: Registration itself is free of charge. Some regions charge a small fee for the medical check, usually 3,000 tenge.
Pay the fee only at the clinic's cash desk and ask for a receipt.

Q: Can I change employers during the season?
A: Yes, once the new employer signs a contract with you. Keep a copy of both contracts.

Q: Who should hold my passport?
A: You should. The employer only needs a photocopy. Never hand the original to a recruiter.

Q: Is there a course before departure?
A: The agency runs a two-week course in Osh and Jalal-Abad. The course is taught in Kyrgyz and Russian.

Q: How do I reach the agency?
A: The office in Osh is open between 8:30 and 17:30 on weekdays. Advice is free.
"""


def test_firm_principles_page_is_quiet() -> None:
    a = analyse(POLICY, META)
    assert a.claims == []


def test_firm_principles_page_with_an_account_keeps_claims() -> None:
    a = analyse(POLICY_WITH_ABUSE, META)
    assert any("confiscated" in c.text for c in a.claims)


def test_service_questions_and_answers_page_is_quiet() -> None:
    a = analyse(HELP, META)
    assert a.claims == []


def test_service_questions_and_answers_page_with_an_account_keeps_claims() -> None:
    text = HELP.replace("Advice is free.", "Advice is free.\n\nQ: What happened to the workers from Nookat?\nA: A farmer "
                        "confiscated their passports and did not pay them for three months; they were locked in a barn.")
    a = analyse(text, META)
    assert any("confiscated" in c.text for c in a.claims)
