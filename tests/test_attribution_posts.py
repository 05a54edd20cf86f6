"""Online posts and channels as sources (fictional texts): "A post by a user describing herself as ..." is the
post's unnamed author, and "the post said", "It added", "The post, which was later removed, also said" go back
to that author; a Telegram channel named in quotation marks keeps its name, and "the channel" refers back to it."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speaker
from labourlens.analyse.mentions import find_mention

META = {"published": "2025-03-01", "language": "en"}


def _speaker_of(text: str, part: str) -> tuple[str, str | None]:
    return claim_speaker(text, part, META)


POST = """Forum digest | Amber Monitoring

Summary of a post on a Liaoning jobs forum, 2 May 2024, with follow-up calls by Amber.

{intro} about 40 North Korean women at a fish plant in Rason work until midnight.

"In March we worked every Sunday. Nobody was paid until the quota was met," the post said. It added that wages were paid to a trading company.

The post, which was later removed, also said that the women were not allowed to leave the dormitory.

A driver who delivers ice to the plant said the women never leave the compound.
"""


@pytest.mark.parametrize("intro", [
    "A post by a user describing herself as a former cook at the plant says that",
    "A forum post by a user who says he was a shift supervisor there claimed that",
    "A post on Weibo from an account calling itself a workers' diary said",
    "One post by someone describing himself as a former guard at the plant alleged that",
])
def test_post_author_speaks_for_the_post_and_its_later_sentences(intro: str) -> None:
    text = POST.format(intro=intro)
    kind, wording = _speaker_of(text, "work until midnight")
    assert kind == "anonymous_source" and wording is not None and wording.lower().startswith(intro.split()[0].lower())
    assert "post" in wording.lower()
    for part in ("every Sunday", "wages were paid to a trading company", "not allowed to leave the dormitory"):
        assert _speaker_of(text, part) == (kind, wording), part


def test_a_later_person_is_not_the_post() -> None:
    text = POST.format(intro="A post by a user describing herself as a former cook at the plant says that")
    assert _speaker_of(text, "never leave the compound")[1] == "A driver who delivers ice to the plant"


@pytest.mark.parametrize("sentence", [
    "The post office in Rason said it would open on Sunday.",  # no post as a source: no author phrase
    "He was appointed to the post said to be vacant.",
])
def test_post_as_a_word_is_not_a_post_author(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is None or "post" not in m.wording.lower() or "by" not in m.wording.lower()


CHANNEL = """Digest of Russian-language channels

The Telegram channel "Kolyma Site Notes" reported on 2 May that North Korean plasterers work on four sites in Magadan.

The crews sleep in containers on site and are never paid in cash, the channel wrote.

A foreman told the channel that the men work 15 hours a day.
"""


def test_channel_keeps_its_quoted_name_and_the_channel_refers_back() -> None:
    kind, wording = _speaker_of(CHANNEL, "four sites in Magadan")
    assert kind == "outlet" and wording is not None and "Kolyma Site Notes" in wording
    assert _speaker_of(CHANNEL, "never paid in cash") == (kind, wording)
    assert _speaker_of(CHANNEL, "15 hours a day")[0] == "anonymous_source"


@pytest.mark.parametrize("sentence, name", [
    ('The Telegram channel "Amur Builders Watch" reported that the crews work at night.', "Amur Builders Watch"),
    ('According to the channel "Port Side" (post of 3 June), the men are not paid.', "Port Side"),
])
def test_channel_with_a_quoted_name(sentence: str, name: str) -> None:
    m = find_mention(sentence)
    assert m is not None and name in m.wording
