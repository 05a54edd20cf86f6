"""Probes for the study of heldout250 (hearings, courts and official answers): texts written for these tests, in
other words and about other people and places than the set's."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.model import Analysis
from probe_helpers import wording_and_kind


def _run(text: str) -> Analysis:
    return analyse(text, {})


def _speaker(a: Analysis, needle: str) -> tuple[str | None, str | None]:
    return wording_and_kind(a, needle)


def _currencies(a: Analysis) -> dict[str, str | None]:
    return {m.text: m.currency for m in a.amounts if m.kind == "money"}


# ---------------------------------------------------------------- bare dollars in a report set in a dollar country

HOBART = """Orchard hands short-changed, tribunal told

HOBART - Apple pickers in the Huon Valley were handed $12 an hour in cash, well under the legal minimum, a
tribunal in Hobart heard on Tuesday. The pickers, recruited in Launceston and Devonport, said rent of $95 a week
was taken from what they earned, and each was owed between $800 and $1,900 when the season closed.
"""


def test_bare_dollars_take_the_home_dollar_of_a_report_set_in_australia() -> None:
    cur = _currencies(_run(HOBART))
    assert cur["$12"] == "AUD"
    assert cur["$95"] == "AUD"
    assert any(c == "AUD" for t, c in cur.items() if "$800" in t)


def test_bare_dollars_stay_us_dollars_when_the_page_names_the_us_dollar() -> None:
    text = HOBART + "\nThe grower's parent company reported sales of US$40 million last year.\n"
    cur = _currencies(_run(text))
    assert cur["$12"] == "USD"


def test_bare_dollars_stay_us_dollars_in_a_report_set_elsewhere() -> None:
    text = ("Farmhands in Fresno County and Kern County, California, were paid $9 an hour, below the state minimum, "
            "inspectors in Bakersfield said. Several were charged $300 a month for a bunk.")
    cur = _currencies(_run(text))
    assert cur.get("$9") == "USD"


# ---------------------------------------------------------------- "false reports" is a noun, and no denial

LORRIES = """Haulage drivers kept unpaid, union says

Drivers hired through a broker in Gdynia went three months without wages, the union said on Monday. Their
passports were held in the broker's office, and each man owed the broker for his visa and his bunk.

Any driver who asked for his pay was menaced with false claims of desertion. Some slept in their
cabs for weeks at a depot near Poznan.

The broker called those accounts false claims by former staff.
"""


def test_menaced_with_false_claims_is_no_speaker_and_no_denial() -> None:
    a = _run(LORRIES)
    claim = next(c for c in a.claims if "menaced" in c.text)
    src = a.source(claim.source)
    assert src is None or "menaced" not in (src.wording or "")
    assert claim.polarity != "negated"


def test_a_denial_calling_accounts_false_claims_stays_a_denial() -> None:
    a = _run(LORRIES)
    claim = next((c for c in a.claims if "former staff" in c.text), None)
    assert claim is None or claim.polarity == "negated"


# ---------------------------------------------------------------- a committee hearing's record

HEARING = """Select Committee on Work and Pensions
Oral evidence: Agency work in food packing, HC 233

Members present: Ruth Okafor (Chair); Dev Malhotra; Kieran Boyle.

Witnesses: Helen Achterberg, Minister for Employment; Samuel Oduya, Head of Wage Enforcement; Lucy Graham, director, Packers Advice Network.

Q7 Chair: Thank you both. My casework shows that packers in Grimsby are paid £55 for a fourteen-hour day.

Helen Achterberg: I recognise that picture. Some agencies are believed to charge workers for transport they never use.

Q8 Dev Malhotra: Are wages being withheld?

Samuel Oduya: Our officers found that six of the fifteen agencies inspected in Hull had held back a week's pay from new starters.

Q9 Kieran Boyle: What do your clients say?

Lucy Graham: Many of the packers we advise are in debt to the agencies that placed them.
"""


def test_question_numbered_chair_turn_is_the_chairs_and_official() -> None:
    wording, kind = _speaker(_run(HEARING), "fourteen-hour day")
    assert wording == "Chair" and kind == "official"


def test_a_state_witness_of_the_list_is_official_and_a_charity_witness_is_not() -> None:
    a = _run(HEARING)
    assert _speaker(a, "held back a week") == ("Samuel Oduya", "official")
    wording, kind = _speaker(a, "in debt to the agencies")
    assert wording == "Lucy Graham" and kind == "named_person"


ESTIMATES = """SENATE
EDUCATION AND EMPLOYMENT LEGISLATION COMMITTEE
Estimates, Thursday 4 June 2026

Senator BRANDT: Are the meat workers at the Toowoomba plant being paid what they are owed?

Ms Ostrowski: Our inspectors found that about forty workers were owed six weeks of wages.

Senator BRANDT: And their passports?

Ms Ostrowski: We have no evidence that passports were taken.

Senator LEWIS: A worker from Tonga told my staff he was made to sleep in a shipping container.
"""


def test_a_titled_witness_at_estimates_is_an_official() -> None:
    a = _run(ESTIMATES)
    assert _speaker(a, "owed six weeks of wages") == ("Ms Ostrowski", "official")


def test_a_member_relaying_what_someone_told_their_office() -> None:
    wording, kind = _speaker(_run(ESTIMATES), "shipping container")
    assert wording is not None and "worker from Tonga" in wording and kind == "anonymous_source"


def test_a_titled_witness_at_an_ordinary_hearing_stays_a_person() -> None:
    text = ESTIMATES.replace("Estimates, Thursday 4 June 2026", "Inquiry into labour hire, Thursday 4 June 2026")
    _, kind = _speaker(_run(text), "owed six weeks of wages")
    assert kind == "named_person"


# ---------------------------------------------------------------- written questions and replies

def test_a_peers_written_question_is_the_peers() -> None:
    text = """Written questions and answers

Asked by Baroness Fenwick of Rothbury

To ask the Government whether migrant carers in Devon have had their passports taken by agencies.

Answered by Lord Ambrose, Parliamentary Under-Secretary

Ministers are not aware of any licensed agency holding a carer's passport.
"""
    wording, kind = _speaker(_run(text), "passports taken by agencies")
    assert wording == "Baroness Fenwick of Rothbury" and kind == "official"


REPLY = """Written replies to parliamentary questions

Ms Aisha Rahman put a question to the Transport Minister on how many shipyard hands reported unpaid salaries in 2025.

Ms Tan Li Ping (Senior Parliamentary Secretary, Transport) (replying for the Transport Minister): Last year 96 salary claims came from shipyard hands. Of these, our officers established that 14 yards had delayed salaries by more than two months.

Yards that fail to pay on time face fines, and no yard has been shown to hold workers' passports.
"""


def test_a_reply_under_a_label_with_the_post_in_brackets_is_the_office_holders() -> None:
    a = _run(REPLY)
    assert _speaker(a, "delayed salaries") == ("Ms Tan Li Ping", "official")
    assert _speaker(a, "hold workers' passports") == ("Ms Tan Li Ping", "official")


def test_a_label_with_the_post_in_brackets_off_a_page_of_answers_is_left_alone() -> None:
    text = REPLY.replace("Written replies to parliamentary questions", "Shipyard news roundup")
    wording, _ = _speaker(_run(text), "hold workers' passports")
    assert wording != "Ms Tan Li Ping"


# ---------------------------------------------------------------- a title's initials name its holder again

def test_the_initials_of_a_title_name_the_person_first_given_it() -> None:
    text = ("A farm owner was jailed on Friday for keeping a labourer unpaid for two years. Assistant Public "
            "Prosecutor Nadia Osman said the man slept in a goat shed. The labourer was never given his wages "
            "and his identity card was kept in a safe, the APP said.")
    wording, kind = _speaker(_run(text), "identity card was kept")
    assert wording == "Assistant Public Prosecutor Nadia Osman" and kind == "official"


def test_initials_that_spell_no_title_met_change_nothing() -> None:
    text = ("Assistant Public Prosecutor Nadia Osman said the man slept in a goat shed. The labourer's identity "
            "card was kept in a safe, the ILO said.")
    wording, _ = _speaker(_run(text), "identity card was kept")
    assert wording != "Assistant Public Prosecutor Nadia Osman"


# ---------------------------------------------------------------- "oral" as an adjective is no place

def test_oral_evidence_is_no_place_but_the_qualified_town_is() -> None:
    a = _run("Oral evidence was given by three deckhands who said their pay was withheld for months.")
    assert not any(p.name == "Oral" for p in a.places)
    b = _run("Builders from Oral, Kazakhstan, said their passports were taken by the contractor.")
    assert any(p.name == "Oral" and p.country == "KZ" for p in b.places)
