"""Speaker kinds (diagnosis of a blind set, our own wording): a named manager of a workplace that a firm owns
("The contractor's camp manager, X"), a role only a firm has without the workplace ("The general manager, X"),
both `organization`; and a councillor with the unit before the title ("Ward councillor X", where "Ward"
alone reads as a surname) found as the speaker and `official`. Negative controls: a state body's manager and a bare "The manager, X"
stay persons. Every text is written for this test; people and firms are fictional; places are real."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
LEAD = "Workers at the Lae road camp say their passports were taken and they are locked in at night. "


def _speaker(text: str, fragment: str) -> tuple[str | None, str | None]:
    a = analyse(LEAD + text, META)
    for c in a.claims:
        if fragment in c.text:
            s = a.source(c.source)
            return (s.wording if s else None, s.kind if s else None)
    raise AssertionError(f"no claim with {fragment!r}")


def test_firm_owned_workplace_manager_speaks_for_the_firm() -> None:
    assert _speaker("The subcontractor's camp manager, Tom Riley, denied the men were confined.", "denied")[1] == "organization"
    assert _speaker("The builder's farm manager, Ana Lopez, denied the men were confined.", "denied")[1] == "organization"


def test_firm_only_role_without_workplace() -> None:
    assert _speaker("The general manager, Omar Haddad, denied the men were confined.", "denied")[1] == "organization"
    assert _speaker("The managing director, Omar Haddad, denied the men were confined.", "denied")[1] == "organization"


def test_other_managers_stay_persons() -> None:
    assert _speaker("The ministry's camp manager, Tom Riley, denied the men were confined.", "denied")[1] == "named_person"
    assert _speaker("The manager, Tom Riley, denied the men were confined.", "denied")[1] == "named_person"


def test_councillor_with_the_unit_before_the_title() -> None:
    got = _speaker("Ward councillor Peter Kasu said villagers had seen the gate padlocked from the outside.", "padlocked")
    assert got == ("Ward councillor Peter Kasu", "official")
    got = _speaker("In Madang, ward councillor Rose Aipa said villagers had seen the gate padlocked from the outside.", "padlocked")
    assert got == ("ward councillor Rose Aipa", "official")
