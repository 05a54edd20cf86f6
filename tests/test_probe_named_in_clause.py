"""Speakers named in a clause and company people given by "its" and a role.

"The first woman, who now lives in Almaty and asked to be called Dana, said ..." and "Another of the men, who
called himself Lao Wu, said ..." are named people (by the name they gave), not the group they belong to; "Its
Lusaka office manager, Peter Xu" and "Its public relations officer, Grace Mwangi" speak for the firm named before
(``organization``), while a ministry's spokeswoman stays ``official``. Every text is written for this test; people
and firms are fictional (places are real)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speaker  # noqa: E402

META = {"published": "2026-05-02", "language": "en"}
GROUP = ("Two Kazakh women who worked at a glove factory in Anhui say they were sent there by their village "
         "committee and could not refuse.\n\n"
         "The first woman, who now lives in Almaty and asked to be called Dana, said officials came to her house "
         "twice. \"They said my father would lose his pension,\" she said.\n\n"
         "The second woman said the dormitory gate was locked every night at ten.\n\n"
         "Another of the workers, who called himself Lao Wu, said the manager kept the passports in a safe.\n")
FIRMS = ("Workers at the Kafue smelter said two colleagues died after a furnace blast and that wages were withheld "
         "for months.\n\n"
         "Jinsha Nonferrous did not reply to questions. Its Lusaka office manager, Peter Xu, said the deaths were "
         "caused by heart conditions and that no wages were withheld.\n\n"
         "The contractor, Coastline Road and Bridge Engineering, denied the claims. Its public relations officer, "
         "Grace Mwangi, said the camp gate is locked at night for security and that no worker was beaten.\n\n"
         "The labour ministry said it had opened an inquiry. Its spokeswoman, Ruth Phiri, said inspectors found "
         "that wages were withheld for three months.\n")


def _speaker(text: str, frag: str) -> tuple[str | None, str | None, str]:
    return speaker(text, frag, META)


@pytest.mark.parametrize(("frag", "name"), [
    ("officials came to her house", "Dana"),
    ("my father would lose his pension", "Dana"),
    ("kept the passports in a safe", "Lao Wu"),
])
def test_a_name_given_in_a_clause_is_the_speaker(frag: str, name: str) -> None:
    assert _speaker(GROUP, frag)[:2] == (name, "named_person")


def test_the_group_and_its_named_member_are_two_sources() -> None:
    assert _speaker(GROUP, "could not refuse")[2] != _speaker(GROUP, "officials came")[2]


@pytest.mark.parametrize(("frag", "kind"), [
    ("caused by heart conditions", "organization"),
    ("no worker was beaten", "organization"),
    ("inspectors found", "official"),
])
def test_its_role_speaks_for_the_body_named_before(frag: str, kind: str) -> None:
    assert _speaker(FIRMS, frag)[1] == kind


PAPERS = ("North Korean workers at the Jinjiang plant are locked in their dormitory at night, according to a Chinese "
          "worker.\n\n"
          "The Minjiang Evening Post, a state newspaper, reported that the women came voluntarily and are free to go "
          "home.\n\n"
          "The same paper reported in 2024 that more than 2,000 workers from Xinjiang held jobs in the plants, where "
          "dormitories are locked at night.\n\n"
          "The same newspaper said that the workers are paid on time.\n")


@pytest.mark.parametrize("frag", ["more than 2,000 workers", "paid on time"])
def test_the_same_paper_is_the_paper_named_before(frag: str) -> None:
    assert _speaker(PAPERS, frag)[1:] == _speaker(PAPERS, "came voluntarily")[1:]


PROTEST = ("More than 60 Uzbek builders at a housing site in Kazan, Tatarstan, staged a sit-in at the site office on "
           "Monday over what they said were three months of unpaid wages.\n\n"
           "One of the protesters, who identified himself as Bakhtiyor, told the paper that the foreman kept their "
           "passports. \"We cannot even go to the shop,\" he said.\n\n"
           "Residents of the district have raised concerns over the men's treatment, saying the builders are locked "
           "inside the site at night.\n")


@pytest.mark.parametrize(("frag", "wording", "kind"), [
    ("three months of unpaid wages", "More than 60 Uzbek builders at a housing site in Kazan", "anonymous_source"),
    ("foreman kept their passports", "Bakhtiyor", "named_person"),
    ("go to the shop", "Bakhtiyor", "named_person"),
    ("locked inside the site", "Residents of the district", "anonymous_source"),
])
def test_protesters_and_residents_speak(frag: str, wording: str, kind: str) -> None:
    assert _speaker(PROTEST, frag)[:2] == (wording, kind)


@pytest.mark.parametrize(("phrase", "kind"), [
    ("A third, the youngest of the group at 24,", "anonymous_source"),
    ("One of the firms written to, Kestrel Foods,", "organization"),
])
def test_one_of_them_described_or_named(phrase: str, kind: str) -> None:
    text = (GROUP.split("\n\n")[0] + "\n\n" + phrase + " said the foreman beat workers who refused to work at night.\n")
    assert _speaker(text, "beat workers")[1] == kind


def test_a_count_and_a_demonym_are_no_name_for_she() -> None:
    text = ("Two Kazakh women who worked at a glove factory in Anhui say they were sent there and could not refuse.\n\n"
            "\"They said my father would lose his pension,\" she said.\n\n"
            "Three Uyghur men from Kashgar said the dormitory was locked at night and their passports were taken.\n")
    wording, kind, _ = _speaker(text, "lose his pension")
    assert (wording, kind) != ("Two Kazakh", "named_person") and kind == "anonymous_source"


@pytest.mark.parametrize("phrase", ["the consultancy Kianda Advisory", "the independent assessor Brightline Verification",
                                    "Brightline Verification", "a consultancy in Lusaka"])
def test_consultancies_and_assessors_are_organizations(phrase: str) -> None:
    from labourlens.analyse.speakers import classify
    assert classify(phrase) == "organization"


AUDIT = ("Statement on our supplier in Kunshan\n\n"
         "We are aware of a media report alleging that Uyghur workers transferred from Aksu worked at a fabric mill that "
         "supplies two of our garment makers.\n\n"
         "On 3 March we commissioned an unannounced audit by the independent assessor Brightline Verification. Its key "
         "findings were:\n\n"
         "- 41 workers from Xinjiang were employed at the mill on the audit date.\n"
         "- Dormitory doors were not locked and workers could leave the site after their shifts.\n"
         "- 30 of the 41 workers had worked more than 80 overtime hours in February.\n\n"
         "We have suspended new orders pending further review.\n")


@pytest.mark.parametrize("frag", ["41 workers from Xinjiang", "Dormitory doors were not locked", "80 overtime hours"])
def test_its_findings_belong_to_the_body_named_before(frag: str) -> None:
    assert _speaker(AUDIT, frag)[:2] == ("the independent assessor Brightline Verification", "organization")


def test_findings_under_a_lead_in_naming_nobody_stay_the_page_s() -> None:
    text = AUDIT.replace("Its key findings were:", "Key findings:")
    assert _speaker(text, "80 overtime hours")[1] not in ("organization", "document")
