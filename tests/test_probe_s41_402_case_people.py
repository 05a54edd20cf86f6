"""Case notes and feature ledes whose people speak later by a pronoun (a study of s41 on a held-out set; every text here
is written for this test, with fictional bodies and people):

- a case named by three initials ("R.T.M., 40, ..."), as names with two family names give, is an anonymised case like
  one with two; its "She said" and its subjectless "Said she ..." are that person's;
- a case opened by a group ("A group of five Uzbek men ...") speaks as the group in "They said", "The men said" and
  "They believe";
- a feature's lede that names its subject after a dateline with a region ("SOBRAL, Ceará — Rita Lobo keeps ...") gives
  the later "she said" to that person.
Near misses: a case of two initials keeps working; a "she said" after a lede that names nobody stays unnamed."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

CASES = """FIELD OFFICE CASE NOTES
Every person here is named by initials only.

Case 1. R.T.M., 40, Bolivian, from Oruro. Worked for five months in a garment workshop in Bras. Said she and three other women slept above the machines and that the owner locked the door at night. She said the owner kept her passport.

Case 2. A group of five Uzbek men, all from Fergana, who had worked on a melon farm near Rostov. They said their broker charged each of them 800 dollars for the job and deducted it from their pay. The men said the broker warned them that the police would arrest anyone who complained. They believe the broker also sends workers to two other farms, which we have not checked.

Case 3. K.P., 22, Nepali. She said the agency kept her passport for a year.
"""


def _speakers(text: str) -> dict[str, str | None]:
    a = analyse(text, {})
    out: dict[str, str | None] = {}
    for c in a.claims:
        s = a.source(c.source)
        out[c.text[:18]] = s.wording if s is not None else None
    return out


def test_three_initials_and_a_group_speak_for_their_cases() -> None:
    got = _speakers(CASES)
    assert got.get("Said she and three") == "R.T.M."
    assert got.get("She said the owner") == "R.T.M."
    for start in ("They said their br", "The men said the b", "They believe the b"):
        assert got.get(start) == "A group of five Uzbek men", (start, got.get(start))
    assert got.get("She said the agenc") == "K.P."


LEDE = """SOBRAL, Ceará — Rita Lobo keeps her son's payslips in a biscuit tin. Workers on the farm where he went were held in debt bondage.

"He rang me in June," she said. "He said the foreman had taken his identity card."
"""

NO_NAME = """SOBRAL, Ceará — Families here keep their sons' payslips in biscuit tins. Workers on the farm were held in debt bondage.

"He rang me in June," she said. "He said the foreman had taken his identity card."
"""


def test_a_lede_after_a_dateline_with_a_region_names_who_speaks() -> None:
    assert _speakers(LEDE).get('"He rang me in Jun') == "Rita Lobo"


def test_no_name_in_the_lede_leaves_the_speaker_unnamed() -> None:
    assert _speakers(NO_NAME).get('"He rang me in Jun') != "Rita Lobo"
