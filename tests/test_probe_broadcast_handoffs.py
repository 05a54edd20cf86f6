"""Broadcast packages (probe diag37-a): a correspondent handed over to by name ("Mira Sato reports.", "Mira Sato
reporting from Busan.") whose labelled lines ("SATO (voice-over): ...") are the broadcaster's own voice; a
pseudonymous interviewee whose label stands in quotation marks ('"MIN-JI" (interpreted): ...'); and an official
who asks not to be named because they may not speak for their office, an unnamed person rather than the state,
whose bare "OFFICIAL:" line follows. Every text is written for this test; people, firms and outlets are
fictional (places and state institutions are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers, speaker_in

H = "HARBOUR TV - TRANSCRIPT\nSegment 2: Crews on the quay | Aired 3 March 2025\n\n"






@pytest.mark.parametrize("handoff", ["Mira Sato reports.", "Mira Sato reporting from Busan.", "Here is Mira Sato, reporting."])
def test_correspondent_handed_over_to_is_the_outlet(handoff: str) -> None:
    text = (H + f"ANCHOR (JON VALE): North Korean crews work in the fish plants of the port. {handoff}\n\n"
            "SATO (voice-over): The women who work the night shift are locked in a dormitory behind the plant.\n\n"
            "SATO (voice-over): A cleaner at the plant said the women were never paid in cash.\n")
    sp = claim_speakers(text)
    assert speaker_in(sp, "locked in a dormitory")[1] == "outlet"
    assert speaker_in(sp, "never paid in cash") == ("A cleaner at the plant", "anonymous_source")


def test_a_reporter_named_elsewhere_stays_a_person() -> None:
    # negative control: "reports" in running prose is no hand-over; a researcher's report speaks as her
    text = ("Crews held on Sakhalin\nNorth Korean crews work in the fish plants of Korsakov.\n\n"
            "Researcher Lena Ortiz reports that the women were locked in a dormitory behind the plant.\n")
    sp = claim_speakers(text)
    who, kind = speaker_in(sp, "locked in a dormitory")
    assert who is not None and "Lena Ortiz" in who and kind == "named_person"


@pytest.mark.parametrize("label", ['"MIN-JI" (interpreted)', "\u201cMIN-JI\u201d (through interpreter)", '"MIN-JI"'])
def test_quoted_pseudonym_label(label: str) -> None:
    text = (H + "ANCHOR: A woman who worked on the line agreed to speak. We are calling her Min-ji.\n\n"
            f"{label}: We worked until midnight every day. Our passports were taken by the supervisor.\n")
    sp = claim_speakers(text)
    assert speaker_in(sp, "until midnight") == ("Min-Ji", "named_person")
    assert speaker_in(sp, "passports were taken") == ("Min-Ji", "named_person")


def test_unquoted_labels_unchanged() -> None:
    text = (H + "MIN-JI (interpreted): We worked until midnight every day. Our passports were taken by the supervisor.\n")
    assert speaker_in(claim_speakers(text), "passports were taken") == ("Min-Ji", "named_person")


def test_official_not_allowed_to_speak_is_an_unnamed_source_and_keeps_his_label() -> None:
    text = (H + "REPORTER (voice-over): A port health official, who asked us not to use his name because he is not "
            "allowed to speak to the press, said the plant housed North Korean crews in containers.\n\n"
            "OFFICIAL (interpreted): Everyone knows. The agent takes their wages and the women get almost nothing.\n")
    sp = claim_speakers(text)
    who, kind = speaker_in(sp, "containers")
    assert kind == "anonymous_source" and who is not None and who.startswith("A port health official")
    assert speaker_in(sp, "takes their wages") == (who, kind)


@pytest.mark.parametrize("aside", [
    "who asked us not to use his name since the briefing he gave was not public",  # he spoke for his office
    "who gave a briefing to reporters",
])
def test_official_speaking_for_the_office_stays_official(aside: str) -> None:
    text = (H + f"REPORTER (voice-over): A government official, {aside}, said the plant housed North Korean crews "
            "in containers.\n")
    assert speaker_in(claim_speakers(text), "containers")[1] == "official"
