"""Probes (session 34, lead, from heldout358's study): a firm's page titled as its code of conduct that states most of
its commitments in the present ("Passports stay with their holders") gets no claims; a committee witness's turn runs on
over the paragraphs after its label up to the next label; a first-person account under a note where the speaker, in
apposition, asked to be called by a name is that person's. Near misses keep what they had: a news story about a code
that reports words keeps its claims; a record's bracketed note ends a turn. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.pipeline import analyse

_CODE = """Fair work at Ribeira Growers: our code of conduct

Adopted by the members' meeting, 3 March 2026. Covers all 31 member farms in the Algarve.

Why a code

Our citrus and avocados go to supermarkets in nine countries. Each member farm relies on the people who prune, pick and pack. The standards below bind each member farm, and each agency that places workers with one.

What we commit to

- No recruitment fees of any kind. No one may be charged anything for a job, a visa or a seat on the bus to the farm. A member that uses an agency settles the agency's bill itself.

- Passports stay with their holders. Workers' passports and residence cards are never held by a farm or an agency. A farm may check a document and must give it straight back.

- Contracts people can read. Contracts come in Portuguese, Nepali, Hindi, Bengali and Thai, and an agency must hand each worker a copy before travel.

- Pay in full and on time. Payslips list each hour worked and each deduction, and no deduction for housing or transport is taken from wages without written consent.

- Lawful hours. Overtime is optional, recorded, and paid at the rate the law sets.

- Housing, where a farm offers it, is up to the town's standard and is never tied to the job.

- Every orchard must have shade and water from May to September.

- Workers can phone our independent line in six languages.

Once a year an outside auditor calls at each member farm, sometimes unannounced, and talks to workers away from their supervisors. Members who break the code must put things right inside a month or may be suspended.
"""


def test_a_titled_code_of_conduct_in_the_present_gets_no_claims() -> None:
    assert analyse(_CODE, {}).claims == []


def test_a_story_about_a_code_that_reports_words_keeps_its_claims() -> None:
    story = _CODE.replace("Once a year an outside auditor", "Two pickers told us their passports were taken by an agency "
                          "and that they were beaten when they asked for pay. Once a year an outside auditor")
    assert any("passports were taken" in c.text for c in analyse(story, {}).claims)


_RECORD = """Select Committee on Employment
EVIDENCE - Meeting No. 12 (extract)

The Chair (Ms. Ruth Okafor): We begin with three witnesses: Mr. Tomas Varga, appearing as an individual; Ms. Ines Duarte of the Growers' Federation; and Mr. Ali Demir of the labour inspectorate. Mr. Varga, please begin.

Mr. Tomas Varga (Appearing on His Own Behalf): Good morning. I cut lettuce for two seasons near Murcia on a permit tied to one farm. I paid a broker 3,000 euros before I came, most of it borrowed.

When the orders were late we worked fourteen hours, and nobody could refuse. The foreman kept my passport in the office all season.

I kept quiet, since I feared the farm would cancel my permit.

Witness C: I packed lettuce at the same farm, and my wages for June were never paid.

The Chair: Thank you. Ms. Duarte.

Ms. Ines Duarte (Growers' Federation): No member farm keeps workers' passports.

The Chair: Mr. Demir.

Mr. Ali Demir (Labour Inspectorate): Our inspectors found unpaid overtime on four farms.

(The committee adjourned at 11:40.)
"""


def test_a_witness_s_turn_runs_on_over_its_paragraphs() -> None:
    got = claim_speakers(_RECORD, {})
    assert speaker_in(got, "kept my passport")[0] == "Mr. Tomas Varga"
    assert speaker_in(got, "cancel my permit")[0] == "Mr. Tomas Varga"
    assert speaker_in(got, "No member farm keeps")[0] == "Ms. Ines Duarte"
    assert speaker_in(got, "wages for June were never paid")[0] != "Mr. Tomas Varga"  # another turn's label ends his


_ACCOUNT = """FIELD VOICES - first person

The narrator, who is 31 and grew up near Sikasso in Mali, asked me to call him Ali. We spoke in Bambara in July.

I came to pick melons. A man from Senegal took us to the fields each morning. He kept 6 euros a day of every worker's pay for the ride.

We picked from sunrise until dark, twelve hours, with no water in the rows. The man held my passport and said I would get it back after the grape harvest.
"""


def test_a_narrator_who_asked_to_be_called_by_a_name_gives_the_account() -> None:
    got = claim_speakers(_ACCOUNT, {})
    assert speaker_in(got, "kept 6 euros a day")[0] == "Ali"
    assert speaker_in(got, "no water in the rows")[0] == "Ali"
