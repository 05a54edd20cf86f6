"""Probes of the study of `heldout288` (domestic workers under sponsorship): a firm's statement set out in ordinal
points ("First: ...") is the firm's, not a person named "First"; anonymised case notes that open each case on a
"Client:" field describing an unnamed woman give each case its own source, with the staff's signed lines and a
nurse's record apart and the summary's counts in the page's voice; findings numbered "1.", "2." under a heading,
after the page's own sample, are the page's tallies; "Sir said if I ..." in a worker's own account is hers; a wage
rule that pay go into the worker's own account is no cue of abuse. Texts written for these tests; every firm,
shelter, person and figure in them is fictional."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-04", "language": "en"}


def _by(a, words: str):  # type: ignore[no-untyped-def]
    c = next(c for c in a.claims if words in c.text)
    return c, a.source(c.source)


# --- ordinal points of a statement -----------------------------------------------------------------------------

STATEMENT = """ORCHID BRIDGE HOUSEHOLD STAFFING
Home | About | Contact

PRESS RELEASE ON AN ONLINE POST

Orchid Bridge Household Staffing has read the post shared on Tuesday in which a migrant domestic worker from Malawi says our agency kept her passport and withheld her wages.

First: our agency does not hold passports for the nannies it places.
Second: the nanny was paid her wage of $310 every month until February, as our records show.
Third: she was never prevented from leaving the flat.
Fourth: no migrant worker has ever paid us a recruitment fee.

Dina Orvell
Operations Director
"""


def test_ordinal_points_are_no_speakers() -> None:
    a = analyse(STATEMENT, {"published": "2026-04-02", "language": "en"})
    keys = set()
    for words in ("does not hold passports", "wage of $310", "ever paid us a recruitment fee"):
        c, src = _by(a, words)
        assert src is None or (src.wording or "").lower() not in ("first", "second", "fourth")
        keys.add(c.source)
    assert len(keys) == 1  # one voice, the firm's page


def test_a_transcript_label_with_a_name_still_speaks() -> None:  # control
    text = ("Radio Lakeside\n\nMORNING CALL-IN\n\nHOST: Good morning.\n\n"
            "TOMAS WEBER: My employer took my passport on the first day and I was never paid for overtime.\n")
    a = analyse(text, META)
    _, src = _by(a, "took my passport")
    assert src is not None and "Weber" in (src.wording or "")


# --- anonymised case notes ---------------------------------------------------------------------------------------

NOTES = """MAPLE DOOR REFUGE · Limassol
Anonymised case notes · First quarter

Prepared by the casework team. Names have been removed.

CASE 11-203
Client: Togolese woman, 27, from Sokode. Walked in on 2 February.
According to her, the family withheld her pay for five months. She says she was locked in the flat when the family went out.
Caseworker's note: client tired but well. Employer refused to hand over her passport to the refuge.
Status: legal follow-up.

CASE 11-207
Client: Filipina woman, 44. Referred by a parish volunteer on 9 March.
She reports being beaten by the employer's husband after she asked for a day off. Nurse on duty recorded cuts and bruises on her arms on arrival. Client says the family took away her mobile in her first week.
Status: open.

SUMMARY FOR THE QUARTER
29 new admissions. Of these, 17 women reported unpaid wages. Fifteen reported that the employer kept their passport.
"""


def test_each_case_is_its_own_client() -> None:
    a = analyse(NOTES, META)
    c1, s1 = _by(a, "withheld her pay for five months")
    c1b, _ = _by(a, "locked in the flat")
    c2, s2 = _by(a, "beaten by the employer's husband")
    c2b, _ = _by(a, "took away her mobile")
    assert s1 is not None and s1.kind == "anonymous_source" and "Togolese woman" in (s1.wording or "")
    assert s2 is not None and s2.kind == "anonymous_source" and "Filipina woman" in (s2.wording or "")
    assert c1.source == c1b.source and c2.source == c2b.source and c1.source != c2.source


def test_staff_lines_and_the_summary_are_apart_from_the_clients() -> None:
    a = analyse(NOTES, META)
    client, _ = _by(a, "beaten by the employer's husband")
    nurse, ns = _by(a, "recorded cuts and bruises")
    assert ns is not None and "Nurse on duty" in (ns.wording or "") and nurse.source != client.source
    note, ws = _by(a, "refused to hand over her passport")
    assert ws is not None and "Caseworker" in (ws.wording or "")
    tally, _ = _by(a, "Fifteen reported")
    assert tally.source == "OUTLET"


def test_a_client_field_without_a_description_is_left_alone() -> None:  # control: an audit's "Client:" header
    text = ("AUDIT SUMMARY\n\nClient: Northfield Apparel Ltd.\nSite: Rivergate Knitting, Dhaka.\n\n"
            "Migrant workers told auditors that supervisors kept their passports in a locked drawer. "
            "Wages were withheld for three months, the workers said.\n")
    a = analyse(text, META)
    _, src = _by(a, "kept their passports")
    assert src is None or "Northfield" not in (src.wording or "")


# --- numbered findings after the page's own sample ---------------------------------------------------------------

BRIEF = """HARBOUR WORKERS' VOICE
Briefing No. 3

Summary

Between March and June our team interviewed 52 women working as cleaners in Valletta and Sliema.

Key findings

1. Thirty of the 52 women said their agency kept their passport.

2. Eighteen said they never got a rest day.

3. Seven women, all from Nepal, said they had been promised hotel work and were placed in private homes.

Responses

The agency association did not reply.
"""


def test_numbered_points_are_the_pages_tallies() -> None:
    a = analyse(BRIEF, META)
    for words in ("never got a rest day", "promised hotel work"):
        c, _ = _by(a, words)
        assert c.source == "OUTLET", words


def test_a_numbered_point_without_the_pages_sample_keeps_its_group() -> None:  # control
    text = BRIEF.replace("Between March and June our team interviewed 52 women working as cleaners in Valletta "
                         "and Sliema.", "This briefing draws on press reports from Valletta and Sliema.")
    a = analyse(text, META)
    c, _ = _by(a, "never got a rest day")
    assert c.source != "OUTLET"


# --- the employer by the worker's word of address ------------------------------------------------------------

VOICE = """KATHMANDU RETURNEE LINE
Call transcript

[Transcript begins]
Didi, it is me, Sunita, the one from Gorkha.
I have had no rest day for ten months.
They keep my passport in a cupboard.
Sir said if I leave the house he will tell the police I stole money.
Madam checks my phone every night.
[Transcript ends]
"""


def test_sir_said_in_her_own_account_is_hers() -> None:
    a = analyse(VOICE, META)
    c, src = _by(a, "if I leave the house")
    day, _ = _by(a, "no rest day for ten")
    assert src is None or (src.wording or "").lower() != "sir"
    assert c.source == day.source


def test_a_titled_name_still_speaks() -> None:  # control: "Sir" before a name is a title
    text = ("The Harbour Courier\n\nSir Edwin Marlowe, who chairs the inquiry, said cleaners at three hotels "
            "from abroad had their passports taken by a labour broker and were forced to work without pay.\n")
    a = analyse(text, META)
    _, src = _by(a, "passports taken")
    assert src is not None and "Marlowe" in (src.wording or "")


# --- a wage rule: pay into the worker's own account -------------------------------------------------------------


def test_pay_into_the_workers_own_account_is_no_cue() -> None:
    t = "From July, each wage must be paid into an account held in the employee's own name, the minister said."
    assert not indicators.match(t, 0).hits


def test_pay_into_an_account_the_agency_holds_still_is() -> None:  # control
    t = "Their salaries were deposited into an account the agency held, and they never saw the money."
    assert any(h.indicator == "withholding_of_wages" for h in indicators.match(t, 0).hits)


def test_a_wage_decree_stays_quiet() -> None:
    text = """THE LAKESHORE TIMES

Council sets a floor for household workers' pay

Household workers in the province will earn at least 410 lari a month from 1 March under a council decision announced on Monday.

Some 9,000 live-in carers, chiefly from Armenia and Azerbaijan, are affected, the labour office estimates.

Council spokesperson Nino Abashidze said the floor would be reviewed every two years. From May, every wage must likewise be paid into an account registered to the employee's own name, she added.

The Armenian consulate said the new floor matched the figure its standard contract for Armenian workers already sets.
"""
    a = analyse(text, META)
    assert not a.claims or not any(c.indicators for c in a.claims)
    assert not a.claims
