"""Probes (s330): a speaker who says she cannot be sure of what she reports hedges her claim ("could not be
certain", "I can't be sure"), but a clause that names what a finding would need ("could not be certain without a
scan") or a choice between two told things ("I am not sure which") hedges nothing; and a translator credited in a
sentence about the article ("This story was translated from the Russian original by ...") is the translator. Texts
written for these tests; the people and outlets are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}


def _claim(text: str, needle: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    return next(c for c in a.claims if needle in c.text)


def test_a_witness_who_could_not_be_certain_hedges_her_account() -> None:
    text = ("Harbour Courier\n\nBruises at the tomato greenhouse\n\n"
            "Irina Vasko, a nurse at the clinic in Artyom, said two greenhouse pickers came in with bruised arms in "
            "June. Vasko said she took the marks for a beating by the crew boss but could not be certain, because "
            "the men had gone before she could question them.\n")
    c = _claim(text, "took the marks for a beating")
    assert c.hedged


def test_a_worker_who_says_he_cannot_be_sure_hedges() -> None:
    text = ("Harbour Courier\n\nPickers' pay\n\n"
            "A picker from the Artyom greenhouse said: \"The boss keeps half of our wages for the dormitory, "
            "but I can't be sure how much.\"\n\n"
            "Another picker said the boss also holds their passports.\n")
    c = _claim(text, "keeps half of our wages")
    assert c.hedged


def test_what_a_finding_would_need_and_a_choice_hedge_nothing() -> None:
    text = ("Harbour Courier\n\nThe deckhand's death\n\n"
            "Doctors at the port hospital said the swelling on the deckhand's legs matched scurvy, though they could "
            "not be certain without a blood test.\n\n"
            "A former crewmate said: \"The skipper sent our pay to the agency, or to his brother, I am not sure "
            "which.\"\n")
    a = analyse(text, META)
    for needle in ("swelling on the deckhand's legs", "skipper sent our pay"):
        c = next(c for c in a.claims if needle in c.text)
        assert not c.hedged, needle


def test_a_translator_credited_in_a_sentence_about_the_story() -> None:
    text = ("Primorye Evening | English Edition\n\nA winter on the sawmill\n\nBy Oksana Belova | 3 March 2026\n"
            "This story was translated from the Russian original by Gleb Antonov.\n\n"
            "Sawmill hands at a yard near Artyom said the owner kept their passports in his safe.\n")
    m = analyse(text, META).meta
    assert m.translator == "Gleb Antonov"
    assert m.original_language == "ru"


def test_a_story_that_was_only_published_by_someone_names_no_translator() -> None:
    text = ("Primorye Evening\n\nA winter on the sawmill\n\n"
            "This story was published by Gleb Antonov's desk on Monday.\n\n"
            "Sawmill hands at a yard near Artyom said the owner kept their passports in his safe.\n")
    assert analyse(text, META).meta.translator is None


CHANNEL = """Sakhalin Unfiltered
@sakh_unfiltered · channel · 12.5K subscribers

Reader's post, 2 May 2026, 10:02

A reader writes from Korsakov: "The Vietnamese crew at the fish plant works until midnight and the boss keeps their passports."
"""


def test_a_channel_named_over_its_handle_line_is_the_outlet() -> None:
    assert analyse(CHANNEL, {"language": "en"}).meta.outlet == "Sakhalin Unfiltered"


def test_near_miss_a_persons_profile_line_names_no_outlet() -> None:
    text = CHANNEL.replace("Sakhalin Unfiltered", "Marta Kowal").replace("· channel · 12.5K subscribers", "· 800 followers")
    assert analyse(text, {"language": "en"}).meta.outlet != "Marta Kowal"


def test_work_under_a_false_name_is_deception() -> None:
    from labourlens.analyse import indicators

    hits = indicators.match("The cooks signed up in Hanoi for what was presented to them as a language course in Poland.").hits
    assert "deception" in {h.indicator for h in hits}
    assert not indicators.match("He always did what he was told by the skipper.").hits
