"""A "he" or "she" that speaks in a relative clause after a person's own verb ("A pastor published photos that he said
showed ...") is that person, not the group or firm quoted in the paragraph before (forty-sixth session: four studied
sets by different writers gave such a claim to the outlet or to the last organisation). Texts are invented."""

from __future__ import annotations

from probe_helpers import speaker

META = {"published": "2025-06-02", "language": "en"}
LEAD = ("The Fictional Harbour Alliance said in its yearly review that seafood plants in Liaoning employed hundreds of "
        "North Korean women.\n\n")


def test_an_unnamed_person_who_published_photos_tells_what_they_show() -> None:
    text = LEAD + ("A Hunchun pastor who helps defectors published photos that he said showed a dormitory where the "
                   "women were locked in after their shifts.\n")
    wording, kind, _ = speaker(text, "locked in after their shifts", META)
    assert kind == "anonymous_source" and wording is not None and "pastor" in wording


def test_a_named_person_who_showed_a_notebook_tells_what_it_records() -> None:
    text = LEAD + ("Akosua Adjei showed reporters a notebook of her shifts, which she said recorded 90 hours of unpaid "
                   "overtime in May.\n")
    assert speaker(text, "unpaid", META)[:2] == ("Akosua Adjei", "named_person")


def test_a_person_described_in_apposition_tells_where_the_scars_came_from() -> None:
    text = LEAD + ("One of the drivers, a 41-year-old from Osh who asked not to be named, showed us scars on his wrist "
                   "that he said were left by handcuffs at the depot.\n")
    wording, kind, _ = speaker(text, "handcuffs", META)
    assert kind == "anonymous_source" and wording is not None and "Osh" in wording


def test_a_petitioner_named_in_apposition_tells_where_his_sons_are_held() -> None:
    text = LEAD + ("The petitioner, Bilal Qureshi, sought the release of his two sons, who he said were held at a brick "
                   "kiln near Kasur.\n")
    assert speaker(text, "brick kiln", META)[:2] == ("Bilal Qureshi", "named_person")


def test_a_pronoun_of_the_other_sex_is_not_the_subjects() -> None:
    text = LEAD + ("A woman from Kollam kept a diary of her hours that he said proved the women were locked in.\n")
    wording, _, _ = speaker(text, "proved the women", META)
    assert wording is None or "Kollam" not in wording


def test_a_person_met_before_and_given_by_description_keeps_her_name() -> None:
    text = ("Halima Yusuf answered an advert for a nanny's job in Riyadh in 2023.\n\n"
            "Instead, the 30-year-old from Kano spent a year cleaning a villa, where she says she was locked in and "
            "never paid.\n")
    assert speaker(text, "locked in", META)[:2] == ("Halima Yusuf", "named_person")


def test_a_clause_with_its_own_subject_between_keeps_the_pronoun_apart() -> None:
    text = LEAD + ("A cook from Sylhet returned to Dhaka after her brother paid the agency a fee, which he said was "
                   "taken from wages the men never received.\n")
    wording, _, _ = speaker(text, "never received", META)
    assert wording is None or "cook" not in wording


# A report carried by a participle after what its subject did ("Welders stopped work, saying ...") is the subject's
# (seven studied sets by different writers open a wire story so and gave the claim to the outlet).

WIRE = "Migrant workers protest in Mombasa\n\nMOMBASA, March 3 (Fictional Coast Wire) - "
MORE = "\n\nMigrant workers at the port said the crews' passports were kept by the agencies.\n"


def test_workers_who_stopped_work_saying_they_were_unpaid_are_the_speakers() -> None:
    text = WIRE + ("About 120 Bangladeshi welders stopped work at a shipyard in Mombasa on Monday, saying they had not "
                   "been paid since October.\n")
    wording, kind, _ = speaker(text, "not been paid since October", META)
    assert kind == "anonymous_source" and wording is not None and "welders" in wording


def test_a_long_subject_with_a_participle_inside_is_kept_whole() -> None:
    text = WIRE + ("Drivers hauling limestone for a quarry near Kilifi, Kenya, blocked the road on Friday, saying they "
                   "were made to work 18-hour shifts.\n")
    wording, kind, _ = speaker(text, "18-hour shifts", META)
    assert kind == "anonymous_source" and wording is not None and wording.startswith("Drivers hauling limestone")


def test_the_subject_of_a_clause_of_time_before_the_participle_speaks() -> None:
    text = WIRE + ("Port authorities detained a fishing boat after 14 Filipino deckhands refused to sail, "
                   "saying their wages had been withheld for nine months." + MORE)
    wording, kind, _ = speaker(text, "withheld for nine months", META)
    assert kind == "anonymous_source" and wording is not None and "deckhands" in wording


def test_a_participle_the_paper_attributes_to_itself_stays_the_papers() -> None:
    text = WIRE + ("Dozens of cleaners gathered outside the hostel on Sunday, complaining that their wages "
                   "had been withheld for six "
                   "weeks, according to the Fictional Coast Wire." + MORE)
    wording, kind, _ = speaker(text, "withheld for six", META)
    assert kind in (None, "outlet")


def test_a_they_say_inside_a_workers_quotation_stays_the_workers_words() -> None:
    text = ("Workers strike at Sulawesi smelter\n\nMOROWALI, March 3 (Fictional Wire) - Thirty Chinese welders at a "
            "nickel smelter began a hunger strike on Monday, saying their employer had kept their passports.\n\n"
            "\"The company took our passports at the airport,\" said Li Wen, 41, a welder from Hunan.\n\n"
            "Li said each worker had been promised 14,000 yuan a month but had received only 3,000 yuan. \"Whatever is "
            "left over, they say, reaches us once the contract ends. If anyone leaves early, it is gone.\"\n")
    assert speaker(text, "reaches us once the contract ends", META)[:2] == ("Li Wen", "named_person")
