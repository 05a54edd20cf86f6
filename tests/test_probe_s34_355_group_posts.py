"""A help group's post and its comments on a social network (study s355): the post under its admin with the date and
the audience ("Admin (Ana Reyes) · 4 March 2026 · Public") is the admin's; a comment under a firm's page named with
its legal form ("PT Sinar Bahari Official", "CV Laut Jaya") above the network's footer ("Like · Reply · 3h") is that
firm's, not the commenter's above it. A news byline with a plain date stays the page's. Every text is invented (firms
and people fictional, places real)."""

from __future__ import annotations

from attribution_helpers import claim_speakers

META = {"published": "2026-03-04", "language": "en"}

THREAD = """Cebu Seafarers Mutual Aid
Public group · 3.1K members

{head}

Please share. Nine Filipino crew on a longliner in Suva have messaged us. The captain holds their passports and no wages have reached them since October.

Comments

Liza Santos
My husband is on that boat. He says they work twenty hours a day and the bosun beats them.
Like · Reply · 5h

{firm}
Our firm recruited this crew. Every fisher gets full wages each month and nobody is held on board.
Like · Reply · 4h
"""


def _speaker(got: dict[str, tuple[str | None, str]], start: str) -> tuple[str | None, str]:
    return next(v for k, v in got.items() if k.startswith(start))


def test_admin_post_and_firm_comment() -> None:
    got = claim_speakers(THREAD.format(head="Admin (Ana Reyes) · 4 March 2026 · Public",
                                       firm="PT Sinar Bahari Official"), META)
    assert _speaker(got, "The captain holds") == ("Admin (Ana Reyes)", "named_person")
    assert _speaker(got, "Every fisher gets") == ("PT Sinar Bahari Official", "organization")


def test_firm_page_under_legal_form() -> None:
    got = claim_speakers(THREAD.format(head="Admin (Ana Reyes) · 4 March 2026 · Public", firm="CV Laut Jaya"), META)
    assert _speaker(got, "Every fisher gets")[0] == "CV Laut Jaya"


def test_plain_dated_byline_stays_the_page() -> None:
    text = ("The Harbour Post\n\nAna Reyes · 4 March 2026\n\nNine Filipino crew on a longliner in Suva say their "
            "passports were taken by the captain and that no wages have reached them since October.\n")
    got = claim_speakers(text, META)
    assert _speaker(got, "Nine Filipino crew")[0] != "Ana Reyes"
