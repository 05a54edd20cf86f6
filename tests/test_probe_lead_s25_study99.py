"""Probes for the classes the lead's study of ``heldout99`` (social and community media, 1 December 2026) fixed, in
our own wording: a role label with a pseudonym in its brackets, a post on a social network headed by its author's
name over the post's time, a firm introduced by a firm noun before its name, Gulf residence cards kept, and a body
that "has sent a statement" before "it said". Every text is written for these tests; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from probe_helpers import META, speaker


def test_a_role_label_with_a_pseudonym_gives_the_turn_to_the_pseudonym() -> None:
    text = ("HELPLINE LOG / VOICE MESSAGE\n\nCaller (\"Meena\", housemaid, 27, from Sindhupalchok district): Sister, I am "
            "calling from the kitchen, I have little time. The madam took my passport on the first day. I work from five "
            "in the morning until one at night. For three months I got nothing.\n")
    a = analyse(text, META)
    said = {a.source(c.source).wording for c in a.claims if a.source(c.source) is not None}  # type: ignore[union-attr]
    assert said == {"Meena"}
    assert any("took my passport" in c.text for c in a.claims)
    # control: a role label without a name stays the role
    text = text.replace('("Meena", housemaid, 27, from Sindhupalchok district)', "(housemaid, 27)")
    assert speaker(text, "took my passport")[0] == "Caller"


SOCIAL = ("Facebook · Group: Returned Workers Forum · 12K members\n\nAsha Gurung Rai\n3 d · \U0001f310\n\n"
          "I came back to Pokhara after two years as a cleaner in Dubai, where I worked for a cleaning firm. The supervisor kept our Emirates ID "
          "cards in his office. For the first three months they paid us nothing at all.\n\nLike · Comment · Share\n")


def test_a_post_headed_by_its_author_over_its_time_is_the_author_s() -> None:
    wording, kind, _ = speaker(SOCIAL, "kept our Emirates ID")
    assert (wording, kind) == ("Asha Gurung Rai", "named_person")


def test_a_byline_over_a_date_is_no_post() -> None:
    # control: "By X" over a plain date is a byline; the text stays the page's
    text = SOCIAL.replace("Asha Gurung Rai\n3 d · \U0001f310", "By Asha Gurung Rai\n12 March 2025")
    wording, _, _ = speaker(text, "kept our Emirates ID")
    assert wording != "Asha Gurung Rai"


def test_a_firm_named_after_a_firm_noun_is_the_firm() -> None:
    text = SOCIAL.replace("Like · Comment · Share\n", "Comments\n\nRam Thapa: The agency \"Sagar Himal\" still "
                          "advertises here.\nDeepa Rai (Admin): Removed. Sagar Himal told us by message that it never charged "
                          "any fee.\n")
    wording, kind, _ = speaker(text, "never charged")
    assert wording == "Sagar Himal" and kind == "organization"


def test_gulf_residence_cards_kept_are_documents_kept() -> None:
    for sentence in ("The foreman kept the QID cards of all the cleaners.", "The sponsor still holds my iqama.",
                     "The company kept their Emirates ID cards in a drawer."):
        assert "retention_of_identity_documents" in {h.indicator for h in indicators.match(sentence, 0).hits}
    hits = {h.indicator for h in indicators.match("The foreman kept their bank cards.", 0).hits}
    assert "retention_of_identity_documents" not in hits  # control: bank cards are pay, not papers


def test_it_said_after_a_body_sent_a_statement() -> None:
    text = ("Live: fire at a workers' camp\n\n14:05\n\nTwo workers were taken to hospital, a police spokesman said.\n\n"
            "15:20\n\nA resident told us the men had not been paid since March and the only exit was chained.\n\n16:10\n\n"
            "Sandline Facilities, which runs the camp, has sent a statement. \"All exits were open and were inspected "
            "last month,\" it said.\n")
    wording, kind, _ = speaker(text, "All exits were open")
    assert wording is not None and wording.startswith("Sandline Facilities") and kind == "organization"
