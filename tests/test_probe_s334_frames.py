"""Probes (s334): lines about the reporting are no claims. A thread's opening line ("1/ Thread on ..."), a plea to its
readers ("Please don't share ..."), the reporters' word that they could not reach a party, a numbered post's "We
can't verify ...", how a briefing was made ("Our findings draw on ...", "firm names were drawn from trade registers",
"Methodology: ..."), a non-answer on "which" one, and a roundup's numbered heading ending in a quoted word ("2. LAOS:
Coders \"gone\""). Near misses stay claims: workers who could not contact their families, a finding of the study.
An interview "Interpreted from Korean" or under a header "Interview conducted in Russian" has that original
language (not a study whose interviews were conducted in two languages). Texts written for these
tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse import claim_filters as cf
from labourlens.analyse.own_doings import own_doing


def test_thread_openers_and_pleas_are_page_lines() -> None:
    assert cf.is_programme_line("1/ Thread on the brick kilns of Darkhan and who works in them.")
    assert cf.is_programme_line("Please do not repost the men's faces.")
    assert cf.is_programme_line("12/ Please share if you have seen the crew.")


def test_reporters_who_could_not_reach_a_party_say_nothing_of_workers() -> None:
    assert own_doing("We had not been able to contact the skipper or the trawler's agent.")
    assert own_doing("We were unable to contact Dorno Textile for comment.")
    assert not own_doing("We could not contact our families for eight months.")
    assert not own_doing("The men had not been able to phone their families since March.")


def test_a_numbered_posts_unverified_note() -> None:
    assert cf.is_unverified_note("6/ We can't verify what the driver says about pay.")
    assert not cf.is_unverified_note("6/ The driver says the pay never arrives.")


def test_how_a_briefing_was_made() -> None:
    assert cf.is_method_line("Our findings draw on court files, a leaked wage list and talks with nine people.")
    assert cf.is_method_line("Firm names were taken from public registries in Ulaanbaatar and Dubai.")
    assert cf.is_method_line("Methodology: the group blanks the names of former crew members.")
    assert not cf.is_method_line("The findings show that the crews were paid nothing for eleven months.")


def test_a_non_answer_on_which_one() -> None:
    assert cf.is_programme_line("The broker did not say which agency.")
    assert cf.is_programme_line("The embassy would not say what the men were paid.")


def test_a_numbered_heading_ending_in_a_quoted_word_is_no_claim() -> None:
    from labourlens.analyse.pipeline import analyse

    text = ("KILN NOTES - issue 4\n\n1. MONGOLIA: Brick crew \"moved\"\n\nNorth Korean bricklayers at a kiln near "
            "Darkhan were locked in at night and paid nothing, a driver said.\n\n2. LAOS: Coders \"gone\"\n\n"
            "A landlord said the coders had their passports taken by a minder.\n")
    texts = [c.text for c in analyse(text, {}).claims]
    assert not any("Coders" in t or "Brick crew" in t for t in texts)
    assert any(t.startswith("A landlord said") for t in texts)


def test_an_interview_through_an_interpreter_has_its_original_language() -> None:
    from labourlens.analyse.pipeline import analyse

    head = "Interview 12 (transcript)\nInterviewee: a former tiler\nRecorded: Seoul, 3 March 2026. Interpreted from Korean.\n\n"
    assert analyse(head + "Q: Where did you work?\n\nA: In Ajman, on a tower.\n", {}).meta.original_language == "ko"
    assert analyse("Interview conducted in Russian; translated by Ilya Marten\n\nThe men were paid late.\n",
                   {}).meta.original_language == "ru"
    assert analyse("Method: interviews were conducted in Korean and Chinese.\n\nThe men were paid late.\n",
                   {}).meta.original_language is None
    assert analyse("The foreman interpreted the rules from memory.\n", {}).meta.original_language is None
