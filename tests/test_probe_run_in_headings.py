"""The run-in heading of a numbered point in a letter or report ("1. Wages. All 312 workers are paid ...") names
the point's topic and is no claim, even when its words are an indicator's ("Passports."); the sentences after it
are claims, and a short sentence with a verb after a number stays one (probe diag88). Every text is written for
this test; the firm and people are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
LETTER = ("KESTREL BUILD L.L.C.\nDubai, United Arab Emirates\n\nDear Ms Otieno,\n\nThank you for your letter about "
          "the migrant workers at our Jebel Ali camp, who say their wages were withheld and their passports taken. "
          "We respond as follows.\n\n1. Wages. All 200 workers are paid through the Wage Protection System.\n\n"
          "2. Passports. The company does not hold passports.\n\n3. Recruitment fees. Nobody paid.\n\n"
          "Yours sincerely,\nOmar Haddad\nDirector\n")


def _claims() -> list[str]:
    return [c.text for c in analyse(LETTER, META).claims]


def test_headings_are_no_claims() -> None:
    texts = _claims()
    assert "Wages." not in texts and "Passports." not in texts and "Recruitment fees." not in texts


def test_points_after_the_headings_are_claims() -> None:
    texts = _claims()
    assert any(t.startswith("All 200 workers are paid") for t in texts)
    assert any(t.startswith("The company does not hold passports") for t in texts)


def test_heading_helper() -> None:
    from labourlens.analyse.run_in_headings import run_in_heading
    from labourlens.analyse.sentences import split

    sents = split("Intro.\n\n1. Wages. All are paid.\n\n2. Nobody paid. They left.\n")
    by_text = {s.text: i for i, s in enumerate(sents)}
    assert run_in_heading(sents, by_text["Wages."])
    assert not run_in_heading(sents, by_text["Nobody paid."])
