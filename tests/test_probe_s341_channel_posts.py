"""A messaging channel's page of posts (study s341): a post headed "Forwarded message from <handle>:" or by the poster's
handle alone on its line with a colon ("dock_rat_7:") is that poster's, a ``named_person`` worded by the handle; the
channel's time stamps and view counts end each post, so the admins' update below a post stays the channel's own.
Every text is invented (channels, handles and people fictional, places real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}

TEXT = """Dala Jumyshy | Uzbek workers in Kazakhstan
Channel · 9,310 subscribers

[Pinned] Admins
We are collecting messages about the melon farms near Turkestan. Send yours in private.
👁 4.1K

3 Sep 2026, 19:02
Forwarded message from bek_sayram:
We arrived from Jizzakh in June, thirty of us. The brigade leader keeps all our passports in his jeep. Nobody has been paid since the end of July.
👁 3.3K

3 Sep 2026, 19:40
dilya_77:
My husband is on the same farm. They pick from dawn until ten at night, with no day off.
👁 2.9K

4 Sep 2026, 09:10
Admins
Update. A lawyer in Shymkent has agreed to look at the case for free.
👁 3.8K
"""


def _speaker(a, key: str):  # noqa: ANN001, ANN202 - a small helper over the analysis
    c = next(c for c in a.claims if key in c.text)
    return a.source(c.source)


def test_forwarded_message_is_the_handles() -> None:
    a = analyse(TEXT, META)
    for key in ("keeps all our passports", "Nobody has been paid"):
        src = _speaker(a, key)
        assert src is not None and src.canonical == "bek_sayram" and src.kind == "named_person"


def test_handle_with_colon_heads_its_post() -> None:
    a = analyse(TEXT, META)
    src = _speaker(a, "from dawn until ten")
    assert src is not None and src.canonical == "dilya_77"


def test_admins_update_after_a_view_count_is_not_the_last_posters() -> None:
    a = analyse(TEXT, META)
    for c in a.claims:
        if "lawyer in Shymkent" in c.text:
            src = a.source(c.source)
            assert src is None or src.canonical != "dilya_77"
