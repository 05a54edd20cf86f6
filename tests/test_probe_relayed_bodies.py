"""Relayed bodies and accounts in hearings and briefings (probe diag37-d): "the agency" naming again a state body
given before under another head noun ("the National Intelligence Service", "the Federal Migration Service"), even
after another state body spoke; "the Russian side" as a state in diplomatic wording; "The researcher, Dr. X of Y
University" as a person, not a firm; "by his account" set inside a sentence or at its end as the account of the
man just heard, also inside a transcript turn. Every text is written for this test; people and firms are fictional
(places and state institutions are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.speakers import classify

H = "Lawmakers hear of workers sent to Russia\nThe committee met on Tuesday to discuss North Korean workers in Russia.\n\n"






@pytest.mark.parametrize("body", ["the Federal Security Service", "the National Intelligence Service", "the Korea Customs Service"])
def test_the_agency_names_the_service_again(body: str) -> None:
    text = (H + f"Rep. Park Ji-won said {body} had briefed members last week. According to the agency, about 2,000 "
            "North Korean workers were sent to building sites near Kazan. The agency said the men were not allowed to "
            "leave their dormitory.\n\nThe Russian side has said that no North Korean works in Russia illegally.\n\n"
            "A person who attended the briefing said the agency believes the workers pay recruitment fees of $2,000.\n")
    sp = claim_speakers(text)
    name = body.removeprefix("the ")
    for fragment in ("about 2,000", "not allowed to leave", "recruitment fees"):
        who, kind = speaker_in(sp, fragment)
        assert kind == "official" and name in (who or ""), (fragment, who)
    assert speaker_in(sp, "works in Russia illegally") == ("The Russian side", "official")


def test_the_agency_without_a_named_service_stays_the_agency() -> None:
    # negative control: nothing named before; "the agency" is a source of its own
    text = H + "According to the agency, about 2,000 North Korean workers were sent to building sites near Kazan.\n"
    assert speaker_in(claim_speakers(text), "about 2,000")[0] == "the agency"


@pytest.mark.parametrize("phrase,kind", [
    ("the Russian side", "official"),
    ("The Chinese side", "official"),
    ("the other side", None),
    ("The researcher, Dr. Mina Cho of Hallim University", "named_person"),
    ("The economist, Oleg Brandt of Kazan Federal University", "named_person"),
    ("The trader, Pacific Rim Loins Ltd.", "organization"),  # a firm in apposition, unchanged
    ("The developer, Severny Kvartal", "organization"),
])
def test_kinds(phrase: str, kind: str | None) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("line", [
    "The rest, by his account, went to the team leader and the loyalty fund.",
    "The rest went to the team leader and the loyalty fund, by his own account.",
])
def test_by_his_account_in_a_turn_is_the_man_heard(line: str) -> None:
    text = (H + "MS. HAN (Ministry of Unification): One of them, a former welder, told our staff that his wages were "
            "paid into an account held by the team leader.\n\n"
            "REP. PARK: And the rest?\n\n"
            f"MS. HAN: {line}\n")
    sp = claim_speakers(text)
    welder = speaker_in(sp, "paid into an account")
    assert "welder" in (welder[0] or "")
    assert speaker_in(sp, "loyalty fund") == welder


def test_a_turn_without_an_account_inset_stays_the_speakers() -> None:
    text = (H + "MS. HAN (Ministry of Unification): One of them, a former welder, told our staff that his wages were "
            "paid into an account held by the team leader.\n\n"
            "MS. HAN: The ministry believes most of the wages went to the team leader and the loyalty fund.\n")
    assert "welder" not in (speaker_in(claim_speakers(text), "loyalty fund")[0] or "")


@pytest.mark.parametrize("line,fragment,whose", [
    # "me" only the audience: Pak's words
    ("Pak once said to me that anyone who complained would be sent back to the mines.", "sent back to the mines", "Pak"),
    # what was said is about the witness himself: his own account
    ("Pak once said to me that the guards would take my passport if I talked.", "take my passport", "Brandt"),
])
def test_said_to_me_in_a_turn(line: str, fragment: str, whose: str) -> None:
    text = ("Q&A: a foreman on the brigades\nOleg Brandt ran building sites in Kazan for ten years.\n\n"
            "Q: How were the men paid?\n\n"
            "Brandt: One of the older men, Pak, told me they got 10,000 rubles a month in their hands.\n\n"
            "Q: Did anyone complain?\n\n"
            f"Brandt: To whom? {line}\n")
    who = speaker_in(claim_speakers(text), fragment)[0] or ""
    assert whose in who
