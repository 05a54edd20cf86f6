"""Kinds of speakers given by a firm's name, a role in a workers' body or a regional department (probe study297):

- a firm named for the metal or goods it works ("Kestrel Nickel", "Ardent Light Alloys", "Corvan Polysilicon"), and
  its office somewhere, speaks as an ``organization``, not a person;
- a person given with a role in a union or federation of a compound trade ("a regional officer of a steelworkers'
  federation") speaks as a person (``named_person``), like the leaders of other workers' bodies;
- a deputy director of a region's department ("... of the personnel and pensions department of the Perm
  Krai") speaks for the state (``official``): the region after "of" is a place, not a firm;
- a fronted occasion ("At a weekly news conference in Perm, ") is not part of the speaker;
- "the defendant" of a case named "X v. Y d.o.o." (a firm's legal form of another country) is the firm;
- a correspondent's line that opens with a firm by its own name ("JANE: Kestrel Nickel's office in Lae said ...")
  is the firm's statement, not the correspondent's account;
- a firm named with an acronym inside its name ("Golden Sands EPZ Development") is found whole, so "it" after it is
  that firm.

Every text is written for this test; people, firms and groups are fictional (places are real)."""

from __future__ import annotations

import pytest
from tests.probe_helpers import claim_rows

from labourlens.analyse.speakers import classify

LEAD = "Migrant welders at a smelter near Lae described their conditions.\n\n"


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    row = next(r for r in claim_rows(text) if words in r[0])
    return row[2], row[3]


@pytest.mark.parametrize("wording", [
    "Kestrel Nickel", "Ardent Light Alloys", "Corvan Polysilicon", "Kestrel Nickel's office in Lae",
])
def test_firm_named_for_its_metal_is_an_organization(wording: str) -> None:
    assert classify(wording) == "organization"


def test_officer_of_a_compound_trade_federation_is_a_person() -> None:
    assert classify("Dewi Lestari, who sits on the board of a Javanese steelworkers' federation") == "named_person"


def test_regional_department_deputy_is_official() -> None:
    assert classify("Ivan Sorokin, deputy director of the personnel and pensions department of the Perm Krai") == "official"
    assert classify("Ivan Sorokin, deputy director of the personnel and pensions department of Kestrel Foods") == "organization"


def test_fronted_press_conference_is_not_the_speaker() -> None:
    text = LEAD + ("At a weekly news conference in Perm, Ivan Sorokin, deputy director of the labour and social "
                   "security department of the Perm Krai, said inspectors had found 40 welders whose passports were kept by "
                   "their employers.\n")
    wording, kind = _speaker(text, "passports were kept by")
    assert kind == "official" and (wording or "").startswith("Ivan Sorokin")


def test_defendant_of_a_case_against_a_foreign_firm_is_the_firm() -> None:
    text = ("Okoro and 12 others v. Kestrel Gradnja d.o.o.\nSummary of a judgment of the labour court in Novi Sad\n\n"
            "The 13 claimants are Nigerian welders who worked on a bridge site near Novi Sad in 2024.\n\n"
            "The claimants said the site manager kept every passport for the whole contract.\n\n"
            "The defendant denied keeping any passport against a worker's will, saying the foreman only "
            "looked after them.\n")
    assert _speaker(text, "denied keeping any passport") == ("The defendant", "organization")


def test_correspondent_line_opening_on_a_named_firm_is_the_firms() -> None:
    text = ("HARBOUR WEEK - a podcast about work at sea\n\n"
            "[02:10] ANNA BERG: Tomas Ek reports from Lae.\n\n"
            "[02:20] TOMAS EK: The welders sleep in a wired compound away from the Papuan staff.\n\n"
            "[03:00] TOMAS EK: Kestrel Nickel's office in Lae said the two welders had walked off the site "
            "and that no wages were owed to them.\n")
    wording, kind = _speaker(text, "no wages were owed")
    assert kind == "organization" and (wording or "").startswith("Kestrel Nickel")


def test_firm_with_an_acronym_inside_its_name_is_it() -> None:
    text = LEAD + ("We sent the loggers' account to the estate's management firm, Golden Sands EPZ Development. "
                   "In a letter it "
                   "said its staff had at no time kept any worker's passport and that no worker was confined.\n")
    wording, kind = _speaker(text, "kept any worker's passport")
    assert kind == "organization" and (wording or "").startswith("Golden Sands EPZ Development")
