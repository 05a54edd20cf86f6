"""Probes for the classes of miss found when heldout165 (Chinese and Central Asian workers in Russia's Far East,
Siberia and the Urals) was opened for study (branch diag165). Every text is written for these tests, in our own
wording: names, firms and figures are invented (places and currencies are real); each class has controls that must
not change."""

from __future__ import annotations

from labourlens.analyse.apposed_roles import apposed_description, same_one
from labourlens.analyse.post_voice import username_mention
from labourlens.analyse.role_interviewee import asked_in_question, role_interviewee
from probe_helpers import speaker

META = {"published": "2026-10-01", "language": "en"}

# ---------------------------------------------------------------- a Q&A whose intro names the person after a role

QA = ("Amur Trade Weekly — Interview\n\n"
      "Lumber firm answers questions on its Uzbek crews\n\n"
      "Inspectors in Khabarovsk are checking complaints from Uzbek loggers at a camp run by Taiga Les. "
      "We spoke to the firm's director of personnel, Marina Voronova.\n\n"
      "Q: Loggers say their wages were held back for three months. Is that so?\n"
      "A: Every logger received his wages on time through the bank.\n\n"
      "Q: Some say the foreman keeps their passports.\n"
      "A: The passports stay with the men in their cabins.\n")


def test_qa_answers_go_to_person_named_after_role() -> None:
    for frag in ("Every logger received", "The passports stay"):
        wording, _kind, _key = speaker(QA, frag, META)
        assert wording is not None and "Voronova" in wording


def test_role_interviewee_shapes() -> None:
    assert role_interviewee("We spoke to the company's lawyer, Irina Petrova.")[1] == "Irina Petrova"  # type: ignore[index]
    assert role_interviewee("I talked with the mine's deputy director, Pavel Orlov.")[1] == "Pavel Orlov"  # type: ignore[index]
    # controls: no name after the role; a group; no speaking verb
    assert role_interviewee("We spoke to the company's lawyer about the case.") is None
    assert role_interviewee("We spoke to several workers, all from Osh.") is None
    assert role_interviewee("The company's lawyer, Irina Petrova, declined to comment.") is None


def test_question_line_detection() -> None:
    text = "Intro line.\nQ: Workers say they were unpaid.\nA: No."
    assert asked_in_question(text, text.index("Workers"))
    assert not asked_in_question(text, text.index("Intro"))
    assert not asked_in_question(text, text.index("No."))


# ---------------------------------------------------------------- a bare handle after "who signs as"


def test_bare_handle_is_the_poster() -> None:
    m = username_mention("A user who signs as Timur_07 wrote on Monday that the crew had not been paid.")
    assert m is not None and m.wording == "Timur_07"
    m = username_mention("A member of the chat posting as kedr.99 said the gates were locked at night.")
    assert m is not None and m.wording == "kedr.99"


def test_bare_handle_controls() -> None:
    # a plain word after "as" is no handle; the quoted-username shape is unchanged
    assert username_mention("A user who signs as Anonymous wrote that the crew had not been paid.") is None
    m = username_mention('A user who signs as "Red Birch" wrote that the crew had not been paid.')
    assert m is not None and m.wording == "Red Birch"


def test_bare_handle_speaks_in_report() -> None:
    text = ("Migrant builders near Omsk describe unpaid wages\n\n"
            "A user who signs as Bakhtiyor_91 wrote on Friday that crews at a depot near Omsk had worked 13-hour shifts "
            "without pay.\n\n"
            '"The foreman keeps our passports in his car," Bakhtiyor_91 wrote.\n')
    wording, kind, _ = speaker(text, "13-hour shifts", META)
    assert (wording, kind) == ("Bakhtiyor_91", "named_person")
    wording, kind, _ = speaker(text, "keeps our passports", META)
    assert (wording, kind) == ("Bakhtiyor_91", "named_person")


# ---------------------------------------------------------------- "One of them, a 29-year-old from Osh, ..."


def test_apposed_description() -> None:
    s = "One of them, a 29-year-old welder from Osh who asked not to be named, said the boss kept his papers."
    assert apposed_description(s, 0, len("One of them"), "One of them") == "a 29-year-old welder from Osh"
    s = "Another of the men, a driver from Namangan who declined to be named, said he was never paid."
    assert apposed_description(s, 0, len("Another of the men"), "Another of the men") == "a driver from Namangan"
    # controls: no name withheld (the older reading stays); a named head; a group in apposition; no apposition
    s = "Another of the men, a driver from Namangan, said he was never paid."
    assert apposed_description(s, 0, len("Another of the men"), "Another of the men") is None
    s = "A worker, a driver from Namangan who asked not to be named, said he was never paid."
    assert apposed_description(s, 0, len("A worker"), "A worker") is None
    s = "One of them, a group of six who asked not to be named, said they were never paid."
    assert apposed_description(s, 0, len("One of them"), "One of them") is None
    assert apposed_description("One of them said he was never paid.", 0, 11, "One of them") is None


def test_one_of_them_described_speaks_by_description() -> None:
    text = ("Uzbek loggers near Tynda say they are beaten\n\n"
            "TYNDA — Several loggers from Uzbekistan at a camp near Tynda say a foreman beats them.\n\n"
            "One of them, a 41-year-old from Andijan who asked not to be named, showed reporters a scar on his hand. "
            '"He beats anyone who stops to rest," the man said.\n\n'
            "The same worker said his brother had borrowed 9,000 dollars to pay the recruiter.\n")
    for frag in ("He beats anyone", "his brother had borrowed"):
        wording, kind, _ = speaker(text, frag, META)
        assert wording == "a 41-year-old from Andijan" and kind == "anonymous_source"


def test_same_one() -> None:
    assert same_one("The same worker")
    assert same_one("the same man")
    assert not same_one("the same workers")
    assert not same_one("the worker")


# ---------------------------------------------------------------- "Original: X (name in its own script), date"


def _outlet(text: str) -> str | None:
    from labourlens.analyse.pipeline import analyse  # noqa: PLC0415

    return analyse(text, dict(META)).meta.outlet


def test_original_line_with_own_script_name() -> None:
    body = ("\n\nSuifenhe welders say wages are months late\n\nSUIFENHE — Welders from Suifenhe working in Ussuriysk say "
            "their employer has not paid them since August.\n")
    assert _outlet("Translated from the Chinese by Gao Lin | Original: Suifenhe Evening News (绥芬河晚报), 4 June 2026"
                   + body) == "Suifenhe Evening News"
    assert _outlet("[Translated from Chinese. Original: Mudanjiang Daily (牡丹江日报), 9 March 2026. Translation: Li Wen]"
                   + body) == "Mudanjiang Daily"
    # control: the older shape without the script name still reads the same
    assert _outlet("Original: Mudanjiang Daily, 9 March 2026" + body) == "Mudanjiang Daily"
    # control: a parenthesis with no date after it names no original
    assert _outlet("Original: Mudanjiang Daily (abridged)" + body) != "Mudanjiang Daily"
