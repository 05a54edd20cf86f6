"""An outlet's source named again by the outlet ("According to the Kama Herald's source, ..." after "The Kama Herald
reported, citing a source in the regional police, that ..."): one source, the one the outlet cited, and "the source"
after it too. An outlet's source with none cited before stays a source of its own. Every text is written for this
test; outlets, people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

CITED = ("The Kama Herald reported on Tuesday, citing a source in the regional police, that investigators had opened "
         "a case over the beating of two Uzbek loggers.\n\n")
AGAIN = ("According to the Kama Herald's source, the loggers had asked for three months of unpaid wages when guards "
         "beat them with sticks. One of the men lost two teeth, the source said.")


def test_outlets_source_named_again_is_the_source_it_cited() -> None:
    text = LEAD + CITED + AGAIN
    first = speaker(text, "opened a case")
    assert speaker(text, "unpaid wages")[2] == first[2]
    assert speaker(text, "lost two teeth")[2] == first[2]
    assert "regional police" in (first[0] or "")


def test_outlets_source_with_none_cited_before_stays_its_own() -> None:
    text = LEAD + "Investigators opened a case over the beating of two Uzbek loggers, the police said.\n\n" + AGAIN
    assert speaker(text, "unpaid wages")[2] != speaker(text, "opened a case")[2]
    assert speaker(text, "unpaid wages")[1] == "anonymous_source"
