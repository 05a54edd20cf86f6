"""Case records and interview notes written as rows.

A helpline's or grievance log's row ("Caller: cutter, Hai Phong. Issue: says ... Status: closed.") gives the account
field to the person field's value, never to "Issue" or "Status" as if they were people; a person-field line alone
is no claim. Interview notes ("W2 - male, 22, ... Says ...") give each row's fragments to the coded interviewee.
Texts written for this probe: fictional firms, people and cases; real places."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, speaker

HOTLINE = (
    "Brightwell Worker Line - Case summary, first half 2025\n"
    "Client: Norland Shoes supplier network (Cambodia)\n\n"
    "Case KH-101. Caller: cutting worker, Kampong Speu. Issue: says the supervisor keeps workers' passports in a "
    "locked drawer. Status: referred to supplier, closed.\n\n"
    "Case KH-114. Caller: group of 4 migrant workers, Phnom Penh. Issue: say wages for May have not been paid. "
    "Status: supplier confirmed the delay and paid the wages in June, closed.\n\n"
    "Case KH-120. Caller: packer, Kampong Speu. Issue: alleges that workers who refuse overtime are threatened "
    "with dismissal. Status: open.\n\n"
    "Overall: 27 calls in the half year. Line staff did not check callers' accounts unless stated.\n"
)

NOTES = (
    "FIELD NOTES - interviews at a garment plant, typed up by the assessor\n\n"
    "R1 - female, 30s, from Yunnan, sewing line, 3 yrs. Says overtime is forced and unpaid; works until 11 pm. "
    "Keeps her own passport.\n\n"
    "R2 - male, 19, from Gansu, packing, 2 months. Says the agency kept his ID card \"for safekeeping\". Said the "
    "line leader told them wages would be held if they quit.\n\n"
    "R3 - male, 45, boiler room. Says he works 13-hour shifts with no day off in October.\n"
)


def test_the_account_field_is_the_callers() -> None:
    w, k, key = speaker(HOTLINE, "keeps workers' passports")
    assert (w, k) == ("cutting worker, Kampong Speu", "anonymous_source")
    w2, k2, key2 = speaker(HOTLINE, "wages for May")
    assert (w2, k2) == ("group of 4 migrant workers, Phnom Penh", "anonymous_source")
    w3, _, key3 = speaker(HOTLINE, "refuse overtime")
    assert w3 == "packer, Kampong Speu"
    assert len({key, key2, key3}) == 3  # one caller per case


def test_field_labels_are_no_speakers() -> None:
    a = analyse(HOTLINE, META)
    words = {(a.source(c.source).wording if a.source(c.source) else None) for c in a.claims}
    assert not words & {"Issue", "Status", "Overall", "Caller", "Case"}
    w, k, _ = speaker(HOTLINE, "confirmed the delay")
    assert (w, k) == ("supplier", "organization")  # a keeper field that names who speaks in it


def test_a_person_field_alone_is_no_claim() -> None:
    a = analyse(HOTLINE, META)
    assert not [c for c in a.claims if c.text.startswith("Caller:")]
    assert not [c for c in a.claims if c.text.startswith("Client:")]


def test_a_transcript_label_still_speaks() -> None:
    # control: a phone-in's "Caller:" line with no account field is no record; the transcript turn speaks
    text = ("Migrant workers at a Phnom Penh garment plant described their conditions.\n\n"
            "Caller: Sokha Lim\nLIM: They keep our passports in the office and we cannot leave the dormitory.\n")
    w, k, _ = speaker(text, "keep our passports")
    assert k == "named_person" and w is not None and w.endswith("Lim")


def test_coded_rows_are_the_interviewees() -> None:
    w, k, key1 = speaker(NOTES, "overtime is forced")
    assert (w, k) == ("R1", "anonymous_source")
    w, k, key2 = speaker(NOTES, "kept his ID card")
    assert (w, k) == ("R2", "anonymous_source")
    _, _, key2b = speaker(NOTES, "wages would be held")
    w, _, key3 = speaker(NOTES, "13-hour shifts")
    assert w == "R3"
    assert key2 == key2b and len({key1, key2, key3}) == 3


def test_a_lone_coded_line_is_left_alone() -> None:
    # control: one "R2 -" line in running prose is no row of notes
    text = ("Migrant workers at a Phnom Penh garment plant described their conditions.\n\n"
            "R2 - the second round of audits - found that the agency kept workers' ID cards. "
            "Says the brand, the findings were shared with the supplier.\n")
    a = analyse(text, META)
    assert all((a.source(c.source).wording if a.source(c.source) else None) != "R2" for c in a.claims)
