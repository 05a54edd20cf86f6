"""Probes (session 38, from heldout383's speaker misses): a magazine's standfirst that opens on its teller's first name
and age ("Aziz is 31, a roofer from ...") and says the page prints only that name ("She asked us to print only her
first name.") is the note of a first-person account: the paragraphs after it in the first person are his, and so is what a
lender the account names told him ("He said my family owed him ..."). Near misses: a story whose paragraph after such a
note is the page's own "We", not the teller's "I", and a page with no note of the first name keep their speakers.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import wordings_by_claim

_ACCOUNT = """ROADS - a magazine for workers abroad
Our Voices, issue 9, 4 May 2026

"The debt followed me to the site"

Aziz is 31, a roofer from a town near Khujand, who spent ten months on a building site near Kazan. He asked that only his first name be printed.

I borrowed the fare from a man everyone calls Uncle Salim. He said my family owed him double by the spring. The foreman took my passport on the first day.

We worked thirteen hours a day. They paid me half of what was promised and kept the rest for the debt.

Editor's note: The building firm did not answer our questions.
"""

_STORY = """ROADS - a magazine for workers abroad

Aziz is 31, a roofer from a town near Khujand. He asked that only his first name be printed.

We spoke to the building firm about his case. The firm said the foreman took no passports and that wages were paid in full.
"""



def test_a_first_name_standfirst_gives_the_account_to_its_teller() -> None:
    speakers = wordings_by_claim(_ACCOUNT)
    passport = next(k for k in speakers if "took my passport" in k)
    assert speakers[passport] == "Aziz"
    hours = next(k for k in speakers if "kept the rest" in k)
    assert speakers[hours] == "Aziz"


def test_what_the_lender_told_the_teller_is_the_tellers() -> None:
    speakers = wordings_by_claim(_ACCOUNT)
    lender = next(k for k in speakers if "owed him double" in k)
    assert speakers[lender] == "Aziz"


def test_the_pages_own_we_after_the_note_is_no_account() -> None:
    speakers = wordings_by_claim(_STORY)
    firm = next(k for k in speakers if "took no passports" in k)
    assert speakers[firm] != "Aziz"
