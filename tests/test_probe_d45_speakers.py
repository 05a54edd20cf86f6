"""Speaker shapes of short clipped excerpts (probe diag45): a worker's transcript turn that reports what their
recruiter or boss said, forum replies and the papers a poster cites, groups that gather before "They said",
bodies told apart from the authorities at large, chains that end in a body's estimate, firm managers and owners
in more shapes, a staff member of a state bureau, a union first met by its kind. Every text is written for this
test; people, firms and outlets are fictional (places are real)."""

from __future__ import annotations

from attribution_helpers import claim_speaker
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}

# -------------------------------------------------------------------------------------------- transcript turns
TURN = ("Radio Tamdy \u00b7 episode 40 \u00b7 transcript\n\n"
        "HOST: Dilshod, what were you promised before you left for Kazan?\n\n"
        "DILSHOD KARIMOV: The agent in Samarkand said a packing job, 80,000 rubles a month. "
        "I borrowed 3,000 somoni from my brother to pay him for the ticket.\n\n"
        "HOST: And what happened there?\n\n"
        "KARIMOV: The foreman keeps our passports in his office. Twelve hours a day, and the foreman writes "
        "down fewer hours. He said if we complain, he calls the migration police.\n")


def test_worker_turn_keeps_what_the_agent_said() -> None:
    kind, wording = claim_speaker(TURN, "80,000 rubles", META)
    assert kind == "named_person" and "Karimov" in (wording or "")


def test_worker_turn_goes_on_after_the_agent() -> None:
    kind, wording = claim_speaker(TURN, "borrowed 3,000 somoni", META)
    assert kind == "named_person" and "Karimov" in (wording or "")


def test_writing_down_hours_is_no_report() -> None:
    kind, wording = claim_speaker(TURN, "fewer hours", META)
    assert kind == "named_person" and "Karimov" in (wording or "")
    assert find_mention("The foreman writes down fewer hours than we work.") is None
    m = find_mention("The foreman wrote that the men had left.")  # control: "wrote that" still reports
    assert m is not None and m.wording == "The foreman"


def test_official_named_inside_a_turn_still_speaks() -> None:
    m = find_mention("KARIMOV: A ministry official said the site would be inspected in May.")
    assert m is not None and m.wording == "A ministry official"  # control: not the worker's own counterpart
    m = find_mention("KARIMOV: The agent in Samarkand said a packing job, 80,000 rubles a month.")
    assert m is not None and m.wording == "Karimov"


# ------------------------------------------------------------------------------------------------ forum threads
THREAD = ("QatarWorkersForum \u203a Jobs \u203a Visas\n\n"
          "Thread: Brother's employer keeps his passport\n\n"
          "Posted by harbour_sami_22 \u00bb 3 Feb 2025, 10:12\n\n"
          "My brother came to Doha last year as a cook. Contract says QAR 1,500 plus housing. For five months he got "
          "only QAR 700, and his manager still has his passport.\n\n"
          "----\n\n"
          "Reply from pearl_diver_9 \u00bb 3 Feb 2025, 14:40\n\n"
          "The same thing happened to my cousin, the company kept his passport for two years. File a complaint, it "
          "took a month but he got his passport back.\n")


def test_poster_cites_their_own_contract() -> None:
    assert claim_speaker(THREAD, "QAR 1,500", META) == ("named_person", "harbour_sami_22")
    assert claim_speaker(THREAD, "only QAR 700", META) == ("named_person", "harbour_sami_22")


def test_reply_from_header_opens_a_new_post() -> None:
    assert claim_speaker(THREAD, "kept his passport for two years", META) == ("named_person", "pearl_diver_9")


def test_reply_from_a_full_name_is_no_forum_header() -> None:
    from labourlens.analyse.forum_posts import post_header

    head = post_header("Reply from pearl_diver_9 \u00bb 3 Feb 2025")
    assert head is not None and head[0] == "pearl_diver_9"
    assert post_header("Reply from Jane Doe, the ministry's press officer") is None


# -------------------------------------------------------------------------------------------- groups and bodies
def test_gathered_group_is_they() -> None:
    text = ("Wage protest in Dongguan\n\n"
            "Yesterday morning more than 60 migrant workers, most of them from Sichuan, gathered outside a shoe "
            "factory in Dongguan. They said the owner had not paid them since August and kept their ID cards.\n")
    kind, wording = claim_speaker(text, "had not paid them since August", META)
    assert kind == "anonymous_source" and "60 migrant workers" in (wording or "")


def test_according_to_people_gathered_on_a_day() -> None:
    m = find_mention("The masons had not been paid since March, according to workers gathered outside the "
                     "contractor's camp in Barka on Monday.")
    assert m is not None and m.wording.startswith("workers gathered outside") and not m.wording.endswith("Monday")


def test_counted_men_name_the_group_again() -> None:
    text = ("Masons unpaid in Sohar\n\n"
            "The masons had not been paid since March, according to workers gathered outside the contractor's "
            "camp in Barka on Monday.\n\n"
            "The 41 men, most of them from Sylhet, said they were owed three months' pay.\n")
    first = claim_speaker(text, "not been paid since March", META)
    second = claim_speaker(text, "owed three months", META)
    assert first == second and first[0] == "anonymous_source"


def test_bureau_is_told_apart_from_the_authorities_and_police_names_it_again() -> None:
    text = ("Workers freed from a kiln in Henan\n\n"
            "Police have freed 12 workers from a brick kiln in Zhoukou, local authorities said on Monday.\n\n"
            "According to the Xihua county public security bureau, the workers had been lured by a broker who "
            "promised them 4,000 yuan a month. Most had never been paid, police said.\n")
    auth = claim_speaker(text, "freed 12 workers", META)
    bureau = claim_speaker(text, "lured by a broker", META)
    police = claim_speaker(text, "never been paid", META)
    assert auth != bureau and bureau == police and "security bureau" in (bureau[1] or "")


def test_information_provided_by_a_member_state() -> None:
    m = find_mention("12. According to information provided to the Panel by a Member State, some 80 nationals "
                     "worked on a dam.")
    assert m is not None and m.wording == "a Member State"
    m = find_mention("According to information that circulated online, some 80 nationals worked on a dam.")
    assert m is None or "Member" not in m.wording


def test_body_estimate_relayed_by_an_agency_citing_a_lawmaker() -> None:
    m = find_mention("The spy agency estimated that 3,000 workers had arrived since May, Yonhap reported, citing "
                     "Rep. Seo Ji-hoon, who attended the briefing.")
    assert m is not None and m.wording == "The spy agency" and m.relay == "Rep. Seo Ji-hoon"
    m = find_mention("Some 3,000 workers had arrived since May, Yonhap reported, citing Rep. Seo Ji-hoon.")
    assert m is not None and m.wording == "Rep. Seo Ji-hoon"


# --------------------------------------------------------------------------------------------------- kinds
def test_owners_and_managers_speak_for_the_firm() -> None:
    assert classify("One of the farm owners, reached by phone") == "organization"
    assert classify("one of the farm owners, who asked not to be named") == "anonymous_source"
    assert classify("One of the farm owners") == "anonymous_source"  # not answering for the farm
    assert classify("A manager there, who would only give his first name, Artem") == "organization"
    assert classify("A manager at the plant, Artem Sokol") == "organization"
    assert classify("A former manager there, Artem") == "named_person"
    assert classify("A manager at the ministry, Artem Sokol") == "named_person"


def test_manager_who_gave_a_first_name_keeps_the_phrase() -> None:
    m = find_mention("A manager there, who would only give his first name, Artem, told us the men were hired by "
                     "an agency.")
    assert m is not None and m.wording.startswith("A manager there") and m.wording.endswith("Artem")
    m = find_mention("A welder from Osh, who would only give his first name, Bakyt, told us the men were hired by "
                     "an agency.")
    assert m is not None and m.wording == "Bakyt"


def test_marketplace_and_bureau_staff() -> None:
    assert classify("The marketplace's press service") == "organization"
    assert classify("the ministry's press service") == "official"
    assert classify("A staff member of the city labour bureau") == "official"
    assert classify("an employee of the garment company") == "anonymous_source"


def test_union_met_by_kind_takes_its_name() -> None:
    text = ("Farmhands still housed in greenhouses, union says\n\n"
            "Dozens of migrant farmhands in Icheon live in huts inside greenhouses, a migrant farmworkers' union "
            "said Monday.\n\n"
            "The Icheon Migrant Farmworkers' Union said it had found 40 workers in such huts.\n")
    assert claim_speaker(text, "found 40 workers", META) == ("organization", "The Icheon Migrant Farmworkers' Union")
    assert claim_speaker(text, "live in huts", META)[1] == "The Icheon Migrant Farmworkers' Union"


def test_defendant_named_in_an_apposition() -> None:
    text = ("Court summary: brickworks case\n\n"
            "The court found that the defendant, B. T. Omarov, owner of a brickworks near Taraz, kept the passports "
            "of nine migrant workers from Uzbekistan in a safe.\n\n"
            "The defendant denied keeping the passports and said the men were free to leave.\n")
    kind, wording = claim_speaker(text, "denied keeping", META)
    assert kind == "named_person" and wording == "B. T. Omarov"
