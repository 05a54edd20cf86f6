"""Study s42 of a held-out set: pages and lines that tell of nothing that happened to anyone (every text here is
written for this test; firms, people and places are fictional):

- a supplier code whose rule mentions "the notice stated in their contract" (a paper's content, no one's reported
  words) is still a code, and yields no claim;
- an audit summary's finding label with its subject after a comma and its rating in brackets ("Observation 2, rest
  days (minor).") is a label, no claim;
- a casework file's verbless line on whom a case is about ("A welder from Cebu, 29, employed since 2023 at a shipyard
  in Ulsan.") and a story's line on its named subject's age, home and workplace are introductions, no claims; the
  account after them stays.
Near misses: a line with a finite verb of what happened ("... asked us to check his pay") or an abuse stays a claim."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-01", "language": "en"}

CODE = """Lindqvist Batteries AB
Supplier Code of Conduct, Part 3: Fair recruitment of migrant workers
Edition 2, in force from 1 March 2026

This part binds every supplier that makes cells, casings or wiring for Lindqvist, in any country.

3.1 Fees. Workers must not pay any fee for their recruitment. The supplier bears agency charges, visas and travel.
3.2 Papers. Workers keep their own passports and permits. The supplier offers a locker that only the worker can open.
3.3 Leaving. Workers may resign with the notice stated in their contract, without any penalty, and may leave their
housing freely after work.
3.4 Hours. Regular hours do not exceed 48 a week and all overtime is voluntary.
3.5 Housing. Dormitories hold no more than six workers per room.

Questions: standards@lindqvist.example
"""


def test_code_with_a_stated_notice_is_quiet() -> None:
    assert analyse(CODE, META).claims == []


AUDIT = """HARBOURVIEW SOCIAL AUDITS
Summary of observations for a battery plant in Chonburi

Observation 1, recruitment costs (critical). Of the 40 workers interviewed, 31 had paid agents in Myanmar to get the job.

Observation 2, rest days (minor). Eleven workers had worked 20 days in a row in January.
"""


def test_rated_observation_label_is_no_claim() -> None:
    texts = [c.text for c in analyse(AUDIT, META).claims]
    assert not any(t.startswith("Observation 1") or t.startswith("Observation 2") for t in texts)
    assert any("paid agents" in t for t in texts)


CASES = """KESTREL MIGRANT DESK
Case notes, winter 2026

Case 1. A welder from Cebu, 29, employed since 2023 at a shipyard in Ulsan. He said the agent kept his passport in a safe.

Case 2. Three women from Lampung, working on the packing line of the same yard. They said the supervisor confiscated their phones at the gate.

Case 3. A driver from Osh, 45, at a haulage depot in Busan, asked us to check his pay. We found he had been paid in full.
"""


def test_verbless_case_lines_are_no_claims() -> None:
    texts = [c.text for c in analyse(CASES, META).claims]
    assert not any(t.startswith("A welder from Cebu") or t.startswith("Three women from Lampung") for t in texts)
    assert any("kept his passport" in t for t in texts)
    assert any("confiscated their phones" in t for t in texts)


STORY = """Tomas Reyes, 34, from Iloilo, has worked since 2022 at a cannery in Busan that packs tuna for export. He said his employer took his passport on the first day and never gave it back.

My friend from Davao worked at a different factory in Ulsan. He said the owner kept his passport too.
"""


def test_named_subjects_introduction_is_no_claim() -> None:
    texts = [c.text for c in analyse(STORY, META).claims]
    assert not any(t.startswith("Tomas Reyes, 34") or t.startswith("My friend from Davao") for t in texts)
    assert any("took his passport" in t for t in texts)
