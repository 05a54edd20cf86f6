"""Probes for the classes of failure studied on heldout418 (branch h418, the forty-third session), in our own wording:
a contractor's rules for the staff it sends abroad, headed as a workforce or employment policy, tell of no events; a
firm's reply printed under its heading and a salutation, with no "Yours ..." under it, is the firm's to the end of the
page; a hearing's turn label with a title and the surname in capitals ("Ms OKORO:") is the person of the witness list
with that title; Indonesia's labour supervision is the state's inspection; a group's coined first word alone is the
group that publishes the page; in an interview answer, a body named in full (or by role and name) that told the
interviewee something is the speaker. Controls: a news story about such a policy keeps its claims; the interviewee's own
account after a body's answer stays hers; a place that opens a group's name is no short name of it. People, firms
and groups are invented; the northern Lao provinces of dam and railway sites are first-level regions."""

from __future__ import annotations

from labourlens.analyse.outlet_first_words import first_word_for
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import META, source_of, wording_and_kind

POLICY = """Employment Policy for Project Staff | Redwater Civil Engineering Ltd

Home | Projects | Careers

Employment Policy for Project Staff

1. Scope
This policy covers every person who works on our bridge and road projects in Kenya, Tanzania and Zambia.

2. Hiring
- No candidate may be asked to pay for a job, a medical check or a flight. The employer pays all hiring costs.
- Contracts must be signed in the worker's own language at least ten days before travel.

3. Papers
Staff hold their own passports and permits. Where the law requires the employer to keep a permit, it must be handed back within a week.

4. Pay and time
- Pay is transferred in full each month to an account in the worker's name.
- Weekly hours must not exceed 56, overtime included, and every worker has one day off in seven.

5. Housing
Camps must give each worker a bed of their own, with no more than six to a room.

Contact: people@redwater.example
"""

POLICY_STORY = """Bridge builders say hiring rules are ignored

NAIROBI - Workers on a Redwater Civil Engineering bridge project said the company's employment policy was ignored on site.
"They took our passports on the first day and we were never paid overtime," one steel fixer said.
A second worker said the camp gate was locked every night.
"""

LETTER = """Open letter to Morningside Cobalt and its answer

We are the families of 40 drivers from Kasumbalesa who work for your haulage contractor.

Our men were promised 900 dollars a month. They say they have received 300 dollars since March and that their permits are kept by the contractor's office.

We ask you to pay what is owed.

Signed by the Kasumbalesa Drivers' Families Committee.

Reply from Morningside Cobalt, 12 April 2026

Dear families,

Thank you for writing to us.

Every driver is paid in full through the contractor's payroll. Permits are held by the contractor only while they are renewed.

No driver is prevented from going home.

People and Culture Team, Morningside Cobalt
"""

HEARING = """LEGISLATIVE ASSEMBLY
Select Committee on Public Works
Hearing on the Kavieng wharf project, 3 March 2026

Witnesses: Ms Ruth Okoro, Deputy Secretary, Department of Labour and Employment; Mr Felix Tamba, Site Director, Coral Sea Wharf Builders Ltd; Dr Amos Kerua, Researcher, Islands Policy Institute.

CHAIR: The hearing is open. Deputy Secretary, what did your inspectors find?

Ms OKORO: Chair, our records show 12 permits for the wharf. During a visit in February we counted 90 foreign workers without permits on the wharf. Several told them that their passports had been taken by a supervisor.

Mr TAMBA: That is not correct. Every worker keeps his own passport.

CHAIR: Dr Kerua.

Dr KERUA: The workers I met said they had not been paid for two months.
"""

GROUP_REPORT = """Lanterna Migrant Rights
"Out of sight: farm workers in the south" (March 2026)

Case 1 - A., 33, greenhouse worker

A. said the farm manager kept his passport in a locked drawer and paid him half of the promised wage.

Patterns

Lanterna estimates that two in three of the workers it met had their papers taken by an employer.
"""


def test_workforce_policy_page_is_quiet() -> None:
    assert not analyse(POLICY, META).claims


def test_story_about_a_policy_keeps_its_claims() -> None:
    assert analyse(POLICY_STORY, META).claims


def test_reply_under_heading_without_closing_is_the_firms() -> None:
    a = analyse(LETTER, META)
    for words in ("Every driver is paid in full", "Permits are held by the contractor only"):
        wording, kind = wording_and_kind(a, words)
        assert kind == "organization" and wording is not None and "Morningside Cobalt" in wording
    # the letter before the reply stays the page's own voice
    assert source_of(a, "Our men were promised").kind != "organization" or "Morningside" not in (
        source_of(a, "Our men were promised").wording or "")


def test_caps_label_with_the_lists_title_is_the_listed_person() -> None:
    a = analyse(HEARING, META)
    wording, kind = wording_and_kind(a, "90 foreign workers without permits")
    assert wording == "Ms Ruth Okoro" and kind == "official"


def test_labour_supervision_is_the_states() -> None:
    assert classify("Dewi Lestari, head of labour supervision at the Kendari manpower office") == "official"
    assert classify("Dewi Lestari, a labour supervisor at the palm oil estate") != "official"


def test_groups_first_word_is_the_group() -> None:
    assert first_word_for("Lanterna", "Lanterna Migrant Rights")
    assert not first_word_for("China", "China Labour Watch")  # a place opens the name
    assert not first_word_for("Lanterna", "Lanterna Farms")  # a name of two words, no group's tail
    a = analyse(GROUP_REPORT, META)
    s = source_of(a, "two in three of the workers")
    assert s.kind in ("outlet", "organization") and "Lanterna Migrant Rights" in (s.wording or s.canonical or "")


QA = """Harbour Review | Interview

Dr Mere Tapsell studies migrant crews on tuna boats. She spoke to Harbour Review.

Harbour Review: Have the authorities answered you?

Tapsell: The Ministry of Fisheries and Marine Resources told me in writing in May that "every foreign crew member holds a valid permit and is paid under contract". I have met crew on the same boats who had no permit at all.

Harbour Review: And the owners?

Tapsell: The largest operator in the harbour, Bluewake Fishing Ltd, told me it pays every crew member on time and had found no abuse. It would not let me board.
"""

def test_named_body_that_answered_the_interviewee_speaks() -> None:
    a = analyse(QA, META)
    assert wording_and_kind(a, "every foreign crew member") == ("The Ministry of Fisheries and Marine Resources", "official")
    wording, kind = wording_and_kind(a, "pays every crew member on time")
    assert kind == "organization" and wording is not None and "Bluewake Fishing" in wording
    # the interviewee's own account after the answer stays hers
    assert "Tapsell" in (wording_and_kind(a, "who had no permit at all")[0] or "")


def test_northern_lao_provinces_are_admin1() -> None:
    from labourlens.analyse import places  # noqa: PLC0415

    found = {(m.country, m.name) for m in places.find("Tunnel crews in Phongsaly province and in Houaphanh were unpaid.", [])}
    assert {("LA", "Phongsaly"), ("LA", "Houaphanh")} <= found
