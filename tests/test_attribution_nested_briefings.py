"""A body that told its audience something, passed on by someone else, is the speaker (the one who
passed it on is the relay and may speak later); "..., he said, quoting ..." names "he"; media cited
by kind in the plural are organisations (texts written for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of, who
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("sentence, speaker, relay", [
    ("The border guard service told a closed parliamentary session that 300 loggers had crossed in May, "
     "according to senator Ilona Varga, who attended.", "The border guard service", "senator Ilona Varga"),
    ("The labour ministry also told the committee that two crews had fled the camp, Varga said.",
     "The labour ministry", "Varga"),
    ("The prosecutor's office informed the court that the men were kept in a locked hostel, the defence lawyer said.",
     "The prosecutor's office", "the defence lawyer"),
])
def test_the_body_that_briefed_speaks_and_the_messenger_relays(sentence: str, speaker: str, relay: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and m.relay == relay


@pytest.mark.parametrize("sentence, speaker", [
    ("The crews were paid nothing for months, according to senator Ilona Varga.", "senator Ilona Varga"),
    ("Workers said they were unpaid, the lawyer said.", "the lawyer"),  # no briefing: the last speaker stands
    ("He told me that the men were unpaid, Varga said.", "Varga"),  # a pronoun is never lifted out
])
def test_other_trailing_speakers_stand(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_the_messenger_is_known_when_they_speak_later() -> None:
    text = ("The border guard service told a closed session that 300 loggers had crossed in May, according to "
            "senator Ilona Varga, who attended.\n\nMost of them work in Komi, Varga said.")
    first, later = who(text, "300 loggers"), who(text, "work in Komi")
    assert first is not None and first.kind == "official" and first.wording == "The border guard service"
    assert later is not None and later.key != first.key and "senator" in (later.wording or "")


def test_he_said_quoting_a_briefing_is_the_person() -> None:
    text = ("The labour ministry also told the committee that two crews had fled, Varga said. "
            '"Both crews were caught within a week," she said, quoting the ministry\'s notes.')
    srcs = dict(speakers_of(text))
    quote = next(src for sent, src in srcs.items() if "caught within" in sent)
    assert quote is not None and "Varga" in (quote.canonical or quote.wording or "")


@pytest.mark.parametrize("phrase", ["Some Western outlets", "several foreign news agencies", "two broadcasters",
                                    "regional media outlets"])
def test_media_by_kind_in_the_plural(phrase: str) -> None:
    assert classify(phrase) == "organization"
    m = find_mention(f"{phrase} recently claimed that the seamstresses were locked in at night.")
    assert m is not None and m.wording == phrase


@pytest.mark.parametrize("sentence, speaker", [
    ("The agency told the women that they would earn 500 dollars a month, one of them said.", "one of them"),
    ("The recruiter told us that the visas were for study, a former welder said.", "a former welder"),
])
def test_what_workers_were_told_is_their_own_account(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and m.relay is None


def test_a_briefing_to_mps_is_nested() -> None:
    m = find_mention("The border service told MPs that 300 loggers had crossed in May, Varga said.")
    assert m is not None and m.wording == "The border service" and m.relay == "Varga"
