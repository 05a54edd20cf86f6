"""Probes (session 41, from heldout406's thread): a thread's first post may be headed by the handle and a tag that
gives the post's date ("@kite_9  (original post, 3 May 2026)"); the numbered posts under it are that poster's. Near
miss: a handle followed by a bracket that is no board tag stays unread as a header. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.forum_posts import post_header
from probe_helpers import speaker

THREAD = """Threadline > Harbour Town > Thread

@quay_watcher  (original post, 3 May 2026)
1/ There is a fish plant by the quay near my flat. Every morning a van brings about forty migrant workers from abroad at six.

2/ The workers never walk to the shop alone, a man from the agency always goes with them. The van takes them back after
eleven at night.

Replies

@net_mender
My neighbour works at the gate. He says the workers have not been paid since March and the agency keeps their passports."""


def test_a_dated_tag_heads_the_first_post() -> None:
    wording, kind, _ = speaker(THREAD, "never walk to the shop", {})
    assert wording == "quay_watcher" and kind == "named_person"


def test_other_tags_still_read() -> None:
    assert post_header("@quay_watcher (OP)\nx", True) is not None
    assert post_header("@quay_watcher (thread starter, 3 May)\nx", True) is not None


def test_a_bracket_that_is_no_tag_is_no_header() -> None:
    assert post_header("@quay_watcher (see the photo of the van, left)\nx", True) is None
