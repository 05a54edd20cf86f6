"""Probes for the study of heldout436 (forty-eighth session): a Malaysian question-time record's labels ("YB" before a
member's name, a name that runs on after "binti" or "a/l", the deputy minister by the Malay post and later by the post
alone), null subjects with a place or a time before the verb
("nobody at the mill is made to"), a firm that "never permitted any form of" a wrong, places denied up front ("In none
of the dormitories did our monitors find"), and list numbers or audit codes that are no claims. Texts are invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, speakers_by_opening

RECORD = """DEWAN RAKYAT
Unofficial English extract of the proceedings of Wednesday, 3 June 2026

ORAL QUESTIONS

Question 7. Passports of plantation workers

YB Tuan Ravi Kumar a/l Muniandy [Teluk Intan]: Tuan Yang di-Pertua, may I ask how many estates were found holding passports last year.

Timbalan Menteri Dalam Negeri (YB Datuk Aminah binti Yusof): Tuan Yang di-Pertua, inspectors found 41 estates holding passports of workers without consent.

YB Puan Chong Siew Lan [Ipoh Barat]: Tuan Yang di-Pertua, it is alleged that estate supervisors in Perak beat harvesters who complain about deductions.

Timbalan Menteri: The ministry has found no estate where workers are beaten, and inspectors will visit the estates named.

YB Tuan Ravi Kumar: Tuan Yang di-Pertua, workers in my constituency work 15 hours a day in the fields.
"""


def _record() -> dict[str, tuple[str | None, str | None]]:
    return speakers_by_opening(RECORD, 30, {"published": "2026-06-04", "language": "en"})


def test_a_member_titled_yb_is_an_official_by_name() -> None:
    rows = _record()
    spoken = next(v for k, v in rows.items() if k.startswith("YB Puan Chong"))
    assert spoken == ("YB Puan Chong Siew Lan", "official")


def test_a_name_runs_on_after_binti_and_the_malay_post_is_its_holder() -> None:
    rows = _record()
    assert next(v for k, v in rows.items() if k.startswith("Timbalan Menteri Dalam")) == (
        "YB Datuk Aminah binti Yusof", "official")


def test_the_post_alone_later_is_the_minister_named_before() -> None:
    rows = _record()
    assert next(v for k, v in rows.items() if k.startswith("Timbalan Menteri: The")) == (
        "YB Datuk Aminah binti Yusof", "official")


def _polarity(sentence: str, lead: str = "") -> str:
    a = analyse(LEAD + lead + sentence, META)
    return next(c.polarity for c in a.claims if c.text.startswith(sentence[:25]))


def test_nobody_with_a_place_before_a_verb_of_forcing_denies() -> None:
    assert _polarity("According to the manager, nobody at the mill is made to work extra shifts.",
                     "Workers said they worked 15 hours a day. ") == "negated"


def test_nobody_with_a_time_before_a_verb_of_taking_denies() -> None:
    assert _polarity("Nobody now keeps my passport.", "A guard took our passports in May. ") == "negated"


def test_a_firm_that_never_permitted_any_form_of_a_wrong_denies_it() -> None:
    assert _polarity('The firm told us it "has never permitted any kind of corporal punishment" in its mills.',
                     "Workers said supervisors beat them with sticks. ") == "negated"
    # (letting the workers do something is no wrong named as a noun: not allowing them to leave is the abuse)
    assert _polarity("The firm said it does not allow workers to leave the compound at night.",
                     "Workers said they could not leave. ") == "affirmed"


def test_places_denied_up_front_before_a_finding_make_a_negated_claim() -> None:
    assert _polarity("In none of the nine dormitories did our monitors find workers locked in at night.",
                     "Workers said guards locked them in the dormitory. ") == "negated"


def test_a_quoted_list_items_number_is_no_claim() -> None:
    text = ('An employee of Tasik Rubber Works passed us an internal memo about the audit of its hostel in Klang. It '
            'tells supervisors what to do with workers\' passports, and we quote it below.\n\n'
            '"1. All passports kept in the hostel office are to be moved to the head office safe before the audit.\n\n'
            '"2. Workers who tell the auditors about their passports will not have their contracts renewed."\n')
    a = analyse(text, META)
    assert a.claims and not any(c.text.strip('"\u201c ') in ("1.", "2.") for c in a.claims)


def test_an_audit_code_with_a_title_and_a_grade_is_no_claim() -> None:
    text = ("Summary of a social audit of Bukit Jati Palm Oil Mill, Pahang, for its buyer.\n\n"
            "F-02 Identity documents (Major). Assessors found 120 passports of foreign harvesters locked in the estate "
            "office.\n\nF-03 Working hours (Critical). Time records showed harvesters worked 14-hour days for 26 days "
            "without rest.\n")
    a = analyse(text, META)
    assert a.claims and not any(c.text.startswith("F-0") for c in a.claims)
