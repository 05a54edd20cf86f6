"""A body first called by description in a report is worded by its proper name once the report names it
(labourlens.analyse.body_names); people's roles keep their wording."""

from __future__ import annotations

import pytest

from labourlens.analyse.body_names import named_bodies
from labourlens.analyse.pipeline import analyse
from labourlens.model import Source


def _source(text: str, phrases: list[str], kind: str = "official") -> Source:
    spans = []
    at = 0
    for p in phrases:
        start = text.index(p, at)
        spans.append((start, start + len(p)))
        at = start + len(p)
    return Source(key="S1", wording=phrases[0], kind=kind, canonical=phrases[0], spans=spans)


@pytest.mark.parametrize(("text", "phrases", "kind", "expected"), [
    ("Norway's labour watchdog said so. The Norwegian Labour Inspection Authority said more.",
     ["Norway's labour watchdog", "The Norwegian Labour Inspection Authority"], "official",
     "The Norwegian Labour Inspection Authority"),
    ("the country's migration office said so. The Federal Migration Office (FMO) said the same. The office added.",
     ["the country's migration office", "The Federal Migration Office (FMO)", "The office"], "official",
     "The Federal Migration Office"),
    ("a rights group said so. Later, Harbour Watch International said it again.",
     ["a rights group", "Harbour Watch International"], "organization", "Harbour Watch International"),
    ("the contractor said so. The contractor said it. Baltic Rivet Works said more.",
     ["the contractor", "The contractor", "Baltic Rivet Works"], "organization", "Baltic Rivet Works"),
])
def test_description_gives_way_to_the_proper_name(text: str, phrases: list[str], kind: str, expected: str) -> None:
    src = _source(text, phrases, kind)
    named_bodies(text, [src])
    assert src.wording == expected


@pytest.mark.parametrize(("text", "phrases", "kind"), [
    # a person's role is not replaced by the body's name
    ("the lawmaker said so. The Foreign Affairs Committee said more.",
     ["the lawmaker", "The Foreign Affairs Committee"], "official"),
    ("a ministry spokeswoman said so. The Ministry of Manpower said more.",
     ["a ministry spokeswoman", "The Ministry of Manpower"], "official"),
    # already a proper name
    ("The Port Authority of Gdynia said so. The Maritime Office said more.",
     ["The Port Authority of Gdynia", "The Maritime Office"], "official"),
    # later mentions that are no proper names: an acronym, a description, a name with an apposition
    ("the agency said so. The NIS said more. The agency added.", ["the agency", "The NIS", "The agency"], "official"),
    ("the firm said so. Its owner, Ivan Petrov, said more.", ["the firm", "Its owner, Ivan Petrov"], "organization"),
    # people and anonymous sources are never renamed
    ("a source said so. Kim Dong-ho said more.", ["a source", "Kim Dong-ho"], "anonymous_source"),
])
def test_roles_names_and_people_keep_their_wording(text: str, phrases: list[str], kind: str) -> None:
    src = _source(text, phrases, kind)
    named_bodies(text, [src])
    assert src.wording == phrases[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("WARSAW, June 9 -- Forty Nepali drivers at a depot near Poznan had their wages withheld for months, the "
     "country's labour inspectorate said on Friday.\n\nThe State Labour Inspectorate said the drivers lived in a "
     "locked yard behind the depot.\n", "The State Labour Inspectorate"),
    ("PRETORIA, Aug 2 -- More than thirty Malawian farmhands on a citrus estate in Limpopo were not paid for four "
     "months, South Africa's labour department said on Monday.\n\nThe Department of Employment and Labour said "
     "inspectors found the workers sleeping in a packing shed.\n\nThe department said the estate's owner had kept "
     "their identity documents.\n", "The Department of Employment and Labour"),
    ("TOKYO, Feb 14 -- Indonesian trainees at a fish plant in Miyagi had their passports held by their employer, "
     "Japan's immigration agency said on Wednesday.\n\nThe Immigration Services Agency (ISA) said the trainees "
     "were charged fees of up to 900,000 yen before arriving.\n", "The Immigration Services Agency"),
])
def test_wire_reports_name_the_body(text: str, expected: str) -> None:
    a = analyse(text)
    speakers = {a.source(c.source).wording for c in a.claims if a.source(c.source) is not None}
    assert speakers == {expected}
