"""A spokesperson given without the body they speak for takes the kind of the body named just before: a
company's is ``organization``, a state body's ``official``; with no body named before, ``official`` as before.
Companies and bodies are invented for the tests (places are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of

LEAD = "Workers at the plant in Dalian said they were locked in at night. "


def _kind(rest: str) -> str | None:
    src = speakers_of(LEAD + rest)[-1][1]
    return src.kind if src is not None else None


@pytest.mark.parametrize("rest", [
    "We contacted the plant's owner, Haixing Marine Foods; a spokesman said the company pays every worker directly.",
    "We contacted the plant's owner, Haixing Marine Foods. A spokesman said the company pays every worker directly.",
    "We contacted Baylor Seafood Ltd, which runs the plant. A spokeswoman said the doors are never locked.",
])
def test_a_spokesperson_after_a_company_speaks_for_it(rest: str) -> None:
    assert _kind(rest) == "organization"


@pytest.mark.parametrize("rest", [
    "We contacted the labour ministry. A spokesman said inspectors had found no violations.",
    "The company referred questions to the provincial labour bureau. A spokeswoman said the plant was inspected in May.",
    "A spokesman said the company pays every worker directly.",
])
def test_a_spokesperson_after_a_state_body_or_alone_stays_official(rest: str) -> None:
    assert _kind(rest) == "official"
