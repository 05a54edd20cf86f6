"""A network's share and reply lines (study s346): "↻ @handle reposted · 3 May", "@handle reposted with comment · 2h"
and "@handle replied · 4 May" head a post in that handle's own voice, a ``named_person``; a line that only mentions a
handle heads nothing. Every text is invented for this test (handles, people and firms fictional, places real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}

THREAD = """@kiln_notes · Thread · 2 May 2026

1/ Met four brick workers from Bhaktapur today. The kiln owner holds their citizenship cards and they have not been paid since March.

---

↻ @valley_rights reposted · 2 May
"Cards held. Two months unpaid." The owner also beat one of the men, we hear.

↻ @himal_daily reposted with comment · 3 May
Forty workers locked in at night at a kiln near Bhaktapur, per @kiln_notes. This happens every season.
"""


def _speaker(a, key: str):  # noqa: ANN001, ANN202 - a small helper over the analysis
    c = next(c for c in a.claims if key in c.text)
    return a.source(c.source)


def test_repost_line_heads_the_handles_post() -> None:
    a = analyse(THREAD, META)
    src = _speaker(a, "beat one of the men")
    assert src is not None and src.kind == "named_person" and "valley_rights" in (src.canonical or "")


def test_repost_with_comment_heads_the_handles_post() -> None:
    a = analyse(THREAD, META)
    src = _speaker(a, "locked in at night")
    assert src is not None and src.kind == "named_person" and "himal_daily" in (src.canonical or "")


def test_handle_mentioned_in_a_sentence_heads_nothing() -> None:
    from labourlens.analyse.forum_posts import post_header
    assert post_header("Forty workers were locked in, as @kiln_notes reposted · in May.") is None
