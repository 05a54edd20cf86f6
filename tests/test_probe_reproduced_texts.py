"""Texts a page reproduces whole: "The channel X published a post ... We reproduce it with small cuts." and a
quoted paragraph, "A post by a worker, Ana Moe, ... We reproduce it below." and the post's first-person
paragraphs (a flattened blockquote), "The firm has sent us a letter, which we publish in part:" and numbered
points, "One entry in the log reads: '...'". The reproduced sentences are the author's; the page's own sentences
around them stay the page's. Every text is written for this test; people, firms and channels are fictional."""

from __future__ import annotations

from attribution_helpers import speakers_of, who


def _kind_wording(text: str, fragment: str) -> tuple[str | None, str | None]:
    src = who(text, fragment, "Volga Evening")
    return (src.kind, src.wording) if src is not None else (None, None)


CHANNEL = (
    "The Telegram channel Steppe Voices, which has about 12,000 followers, on Monday published a post about drivers "
    "at a bus depot in Samara. We reproduce it with small cuts.\n\n"
    '"Drivers from Osh wrote to us again. Nobody at the depot has been paid since October. '
    "The dispatcher keeps their licences in his safe. They sleep in the garage on mattresses.\"\n\n"
    "The depot's owner, Samtrans Group, told Volga Evening that all drivers are paid on time.\n")

POST = (
    "A Facebook post by a Kenyan cleaner in Riyadh, Wanjiru Kamau, has been shared 4,000 times this week. "
    "We reproduce it below with her permission. We could not verify her account.\n\n"
    "Friends, I am writing from a villa in Riyadh. My madam took my passport on the first day. "
    "I work from six in the morning until midnight.\n\n"
    "We are three women in one room without a window. I only want to go home.\n\n"
    "Ms Kamau's brother, Otieno, told Volga Evening that the family had reported the case to the embassy.\n")

LETTER = (
    "Last month we wrote about Uzbek loaders at a warehouse near Tver. The warehouse's owner, Tverskoy Sklad, has "
    "sent the editors a letter, which we publish in part:\n\n"
    '"1. All loaders are employed under written contracts.\n'
    "2. Overtime is paid at one and a half times the hourly rate.\n"
    '3. No employee\'s passport is held by the company."\n\n'
    "Two loaders we met at the gate disagreed.\n")

LOG = (
    "Our hotline took 800 calls in the spring, most of them about unpaid wages.\n\n"
    'One entry in the hotline log reads (name changed): "Rustam, 31, from Khujand. Paid an agent 900 dollars for '
    "a job at a brick plant. The foreman took his passport on arrival. Received nothing for two months.\"\n\n"
    "Figures come from callers' own accounts.\n")


def test_channel_post_quoted_after_we_reproduce_it_is_the_channels() -> None:
    kind, wording = _kind_wording(CHANNEL, "Nobody at the depot has been paid")
    assert kind == "outlet" and wording is not None and "Steppe Voices" in wording
    assert _kind_wording(CHANNEL, "keeps their licences")[1] == wording
    assert _kind_wording(CHANNEL, "sleep in the garage")[1] == wording


def test_channel_post_leaves_the_page_and_later_speakers_alone() -> None:
    assert _kind_wording(CHANNEL, "We reproduce it") == (None, None)
    assert _kind_wording(CHANNEL, "paid on time")[0] == "organization"


def test_post_by_a_named_worker_in_flattened_blockquote_is_hers() -> None:
    for fragment in ("took my passport", "six in the morning", "three women in one room", "want to go home"):
        assert _kind_wording(POST, fragment) == ("named_person", "Wanjiru Kamau"), fragment


def test_post_ends_at_the_first_paragraph_with_its_own_speaker() -> None:
    kind, wording = _kind_wording(POST, "reported the case to the embassy")
    assert wording is not None and "Otieno" in wording
    assert _kind_wording(POST, "could not verify") != ("named_person", "Wanjiru Kamau")


def test_letter_in_numbered_points_is_a_document() -> None:
    for fragment in ("written contracts", "one and a half times", "passport is held"):
        kind, wording = _kind_wording(LETTER, fragment)
        assert kind == "document" and wording is not None and "letter" in wording, fragment
    assert _kind_wording(LETTER, "Two loaders we met")[0] != "document"


def test_log_entry_that_reads_is_a_document() -> None:
    for fragment in ("Paid an agent 900 dollars", "took his passport on arrival", "Received nothing"):
        assert _kind_wording(LOG, fragment) == ("document", "One entry in the hotline log"), fragment
    assert _kind_wording(LOG, "Figures come from") == (None, None)


def test_quotation_without_a_reproduce_line_is_left_alone() -> None:
    text = ("The Telegram channel Steppe Voices on Monday published a post about drivers at a bus depot in Samara.\n\n"
            '"Nobody at the depot has been paid since October," a driver told Volga Evening.\n')
    kind, wording = _kind_wording(text, "Nobody at the depot")
    assert kind == "anonymous_source" and wording is not None and "driver" in wording


def test_reproduce_line_without_a_named_author_is_left_alone() -> None:
    text = ("Workers at a brick plant near Tver describe long hours. We reproduce their accounts below.\n\n"
            "I work twelve hours a day and my passport is with the foreman.\n")
    assert _kind_wording(text, "my passport is with the foreman") == (None, None)


def test_speakers_of_every_sentence_resolve() -> None:
    assert len(speakers_of(POST, "Volga Evening")) >= 8
