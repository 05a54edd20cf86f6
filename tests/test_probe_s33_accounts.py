"""Probes (session 33, lead, from heldout354's testimony, channel thread, Q&A and podcast): a testimony printed under
a note that calls it "this account" of a witness with a changed name is the witness's, the "she said" of someone the
witness met is the witness's account too, and the publisher's closing note that names the witness in the third person
is not; a family's report of a relative held (no worker word) is a report of forced labour; a channel's label for a
reader's post ("New message from a reader in ..., shared with permission:") gives the post its author; a translator
credited after a semicolon or from a two-word language ("Bahasa Melayu") is found; a host's greeting is no claim. Near misses keep what
they had. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers
from labourlens.analyse.bonded_households import household_work
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from labourlens.analyse.talk_moves import talk_move

_TESTIMONY = """HARBOUR VOICES - FIRST PERSON
"They said the boat was a hotel"
Published 9 March 2026

Amina (not her real name), 27, from Tanga, came home in January after five months on a fishing island off Sabah. Over three evenings she gave this account, in Swahili, to a reporter of ours; it is shortened here.

Translated from Swahili by Peter Lyimo.

A man from our street told me about a cannery in Malaysia that wanted women to pack fish. The pay was 900 dollars a
month, he said, and the company would pay the flight. Nobody mentioned an island.

On the island a supervisor took my passport as soon as we landed. The bosses said my debt was 3,000 dollars for the flight
and the food. My wages were never paid. We packed fish from five in the morning until midnight.

I was not hit myself. But I saw a girl from Zanzibar beaten with a hose because she asked to go home.

Harbour Voices has changed Amina's name for her protection. We could not reach the cannery.
"""


def _speakers(text: str) -> dict[str, str | None]:
    """Each claim's text with its speaker's wording (the shared helper, no metadata)."""
    return {t: wording for t, (wording, _kind) in claim_speakers(text, {}).items()}


def test_a_testimony_under_a_note_about_this_account_is_the_witness_s() -> None:
    got = _speakers(_TESTIMONY)
    mine = [t for t, w in got.items() if w == "Amina"]
    assert any("took my passport" in t for t in mine)
    assert any("never paid" in t for t in mine)
    assert any("The pay was 900 dollars" in t for t in mine)  # what the man she met said, in her account
    assert not any("could not reach" in t or "has changed" in t for t in mine)  # the publisher's note


def test_a_note_without_a_changed_name_gives_no_witness() -> None:
    text = _TESTIMONY.replace("Amina (not her real name), 27,", "A woman of 27")
    got = _speakers(text)
    assert "Amina" not in got.values()


_FAMILIES = """ISLAND RETURN | a page for families

[08:10] admins
Latest post by a reader in Bac Giang, shared with her consent:
"My son went in May to work at a casino, 14 million dong monthly. Since July he is held in a building in Bavet and
nobody is let out. He wrote that the manager locks all their passports in a cabinet. The company now says he owes 9,000
dollars; unless we send it they will pass him to another group."

[10:20] admins
A reader in Dien Bien (translated from Thai):
"My brother is somewhere near Myawaddy. According to him they are kept at work nineteen hours a day and on bad days go
without dinner. He wrote that one who tried to run was beaten with a stick in front of the others."
"""


def test_a_family_s_report_of_a_relative_held_has_claims_and_their_authors() -> None:
    got = _speakers(_FAMILIES)
    assert any("passports in a cabinet" in t and w == "a reader in Bac Giang" for t, w in got.items())
    assert any("nineteen hours" in t and w == "A reader in Dien Bien" for t, w in got.items())


def test_kin_with_too_few_kinds_of_abuse_is_no_report() -> None:
    texts = ["My son works in a casino in Bavet.", "He says the food is good and he sends money home."]
    assert not household_work(texts, [set(), set()])
    assert household_work(["My son is in a building where nobody is let out."],
                          [{"restriction_of_movement"}, {"retention_of_identity_documents"}, {"debt_bondage"}])


@pytest.mark.parametrize(("credit", "name", "lang"), [
    ("The interview was held in Sinhala; translation by Chaminda Rajapakse.", "Chaminda Rajapakse", "si"),
    ("Translated from Bahasa Melayu by Dewi Lestari", "Dewi Lestari", "ms"),
])
def test_translator_credits(credit: str, name: str, lang: str) -> None:
    text = (f"THE HARBOUR WEEKLY\n\nA cook's story\n\n{credit}\n\nThe recruiter took our passports, the cook said, and "
            "we worked sixteen hours a day at a fish plant in Penang.\n")
    meta = analyse(text, {}).meta
    assert meta.translator == name and meta.original_language == lang


def test_translation_without_a_credit_names_no_translator() -> None:
    text = ("THE HARBOUR WEEKLY\n\nThe talks were held in Sinhala; translation was a problem for the delegates.\n\n"
            "The recruiter took our passports, the cook said.\n")
    assert analyse(text, {}).meta.translator is None


@pytest.mark.parametrize("line", ["HOST (MARA DIALLO): Welcome back.", "Welcome back to the show, everyone.",
                                  "GUEST: Thanks for having me.", "Thank you for joining us today."])
def test_greetings_are_talk_moves(line: str) -> None:
    assert talk_move(line)


@pytest.mark.parametrize("line", ["Welcome back, the guards said, and took our phones.",
                                  "Welcome to Doha, they told us, and kept our passports.",
                                  "Thanks to the recruiter we owed 2,000 dollars."])
def test_greetings_that_go_on_are_no_talk_moves(line: str) -> None:
    assert not talk_move(line)


@pytest.mark.parametrize("phrase", ["The Nepali", "The other Ethiopian", "the younger Filipino"])
def test_one_person_by_nationality_is_an_unnamed_source(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize(("phrase", "kind"), [("The Nepali Times", "outlet"), ("The Economist", "outlet")])
def test_papers_named_after_a_nation_stay_outlets(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_renamed_national_is_a_named_person() -> None:
    text = ("Workers at a glove plant in Klang say their passports were taken.\n\nThe Bangladeshi, who gave only his first name, "
            "Rafiq, said his pay of 1,500 ringgit was unpaid since March.\n")
    a = analyse(text, {})
    kinds = {s.key: s.kind for s in a.sources}
    assert any("since March" in c.text and kinds[c.source] == "named_person" for c in a.claims)


def test_a_first_name_in_a_speaker_label_is_no_debt_cue() -> None:
    text = ("TIDEWATER - a podcast on migrant work\n\nHOST (OWENA KAPUR): This week we talk about the glove plants of "
            "Klang, where workers say their passports were taken.\n\nGUEST (OWEN LISTER): They were beaten when they "
            "asked for their pay.\n")
    hits = {h.indicator for c in analyse(text, {}).claims for h in c.indicators}
    assert "debt_bondage" not in hits and "physical_and_sexual_violence" in hits


_HELD = "Workers at a glove plant in Klang say their passports were taken and they were beaten.\n\n{line}\n"


@pytest.mark.parametrize("line", ["In May a man phoned his wife and asked for 2,000 dollars.",
                                  "Her parents got text messages asking for 1,800 USDT.",
                                  "Several families, once contacted, were asked to pay 3 lakh rupees each."])
def test_a_call_for_money_to_a_captive_s_people_is_debt_bondage(line: str) -> None:
    claims = analyse(_HELD.format(line=line), {}).claims
    assert any(line[:20] in c.text and "debt_bondage" in {h.indicator for h in c.indicators} for c in claims)


@pytest.mark.parametrize("line", ["A buyer called the plant and asked for 500 dollars off the invoice.",
                                  "The union phoned members asking for donations of 10 ringgit."])
def test_calls_about_bills_and_donations_are_no_debt(line: str) -> None:
    claims = analyse(_HELD.format(line=line), {}).claims
    assert not any(line[:20] in c.text and "debt_bondage" in {h.indicator for h in c.indicators} for c in claims)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("She spent a year at a compound of the Golden Triangle SEZ, Bokeo.", "Golden Triangle", "LA"),
    ("MAE SOT, Thailand -- Forty people walked across the Friendship Bridge on Tuesday.", "Friendship Bridge", "TH"),
    ("North Korean crews crossed the Friendship Bridge from Sinuiju into Dandong.", "Friendship Bridge", "CN"),
    ("His mother, who sells fish in Likoni, waits for his calls.", "Likoni", "KE"),
])
def test_places_of_the_mekong_borderlands_and_of_recruits_homes(text: str, name: str, country: str) -> None:
    places = analyse(text, {}).places
    assert any(p.name.startswith(name) and p.country == country for p in places), [(p.name, p.country) for p in places]
