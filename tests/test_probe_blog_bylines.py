"""Probes: a blog's byline with a full name and a role after a comma ("Posted by Marta Kovalenko, lawyer, ...") is the
page's author, not a forum poster who speaks every sentence; a court named before and met again as "the court" is a
body, never the "He" of a person. Texts written for these tests; people, firms and courts are fictional."""

from __future__ import annotations

from probe_helpers import speaker

BLOG = """Notes from a labour lawyer

Posted by Marta Kovalenko, lawyer, Open Door legal clinic

Last month the Leninsky District Court of Omsk ruled in favour of my client, a welder from Tajikistan who was not paid for a year.

The judgment finds that the employer kept the workers' passports and paid them for only four months of twelve. The court also found that the men were housed in a container without heating.

I will post an update.
"""


def test_byline_with_role_is_no_forum_poster() -> None:
    wording, kind, key = speaker(BLOG, "The judgment finds")
    assert kind == "document"
    _, _, key2 = speaker(BLOG, "I will post")
    assert key2 == "OUTLET"


def test_forum_poster_by_handle_still_speaks() -> None:
    text = ("Migrant forum: who has worked at Kestrel Timber?\n\nPosted by taiga_welder\n\nThey kept my passport for "
            "six months and paid me half of what was promised. The foreman said we could not leave before the winter.\n")
    wording, kind, _ = speaker(text, "They kept my passport")
    assert wording == "taiga_welder"
