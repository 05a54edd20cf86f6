"""Probes for a first-person account printed under an "As told to" line whose teller names themself in the account's
opening sentences, by a changed name ("My name is not Rehana, but you can call me that.") or a plain one ("Call me
Rehana."), and for the unnamed firm that teller dealt with asking her for money (written for labourlens; people,
firms and outlets are invented)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

META = {"published": "2025-03-01", "language": "en"}

HEAD = ("LAKESIDE DIARIES | Voices\n\n"
        "\"They kept my papers in a drawer\"\n\n"
        "A cleaner from Jinja looks back on a year and a half in a villa in Doha.\n"
        "As told to Beatrice Nankya. Translated from Luganda by Ronald Ssebunya.\n"
        "3 March 2026\n\n")
BODY = ("{opening} I am 31 and I grew up near the lake. A neighbour spoke to me about a bureau in Kampala that finds "
        "cleaning jobs in Qatar.\n\n"
        "The bureau asked me for 2,000,000 shillings as a \"processing charge\". I took a loan from a shopkeeper at "
        "15 percent a month to pay it.\n\n"
        "My employer locked my passport in a drawer on the first night. I cleaned from dawn until "
        "long after the family slept, with no rest day.\n\n"
        "The wage was 800 riyals, not the 1,200 in the offer. Nothing came to me at all for the last three months.\n\n"
        "Editor's note: Lakeside Diaries wrote to the bureau, which did not reply.\n")


def _speakers(opening: str) -> dict[str, tuple[str | None, str | None]]:
    return speakers_by_opening(HEAD + BODY.format(opening=opening), 22, META)


def _account(got: dict[str, tuple[str | None, str | None]]) -> list[tuple[str | None, str | None]]:
    openings = ("My employer locked my", "I cleaned from dawn un", "The wage was 800 riya", "Nothing came to me at",
                "I took a loan from a s")
    return [v for k, v in got.items() if any(k.startswith(o[:18]) for o in openings)]


def test_a_teller_who_gives_a_changed_name_tells_the_account() -> None:
    got = _speakers("My name is not Rehana, but you can call me that.")
    account = _account(got)
    assert account and all(v == ("Rehana", "named_person") for v in account), got


def test_a_teller_who_says_call_me_tells_the_account() -> None:
    got = _speakers("Please call me Rehana; I would rather not give my own name.")
    account = _account(got)
    assert account and all(v == ("Rehana", "named_person") for v in account), got


def test_the_unnamed_firm_asking_the_teller_for_money_is_part_of_her_account() -> None:
    got = _speakers("My real name is not Rehana, but you may call me that.")
    asked = [v for k, v in got.items() if k.startswith("The bureau asked me")]
    assert asked == [("Rehana", "named_person")], got


def test_without_a_self_naming_the_account_stays_the_pages() -> None:
    got = _speakers("It was my aunt who first told me to go.")
    assert all(w != "Rehana" for w, _ in got.values()), got


def test_a_name_for_someone_else_names_no_teller() -> None:
    got = _speakers("My friend's name is Rehana, and she went first.")
    assert all(w != "Rehana" for w, _ in got.values()), got


def test_without_an_as_told_to_line_a_changed_name_gives_no_teller_here() -> None:
    text = (HEAD.replace("As told to Beatrice Nankya. ", "") + BODY.format(
        opening="My name is not Rehana, but you can call me that."))
    got = speakers_by_opening(text, 22, META)
    assert all(w != "Rehana" for w, _ in got.values()), got
