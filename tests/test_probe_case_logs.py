"""Case logs and threads whose entries carry their own voices (probe study297):

- a helpline's case log gives each caller in turn as "The caller, a <description>, says ...": every such caller is
  a person of their own, not the caller met before, and "She says" in the entry is that caller's;
- a log entry's field label ("Action: caller sent to legal aid", "Referral: union") is no speaker's name;
- a forum thread whose posts open under a line holding only the poster's handle and the day and time of posting
  in brackets ("dune_runner (14 May, 09:31)") gives each post to its poster.

Every text is written for this test; people, groups and firms are fictional (places are real)."""

from __future__ import annotations

from tests.probe_helpers import claim_rows

LOG = """NORTHLINE WORKER SUPPORT
Helpline case log, spring 2025 (names withheld)

CASE 2025-0101 | Poland, Gdansk | shipyard
The caller, a 38-year-old welder from Lviv, says his employer has kept his passport since February.
He says he works 14-hour shifts with no day off.
Action: referred to a union lawyer in Gdansk.

CASE 2025-0102 | Italy, Foggia | tomato farm
The caller, a cook whose brother picks tomatoes near Foggia, says her brother has not been paid for four months.
She says the gangmaster has threatened to report him to the police.
Action: advice on reporting sent.

CASE 2025-0103 | Spain, Almeria | greenhouse
The caller, a 27-year-old picker from Morocco, says the farm owner locks the workers' hut at night.
She says the pickers sleep nine to a room.
Action: case passed to a labour inspector.
"""


def _rows(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {t[:25]: (key, wording, kind) for t, key, wording, kind in claim_rows(text)}


def test_each_caller_is_a_person_of_their_own() -> None:
    rows = _rows(LOG)
    first = rows["The caller, a 38-year-old"]
    second = rows["The caller, a cook whose "]
    third = rows["The caller, a 27-year-old"]
    assert len({first[0], second[0], third[0]}) == 3
    assert all(r[2] == "anonymous_source" for r in (first, second, third))
    assert "cook whose brother" in (second[1] or "") and "picker from Morocco" in (third[1] or "")


def test_pronoun_in_an_entry_is_its_caller() -> None:
    rows = _rows(LOG)
    assert rows["He says he works 14-hour "][0] == rows["The caller, a 38-year-old"][0]
    assert rows["She says the gangmaster h"][0] == rows["The caller, a cook whose "][0]
    assert rows["She says the pickers slee"][0] == rows["The caller, a 27-year-old"][0]


def test_a_field_label_names_nobody() -> None:
    for _, _, wording, _ in claim_rows(LOG):
        assert wording not in ("Action", "Status")


def test_the_same_description_is_the_same_caller() -> None:
    text = LOG + ("\nFOLLOW-UP\nThe caller, a 38-year-old welder from Lviv, says he was paid for March in the end.\n")
    rows = _rows(text)
    assert rows["The caller, a 38-year-old welder from Lviv, says he was paid"[:25]][0] == \
        rows["The caller, a 38-year-old"][0]


THREAD = """Migrant Voices Digest
Threads translated from a Romanian workers' forum

Harvest camps in Lincolnshire: a thread from the forum Muncitori Acasa, 2 to 4 June 2025. Usernames unchanged.

dune_runner (2 June, 21:05)
The gangmaster still has my passport. The contract said 11 pounds an hour but we get 7.

CarpathianPicker (3 June, 07:40)
Same on our farm. We work 13 hours a day and nobody may leave the caravan site after dark.

dune_runner (3 June, 08:12)
Last week a man who asked for his wages was pushed to the ground by the supervisor.
"""


def test_thread_posts_under_handle_and_time_lines() -> None:
    rows = _rows(THREAD)
    card = rows["The gangmaster still has "]
    assert card[1:] == ("dune_runner", "named_person")
    assert rows["The contract said 11 poun"][0] == card[0]  # the paper the poster cites is the poster's account
    assert rows["We work 13 hours a day an"][1:] == ("CarpathianPicker", "named_person")
    assert rows["Last week a man who asked"][0] == card[0]


def test_a_case_that_opens_without_a_verb_of_saying_is_its_callers() -> None:
    text = LOG.replace(
        "The caller, a 27-year-old picker from Morocco, says the farm owner locks the workers' hut at night.",
        "The caller, a 27-year-old picker from Morocco, was hired for a packing job in Madrid at 1,500 euros a month "
        "and was taken to a greenhouse near Almeria instead.").replace(
        "She says the pickers sleep nine to a room.",
        "She says the pickers sleep nine to a room.\nAccording to her, a foreman allegedly struck a picker.")
    rows = _rows(text)
    third = rows["The caller, a 27-year-old"]
    assert third[1:] == ("The caller, a 27-year-old picker from Morocco", "anonymous_source")
    assert rows["She says the pickers slee"][0] == third[0]
    assert rows["According to her, a forem"][0] == third[0]
    assert third[0] != rows["The caller, a cook whose "][0]
