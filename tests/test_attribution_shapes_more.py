"""More sentence shapes that name a speaker: "As one former cook put it, ...", a finding "documented in a
2021 report by ...", people "briefed on" or "acquainted with" a matter, and a long qualified speaker after a
quote (all texts fictional, written for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.mentions import find_mention


@pytest.mark.parametrize("text, speaker", [
    ('As one former seamstress put it, "we sewed until our eyes failed."', "one former seamstress"),
    ("As the crane operator put it, the crews were never paid on time.", "the crane operator"),
    ("As Nadia Falk told reporters, the women were never allowed out.", "Nadia Falk"),
    ("Just as the second source said, the men ate only rice.", "the second source"),
])
def test_as_someone_put_it(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("text", [
    "As expected, the workers were paid late.",
    "As a result, the men slept in the workshop.",
    "As the season ended, the crews were sent home.",
])
def test_as_without_a_speaker(text: str) -> None:
    assert find_mention(text) is None


@pytest.mark.parametrize("text, speaker", [
    ("Such beatings were documented in a 2020 report by the monitoring group Tide Watch.",
     "a 2020 report by the monitoring group Tide Watch"),
    ("The debts were first described in an audit commissioned by the buyer.", "an audit commissioned by the buyer"),
    ("The night shifts are detailed in the court filing.", "the court filing"),
])
def test_described_in_a_document(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("text", [
    "The men were housed in a dormitory behind the plant.",
    "The women were described in the report as exhausted.",
])
def test_in_a_place_is_no_document(text: str) -> None:
    m = find_mention(text)
    assert m is None or m.wording in ("the report",)


@pytest.mark.parametrize("text, speaker", [
    ("Two people briefed on the inquiry said the passports were held by the agent.",
     "Two people briefed on the inquiry"),
    ("A diplomat acquainted with the case said the men were unpaid.", "A diplomat acquainted with the case"),
    ("Officials briefed on the talks said 400 more builders would be sent.", "Officials briefed on the talks"),
])
def test_people_briefed_on_a_matter(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


def test_long_qualified_speaker_after_a_quote_keeps_the_quote() -> None:
    text = ('"The crews are locked in at night," said one person with knowledge of the matter. '
            '"They are paid once a year."')
    (_, first), (_, second) = speakers_of(text)
    assert first is not None and first.wording == "one person with knowledge of the matter"
    assert second is not None and second.key == first.key


@pytest.mark.parametrize("first, later", [
    ("Dr. Ines Marr, who examined the women, said many were underfed.", "The doctor"),
    ("Prof. Ilya Gorev said the builders earned $400 a month.", "The professor"),
    ("Rep. Dana Holt said the agency had briefed her on the crews.", "The lawmaker"),
    ("Sen. Omar Reyes said the visas had been forged.", "The senator"),
])
def test_a_title_stands_for_the_role_named_later(first: str, later: str) -> None:
    (_, a), (_, b) = speakers_of(f"{first} {later} added that two men had untreated injuries.")
    assert a is not None and b is not None and a.key == b.key


@pytest.mark.parametrize("label", ["Kim Hyang-mi", "Kim", "Mrs. Kim"])
def test_a_mixed_case_name_label_speaks_to_the_end_of_its_line(label: str) -> None:
    text = (f"NK Voice: You worked in Dandong. What was the factory like?\n"
            f"{label}: There were 300 of us. We slept in bunk beds, twelve to a room.\n"
            f"NK Voice: Did you have a phone?\n"
            f"{label}: No. Phones were forbidden.")
    spoken = [(sent, src) for sent, src in speakers_of(text) if src is not None]
    assert [sent.split()[0].rstrip(":") for sent, _ in spoken] == [label.split()[0], "We", label.split()[0]]
    assert len({src.key for _, src in spoken}) == 1


@pytest.mark.parametrize("text, speaker", [
    ("Update: The company denied the claims on Friday.", "The company"),
    ("UPDATE: The ministry said the welders had been sent home.", "The ministry"),
    ("Correction: The agency said 40 workers, not 400, had left.", "The agency"),
])
def test_an_update_label_is_not_part_of_the_speaker(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


def test_the_men_after_a_group_of_workers_is_that_group() -> None:
    text = ("Dozens of plasterers were locked in cabins at night, four former workers said. "
            "The men said their passports were collected by a foreman on arrival.")
    (_, group), (_, men) = speakers_of(text)
    assert group is not None and men is not None and group.key == men.key


def test_the_workers_after_sources_are_new_people() -> None:
    text = "Two sources said the plant employs 300 seamstresses. The women said they were locked in."
    (_, sources), (_, women) = speakers_of(text)
    assert sources is not None and women is not None and sources.key != women.key
