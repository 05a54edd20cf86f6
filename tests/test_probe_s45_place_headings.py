"""A town heading a digest's item or a case ("3. Kaesong: a new dormitory", "Case 2 - Liaoning, seafood plant") is the
item's topic, never a person whose "he" speaks below it (forty-fifth session: three studied sets by different writers
had a province or a town as a `named_person`). Texts are invented."""

from __future__ import annotations

from probe_helpers import speaker

META = {"published": "2025-11-03", "language": "en"}


def test_a_town_heading_a_digest_item_is_no_speaker() -> None:
    text = ("NORTHERN LABOUR DIGEST\n\nItems this fortnight.\n\n"
            "3. Hunchun: a new dormitory block\n"
            "A Yanji pastor who helps defectors published photos that he said showed a dormitory for North Korean "
            "women beside a crab plant. He wrote that the women were locked in after their shifts.\n")
    wording, kind, _ = speaker(text, "locked in after their shifts", META)
    assert wording != "Hunchun" and kind != "named_person"


def test_a_province_heading_a_case_is_no_speaker() -> None:
    text = ("FICTIONAL HARBOUR WATCH\nCasebook\n\nWe record the cases of North Korean workers sent to seafood plants "
            "in China.\n\nCase 2 - Liaoning, seafood plant, closed\n"
            "A woman who left the plant in March told us that the workers peeled shrimp for 13 hours a day. "
            "She said the managers kept the passports of all the workers in a safe.\n")
    wording, kind, _ = speaker(text, "kept the passports", META)
    assert wording != "Liaoning"
    assert kind == "anonymous_source"


def test_a_transcript_speaker_with_a_town_name_still_speaks() -> None:
    text = ("HARBOUR VOICES, episode 9 (transcript)\n\n"
            "HOST: Tell us about the boat.\n\n"
            "Victoria: The captain kept our passports and we worked 20 hours a day during the squid season.\n")
    assert speaker(text, "kept our passports", META)[:2] == ("Victoria", "named_person")


def test_a_case_headed_by_a_persons_name_and_age_still_names_her() -> None:
    text = ("FICTIONAL HARBOUR WATCH\nCasebook\n\n"
            "Case 3: Victoria, 34, Philippines\n"
            "She said her employer in Kuwait withheld her wages for eight months and kept her passport.\n")
    assert speaker(text, "withheld her wages", META)[:2] == ("Victoria", "named_person")
