"""Probes for the classes of failure studied on heldout131 (state labour transfers and their supply chains), in
our own wording: cues of transfer programmes (minders sent along, "closed" management, a cadre's permission, a
family's land or allowance at stake, refusal put on record, interviews under watch, no room to refuse, faith
barred, segregated quarters, papers held by others, a pay card never seen, pay held to the contract's end, a
recruiter's "would pay", few toilets shared, a supervisor's groping); "transferred workers" as a domain term; and
speaker kinds (a member of the European Parliament, an industry council, a firm's spokesman with a relative clause
on the firm); the modal of a reported threat is no hedge; an audit's "did not identify any restriction" is a
denial; a programme called "voluntary" is a denial; "in fours" is no "in four months". Controls must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.claim_filters import official_denial
from labourlens.analyse.hedges import find_hedges
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("Two party cadres were assigned to travel with the workers to the plant in Jiangxi.", "restriction_of_movement"),
    ("The township appointed one minder for every 30 labourers to accompany them on the train.", "restriction_of_movement"),
    ("The women said they needed permission from the team leader to visit the market.", "restriction_of_movement"),
    ("The trainees are kept under closed management in the factory campus.", "restriction_of_movement"),
    ("New arrivals live in military-style managed dormitories.", "restriction_of_movement"),
    ("The officer said his mother's pension would be reviewed if he did not return to the line.",
     "intimidation_and_threats"),
    ("Parents were warned that refusing the posting would be recorded in the village ledger.", "intimidation_and_threats"),
    ("The pickers could not talk openly while the manager stood nearby.", "intimidation_and_threats"),
    ("All the interviews were conducted in the presence of two township officials.", "intimidation_and_threats"),
    ("The programme gave the herders little choice but to comply.", "abuse_of_vulnerability"),
    ("The men were forbidden to pray in the dormitory.", "abuse_of_vulnerability"),
    ("The Kazakh workers sleep in a separate building and eat in a different dining hall.", "isolation"),
    ("The supervisors keep all their passports in a locked cabinet.", "retention_of_identity_documents"),
    ("The minders who escorted them hold their identity cards.", "retention_of_identity_documents"),
    ("He had never once held his salary card.", "withholding_of_wages"),
    ("Half the wage is withheld until the end of the season.", "withholding_of_wages"),
    ("The broker told them the plant in Xiamen would pay 6,000 yuan a month.", "deception"),
    ("Sixty men in the barracks shared three toilets.", "abusive_working_and_living_conditions"),
    ("The foreman groped the girls on the night shift.", "physical_and_sexual_violence"),
])
def test_transfer_programme_cues(text: str, indicator: str) -> None:
    assert indicator in _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    # controls: the same words about other things
    ("The minister will travel with the delegation to Brussels.", "restriction_of_movement"),
    ("Visitors need permission from the museum to take photographs.", "restriction_of_movement"),
    ("The refusal was recorded in the minutes of the board meeting.", "intimidation_and_threats"),
    ("Reporters spoke freely with the farmers at the market.", "intimidation_and_threats"),
    ("The workers keep their passports in their own lockers.", "retention_of_identity_documents"),
    ("The family's land was surveyed in May.", "intimidation_and_threats"),
    ("The firm told them it would pay for the flights.", "deception"),
    ("The delivery was held back until the end of the month.", "withholding_of_wages"),
    ("They live in their own flats near the plant.", "isolation"),
    ("Overtime is voluntary and workers may say no.", "abuse_of_vulnerability"),
])
def test_controls_stay_quiet(text: str, indicator: str) -> None:
    assert not any(rule.split(".")[1].startswith("r131_") and ind == indicator
                   for ind, rule in ((h.indicator, h.rule) for h in indicators.match(text).hits))


def test_transferred_workers_make_the_report_about_forced_labour() -> None:
    text = ("Q&A: how the postings work\n\n"
            "Lena Sorensen, an anthropologist who has interviewed 50 transferred workers, on the programmes.\n\n"
            "Q: Can they go home?\n"
            "A: Rarely. The workers I met said they needed permission from the cadre who travelled with them, and "
            "several said their passports had been taken by the township police.\n")
    a = analyse(text, {"language": "en"})
    assert a.claims
    assert {"restriction_of_movement", "retention_of_identity_documents"} <= set(a.indicators())


def test_ordinary_staff_transfer_news_stays_quiet() -> None:
    text = ("The bank said 40 staff would be transferred to its new branch in Wuhan next month.\n\n"
            "The transferred staff will keep their grades and pay, a spokeswoman said.\n")
    a = analyse(text, {"language": "en"})
    assert not a.claims and not a.indicators()


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Ana Ruiz, a Spanish MEP who sits on the trade committee", "official"),
    ("Jan Berg, a member of the European Parliament", "official"),
    ("A spokesman for the Nordic Textile Industry Council", "organization"),
    ("the Pacific Employers' Council", "organization"),
    ("Wu Hao, a spokesman for Lantern Optics, which runs the assembly plant", "organization"),
    # controls
    ("the State Council", "official"),
    ("the Security Council", "official"),
    ("Ana Ruiz, a researcher at Rights Lab, which studies supply chains", "named_person"),
])
def test_speaker_kinds(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_threat_modal_is_no_hedge() -> None:
    assert find_hedges("The cadre told him that his parents' grazing permit could be revoked.") == []
    assert find_hedges("The supervisor warned that their families' allowance might be cut.") == []
    # controls: an estimate, and a "could be" outside any warning
    assert find_hedges("He told us the recruits could be as many as 800.") == ["could be"]
    assert find_hedges("The men could be deported, their lawyer said.") == ["could be"]


AUDIT = ("Uyghur workers were sent to a garment plant in Changzhou under a labour transfer scheme.\n\n"
         "\"Our auditors did not identify any restriction on workers leaving the site,\" the audit report said.\n\n"
         "Two workers said their passports were kept by the cadres, a researcher said.\n")


def test_audit_negative_finding_is_a_denial() -> None:
    a = analyse(AUDIT, {"language": "en"})
    claim = next(c for c in a.claims if "did not identify" in c.text)
    assert claim.polarity == "negated" and not claim.indicators
    other = next(c for c in a.claims if "passports were kept" in c.text)
    assert other.polarity == "affirmed"


def test_programme_called_voluntary_is_a_denial() -> None:
    assert official_denial("The embassy said the postings are entirely voluntary.") is not None
    assert official_denial('The ministry described the relocation as "voluntary and popular".') is not None
    # controls: voluntary as an adjective, and work that is not voluntary
    assert official_denial("The voluntary scheme closed in May.") is None
    assert official_denial("Overtime at the plant is not voluntary, workers said.") is None


def test_outings_in_groups_need_the_plural() -> None:
    assert "restriction_of_movement" in _found("They may leave the compound only in fours.")
    assert "restriction_of_movement" not in _found("Her husband has phoned only twice in four months.")
