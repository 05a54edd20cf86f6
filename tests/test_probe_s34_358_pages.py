"""Probes (session 34, lead, from heldout358's study): a firm's page titled as its code of conduct that states most of
its commitments in the present ("Passports stay with their holders") gets no claims; a committee witness's turn runs on
over the paragraphs after its label up to the next label; a first-person account under a note where the speaker, in
apposition, "asked us to call him" by a name is that person's. Near misses keep what they had: a news story about a code
that reports words keeps its claims; a record's bracketed note ends a turn. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.pipeline import analyse

_CODE = """Fair work at Ribeira Growers: our code of conduct

Adopted by the members' meeting, 3 March 2026. Covers all 31 member farms in the Algarve.

Why a code

Our citrus and avocados go to supermarkets in nine countries. Each member farm relies on the people who prune, pick and pack. The standards below bind every member farm and every agency that places workers with one.

What we commit to

- No recruitment fees of any kind. No worker may be charged for a job, a visa or a seat on the bus to the farm. A member that uses an agency settles the agency's bill itself.

- Passports stay with their holders. Workers' passports and residence cards are never held by a farm or an agency. A farm may check a document and must give it straight back.

- Contracts people can read. Contracts come in Portuguese, Nepali, Hindi, Bengali and Thai, and an agency must hand each worker a copy before travel.

- Pay in full and on time. Payslips list each hour worked and each deduction, and no deduction for housing or transport is taken from wages without written consent.

- Lawful hours. Overtime is optional, paid at the legal premium and recorded.

- Housing, if offered, meets the municipal standard and is never tied to the job.

- Shade and water in every orchard from May to September.

- Workers can phone our independent line in six languages.

An outside auditor visits every member farm once a year, sometimes unannounced, and interviews workers away from their supervisors. A member that breaks the code must fix the problem within 30 days or may be suspended.
"""


def test_a_titled_code_of_conduct_in_the_present_gets_no_claims() -> None:
    assert analyse(_CODE, {}).claims == []


def test_a_story_about_a_code_that_reports_words_keeps_its_claims() -> None:
    story = _CODE.replace("An outside auditor visits", "Two pickers told us their passports were taken by an agency "
                          "and that they were beaten when they asked for pay. An outside auditor visits")
    assert any("passports were taken" in c.text for c in analyse(story, {}).claims)


_RECORD = """Select Committee on Employment
EVIDENCE - Meeting No. 12 (extract)

The Chair (Ms. Ruth Okafor): We begin with three witnesses: Mr. Tomas Varga, appearing as an individual; Ms. Ines Duarte of the Growers' Federation; and Mr. Ali Demir of the labour inspectorate. Mr. Varga, please begin.

Mr. Tomas Varga (As an Individual): Thank you. I cut lettuce for two seasons near Murcia on a permit tied to one farm. I paid a broker 3,000 euros before I came, most of it borrowed.

When the orders were late we worked fourteen hours, and nobody could refuse. The foreman kept my passport in the office all season.

I did not complain, because I was afraid they would cancel my permit.

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

The speaker, a 31-year-old man from the Sikasso region of Mali, asked us to call him Ali. He spoke to us in Bambara in July.

I came to pick melons. A man from Senegal took us to the fields each morning. For the ride he kept 6 euros a day from each of us.

We picked from sunrise until dark, twelve hours, and there was no water in the rows. The man held my passport and said I would get it back after the grape harvest.
"""


def test_a_speaker_who_asked_us_to_call_him_by_a_name_gives_the_account() -> None:
    got = claim_speakers(_ACCOUNT, {})
    assert speaker_in(got, "kept 6 euros a day")[0] == "Ali"
    assert speaker_in(got, "no water in the rows")[0] == "Ali"
