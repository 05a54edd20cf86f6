"""A line opened by a source's label and a colon ("Second source (trader, Yanji): ...", "3/4 Another source
(driver in Hunchun): ...") is that source's; a credit line ("Source: Harbour Post") is not. Every text is
written for this test; outlets and people are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
H = "Levy on workers in Hunchun\nNorth Korean workers at Hunchun plants were ordered to pay a new levy.\n\n"


def _who(text: str, part: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    claim = next(c for c in a.claims if part in c.text)
    src = a.source(claim.source)
    return (src.wording if src else None), (src.kind if src else None)


@pytest.mark.parametrize("line,part,head", [
    ("3/4 Second source (trader, Yanji): North Korean women at one garment plant have not been let out since "
     "spring.", "not been let out", "Second source"),
    ("Another source (driver in Hunchun): the North Korean workers are driven to the plant before dawn and locked "
     "in at night.", "locked", "Another source"),
    ("First informant: the North Korean welders hand all their wages to the team leader.", "hand all their wages",
     "First informant"),
    ("Source 2: the North Korean women have not been paid since March.", "not been paid", "Source 2"),
])
def test_a_labelled_source_line(line: str, part: str, head: str) -> None:
    who, kind = _who(H + line, part)
    assert (who or "").startswith(head) and kind == "anonymous_source", (who, kind)


def test_a_credit_line_is_no_source() -> None:
    text = H + "Source: Harbour Post\n\nThe North Korean women have not been paid since March."
    who, kind = _who(text, "not been paid")
    assert kind in (None, "outlet") or (who or "") != "Source", (who, kind)
