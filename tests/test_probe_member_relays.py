"""Two related rules about a group and one of its members. A speaker noun capitalised because it opens a sentence
("Inspectors found ...") is not a person's name, so it does not rename the unnamed source met in the lede. And when
a group's finding is relayed by one of its members ("Inspectors found ..., according to the inspector"), the member
is the source, the same one met before. A relayer from another body stays a relayer. Every text is written for this
test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.coref_families import member_relays
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("speaker,relay,expected", [
    ("Inspectors", "the inspector", True),
    ("Labour inspectors", "an inspector with the state labour agency", True),
    ("Auditors", "one of the auditors", True),
    ("Investigators", "an investigator from the prosecutor's office", True),
    ("Inspectors", "the union", False),
    ("Investigators", "a lawyer for the families", False),
    ("Workers", "the foreman", False),
    ("The ministry's three senior labour inspectors", "the inspector", False),  # too long to be a bare group
])
def test_member_relays(speaker: str, relay: str, expected: bool) -> None:
    assert member_relays(speaker, relay) is expected


@pytest.mark.parametrize("lede,later", [
    ("an inspector with the regional labour office told the paper on Monday",
     "Inspectors found that the women were paid 90,000 tenge a month, according to the inspector."),
    ("an auditor who visited the plant told the paper",
     "Auditors found that the women were paid 900 yuan a month, the auditor said."),
    ("an investigator with the state prosecutor's office said on Friday",
     "Investigators found that the women were paid 40 dinars a week, according to the investigator."),
])
def test_group_then_member_one_source(lede: str, later: str) -> None:
    role = later.split()[0].lower().rstrip("s")
    text = ("Garment workshop ordered to stop\n\n"
            f"Officials have ordered a garment workshop to stop using 40 foreign seamstresses who entered on trainee "
            f"visas, {lede}.\n\n"
            "The women had been sewing uniforms for export for roughly a year and slept in the workshop, "
            f"the {role} said.\n\n"
            f"{later}\n")
    a = analyse(text, META)
    sources = {c.source for c in a.claims}
    wordings = {a.source(c.source).wording for c in a.claims}
    assert len(a.claims) >= 2 and len(sources) == 1, [(c.text, a.source(c.source).wording) for c in a.claims]
    assert all(w is not None and w.lower().startswith(("an ", "a ")) for w in wordings), wordings
