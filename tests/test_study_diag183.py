"""Probes for the classes studied on heldout183 (labour in China's own factories: students on school placements,
dispatch-agency workers), in our own wording: reports of student placements and agency hiring are about labour once a
cue of coercion is there; papers kept so that no ticket can be bought; penalties for leaving early; school threats;
introduction fees; household registration booklets; compliance in the words of
schools, firms and inspectors as denials; a titled surname is no town. Controls must not change."""

from __future__ import annotations

from labourlens.analyse import hedges, indicators, places
from labourlens.analyse.pipeline import analyse


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


def _claims(text: str) -> list[tuple[str, str, set[str]]]:
    a = analyse(text, {})
    return [(c.text, c.polarity, {h.indicator for h in c.indicators}) for c in a.claims]


# ---------------------------------------------------------------- the document gate


def test_student_placement_report_with_one_cue_kind_yields_claims() -> None:
    text = ("Trainees sent to a harness plant\n\n"
            "WUHAN — Second-year pupils from a technical college in Hubei were placed on compulsory internships at a "
            "wiring-harness plant in Xiaogan, four of them said.\n\n"
            "\"The hostel warden kept our ID cards, so none of us could book a coach seat back,\" said "
            "one intern, Qiu, 18.\n\n"
            "Another intern said the placement office had told them they would be expelled if they went home before "
            "the spring.\n")
    rows = _claims(text)
    assert any("kept our ID cards" in t and "retention_of_identity_documents" in k for t, _, k in rows)
    assert any("expelled" in t and "restriction_of_movement" in k for t, _, k in rows)


def test_dispatch_agency_fine_names_overtime_and_booklets() -> None:
    text = ("CHANGSHA, May 9 (Hunan Evening Post) — Hunan's labour inspectors fined six dispatch agencies a total of "
            "900,000 yuan, the provincial department said.\n\n"
            "Some agencies kept the households' household registration booklets and charged introduction fees of "
            "800 yuan, the department said.\n\n"
            "An inspector said workers at one toy plant had worked 95 hours of overtime a month.\n")
    rows = _claims(text)
    booklet = next(k for t, _, k in rows if "registration booklets" in t)
    assert {"retention_of_identity_documents", "debt_bondage"} <= booklet


def test_graduation_news_stays_quiet() -> None:
    text = ("Campus News\n\nA technical college in Wuxi held its graduation on Friday for 900 students. The principal "
            "said 88 per cent had job offers, with average starting pay of 5,600 yuan a month, and that internships "
            "at local firms had helped.\n")
    assert analyse(text, {}).claims == []


def test_ordinary_agency_hiring_stays_quiet() -> None:
    text = ("A labour dispatch agency in Ningbo said on Monday it would hire 200 packers for the holiday season at "
            "6,000 yuan a month, with free meals.\n")
    assert analyse(text, {}).claims == []


# ---------------------------------------------------------------- indicator cues


def test_papers_kept_and_no_ticket_without_them() -> None:
    assert "restriction_of_movement" in _kinds(
        "The supervisor held their identity cards, and without them they could not take a bus.")
    # control: a ticket bought, no papers held
    assert "restriction_of_movement" not in _kinds("Without a discount they could not buy a train ticket home.")


def test_penalty_for_leaving_early() -> None:
    assert "restriction_of_movement" in _kinds("Pupils who asked to go home were warned of failing grades.")
    assert "restriction_of_movement" in _kinds("Leaving before the harvest ended meant losing a month's pay.")
    assert "restriction_of_movement" not in _kinds("Students with failing grades may resit the exam in August.")


def test_school_threats() -> None:
    assert "intimidation_and_threats" in _kinds("The trainees were warned they would be struck off as dropouts.")
    assert "intimidation_and_threats" in _kinds("We were told we would lose our certificates.")
    assert "intimidation_and_threats" not in _kinds("They were told they would get their certificates in July.")


def test_introduction_fees_and_household_booklets() -> None:
    assert "debt_bondage" in _kinds("The broker charged each recruit a referral fee of 600 yuan.")
    assert "debt_bondage" not in _kinds("The agency said it charged no introduction fees at all.")
    assert "retention_of_identity_documents" in _kinds("The agent took their hukou booklets on the first day.")
    assert "retention_of_identity_documents" not in _kinds("The agent made copies of their household registers.")


def test_no_say_at_all() -> None:
    assert "abuse_of_vulnerability" in _kinds("The apprentices had no say at all in the posting.")
    assert "abuse_of_vulnerability" in _kinds("Pupils are the least able to object to a posting.")
    # control: a say given is no vulnerability
    assert "abuse_of_vulnerability" not in _kinds("The apprentices were given a full say in the posting.")


def test_no_money_withheld_and_owed_us_are_no_cue() -> None:
    assert "withholding_of_wages" not in _kinds("The principal said pupils were paid 3,100 yuan monthly and no wages were withheld.")
    assert "debt_bondage" not in _kinds("Going home in the peak months meant giving up whatever the firm owed us.")


# ---------------------------------------------------------------- denials


def test_compliance_in_the_words_of_schools_and_firms_is_a_denial() -> None:
    for t in ('"No trainee was forced to stay," the college said.',
              'The firm said it deducted nothing from their wages.',
              'The agency said the loan was "completely voluntary".',
              'The plant said all pupils worked "within legal hours".',
              'Inspectors found no minors working at the four sites, the bureau said.'):
        assert hedges.denial_cue(t) is not None, t
    for t in ("The placements were voluntary on paper, but nobody could refuse.",
              "We found no worker who was paid on time.",
              "Workers said the overtime was never voluntary."):
        assert hedges.denial_cue(t) is None, t


def test_quoted_rebuttal_of_holding_papers_is_negated() -> None:
    text = ("Workers at a shoe plant in Putian said managers kept their passports and unpaid wages piled up for "
            "months. Migrant workers there said they were forced to work 14 hours a day.\n\n"
            'Qinghe Shoes told the paper that it "does not hold any workers\' documents".\n')
    row = next(r for r in _claims(text) if "does not hold" in r[0])
    assert row[1] == "negated" and not row[2]


# ---------------------------------------------------------------- places


def test_titled_surname_is_no_town() -> None:
    found = {p.name for p in places.find("Dr. Lima, an economist in Nanjing, spoke first. Lima said wages had fallen.")}
    assert "Lima" not in found and "Nanjing" in found
    # controls: a town after a preposition stays, and a text with no title keeps it
    assert "Lima" in {p.name for p in places.find("Dr. Lima said that workers in Lima protested.")}
    assert "Yao" in {p.name for p in places.find("The plant in Yao, near Osaka, hired 40 workers.")}
