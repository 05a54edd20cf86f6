"""Probes (session 40, from heldout400's speaker misses): a body first worded by a description ("a Hanoi-based
charity said ...", "according to a local union") and named in apposition right after one of its mentions ("according
to the charity, the Mekong Crew Alliance.", "a local union, the Southern Sea Fishers' Union.") speaks under that
name. Near misses: a person's name in the apposition renames nothing, and a body already worded by its own name keeps
it. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker

_STORY = """Harbour Daily

Workers on mussel farms near Tongyeong pay brokers up to 2 million won apiece for a seasonal place, according to a local union, the Southern Sea Fishers' Union.

Twelve Vietnamese deckhands were kept aboard a trawler near Yeosu for a month without pay, a Hanoi-based charity said on Monday.

The deckhands could not leave the boat until the catch was sold, according to the charity, the Mekong Crew Alliance. It said the men were owed 40 million won in wages.
"""

_PERSON = _STORY.replace("according to a local union, the Southern Sea Fishers' Union.",
                         "according to a local union, Kwon Ji-ho, who spoke by phone.")

_META = {"published": "2026-03-04", "language": "en", "outlet": "Harbour Daily"}


def test_a_described_body_takes_its_apposed_name() -> None:
    assert speaker(_STORY, "pay brokers up to", _META)[:2] == ("the Southern Sea Fishers' Union", "organization")
    assert speaker(_STORY, "kept aboard a trawler", _META)[:2] == ("the Mekong Crew Alliance", "organization")
    assert speaker(_STORY, "owed 40 million won", _META)[0] == "the Mekong Crew Alliance"


def test_a_persons_name_renames_no_body() -> None:
    assert speaker(_PERSON, "pay brokers up to", _META)[0] != "Kwon Ji-ho"
