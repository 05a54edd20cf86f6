"""A letter a page prints whole between its own paragraphs (probe diag62): from "Dear ..." to "Yours faithfully,"
the sentences are the writer's (the firm under the signature; a letter in numbered points is a ``document``),
the page's own paragraphs around it stay the page's, and a page that is itself a letter keeps its own voice.
Also a paper "supplied to us by" someone that "shows" something speaks as a document. Every text is written for
this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.model import Analysis

META = {"published": "2026-05-02", "language": "en"}

INTRO = ("Harbour Watch — Right of reply\n\n"
         "In March we wrote to Falcon Ridge Builders Ltd about welders on its tower project in Muscat. Welders we "
         "interviewed told us the company held their passports and paid them months late. We publish the firm's "
         "answer below.\n\n")
NUMBERED = ("Dear Harbour Watch,\n\n"
            "Thank you for your letter. Falcon Ridge Builders responds to your points as follows.\n\n"
            "1. No worker's passport is held by the company. Every welder keeps his passport in his own locker.\n\n"
            "2. Wages are paid on the first day of every month through the bank.\n\n"
            "Yours faithfully,\n"
            "Omar Al-Sabti\n"
            "General Manager\n"
            "Falcon Ridge Builders Ltd\n\n")
PROSE = ("Dear Editor,\n\n"
         "We were surprised by your questions. No worker's passport is held by the company, and wages are paid on "
         "the first day of every month through the bank.\n\n"
         "Kind regards,\n"
         "Omar Al-Sabti\n"
         "General Manager\n"
         "Falcon Ridge Builders Ltd\n\n")
AFTER = ("---\n\nOur response: Payslips supplied to us by nine welders show wages paid two months late in 2025. We have "
         "sent the letter to the welders.\n")


def _speaker(a: Analysis, words: str) -> tuple[str, str]:
    c = next(c for c in a.claims if words in c.text)
    src = a.source(c.source)
    assert src is not None
    return src.wording or src.canonical or "", src.kind


def test_numbered_letter_speaks_as_a_document_of_the_signing_firm() -> None:
    a = analyse(INTRO + NUMBERED + AFTER, META)
    wording, kind = _speaker(a, "passport is held")
    assert "Falcon Ridge Builders" in wording and kind == "document"
    assert _speaker(a, "paid on the first day")[0] == wording
    assert _speaker(a, "held their passports")[1] == "anonymous_source"  # the page's own paragraph before it


def test_prose_letter_speaks_as_the_firm() -> None:
    wording, kind = _speaker(analyse(INTRO + PROSE + AFTER, META), "passport is held")
    assert "Falcon Ridge Builders" in wording and kind == "organization"


def test_paper_supplied_to_us_by_workers_shows() -> None:
    wording, kind = _speaker(analyse(INTRO + NUMBERED + AFTER, META), "two months late")
    assert "Payslips supplied to us by nine welders" in wording and kind == "document"


def test_a_page_that_is_a_letter_keeps_its_own_voice() -> None:
    page = ("Dear Minister,\n\n"
            "We write about welders on tower projects in Muscat. No welder we met held his own passport, and wages "
            "were paid months late.\n\n"
            "Yours sincerely,\n"
            "Rana Haddad\n"
            "Director\n"
            "Harbour Watch Association\n")
    a = analyse(page, META)
    c = next(c for c in a.claims if "own passport" in c.text)
    src = a.source(c.source)
    assert src is None or src.kind == "outlet" or "Harbour Watch" not in (src.wording or "")


def test_a_letter_without_a_signature_changes_nothing() -> None:
    text = INTRO + NUMBERED.split("Yours faithfully")[0] + AFTER
    wording, _ = _speaker(analyse(text, META), "passport is held")
    assert "Falcon Ridge" not in wording
