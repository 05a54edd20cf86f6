"""Probes (s34, heldout359): a firm's supplier code whose own rules name what they forbid or
provide for with a word of abuse ("shall not use bonded or trafficked labour", "may file complaints") is still a
code, quiet; a page headed as a code that tells in the past tense of workers who were trafficked, or that reports
someone's words, is left in the domain. Texts written for these tests; the firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-01", "language": "en"}

_CODE = ("HARLOW TEA TRADERS LTD\nSupplier Code of Conduct, edition 3\nPart 2: Workers\n\n"
         "Harlow Tea Traders buys leaf from estates in Kenya and Malawi through its office in Mombasa. "
         "This part lists the duties of each estate that sells leaf to the firm.\n\n"
         "2.1 Free employment\nEstates shall not use bonded, prison or trafficked labour of any kind. "
         "Every picker must be able to leave the estate once the shift is over.\n\n"
         "2.2 Pay\nWages must be paid in full every month. "
         "A picker may not be charged a fee for hiring.\n\n"
         "2.3 Complaints\nEstates must let pickers file complaints in confidence, without fear of reprisal. "
         "Beatings, threats and abuse of any kind are prohibited.\n\n"
         "2.4 Hours\nRegular hours shall stay under 50 a week and overtime is voluntary.\n")


def test_a_code_whose_rules_name_what_they_forbid_is_quiet() -> None:
    assert analyse(_CODE, META).claims == []


def test_a_code_page_that_tells_of_trafficked_workers_is_not_quiet() -> None:
    told = _CODE + ("\n2.5 Past cases\nIn 2024 eleven pickers at one estate were trafficked from the border and must "
                    "now be repaid their fees.\n")
    assert analyse(told, META).claims != []


def test_a_story_about_a_code_that_reports_words_is_not_quiet() -> None:
    story = _CODE + ("\nPickers at the Limbe estate said the code was ignored and that their wages were held back for "
                     "three months.\n")
    assert analyse(story, META).claims != []
