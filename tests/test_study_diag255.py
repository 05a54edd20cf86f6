"""Study of heldout255: broadcast transcripts, network posts and translated reports.

- a transcript label set in square brackets with a note after it ("[NURSE, night shift]:"), and a company's or
  firm's representative or spokeswoman as a label of an unnamed person;
- a label of a state post before a person's name ("REGIONAL GOVERNOR MARIA LOPES (sync):");
- a caller whose own bracket describes them after a named caller ("CALLER (woman, gave no name):"): a new person;
- a named guest whose post the host gave without an article ("..., deputy head of the labour office"): official;
- a network post headed by the handle and the time since posting ("@kiln_watch - 4h");
- a town fronted without its comma before the speaker ("In Tambov the regional government denied ...");
- a translation's "told that" with no listener;
- a possessive opening a bracketed note is never a speaker ("[The editor's notes ...]");
- "It says" after a paragraph whose subject is a report "released by" a group, under a headline.

Texts written for these tests; names, firms and figures are invented (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse import mentions
from labourlens.analyse.forum_posts import post_header
from labourlens.analyse.it_subjects import document_subject_before
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.source_refs import titled_label
from labourlens.model import Source


def _claims(text: str) -> list[tuple[str, Source]]:
    a = analyse(text, {"published": "2025-08-01", "language": "en"})
    src = {s.key: s for s in a.sources}
    return [(c.text, src[c.source]) for c in a.claims]


def _speaker_of(text: str, needle: str) -> Source:
    return next(s for t, s in _claims(text) if needle in t)


_RADIO = """NORTHERN RADIO | Morning show
Transcript.

[HOST, studio]: Good morning. Today we talk about the quarry outside Kazan.

[NEIGHBOUR, elderly man, asked not to be named]: The men dig stone until late at night, seven days a week. They sleep in a shed behind the gate.

[FIRM SPOKESWOMAN, by phone]: None of our workers is kept there against his will. Everyone gets paid on time.
"""


def test_bracketed_labels_name_their_speakers() -> None:
    neighbour = _speaker_of(_RADIO, "dig stone")
    assert neighbour.kind == "anonymous_source" and (neighbour.wording or "").lower() == "neighbour"
    assert _speaker_of(_RADIO, "sleep in a shed").key == neighbour.key  # the turn goes on
    firm = _speaker_of(_RADIO, "against his will")
    assert (firm.wording or "").lower() == "firm spokeswoman" and firm.key != neighbour.key


@pytest.mark.parametrize("line", [
    "[PHOTO: men at the quarry gate]",  # a caption in brackets, no speaker
    "[Translator's note: the word means a team leader.]",
])
def test_bracketed_notes_are_no_labels(line: str) -> None:
    assert mentions.transcript_label(line) is None


def test_titled_label() -> None:
    assert titled_label("Regional Governor Maria Lopes")
    assert titled_label("Labour Minister Rosa Diaz")
    assert not titled_label("Maria Lopes")  # a name alone
    assert not titled_label("North Korea Labour Exports")  # a heading
    m = mentions.find_mention("REGIONAL GOVERNOR MARIA LOPES (sync): No farm in the province hires children.")
    assert m is not None and m.wording == "Regional Governor Maria Lopes"


_PHONE_IN = """CITY FM - listeners' hour
Translated from Kazakh.

HOST (Aigerim Sadykova): Tonight: seasonal work on the cotton farms. First caller, go ahead.

CALLER (Bolat): My nephew picks cotton near Turkistan. The foreman keeps the pickers' identity cards in a safe.

HOST: Thank you, Bolat. With us in the studio is Yerlan Abenov, deputy chief of the oblast labour inspectorate.

GUEST (Yerlan Abenov): No employer in the region may hold a worker's papers. We fined two farms in May.

HOST: Another call.

CALLER (woman, gave no name): My daughter's crew is paid nothing until the harvest ends, and they cannot quit.
"""


def test_described_caller_is_a_new_person_and_guest_official() -> None:
    bolat = _speaker_of(_PHONE_IN, "identity cards")
    assert bolat.wording == "Bolat"
    woman = _speaker_of(_PHONE_IN, "paid nothing until the harvest")
    assert woman.key != bolat.key and woman.kind == "anonymous_source"
    assert (woman.wording or "").lower().startswith("caller")
    guest = _speaker_of(_PHONE_IN, "fined two farms")
    assert guest.wording == "Yerlan Abenov" and guest.kind == "official"


def test_named_guest_described_as_a_person_stays_a_person() -> None:
    text = _PHONE_IN.replace("deputy chief of the oblast labour inspectorate", "who grew up on a cotton farm")
    assert _speaker_of(text, "fined two farms").kind == "named_person"


@pytest.mark.parametrize(("line", "user"), [
    ("@kiln_watch - 4h", "kiln_watch"),
    ("@MarketMama \u00b7 15 min ago", "MarketMama"),
    ("@harbour_rat7 \u2014 yesterday", "harbour_rat7"),
])
def test_handle_with_time_since_posting(line: str, user: str) -> None:
    found = post_header(line)
    assert found is not None and found[0] == user


@pytest.mark.parametrize("line", [
    "@kiln_watch - the pay is late again",  # a post's words after the handle, no time
    "kiln_watch - 4h",  # no handle mark
])
def test_no_handle_header(line: str) -> None:
    assert post_header(line) is None


_POSTS = """RIVERSIDE CHATTER - what locals posted this week

@kiln_watch - 4h
The brick kiln by the bridge runs all night again, the boys look exhausted and thin.

@MarketMama - 1h
I sell bread to the kiln office. The kiln pays the boys only once a season and keeps their phones.
"""


def test_posts_under_handles_are_their_posters() -> None:
    first = _speaker_of(_POSTS, "runs all night")
    second = _speaker_of(_POSTS, "keeps their phones")
    assert first.wording == "kiln_watch" and second.wording == "MarketMama"


@pytest.mark.parametrize(("text", "who"), [
    ("In Tambov the regional government denied reports that migrants slept in a tomato shed.", "the regional government"),
    ("At Novi Sad the police said the men were freed.", "the police"),
])
def test_fronted_town_without_comma(text: str, who: str) -> None:
    m = mentions.find_mention(text)
    assert m is not None and m.wording == who


def test_fronted_town_control() -> None:
    assert mentions.find_mention("In Doha the heat reaches 45 degrees in July.") is None


@pytest.mark.parametrize(("text", "who"), [
    ("A farmer told that the men were not paid for months.", "A farmer"),
    ("A second witness, a cook at the camp, told that they were locked in at night.", "A second witness, a cook at the camp"),
])
def test_told_that_without_listener(text: str, who: str) -> None:
    m = mentions.find_mention(text)
    assert m is not None and m.wording == who


@pytest.mark.parametrize("text", [
    "The foreman told that story many times.",  # "that" a determiner: no report
    "The drivers were told that wages would follow.",  # the men were told: no speaker
])
def test_told_that_controls(text: str) -> None:
    assert mentions.find_mention(text) is None


def test_possessive_is_no_speaker() -> None:
    assert mentions.find_mention("[The editor's notes appear in square brackets.]") is None
    m = mentions.find_mention("The union's earlier leaflets describe the same camp.")
    assert m is None or "union" in m.wording.lower()  # outside brackets: left to the other rules


def test_report_released_by_a_group_under_a_headline() -> None:
    text = ("CHARITY: pickers pay heavy fees\n\n"
            "A study released on Friday by Harvest Rights, a charity in Leeds, draws on interviews with 30 pickers. "
            "It says most pickers paid a recruitment fee of 900 pounds and that the farm held their passports.\n")
    s = _speaker_of(text, "recruitment fee")
    assert s.kind == "document"
    assert document_subject_before("A report released by the union draws on 12 interviews. ") == \
        "A report released by the union"
    assert document_subject_before("A farmer released by the police spoke to us. ") is None  # no document
