"""Probes for the classes fixed in the study of heldout157 (own wording, not the set's)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_INTERVIEW = """Prairie Gazette · Conversation

'We slept behind a locked gate'

Farrukh (a pseudonym), 37, from Namangan, spent last autumn on a farm near Kazan. Prairie Gazette reached him by phone.

Q: How did you get there?
A: A man from our street arranged the bus. He promised 50,000 rubles a month and a room.
Q: Where did you sleep?
A: In a barn behind a locked gate. We could leave only on Sundays, with the foreman.
Q: And the pay?
A: Nothing for two months. Then the foreman said the money would come in winter.
Q: Did anyone hurt you?
A: No, nobody was beaten. But he said he would call the police on anyone who ran.
"""

_THIRD_PERSON_FAQ = """Consular Section · Questions and answers

Q: What are the opening hours?
A: The section opens from 9:00 to 13:00 on weekdays.
Q: What does a new passport cost?
A: The fee is 40 dollars, paid at the window.
"""


def test_first_person_interview_answers_are_claims() -> None:
    a = analyse(_INTERVIEW, {"language": "en"})
    texts = " | ".join(c.text for c in a.claims)
    assert "We could leave only on Sundays" in texts
    assert "the money would come in winter" in texts or "Nothing for two months" in texts
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert "restriction_of_movement" in found


def test_third_person_faq_stays_quiet() -> None:
    a = analyse(_THIRD_PERSON_FAQ, {"language": "en"})
    assert a.claims == []


def test_single_answer_is_not_an_interview() -> None:
    from labourlens.analyse.interview_answers import first_person_interview
    from labourlens.analyse.sentences import split

    text = "Q: Did you go?\nA: We stayed at home all week.\n"
    sents = split(text)
    assert not first_person_interview(sents, [i for i, s in enumerate(sents) if s.kind == "body"])


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    a = analyse(text, {"language": "en"})
    by_key = {s.key: s for s in a.sources}
    return [(c.text, by_key[c.source].wording if c.source in by_key else None,
             by_key[c.source].kind if c.source in by_key else None) for c in a.claims]


def test_camel_case_firm_with_suffix_is_an_organization() -> None:
    from labourlens.analyse.speakers import classify

    assert classify("VolgaMontazh-K") == "organization"
    assert classify("AgroTrans-3") == "organization"
    assert classify("NovaSklad-Plus") == "organization"
    assert classify("WhatsApp") != "organization"
    # controls: surnames with a particle, plain names and all-caps words are not firms by this rule
    assert classify("McAllister") != "organization"
    assert classify("DeLuca") != "organization"
    assert classify("Smith") != "organization"


def test_camel_case_firm_denial_is_the_firm() -> None:
    text = ("Thirty welders say the foreman kept their passports and their wages went unpaid for months.\n\n"
            'VolgaMontazh-K said by email that it "owes nothing to its staff".\n')
    got = {t: (w, k) for t, w, k in _speakers(text)}
    line = next(t for t in got if "owes nothing" in t)
    assert got[line] == ("VolgaMontazh-K", "organization")


def test_floating_all_leaves_the_group_and_they_describe_goes_back_to_it() -> None:
    text = ("The welders all say the foreman kept their passports.\n\n"
            "They describe sleeping in a freezing hangar, thirty to a room.\n")
    got = _speakers(text)
    assert got[0][1] == "The welders"
    assert got[1][1] == "The welders" and got[1][2] == "anonymous_source"


def test_they_were_without_a_reporting_verb_stays_with_the_page() -> None:
    text = ("The welders all say the foreman kept their passports.\n\n"
            "They were housed in a freezing hangar, thirty to a room.\n")
    got = _speakers(text)
    assert got[1][1] in (None, "") or got[1][2] == "outlet"


def test_one_of_a_group_named_by_a_given_name_alone() -> None:
    text = ("Nine women from Osh came back from a garment shop in Kazan without their wages, their families said.\n\n"
            "According to one of the women, Gulnara, 27, the owner kept their passports in a safe.\n")
    got = _speakers(text)
    line = next(g for g in got if "kept their passports" in g[0])
    assert "Gulnara" in (line[1] or "") and line[2] == "named_person"


def test_one_of_them_then_a_weekday_stays_unnamed() -> None:
    from labourlens.analyse.kin_names import given_name_after

    assert given_name_after("one of the women", "Gulnara")
    assert not given_name_after("one of the women", "Monday")
    assert not given_name_after("the women", "Gulnara")
