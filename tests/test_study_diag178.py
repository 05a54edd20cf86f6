"""Probes for the classes studied on heldout178 (complaints that reach the press through social media), in our own
wording: a post named as a thing or counted as shared is no telling; a worker's own agency is a firm; a poster named
by a handle after a dateline, "the user" and "the post read" after it; "The worker, who posts as X" is the worker
met before."""

from __future__ import annotations

from labourlens.analyse.post_counts import blank_post_counts
from probe_helpers import row_with as _of
from probe_helpers import speaker_rows as _speakers


def test_video_she_posted_is_no_speaker() -> None:
    text = ("Cebu Daily Star > Interviews\n\nA nanny in Doha speaks\nInterview by Lina Reyes | 3 May 2025\n\n"
            "Maria Santos, 29, from Cebu, worked 10 months as a nanny in Doha before a clip she posted in May was "
            "shared 400,000 times. She came home in August.\n\nQ: Were you paid?\nA: Never. My employer kept my "
            "salary and locked me in the house.\n\nThe Philippine Overseas Employment Administration, a government "
            "agency, said it had found that her employer withheld her wages.\n")
    rows = _speakers(text)
    assert _of(rows, "kept my salary")[1:3] == ("Maria Santos", "named_person")
    assert not any("clip" in (r[1] or "") for r in rows)


def test_blank_post_counts_keeps_offsets_and_telling() -> None:
    s = "The clip he had posted was reposted more than 12,000 times."
    out = blank_post_counts(s)
    assert len(out) == len(s) and "posted was" not in out and "reposted" not in out
    told = "She posted that her employer had taken her passport."
    assert blank_post_counts(told) == told  # a telling stays
    assert blank_post_counts("They shared a room for 300 times the rent.") == "They shared a room for 300 times the rent."


def test_worker_own_agency_is_a_firm() -> None:
    text = ("Gulf Courier\n\nA headline about workers abroad\nBy Jo Cruz\n\nA cleaner in Muscat said she was locked in the house for months.\n\n"
            "His former agency in Cebu, Bluewave Placement, said it \"never kept any wages\" from her.\n")
    row = _of(_speakers(text), "never kept any wages")
    assert row[2] == "organization"


def test_state_agency_stays_official() -> None:
    text = ("Gulf Courier\n\nA headline about workers abroad\nBy Jo Cruz\n\nA cleaner in Muscat said she was locked in the house for months.\n\n"
            "The Philippine Overseas Employment Administration, a government agency, said it had found that her "
            "employer withheld her wages.\n")
    row = _of(_speakers(text), "withheld her wages")
    assert row[2] == "official"


def test_handle_after_dateline_and_post_read() -> None:
    text = ("Gulf Courier\n\nA headline about workers abroad\nBy Ana Putri\n\nKENDARI, Southeast Sulawesi - A Douyin user posting as \"NightShiftFitter\" said on "
            "Friday that he and 12 other fitters at a smelter had not been paid since March.\n\n"
            "\"The boss holds our passports. We cannot leave the camp,\" the post read. The user said each man owed "
            "a broker 18,000 yuan.\n")
    rows = _speakers(text)
    keys = {_of(rows, n)[0] for n in ("had not been paid", "holds our passports", "cannot leave", "owed a broker")}
    assert len(keys) == 1
    assert _of(rows, "owed a broker")[1:3] == ("NightShiftFitter", "named_person")


def test_worker_who_posts_as_is_the_worker_met_before() -> None:
    text = ("Gulf Courier\n\nA headline about workers abroad\nBy Jo Cruz\n\nA Filipino household worker in Riyadh posted a video on Sunday showing a cut on her hand, saying her "
            "employer threw a plate at her.\n\nThe worker, who posts as \"Nena sa Riyadh\", said she had not been paid "
            "for five months.\n")
    rows = _speakers(text)
    assert _of(rows, "threw a plate")[0] == _of(rows, "not been paid")[0]


def test_a_new_worker_with_a_handle_stays_apart_from_an_official() -> None:
    text = ("Gulf Courier\n\nA headline about workers abroad\nBy Jo Cruz\n\nA labour attache in Riyadh said "
            "employers there often withhold wages for months.\n\nThe worker, who posts as \"Nena sa Riyadh\", said she "
            "had not been paid for five months.\n")
    rows = _speakers(text)
    assert _of(rows, "withhold wages")[0] != _of(rows, "not been paid")[0]


_CLIP_DOC = ("Paper\n\nHeadline here\nBy Jo Lee\n\nA Kenyan domestic worker in Doha who posted a video on Sunday is "
             "believed to be held by her employer, who has refused to release her, his brother said.\n\n{s} She says "
             "she earns 900 riyals a month but has received nothing since she arrived.\n\n\"She told me the agent "
             "threatened her with jail if she runs away,\" said his brother, Peter Mwangi, a taxi driver in Thika.\n\n"
             "Her agency said it had no record of any complaint about unpaid wages.\n")


def test_fronted_video_without_comma_and_self_named_woman() -> None:
    rows = _speakers(_CLIP_DOC.format(s="In the video the woman, who identified herself as Amina K., says she has "
                                        "eaten one meal a day since May and that her employer beats her."))
    assert _of(rows, "one meal a day")[1:3] == ("Amina K.", "named_person")
    assert _of(rows, "received nothing")[0] == _of(rows, "one meal a day")[0]
    # "his brother said" and "said his brother, Peter Mwangi, ..." are one person
    assert _of(rows, "refused to release")[0] == _of(rows, "threatened her with jail")[0]
    assert _of(rows, "refused to release")[0] != _of(rows, "one meal a day")[0]


def test_fronted_clip_with_a_name() -> None:
    rows = _speakers(_CLIP_DOC.format(s="In one clip Joyce says she has eaten one meal a day since May and that her "
                                        "employer beats her."))
    assert _of(rows, "one meal a day")[1:3] == ("Joyce", "named_person")


def test_aged_name_is_the_named_person_heard_later() -> None:
    text = ("Coast Herald\n\nHeadline here\nBy Jo Lee\n\nMOMBASA - Ruth Akinyi has watched her sister's video many "
            "times. In the clip, posted from Jeddah, 31-year-old Joyce Akinyi says she works from six in the morning "
            "until midnight and has not been paid for five months.\n\n\"My employer took my passport. I cannot leave "
            "the house,\" Joyce Akinyi says.\n")
    rows = _speakers(text)
    assert _of(rows, "has not been paid")[1:3] == ("Joyce Akinyi", "named_person")
    assert _of(rows, "has not been paid")[0] == _of(rows, "took my passport")[0]


def test_fronted_recording_blank_controls() -> None:
    from labourlens.analyse.post_counts import blank_fronted_recording

    s = "In the video Amina says she was beaten."
    assert blank_fronted_recording(s).lstrip() == "Amina says she was beaten." and len(blank_fronted_recording(s)) == len(s)
    for same in ("In the video, Amina says she was beaten.", "In the video he says he was beaten.",
                 "In March Amina says she was beaten."):
        assert blank_fronted_recording(same) == same


def test_denied_that_is_a_denial_reported() -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention("The contractor denied that the welders pay for their bunks.")
    assert m is not None and m.wording == "The contractor" and m.cue == "deny"
    assert find_mention("Employers deny workers rest days.") is None  # an abuse described: control
    assert find_mention("The guards denied them food.") is None
