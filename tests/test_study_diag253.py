"""Study of heldout253: two shapes of a post's header line.

- a board's reply headed by the poster's handle alone after "Reply by" / "Comment by" (with a date after a dash,
  or a colon): the lines under it are that poster's, not the previous poster's; a person's name there is a byline
  and a body's name is no handle;
- a network's post headed by a quoted screen name with the poster's own name in brackets: the post is the
  named poster's, in the first person.

Texts written for these tests; names, firms and figures are invented (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.forum_posts import post_header
from labourlens.analyse.pipeline import analyse
from labourlens.model import Source


def _claims(text: str) -> list[tuple[str, Source]]:
    a = analyse(text, {"published": "2025-08-01", "language": "en"})
    src = {s.key: s for s in a.sources}
    return [(c.text, src[c.source]) for c in a.claims]


@pytest.mark.parametrize(("line", "user"), [
    ("Reply by rebar_kofi \u2014 2 Jun", "rebar_kofi"),
    ("Comment by Tala.Sews:", "Tala.Sews"),
    ("Response by marta_88 | 14 Feb 2025", "marta_88"),
    ('Post by "Rainy Harbour" (Amara Fofanah), 19 July', "Amara Fofanah"),
    ('Status from "nurse_lin" (Lindiwe Dube) \u00b7 4 March', "Lindiwe Dube"),
])
def test_reply_and_bracketed_name_headers(line: str, user: str) -> None:
    found = post_header(line)
    assert found is not None and found[0] == user


@pytest.mark.parametrize("line", [
    "Reply by Maria Gonzalez",  # a byline
    "Comment by the labour ministry",  # a body's reply in a report
    "Response by ILO:",  # a body's answer, no handle
    "Reply by rebar_kofi and two others agreed with him",  # a sentence, not a header line
    "Post by Amara Fofanah, 19 July",  # a plain name with a date: a byline
])
def test_controls_are_no_header(line: str) -> None:
    assert post_header(line) is None


BOARD = """Welders Abroad board > Middle East > Qatar

Thread: Salary held back at the Lusail camp?

Posted by rebar_kofi \u2014 2 Jun
My agent in Accra promised 2,400 riyals. We get 900 and the rest is held until the end of the contract.

Reply by sandwelder_21 \u2014 2 Jun
Same at our yard in Mesaieed. The camp boss keeps our ID cards in a locked drawer.

Reply by quietfitter \u2014 3 Jun
Our firm never held anyone's papers, we keep our own cards.
"""


def test_each_reply_is_its_posters() -> None:
    by_text = {t: s.wording for t, s in _claims(BOARD)}
    kept = next(w for t, w in by_text.items() if "locked drawer" in t)
    own = next(w for t, w in by_text.items() if "own cards" in t or "never held" in t)
    assert kept == "sandwelder_21"
    assert own == "quietfitter"


POST = """Shared posts from our members

Post by "Rainy Harbour" (Amara Fofanah), 19 July

My son left Freetown in January for a farm job in Oman. The employer holds his passport and pays him nothing until the season ends. He works every day from dawn and he has no phone of his own.

Like \u00b7 Comment \u00b7 Share
"""


def test_bracketed_name_post_is_the_posters() -> None:
    held = [s for t, s in _claims(POST) if "passport" in t]
    assert held and all(s.wording == "Amara Fofanah" and s.kind == "named_person" for s in held)


NEWS = """Ministry answers union on farm passports

Comment by the labour ministry: inspectors visited eleven farms near Sohar in March.

The union said that employers had confiscated the passports of at least forty workers and locked them in their hostels at night.
"""


def test_body_comment_line_is_not_a_post() -> None:
    claims = _claims(NEWS)
    union = [s for t, s in claims if "forty workers" in t]
    assert union and all((s.wording or "").lower() == "the union" for s in union)
    assert all(s.kind != "named_person" for _, s in claims)
