"""Probes: a bulleted list whose items end with semicolons (an official release's findings) is body text, not a run
of headings; "The inspection established the following:" gives its items to the inspection; an inspection a state
body carried out speaks as that body (``official``), and "the ministry" after it is another source. Texts written for
these tests; bodies and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split
from probe_helpers import META

RELEASE = """Press centre / News / 4 August 2025

On reports about foreign workers at a poultry farm in Kostanay region

The Labour Ministry has studied posts on social networks claiming that citizens of Tajikistan are held against their will at a poultry farm near Kostanay.

On 2 August an inspection by the State Labour Inspectorate and the regional police was carried out at the farm. The inspection established the following:

- 41 citizens of Tajikistan work at the farm under written employment contracts;

- wages are paid to bank cards every two weeks, with no arrears;

- no facts of passports being withheld by the employer were found;

- the workers are free to leave the farm after their shifts.

The ministry notes that the information spread on social networks about "forced labour" at the farm does not correspond to reality.
"""


def test_semicolon_bullets_are_body_text() -> None:
    kinds = {s.text[:12]: s.kind for s in split(RELEASE)}
    assert kinds["- 41 citizen"] == "body"
    assert kinds["- wages are "] == "body"
    # negative control: a short line without a list mark or a semicolon stays a heading
    assert kinds["On reports a"] == "headline"


def test_inspection_items_speak_as_the_inspecting_body() -> None:
    a = analyse(RELEASE, META)
    items = [c for c in a.claims if c.text.startswith("- ")]
    assert len(items) >= 3
    srcs = {a.source(c.source).key for c in items}  # type: ignore[union-attr]
    assert len(srcs) == 1
    src = a.source(items[0].source)
    assert src is not None and src.kind == "official" and "inspection" in (src.wording or "").lower()
    ministry = next(c for c in a.claims if c.text.startswith("The ministry notes"))
    assert ministry.source != items[0].source


def test_inspection_by_a_firm_stays_a_document() -> None:
    text = ("Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"
            "In May an audit by Northgate Assurance Ltd was carried out at the yard. The audit found that passports "
            "were kept in the office safe.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "office safe" in c.text)
    src = a.source(c.source)
    assert src is not None and src.kind != "official"


def test_lead_in_with_a_full_stop_leaves_the_prose_alone() -> None:
    text = RELEASE.replace("The inspection established the following:", "The inspection established the following.")
    a = analyse(text, META)
    lead = [c for c in a.claims if c.text.startswith("The inspection established")]
    assert not lead or a.source(lead[0].source) is None or a.source(lead[0].source).kind != "document"  # type: ignore[union-attr]
