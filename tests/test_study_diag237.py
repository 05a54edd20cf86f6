"""Probes for the study of heldout237 (prisons, camps and detention): texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.indicator_model import vetoed
from labourlens.analyse.indicators import match
from labourlens.analyse.label_credits import credited_name
from labourlens.analyse.pipeline import analyse

_ROLES = frozenset(("witness", "interviewee", "guest"))


def _inds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


def test_role_label_line_names_the_witness() -> None:
    assert credited_name("Interviewee: Omar Haddad (a pseudonym), 51, former welder in Misrata", _ROLES) == "Omar Haddad"
    assert credited_name("Witness: Teodora Vlase, aged 38", _ROLES) == "Teodora Vlase"


def test_role_label_turns_are_no_credit_line() -> None:
    assert credited_name("Witness: We never saw a payslip.", _ROLES) is None
    assert credited_name("Chairman: Thank you, go on.", _ROLES) is None


def test_testimony_under_credit_line_is_the_named_witness() -> None:
    text = (
        "Refugee Voices Project\n\n"
        "Witness: Omar Haddad (a pseudonym), 51, held in a quarry camp near Tabuk from 2011 to 2016.\n\n"
        "Each of us cut stone from six in the morning until the call to evening prayer. The overseers beat us "
        "with cables when a cart came back half empty.\n\n"
        "We were never paid for a single day.\n"
    )
    a = analyse(text, {"language": "en"})
    src = {s.key: s for s in a.sources}
    beaten = next(c for c in a.claims if "cables" in c.text)
    assert src[beaten.source].wording == "Omar Haddad"
    assert src[beaten.source].kind == "named_person"


def test_abuse_of_office_is_no_violence() -> None:
    assert "physical_and_sexual_violence" not in _inds("The mayor was convicted of abuse of power over the land deal.")
    assert "physical_and_sexual_violence" not in _inds(
        "A ministry official accused the campaigners of abusing the notion of human rights for political ends.")
    assert "physical_and_sexual_violence" in _inds("The supervisors abused the seasonal pickers almost every day.")


def test_forced_labour_as_a_term_of_a_charge_or_a_rebuttal() -> None:
    assert "abusive_working_and_living_conditions" not in _inds(
        "The embassy said the label of forced labour was a pretext to hurt exporters.")
    assert "abusive_working_and_living_conditions" not in _inds(
        "The quarry owner was charged under the article of the criminal code on forced labour.")
    assert "abusive_working_and_living_conditions" in _inds("The boys on the cane estate lived in forced labour for years.")


def test_solitary_confinement_is_a_punishment_not_a_hold_on_movement() -> None:
    assert "restriction_of_movement" not in _inds("Those who refused the shift were put in solitary confinement for a week.")
    assert "restriction_of_movement" in _inds("The women were confined to the hostel between shifts.")


def test_inmates_serving_a_sentence_veto_the_models_movement_guess() -> None:
    assert "restriction_of_movement" in vetoed("Political prisoners at the colony sew mittens for a state firm.")
    assert "restriction_of_movement" in vetoed("Inmates of the penitentiary cut timber in winter.")
    assert "restriction_of_movement" not in vetoed("The cooks on the farm were kept behind a locked gate.")


def test_court_ordered_debt_is_no_bondage() -> None:
    assert "debt_bondage" not in _inds("After rent and the maintenance a court ordered him to pay his ex-wife, he kept 900 pesos.")
    assert "debt_bondage" in _inds("Every new hand fell into debt to the labour contractor within a month.")


def test_payer_deducting_keep_is_its_account_not_wages_withheld() -> None:
    text = "The farm said it pays the pickers by the crate, minus deductions for their board, every Friday."
    assert "withholding_of_wages" not in _inds(text)


def test_overtime_barred_or_kept_to_the_code() -> None:
    assert "excessive_overtime" not in _inds(
        "The firm said its staff keep to a forty-hour week set by the employment code, with no overtime allowed.")
    assert "excessive_overtime" not in _inds(
        "Shifts are set in accordance with the labor code and overtime rarely comes up, the owner wrote.")
    assert "excessive_overtime" in _inds("The packers were made to do overtime every night until the season ended.")


def test_body_keeping_its_sources_is_no_deception() -> None:
    assert "deception" not in _inds("The agency would not say how the phone records came into its hands.")
    assert "deception" in _inds("The agent did not disclose the fee to the women before they left Kathmandu.")
