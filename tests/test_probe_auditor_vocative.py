"""One auditor is a person; a letter's vocative is no apposition.

"Our auditor tells me ... She also says ..." is an unnamed person (anonymous_source), and so is "the auditor"
later; auditors, an audit firm or audit team stay bodies. "Mr Tan, the auditor says the workers told her ..."
addresses Mr Tan: the auditor speaks ("Mr Tan, the auditor, says" would make him the auditor). Texts written for
this probe: fictional firms and people."""

from __future__ import annotations

from probe_helpers import speaker

EMAIL = (
    "From: Clara Holm\nTo: Tan Wei\nSubject: Audit follow-up - Seaport Foods, Dalian\n\n"
    "Dear Mr Tan,\n\n"
    "Our auditor tells me that about 40 migrant workers on the filleting line are not allowed to leave the "
    "dormitory. She also says their wages are paid to an agent and not to them.\n\n"
    "Clara\n\n"
    "-----Original Message-----\nFrom: Clara Holm\n\n"
    "{line} Please send the time records.\n"
)


def test_one_auditor_is_a_person() -> None:
    text = EMAIL.format(line="Regards.")
    w, k, key = speaker(text, "not allowed to leave")
    assert (w, k) == ("Our auditor", "anonymous_source")
    _, _, key2 = speaker(text, "paid to an agent")
    assert key2 == key


def test_the_vocative_is_not_the_speaker() -> None:
    text = EMAIL.format(line="Mr Tan, the auditor says workers told her they had no day off since March and were "
                             "forced to work overtime.")
    _, _, key = speaker(text, "not allowed to leave")
    w, _, key3 = speaker(text, "no day off since March")
    assert key3 == key and w == "Our auditor"


def test_an_apposition_stays_the_person() -> None:
    # control: "Mr Tan, the auditor, says": Mr Tan is the auditor
    text = ("Migrant workers at the Seaport Foods plant in Dalian described their conditions.\n\n"
            "Mr Tan, the auditor, says workers told him they had no day off since March and were forced to work "
            "overtime.\n")
    w, _, _ = speaker(text, "no day off since March")
    assert w is not None and w.startswith("Mr Tan")


def test_auditors_stay_a_body() -> None:
    text = ("Migrant workers at the Seaport Foods plant in Dalian described their conditions.\n\n"
            "The auditors said workers were forced to work overtime and their passports were held by the plant.\n")
    _, k, _ = speaker(text, "forced to work overtime")
    assert k == "organization"
