"""Probes (session 38, from heldout383's speaker misses): a group's thread whose comments and replies stand under a label
of their own line, the kind, a dash and the commenter's name ("Comment \u2014 kiln_rat:", "Reply \u2013 Tomas K.:",
"Comment - Harbour Aid (page):"), gives each comment to its commenter (a page's name is the body's), and the label line
is no claim. Near misses: a dash line that is a story's subhead, and a sentence that opens "Comment" in a story, stay
as they were. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_THREAD = """Posted in: Lads Abroad (public group) - Monday, 2 March 2026

kiln_rat:
Friends, help. Six of us from Batken worked since October at a brick yard near Tver. The owner has not paid us for two months. He keeps our passports in his office and says he will call the police if we complain. We sleep in a shed by the kilns.

  Comment \u2014 Tomas K.:
  Same with my cousin last spring. My cousin's owner held every crew member's passport and paid a third.

  Comment \u2014 nadia_88:
  In our yard everything is fine, we are paid every week.

    Reply \u2014 kiln_rat:
    @nadia_88 how can I go without a passport? I owe 4,000 dollars to my neighbour for the trip.

  Comment \u2014 Harbour Aid (page):
  A lawyer is on it now. Last year 210 brick yard workers wrote to us, most about unpaid wages.
"""

_STORY = """Brick yard owner charged

Comment - the ministry's view

Migrant workers at a brick yard near Tver were not paid for five months, the labour ministry said on Monday. The
ministry said the owner kept the passports of six workers from Batken and locked them in a shed at night. Comment was
not available from the owner.
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    analysis = analyse(text, {})
    names = {s.key: (s.wording, s.kind) for s in analysis.sources}
    return {c.text: names.get(c.source, (None, "outlet")) for c in analysis.claims}


def test_comments_under_dashed_labels_are_their_commenters() -> None:
    speakers = _speakers(_THREAD)
    assert speakers[next(k for k in speakers if "passports in his office" in k)][0] == "kiln_rat"
    assert speakers[next(k for k in speakers if "paid a third" in k)][0] == "Tomas K."
    assert speakers[next(k for k in speakers if "owe 4,000" in k)][0] == "kiln_rat"
    page = speakers[next(k for k in speakers if "210 brick yard workers" in k)]
    assert page == ("Harbour Aid", "organization")


def test_the_label_line_is_no_claim() -> None:
    assert not any(k.startswith("Comment") for k in _speakers(_THREAD))


def test_a_story_with_a_dashed_subhead_keeps_its_speakers() -> None:
    speakers = _speakers(_STORY)
    ministry = speakers[next(k for k in speakers if "kept the passports" in k)]
    assert ministry[1] == "official"
