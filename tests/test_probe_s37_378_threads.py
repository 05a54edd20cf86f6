"""A thread headed by the poster's display name and the handle in brackets, and the replies under it (a study of s37
on a held-out set; every text here is written for this test, with fictional people and groups). The thread's numbered
posts are the poster's, named by the display name; a reply whose line opens "Replying to @x:" is the reply's poster's,
not a person called "Replying to"; and a handle run together from a body's name ("...Helpline", "...Desk") is that
body's. Near misses: a handle ending in "Watch" stays a person's, and a header with no handle is no post header."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

THREAD = ("{header}\n\n"
          "1/ The recruiter on our street kept the passports of three cooks and paid them nothing for five months. "
          "The cooks sleep in a storeroom.\n\n"
          "2/ She is safe with her sister now.\n\n"
          "Replies\n\n"
          "{handle} \u00b7 4 Jun\n"
          "Replying to @ruth_okoro: We have logged 12 calls about the same recruiter since March. It is believed that "
          "he works with a bus company.\n")


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    a = analyse(text, {})
    out = {}
    for c in a.claims:
        src = a.source(c.source)
        if src is not None:
            out[c.text[:12]] = (src.wording, src.kind)
    return out


def test_bracketed_handle_header_names_the_poster() -> None:
    got = _speakers(THREAD.format(header="Thread by Ruth Okoro (@ruth_okoro) \u00b7 3 Jun 2026", handle="@kwame_a"))
    assert got.get("The cooks sl") == ("Ruth Okoro", "named_person"), got


@pytest.mark.parametrize(("handle", "kind"), [
    ("@TemaWorkersHelpline", "organization"),
    ("@AccraLabourDesk", "organization"),
    ("@kwame_a", "named_person"),
    ("@HarbourWatch", "named_person"),
])
def test_replying_to_line_is_the_repliers(handle: str, kind: str) -> None:
    got = _speakers(THREAD.format(header="Thread by Ruth Okoro (@ruth_okoro) \u00b7 3 Jun 2026", handle=handle))
    wording, got_kind = got.get("It is believ", (None, ""))
    assert wording is not None and wording != "Replying to" and handle.lstrip("@") in wording, got
    assert got_kind == kind, got


def test_header_without_a_handle_is_no_post_header() -> None:
    got = _speakers(THREAD.format(header="A thread by Ruth Okoro \u00b7 3 Jun 2026", handle="@kwame_a"))
    assert got.get("The cooks sl", (None, ""))[0] != "Ruth Okoro", got
