"""Probes for the study of heldout444 (fiftieth session): a legislative record printed in the style of the United States
Congress, whose turn labels keep the title in its own case and set only the surname in capitals ("Chairwoman
LINDQVIST.", "Mr. DELACROIX."), with the speaker's kind read from the roll and the witnesses' introductions; and a
fact check that rates a video false but grants that real complaints stand, whose accounts are then read as claims.
Texts are invented."""

from __future__ import annotations

from labourlens.analyse.fact_checks import debunked_media
from labourlens.analyse.pipeline import analyse
from probe_helpers import META, wording_and_kind

RECORD = """UNCORRECTED TRANSCRIPT
Subcommittee on Labor Standards
Hearing on seasonal visa programmes
Tuesday, 3 March 2026 | Room 1100

Present: Chairwoman Lindqvist (R-Idaho), Ranking Member Okafor (D-Oregon), Rep. Sturridge.

Chairwoman LINDQVIST. The hearing is open. Orchard owners in my state rely on seasonal crews every autumn. Most of the growers I know pay their pickers in full and on time.

Mr. OKAFOR. Thank you, Madam Chair. Two weeks ago I met cherry pickers near Yakima. Nine of them slept on a garage floor, and their contractor had locked their passports in a filing cabinet.

Chairwoman LINDQVIST. We first hear Mr. Tomas Villalobos, who will speak through an interpreter, then Mr. Paul Delacroix, executive director of the Northwest Fruit Growers Association, and Ms. Irene Kessler, Regional Administrator of the Wage and Hour Division.

Mr. VILLALOBOS (through interpreter). Good morning. I am from Oaxaca and I have picked apples in Washington for four years. I paid 35,000 pesos to a recruiter to get the visa. The forewoman took my passport on the first day. When I asked for it back, she said I would be deported if I complained.

Mr. DELACROIX. Thank you. Our member growers never charge recruitment fees, and none of them keeps a worker's passport.

Ms. KESSLER. Thank you. Last year our investigators recovered $2.1 million in unpaid wages owed to orchard crews in the region.

Mr. STURRIDGE. I toured a packing shed in Wenatchee in June. Its crews were charged $300 each for a bunk bed in a shipping container.

Chairwoman LINDQVIST. The record stays open for ten days. We are adjourned.
"""


def _record(words: str) -> tuple[str | None, str | None]:
    return wording_and_kind(analyse(RECORD, META), words)


def test_a_witness_named_by_a_mixed_case_label_speaks_in_his_own_turn() -> None:
    wording, kind = _record("35,000 pesos")
    assert wording is not None and "Villalobos" in wording and kind == "named_person"


def test_a_member_on_the_roll_is_an_official() -> None:
    wording, kind = _record("garage floor")
    assert wording is not None and "Okafor" in wording and kind == "official"


def test_the_chair_is_an_official() -> None:
    wording, kind = _record("pay their pickers in full")
    assert wording is not None and "Lindqvist" in wording and kind == "official"


def test_a_witness_introduced_for_an_association_speaks_for_it() -> None:
    wording, kind = _record("never charge recruitment fees")
    assert wording is not None and "Delacroix" in wording and kind == "organization"


def test_a_witness_introduced_for_a_state_division_is_an_official() -> None:
    wording, kind = _record("recovered $2.1 million")
    assert wording is not None and "Kessler" in wording and kind == "official"


def test_a_member_named_by_a_lawmakers_title_elsewhere_on_the_page_is_an_official() -> None:
    wording, kind = _record("bunk bed in a shipping container")
    assert wording is not None and "Sturridge" in wording and kind == "official"


FACT_CHECK = """CLEARVIEW CHECKS | Fact-check
Published 12 May 2026

Does a photo show farmhands locked in a barn in Idaho?

CLAIM: A photo shared on Instagram shows "farmhands locked in a barn overnight in Idaho."

VERDICT: FALSE. The photo was taken at a film set in Spain in 2019. There are, however, real complaints about pay and housing for seasonal crews in the state.

WHAT WE FOUND
1. The photo does not show farm workers. It was first posted by a props company in Almería.

2. A 23-year-old from Chihuahua who picked potatoes near Rexburg last season told us that his crew boss kept the workers' passports in a truck until the season ended.

OUR VERDICT
FALSE. The picture is staged, but complaints about passports on potato crews are real.
"""

BARE_CHECK = """CLEARVIEW CHECKS | Fact-check
Published 12 May 2026

CLAIM: A photo shared on Instagram shows "farmhands locked in a barn overnight in Idaho."

VERDICT: FALSE. The photo does not show farm workers. It was taken at a film set in Spain in 2019.
"""


def test_a_fact_check_granting_real_complaints_is_not_a_debunked_picture_alone() -> None:
    assert not debunked_media(FACT_CHECK)
    assert debunked_media(BARE_CHECK)


def test_the_account_set_out_after_the_verdict_is_a_claim() -> None:
    a = analyse(FACT_CHECK, META)
    assert any("kept the workers' passports" in c.text for c in a.claims)
