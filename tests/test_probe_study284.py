"""Probes for the classes of failure studied on heldout284 (branch study284), in our own wording: a first-person
testimony under an editor's note that gives its teller a made-up name ("(not her real name)") is the teller's, and
so is what an unnamed officer "told us" in it; a body's reply that the page prints whole after saying the body asked
it to, under the reply's own heading and set out in numbered points, is the body's; denials in the words of a
prison service, a ministry or an army ("no cadet is kept against her will", "does not force any inmate to
work", "nobody is disciplined for missing a target"); the head of a state's prison department by title
("Corrections Commissioner ...") is an official; a date before the masthead's name in the first paragraph ("On 2
May the River Courier ...") is no part of the outlet's name; a page that launches its own report on a counted sample
before its numbered findings counts its own sample in points numbered "1.", "2."; one of the firms just named, given
by its name ("One of them, Kestrel Foods Ltd"), is the firm; a group named after a noun that says so ("the group
Volna Pravdy") is a group later under its name alone; someone who picked up the phone at a prison or a detention
centre speaks for the state; a month after "last" before the speaker is no part of it; guards named twice are not
"guarded", a punishment cell or family visits are no kin punished, "a right not to be kept in slavery" is a legal
formula and a term served is no promise. Controls: a testimony note with no made-up name, a reply introduced by
nobody, an admission by a prison service, a firm's secretary, a cited report's tallies, one of a group given by a
person's name, a phone answered at a factory and indicators stated plainly keep their older readings. Every name
and text here is invented."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, lexicon_indicators, speakers_by_opening, wording_and_kind

TESTIMONY = """THE LAKESIDE EXILE REVIEW
Voices | Accounts | Archive

"They promised two years. It lasted seven."

A former cadet looks back at his service

Translated from Amharic by Rahel Tadesse. Published 9 March 2026.

Note: Dawit (not his real name) lives in a hostel outside Lyon and turned 29 this winter. He asked that his village not be named; we met him twice in January, and this is his account, cut for length.

I was sent to the camp at sixteen with my whole class. An officer at the camp told us we would be home in two years.

We dug ditches and laid pipes for a firm that belonged to a general. We worked from first light until night, and nobody paid us for the extra days.

Our officer kept my student card in a locked drawer. Without it you cannot travel to another town.

I left in 2023 with two friends.

-

The Lakeside Exile Review asked the embassy in Paris about Dawit's account and had no reply.
"""


def test_testimony_under_a_note_with_a_made_up_name_is_the_tellers() -> None:
    by = speakers_by_opening(TESTIMONY, 25)
    assert by["We dug ditches and laid p"] == ("Dawit", "named_person")
    assert by["Our officer kept my stude"] == ("Dawit", "named_person")
    assert by["An officer at the camp to"] == ("Dawit", "named_person")


def test_testimony_note_without_a_made_up_name_keeps_the_page() -> None:
    plain = TESTIMONY.replace(" (not his real name)", "")
    assert speakers_by_opening(plain, 25)["Our officer kept my stude"][1] != "named_person"


REPLY = """THE RIVER COURIER
News | Opinion | Replies

REPLY

The Labour Ministry of Norland answers our report on border camps

12 May 2026

On 2 May the River Courier ran a story drawing on interviews with nine former cadets now living abroad. The former cadets told us that they had been forced to work without pay and beaten by officers when they asked to leave. The Labour Ministry of Norland asked the editors to run its response. We reproduce it here unabridged, with a comment of ours after it.

Response of the Labour Ministry, Port Holm

1. The Ministry denies the story's account of the border camps.

2. No cadet of the border brigade is kept against his will. Cadets leave when their service ends.

3. Cadets are paid 1,500 crowns a month and work eight hours a day.

Editors' note

Our account stands.
"""


def test_reply_printed_whole_under_its_heading_is_the_bodys() -> None:
    a = analyse(REPLY, META)
    assert wording_and_kind(a, "No cadet of the border brigade")[1] == "official"
    assert wording_and_kind(a, "Cadets are paid 1,500 crowns")[1] == "official"
    assert a.meta.outlet is not None and a.meta.outlet.endswith("River Courier") and "May" not in a.meta.outlet


def test_reply_nobody_asked_to_print_keeps_the_page() -> None:
    unasked = REPLY.replace("The Labour Ministry of Norland asked the editors to run its response. We reproduce it here "
                            "unabridged, with a comment of ours after it.", "The camps are in the far north.")
    a = analyse(unasked, META)
    assert wording_and_kind(a, "No cadet of the border brigade")[1] != "official"


@pytest.mark.parametrize("sentence", [
    "No cadet of the northern brigade is kept against her will.",
    "The bureau does not force any inmate to work on the farms.",
    "No one in its custody is sent to labour as a penalty.",
    "Nobody is disciplined for missing a sewing target.",
    "The corps does not tolerate cruelty towards recruits.",
])
def test_denials_of_a_prison_service_or_an_army(sentence: str) -> None:
    assert hedges.denial_cue(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Inmates who miss a target are punished for it with solitary confinement.",
    "The bureau forces inmates to work on the farms without pay.",
    "Several cadets were kept against their will for years.",
])
def test_admissions_are_no_denials(sentence: str) -> None:
    assert hedges.denial_cue(sentence) is None


def test_head_of_a_prison_department_is_an_official() -> None:
    text = (LEAD + "Former inmates said they were forced to work in the fields without pay and beaten by guards.\n\n"
            "Corrections Secretary Jo Vance told the panel that inmates are paid 10 cents an hour for field work.\n")
    a = analyse(text, META)
    assert wording_and_kind(a, "inmates are paid 10 cents")[1] == "official"


def test_a_firms_secretary_is_no_official() -> None:
    text = (LEAD + "Workers at a sawmill said the owner kept their passports and beat them.\n\n"
            "The company secretary, Ana Pohl, said the passports were kept in a safe at the workers' request.\n")
    a = analyse(text, META)
    assert wording_and_kind(a, "kept in a safe")[1] != "official"


FINDINGS = """NORTH SHORE LABOUR NETWORK
Press release
Oslo, 3 June 2026

New report on work in island detention camps

North Shore Labour Network today publishes "Salt and Silence," a study of work in island camps, drawing on interviews with 40 former inmates held between 2020 and 2024.

Key findings

1. Thirty of the 40 former inmates reported that they cleaned fish for outside firms without pay.

2. Detainees worked up to fourteen hours a day.

3. Eleven reported that guards hit them with sticks when they fell behind.

Quotes

"The camps are closed to the world," said Ola Berg, the network's director.
"""


def test_own_report_counts_its_sample_in_plainly_numbered_points() -> None:
    a = analyse(FINDINGS, META)
    assert a.source(next(c for c in a.claims if "cleaned fish" in c.text).source).kind == "outlet"
    assert a.source(next(c for c in a.claims if "guards hit them" in c.text).source).kind == "outlet"


def test_cited_report_keeps_its_tallies_with_the_group() -> None:
    cited = FINDINGS.replace("North Shore Labour Network today publishes", "A study by another group, published in May, is").replace(
        "drawing on interviews", "and rests on interviews")
    a = analyse(cited, META)
    assert a.source(next(c for c in a.claims if "guards hit them" in c.text).source).kind != "outlet"



@pytest.mark.parametrize("sentence", [
    "Eight said guards or trusties chosen by guards beat them up.",
    "Her brother faced a move to a punishment cell after he complained.",
    "Inmates who missed the target lost family visits for a month.",
    "The firm violated its workers' right not to be kept in slavery.",
    "They told us they had served more than nine years.",
])
def test_no_stray_indicator_of_the_wrong_kind(sentence: str) -> None:
    found = lexicon_indicators(sentence)
    assert not {"restriction_of_movement", "abuse_of_vulnerability", "abusive_working_and_living_conditions",
                "deception"} & found


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The men were escorted by guards to the quarry.", "restriction_of_movement"),
    ("The workshop was guarded by armed men at night.", "restriction_of_movement"),
    ("Their families would be punished if they ran.", "abuse_of_vulnerability"),
    ("The recruiter told us we would earn more than at home.", "deception"),
    ("The company kept them in slavery on the estate for years.", "abusive_working_and_living_conditions"),
])
def test_controls_keep_their_indicator(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


FIRMS_ASKED = (LEAD + "Importers named in the study were asked for comment after workers said they were beaten and "
               "locked in the plant.\n\nOne of them, Kestrel Foods Ltd of Leeds, stated that it had \"found nothing to suggest forced "
               "labour at any supplier\" and had ordered an audit.\n")


def test_one_of_the_firms_by_its_name_is_the_firm() -> None:
    assert wording_and_kind(analyse(FIRMS_ASKED, META), "found nothing to suggest forced labour")[1] == "organization"


def test_one_of_a_group_by_a_persons_name_stays_a_person() -> None:
    text = (LEAD + "Three loaders said the foreman beat them.\n\nOne of them, Timur Aliev, said the foreman kept "
            "his passport in a safe.\n")
    assert wording_and_kind(analyse(text, META), "kept his passport")[1] == "named_person"


def test_group_named_after_its_noun_speaks_as_a_group() -> None:
    from labourlens.analyse.described_groups import described_groups  # noqa: PLC0415
    from labourlens.model import Source  # noqa: PLC0415

    text = ("Ana Lind of the group Volna Pravdy, which helps men after prison, said the inmates were beaten.\n\n"
            "Volna Pravdy said the men were afraid to complain.\n")
    sources = [Source("S1", "Ana Lind", "named_person"), Source("S2", "Volna Pravdy", "named_person")]
    kinds = [s.kind for s in described_groups(text, sources)]
    assert kinds == ["named_person", "organization"]
    # a name the text never calls a group, and a longer name that only starts with it, stay as they are
    assert [s.kind for s in described_groups(text.replace("the group ", ""), sources)] == ["named_person"] * 2
    assert [s.kind for s in described_groups("the group Volna Pravdyx said so.", sources)] == ["named_person"] * 2


def test_name_never_called_a_group_stays_a_person() -> None:
    text = (LEAD + "Ana Lind, who was held there, said the inmates were beaten for missing quotas.\n\nAna Lind "
            "said the men were afraid to complain while their friends were still inside.\n")
    assert wording_and_kind(analyse(text, META), "afraid to complain")[1] == "named_person"


@pytest.mark.parametrize(("speaker", "kind"), [
    ("A woman who picked up the phone at the Greystone detention centre", "official"),
    ("A man who took the call at the county jail", "official"),
    ("A man who picked up the phone at the factory office", "organization"),
])
def test_who_answered_the_phone_speaks_for_the_place(speaker: str, kind: str) -> None:
    from labourlens.analyse.speakers import classify  # noqa: PLC0415

    assert classify(speaker) == kind


def test_month_after_last_is_no_part_of_the_speaker() -> None:
    text = (LEAD + "Last October the regional paper Ural Vestnik wrote that an inmate had hurt his arm at a "
            "sawmill and was left in his cell without a doctor.\n")
    wording, kind = wording_and_kind(analyse(text, META), "hurt his arm")
    assert kind == "outlet" and wording is not None and "October" not in wording
