"""Probes (s34, heldout359): a first-person testimony under a note naming its witness keeps the witness as speaker
through a paragraph or two of what the witness saw happen to others ("When a boy tried to run, the foreman's men
brought him back") when the first person comes back after it; a group's post that gives "the account of our friend
Tomas, 24" in quotation marks is Tomas's; a reply's name after the network's arrow heads the reply. Near misses: the
publisher's own paragraph about its reporting, or a rule line, still ends the account. Texts written for these tests;
the people and places are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-01", "language": "en"}


def _speaker(a, needle: str) -> str | None:  # type: ignore[no-untyped-def]
    claim = next(c for c in a.claims if needle in c.text)
    src = next(s for s in a.sources if s.key == claim.source)
    return src.canonical or src.wording if src.kind != "outlet" else None


_HEAD = ("RIVERSIDE RADIO | Voices from the quarries\n\n"
         "Tomasz (not his real name), 20, grew up on a farm east of Lublin. Riverside Radio recorded his account "
         "in March. It has been shortened.\n\n"
         "A neighbour promised me work cutting stone and paid my bus. On arrival he said I owed him 3,000 zloty for the "
         "trip and that his cousin would keep me cutting until it was paid.\n\n"
         "We cut stone from dawn until nine at night. My pay went into a ledger I never saw.\n\n")


def test_what_the_witness_saw_between_first_person_paragraphs_is_the_witness_s() -> None:
    text = _HEAD + ("When a boy from the next village tried to walk out at night, the foreman's men caught him on the "
                    "road and beat him in front of the workers. After that he worked for food only.\n\n"
                    "In June a wall of the pit fell on two cutters and one lost his leg.\n\n"
                    "My sister borrowed 2,000 zloty from a moneylender to clear what was left of the debt.\n")
    a = analyse(text, META)
    assert _speaker(a, "caught him on the road") == "Tomasz"
    assert _speaker(a, "lost his leg") == "Tomasz"
    assert _speaker(a, "My sister borrowed") == "Tomasz"


def test_a_rule_line_before_a_third_person_paragraph_ends_the_account() -> None:
    text = _HEAD + ("---\n\nThe quarry kept forty boys from the east at work without pay last year.\n\n"
                    "I still have no papers from that place.\n")
    a = analyse(text, META)
    assert _speaker(a, "forty boys") is None


_POST = ("Harbour Returnees Network\nPublic group · 3.1K members\n\n"
         "Admin (Joseph K.)\n5 May at 10:02 · Public\n\n"
         "Friends, here is the account of our friend Kwame, 23, from Tema, who came back last month. He wants everyone "
         "to read it.\n\n"
         "\"The agent in Accra took 9,000 cedis to get me a job in Dubai. In Misrata the boss took my passport and "
         "said I owed him 2,000 dinars. We worked on roofs from dawn until dark and he never paid us.\"\n\n"
         "Share this with your brothers.\n\n")


def test_a_groups_post_giving_its_members_story_in_quotes_is_the_members() -> None:
    a = analyse(_POST, META)
    assert _speaker(a, "took my passport") == "Kwame"


def test_a_reply_after_the_arrow_is_the_replier_s() -> None:
    text = _POST + ("Yaw Boateng\nHow do families find so much money for the road?\nLike · Reply · 1d\n"
                    "    \u21b3 Kofi Asante\n    My father sold his land and we still owe 5,000 cedis to a moneylender "
                    "for my trip.\n    Like · Reply · 1d\n")
    a = analyse(text, META)
    assert _speaker(a, "still owe") == "Kofi Asante"


_PAGE = ("THE LAKE OBSERVER\n\nBoys in the sand pits of Kisumu\n\n"
         "Boys as young as ten dig sand at pits outside Kisumu for a dealer who keeps their pay to cover loans to their "
         "parents, a local children's group said.\n\n"
         "Subscribe to read the rest →\n\n"
         "COMMENTS (3)\n\n"
         "Otieno K. · 4 May\nDon't believe everything. My brother works a pit there and no boy is forced to dig.\n\n"
         "Akinyi Odhiambo · 5 May\nThe dealer took my nephew's birth certificate and keeps him at the pit until the loan "
         "is paid.\n")


def test_a_commenters_name_and_date_under_the_comments_heading_heads_the_comment() -> None:
    a = analyse(_PAGE, META)
    assert _speaker(a, "no boy is forced") == "Otieno K."
    assert _speaker(a, "keeps him at the pit") == "Akinyi Odhiambo"


def test_a_name_and_a_date_above_the_comments_heading_is_no_commenter() -> None:
    text = _PAGE.replace("Boys as young as ten", "Grace Achieng · 3 May\n\nBoys as young as ten")
    a = analyse(text, META)
    assert _speaker(a, "keeps their pay") != "Grace Achieng"
