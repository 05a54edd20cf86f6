"""Probes for the study of heldout257 (workers' own writings relayed by a page): texts written for these tests, in
other words and about other people and places than the set's."""

from __future__ import annotations

from labourlens.analyse.document_leads import document_lead
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.read_tags import read_tag
from labourlens.analyse.relayed_passages import first_person_passage
from labourlens.model import Analysis
from probe_helpers import wording_and_kind


def _run(text: str) -> Analysis:
    return analyse(text, {})


def _speaker(a: Analysis, needle: str) -> tuple[str | None, str | None]:
    return wording_and_kind(a, needle)


# ---------------------------------------------------------------- a first-person petition quoted whole after a colon

PETITION = """Fruit packers in Murcia petition the labour inspectorate

MURCIA - Sixty packers at a citrus warehouse outside Murcia have sent a petition to the regional labour inspectorate.
It was passed to this paper by a union delegate.

The petition, which this paper has seen, says:

"We are packers from Morocco and Senegal hired for the winter season. The broker in Casablanca took 2,500 euros from each of us, although the job notice claimed no fee was due. The warehouse keeps our passports in the office safe. Our payslips show ten hours a day but we stand at the belts for fifteen. Nobody has been paid since January."

The warehouse did not answer our calls.
"""


def test_a_first_person_petition_keeps_the_papers_it_cites_as_its_own_words() -> None:
    a = _run(PETITION)
    for needle in ("took 2,500 euros", "keeps our passports", "Nobody has been paid"):
        wording, kind = _speaker(a, needle)
        assert kind == "document" and "petition" in (wording or "").lower(), needle


def test_first_person_passage_tells_a_letter_from_a_copied_news_item() -> None:
    assert first_person_passage(["We were hired in March.", "The agent said the visa was free.", "Our pay stopped."])
    # control: an item copied whole tells of others ("A source in the port said ...")
    assert not first_person_passage([
        "A source in the port said the crew went unpaid.",
        "The captain told the source the owners would settle.",
        "Inspectors are expected next week.",
    ])


# ---------------------------------------------------------------- a prose paragraph naming a letter, then its words

LETTER = """Stranded drivers appeal to their consulate

Bus drivers of a transport firm in Sohar are stranded since their visas expired; their joint letter, with 28
signatures on it, reached the consulate of Pakistan last month.

"We have driven school buses here since 2023. Our employer has kept our residence cards since the renewal. We have had no wages for four months and eat only what the mosque gives us. We ask to be sent home with what we are owed."

A community volunteer in Sohar confirmed that the letter had been delivered.
"""


def test_a_first_person_quotation_after_a_paragraph_about_a_letter_speaks_as_the_letter() -> None:
    a = _run(LETTER)
    for needle in ("kept our residence cards", "no wages for four months"):
        wording, kind = _speaker(a, needle)
        assert kind == "document" and "letter" in (wording or "").lower(), needle


def test_document_lead_needs_first_person_words_and_a_single_paper() -> None:
    a = _run(LETTER)
    first = next(i for i, s in enumerate(a.sentences) if s.text.startswith('"We have driven'))
    assert document_lead(a.sentences, first) == "the letter"
    # control: the quotation is a third person's words, not the writers' own
    other = LETTER.replace('"We have driven school buses here since 2023.', '"The drivers came here in 2023.')
    b = _run(other)
    first = next(i for i, s in enumerate(b.sentences) if s.text.startswith('"The drivers came'))
    assert document_lead(b.sentences, first) is None


# ---------------------------------------------------------------- a reply the page prints in numbered points

REPLY = """RESPONSE

Cleaning firm answers our report

Marwa Clean Solutions, which employs the night cleaners of our story on the Doha ports, answered with the following
reply; we print it unedited:

1. No employee of Marwa Clean has had wages held back. Salaries reach bank accounts on the first of each month.
2. Staff keep their own passports. There is no deposit of any kind.
3. Each cleaner works eight hours and has Fridays off.

A cleaner we spoke to again on Sunday said nothing had changed and that his passport was still with the supervisor.
"""


def test_a_reply_named_only_as_the_following_reply_is_a_document() -> None:
    a = _run(REPLY)
    wording, kind = _speaker(a, "keep their own passports")
    assert kind == "document" and "reply" in (wording or "").lower()
    # control: the worker met afterwards is no part of the reply
    _, kind = _speaker(a, "still with the supervisor")
    assert kind == "anonymous_source"


# ---------------------------------------------------------------- a diary printed in extracts

DIARY = """The diary of a cook in Muscat

Published by Ruhuna Migrant Voice

A workers' help desk in Colombo passed us a diary kept by a cook who escaped from a villa in Seeb this spring. We
print excerpts with her permission. She asked us to call her Nirmala.

Week 3. The wife of my employer locked my passport in a cupboard. My hands burn from the oven every day.

Week 9. I have cooked for thirty guests without sleep. She says my wages will come after Ramadan.

Week 14. No money has come. I eat what is left on the plates.

Nirmala reached the help desk in May, the desk's director said.
"""


def test_a_printed_diary_speaks_as_its_writer_under_the_name_she_chose() -> None:
    a = _run(DIARY)
    for needle in ("locked my passport", "my wages will come"):
        wording, kind = _speaker(a, needle)
        assert (wording, kind) == ("Nirmala", "named_person"), needle


def test_a_printed_diary_with_no_chosen_name_speaks_as_the_one_who_kept_it() -> None:
    a = _run(DIARY.replace(" She asked us to call her Nirmala.", ""))
    wording, _ = _speaker(a, "locked my passport")
    assert "cook" in (wording or "")


# ---------------------------------------------------------------- '"...," reads one': one of the papers spoken of

def test_reads_one_is_one_of_the_written_things_spoken_of_before() -> None:
    before = "His mother kept his messages from the camp in a tin box. "
    m = read_tag('"They took our phones on the first day," reads one, sent in April.', before)
    assert m is not None and m.wording == "one of the messages"
    # control: nothing written was spoken of before, so "one" is nobody
    assert read_tag('"They took our phones on the first day," reads one, sent in April.',
                    "His mother waited at home. ") is None
