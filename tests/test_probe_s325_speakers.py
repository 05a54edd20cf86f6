"""Probes (s325): speakers without a name of their own. A court's pseudonym for a complainant, one capital letter
three times over ("DDD testified that ..."), is a person (``anonymous_source``), never a body's acronym; "ILO" stays
a body. A transcript's role label that gives the speaker's on-screen name ('WORKER (identified on screen as "Lorna",
...)') is that named person; a role label with no name ('WORKER (34, Batangas):') stays unnamed. A social post whose
time line carries a place and the audience after the network's dots ("2 May 2026 at 20:15 · Pokhara · Public") is in
its author's voice. Texts written for these tests; the people, courts and pages are fictional."""

from __future__ import annotations

from probe_helpers import speaker

META = {"published": "2026-05-02", "language": "en"}

COURT = """Decisions Digest: Regional Trial Court, Branch 9, Iloilo City

Two complainants gave evidence for the prosecution; the ruling calls them DDD and EEE.

DDD testified that the recruiter's men took her passport at the border and kept it for six months.

EEE told the court that all of them were made to work 18 hours a day on a fishing platform.

The ILO said the same network had sent other recruits to the platforms and held their passports there.
"""

TRANSCRIPT = """HARBOUR RADIO - Morning News
Transcript | Broadcast 3 May 2026

[00:10] REPORTER (Ana Lim): The boat docked at dawn with eleven men aboard.

[00:22] WORKER (identified on screen as "Lorna", 31, Batangas): The captain kept our passports and paid us nothing for two years.

[00:40] WORKER (34, Batangas): The mate beat us with a rope when the nets came up empty.
"""

POST = """Kamala Gurung
2 May 2026 at 20:15 · Pokhara · Public

My husband went to Malaysia for a factory job in March. Now the company keeps his passport and he has not been paid for two months.
"""


def test_a_courts_pseudonym_is_a_person() -> None:
    wording, kind, _ = speaker(COURT, "took her passport", META)
    assert wording == "DDD" and kind == "anonymous_source"


def test_an_acronym_of_a_body_stays_a_body() -> None:
    _, kind, _ = speaker(COURT, "other recruits", META)
    assert kind in ("organization", "official")


def test_an_on_screen_name_in_a_role_label_names_the_speaker() -> None:
    wording, kind, _ = speaker(TRANSCRIPT, "kept our passports", META)
    assert wording == "Lorna" and kind == "named_person"


def test_a_role_label_without_a_name_stays_unnamed() -> None:
    _, kind, _ = speaker(TRANSCRIPT, "beat us with a rope", META)
    assert kind == "anonymous_source"


def test_a_posts_time_line_with_place_and_audience_gives_the_authors_voice() -> None:
    wording, kind, _ = speaker(POST, "keeps his passport", META)
    assert kind == "named_person" and "Kamala Gurung" in (wording or "")
