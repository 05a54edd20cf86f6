"""Probes for a first-person testimony under a note that names its witness, a statement printed after "gave the
following answer:", a described speaker named in apposition after an inverted "said", a former official named, a
report dismissed by what it claims, and the word model's anchors for deception (written for labourlens; people,
firms and outlets are invented)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, indicators, speaker, speakers_by_opening

META = {"published": "2025-03-01", "language": "en"}

TESTIMONY = (
    "Harbour Light Relief - Voices, No. 4\n\n"
    "Testimony of Pak Song-il (a pseudonym), 52, former builder in Primorsky Krai. As told to caseworker Mia Lund in "
    "Seoul. Edited for length.\n\n"
    "I went to Vladivostok in 2017 on a two-year contract. The recruiter at the trading company in Chongjin told us "
    "we would bring home 2,000 dollars each.\n\n"
    "Every month the team leader read out what we owed for food and the trip. Most months the debt was bigger than "
    "the pay.\n\n"
    "The leader kept our passports in a safe. He told us that the police would arrest anyone found without papers.\n\n"
    "Harbour Light Relief has changed names to protect the witness and his family.\n"
)


def _speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    return speakers_by_opening(text, 25, META)


def test_a_testimony_note_gives_the_first_person_account_to_its_witness() -> None:
    got = _speakers(TESTIMONY)
    witness = ("Pak Song-il", "named_person")
    for opening in ("I went to Vladivostok in", "The recruiter at the trad", "Most months the debt was b",
                    "The leader kept our passp", "He told us that the polic"):
        assert [v for k, v in got.items() if k.startswith(opening[:20])] == [witness], opening


def test_without_a_note_the_first_person_stays_the_pages() -> None:
    text = TESTIMONY.replace("Testimony of Pak Song-il (a pseudonym), 52, former builder in Primorsky Krai. As told to "
                             "caseworker Mia Lund in Seoul. Edited for length.",
                             "Our caseworkers in Seoul met many former builders this year.")
    assert all(w != "Pak Song-il" for w, _ in _speakers(text).values())


def test_a_statement_printed_after_the_following_answer_is_the_speakers() -> None:
    text = ("Central Dispatch (Pyongyang, 6 May) -- A spokesperson for the Foreign Ministry gave the following answer to "
            "a question raised by the agency as regards a report on workers abroad:\n\n"
            "The so-called report claiming that our workers abroad are unpaid is a sheer fabrication.\n\n"
            "Not a single worker has had his passport taken away, nor is anyone kept against his will.\n")
    a = analyse(text, META)
    by = {c.text[:20]: c for c in a.claims}
    for opening in ("The so-called report", "Not a single worker "):
        src = a.source(by[opening].source)
        assert src is not None and src.wording == "A spokesperson for the Foreign Ministry" and src.kind == "official"
        assert by[opening].polarity == "negated" and not by[opening].indicators


def test_a_described_speaker_named_after_an_inverted_said_is_the_named_one() -> None:
    text = LEAD + '"They cannot leave the sites," said a second lawmaker, Rep. Min Ha-eun, paraphrasing the briefing.'
    assert speaker(text, "They cannot leave")[:2] == ("a second lawmaker, Rep. Min Ha-eun", "official")
    plain = LEAD + '"They cannot leave the sites," said a former cook, adding that she left in May.'
    assert speaker(plain, "They cannot leave")[0] == "a former cook"


def test_a_former_official_named_speaks_as_a_person() -> None:
    assert classify("A former North Korean trade official now living in Seoul, Ri Kwang-su") == "named_person"
    assert classify("a trade official, Ri Kwang-su") == "official"


def test_the_word_model_gives_deception_only_with_words_of_promise_or_terms() -> None:
    assert "deception" not in indicators("I learned to keep quiet after the beating.")
    assert "deception" in indicators("The recruiter promised us 1,500 dollars a month but we were paid nothing.")
