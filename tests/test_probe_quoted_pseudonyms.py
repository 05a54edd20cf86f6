"""Pseudonyms in quotation marks where a speaker's name stands (probe diag37-f): 'said "Pak Chol-su", 41, who ...',
'"Mun Ye-jin", the sister of a former welder, said ...', '"Mina" told our researchers ...'. The marks flag the name
as a pseudonym; the person speaks. Quoted words that are not a name beside a reporting verb stay quotations. Every
text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.quoted_names import unquote_pseudonyms

H = ("RIVER LABOUR WATCH\nField note: North Korean loggers in Amur Oblast\n\n"
     "Our researchers interviewed eleven North Korean loggers near Tynda. All names below are pseudonyms.\n\n")



def _speaker(text: str, fragment: str) -> tuple[str | None, str]:
    return speaker_in(claim_speakers(text), fragment)


@pytest.mark.parametrize("sentence,name", [
    ('"We worked from dark to dark and the brigade leader kept our passports," said "Pak Chol-su", 41, who spent three '
     'winters near Tynda.', "Pak Chol-su"),
    ('"Mun Ye-jin", the sister of a former logger, said her brother was beaten by the brigade leader.', "Mun Ye-jin"),
    ("\u201cMina\u201d told our researchers that the brigade leader kept their passports in a safe.", "Mina"),
])
def test_quoted_pseudonym_speaks(sentence: str, name: str) -> None:
    who, kind = _speaker(H + sentence + "\n", sentence[-40:-5])
    assert kind == "named_person" and who is not None and who.startswith(name) and '"' not in who


@pytest.mark.parametrize("sentence", [
    'The director called the claims "Lies", and said the workers were free.',  # a quoted word, not a speaker
    '"Freedom", said the poster on the wall of the camp.',
    '"Never", he said, when we asked whether the men were paid.',
    'The foreman said "Enough". The men went back to work.',
    'They call the camp "Paradise", said a driver who has hauled logs there for years.',
])
def test_quoted_words_are_not_unquoted(sentence: str) -> None:
    # negative controls: only a name opening the sentence or right after a reporting verb is unquoted
    out = unquote_pseudonyms(sentence)
    assert out == sentence


def test_offsets_are_kept() -> None:
    s = 'He left, said "Pak Chol-su", 41.'
    out = unquote_pseudonyms(s)
    assert len(out) == len(s) and out[out.index("Pak"):].startswith("Pak Chol-su ")


@pytest.mark.parametrize("note", ['("Accidents" is the usual word for defection.)', "(The camp is known locally as Unit 7.)"])
def test_editors_note_after_the_attribution(note: str) -> None:
    text = (H + "A source in Tynda said the loggers work through the winter. Because the camp is remote, the men are "
            f"locked in at night and their passports are kept by the brigade leader \"to prevent accidents\", the source "
            f"added. {note}\n")
    who, kind = _speaker(text, "passports are kept by the brigade leader")
    assert kind == "anonymous_source" and (who or "").startswith("A source in Tynda")


def test_a_bracket_inside_the_sentence_is_kept() -> None:
    from labourlens.analyse.quoted_names import blank_trailing_note
    s = "The men (all of them from Hamhung) were locked in, the source added."
    assert blank_trailing_note(s) == s
