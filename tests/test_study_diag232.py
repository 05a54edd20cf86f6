"""Probes for the classes of speaker miss found when heldout232 was opened for study (branch diag232): board posts
headed "name | Posted <time>", readers' comments under a comment heading, a post pasted in between bracket labels,
a day or month read as a speaker, a speaker phrase run over an act, an age in brackets after a name, a demonym in
apposition read as a name, "wrote to <audience>" and the name a counterpart goes by. Every text is written for these
tests in our own words: names, sites and figures are invented (places and currencies are real); each class has
controls that must not change."""

from __future__ import annotations

from attribution_helpers import speakers_of, who
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.sentences import split
from labourlens.analyse.speakers import classify

# -- "name | Posted <time>" heads a board's post: the post is the poster's


BOARD = ("HarbourTalk.net > Jobs > Fishing\n"
         "Topic: night shifts at the cannery on Pier 4 (page 2 of 2)\n\n"
         "---\n"
         "saltwater_ben | Posted 02.07, 19:40\n"
         "My brother-in-law packs tins there. The doors of the packing hall are bolted until the morning bell.\n\n"
         "---\n"
         "Marisol.Q | Posted 03.07, 07:15\n"
         "The packers sleep in a shed behind the yard, thirty to a room.\n")


def test_board_post_under_a_name_and_bar_header_is_the_posters() -> None:
    src = who(BOARD, "bolted until the morning bell")
    assert src is not None and src.wording == "saltwater_ben" and src.kind == "named_person"
    src = who(BOARD, "thirty to a room")
    assert src is not None and src.wording == "Marisol.Q"


def test_a_quotation_from_a_piece_is_no_board_header() -> None:
    text = ("lina_88 | Posted 11.05, 10:02\n"
            "The Coastal Courier wrote about the farm, citing two pickers. Quote from this report: \"The gate is "
            "locked at night.\"\n")
    for _, src in speakers_of(text):
        assert src is None or (src.wording or "").lower() != "their"


def test_a_byline_with_a_bar_stays_the_outlets() -> None:
    text = "Maria Lopez | Reporter\n\nThe pickers said the gate is locked at night.\n"
    src = who(text, "gate is locked")
    assert src is None or src.wording != "Maria Lopez"


# -- readers' comments under a comment heading: each line is its commenter's, and a body sentence


COMMENTS = ("Dockers in Gdansk go on strike over pay, union says\n\n"
            "The union said 300 dockers stopped work on Monday over late wages.\n\n"
            "Reader comments (3)\n"
            "crane_op_7: my uncle works nights at the quay and nobody there has had wages since March\n"
            "Halina 1984: the port authority will sort it out\n"
            "baltic.wind: nobody is paid on time in that yard\n")


def test_comment_lines_are_body_sentences_of_their_commenters() -> None:
    sents = split(COMMENTS)
    lines = [s for s in sents if s.text.startswith(("crane_op_7", "Halina", "baltic.wind"))]
    assert len(lines) == 3 and all(s.kind == "body" for s in lines)
    src = who(COMMENTS, "had wages since March")
    assert src is not None and src.wording == "crane_op_7" and src.kind == "named_person"
    src = who(COMMENTS, "nobody is paid on time")
    assert src is not None and src.wording == "baltic.wind"


def test_colon_labels_without_a_comment_heading_are_left_alone() -> None:
    text = ("Harvest notes\n\n"
            "Update: the pickers in Huelva got no wages in May, a union says.\n"
            "Note: the farm did not answer our calls.\n")
    src = who(text, "no wages in May")
    assert src is None or src.wording not in ("Update", "Note")


# -- a post pasted in between bracket labels: its author's, and the page's earlier phrase for it is the same author


PASTED = ("Valley Herald > News\n\n"
          "A message by a man from Jalal-Abad, forwarded hundreds of times since Tuesday, says his son is kept on a "
          "building site near Tula. The Herald prints the message with his consent.\n\n"
          "[Message from Tilek Osmonov, 4 August]\n"
          "My son left for Russia in March to lay bricks. The foreman keeps the men's passports in a locked box. "
          "They work from six until midnight.\n"
          "[End of message]\n\n"
          "The building firm did not reply to our questions.\n")


def test_pasted_post_between_labels_is_its_authors() -> None:
    for part in ("keeps the men's passports", "six until midnight", "is kept on a building site"):
        src = who(PASTED, part)
        assert src is not None and src.wording == "Tilek Osmonov" and src.kind == "named_person", part
    assert who(PASTED, "did not reply to our questions") is None


def test_a_bracketed_note_that_names_no_author_opens_no_post() -> None:
    text = ("[Photo: the site gate, August]\n"
            "The site is fenced and guarded at night, neighbours say.\n")
    src = who(text, "fenced and guarded")
    assert src is None or "Photo" not in (src.wording or "")


# -- a day or a month is never the speaker: the subject before the aside speaks


def test_day_closing_an_aside_gives_the_subject_before_it() -> None:
    m = find_mention("The appeal, passed around widely since Thursday, says the cooks are locked in at night.")
    assert m is not None and m.wording == "The appeal"
    m = find_mention("A nurse's post, viewed 12,000 times since Friday, says her ward has no pay.")
    assert m is not None and m.wording == "A nurse's post"


def test_a_day_with_no_subject_before_it_is_no_speaker() -> None:
    m = find_mention("Since Saturday, says nothing, the wall stands.")
    assert m is None or m.wording != "Saturday"
    m = find_mention("The inspectors visited the mill on Friday, the ministry said.")
    assert m is not None and m.wording == "the ministry"


# -- a speaker phrase that ran over an act done to someone, up to "and said": the subject


def test_subject_before_an_act_and_said_is_the_speaker() -> None:
    m = find_mention("The site manager hit him on the back and said the debt was not paid.")
    assert m is not None and m.wording == "The site manager"
    m = find_mention("The cook's husband beat her with a belt and said she would never leave.")
    assert m is not None and m.wording == "The cook's husband"


def test_a_speaker_without_an_act_is_unchanged() -> None:
    m = find_mention("The union said on Sunday that the strike would go on.")
    assert m is not None and m.wording == "The union"


# -- an age in brackets after a name: not part of the wording, and the person is named


def test_age_in_brackets_after_a_role_and_name_is_left_out() -> None:
    m = find_mention('Cook Marta Silva (45) said on the telephone: "Nobody has seen a wage since spring."')
    assert m is not None and m.wording == "Cook Marta Silva"
    assert classify(m.wording) == "named_person"


def test_brackets_that_are_no_age_stay() -> None:
    m = find_mention("The Harbour Workers Union (HWU) said the crews were unpaid.")
    assert m is not None and "Union" in m.wording


# -- a nationality word in apposition is no personal name


def test_demonym_in_apposition_is_no_name() -> None:
    assert classify("A third source, Vietnamese, who delivers rice to the camp") == "anonymous_source"
    assert classify("One contact, Ukrainian") == "anonymous_source"


def test_a_name_in_apposition_still_names() -> None:
    assert classify("One of the cooks, Dolores") == "named_person"
    assert classify("A welder, Novak") == "named_person"


# -- "wrote to <audience>" and an age after a counted writer


def test_wrote_to_an_audience_is_a_speech_tag() -> None:
    m = find_mention('"Nobody has been paid since the spring," a cleaner wrote to the magazine.')
    assert m is not None and m.wording == "a cleaner"
    m = find_mention('"They fine us for every broken plate," one waiter, 27, wrote to the newsletter.')
    assert m is not None and m.wording.startswith("one waiter")


def test_asked_to_be_named_is_still_no_speech() -> None:
    m = find_mention("Two of the cleaners asked to be named only by their initials.")
    assert m is None


# -- the name a counterpart goes by is no speech


def test_counterpart_who_goes_by_a_name_does_not_speak_in_an_act() -> None:
    m = find_mention("The broker, who calls himself Uncle Sam, promised each woman a job in a hotel.")
    assert m is None or "Sam" not in m.wording or m.wording.startswith("The broker")
    m = find_mention("The broker, who calls himself Uncle Sam, promised each woman a job in a hotel.")
    assert m is None


def test_an_interviewee_named_in_a_relative_clause_still_speaks() -> None:
    m = find_mention("One of the women, who uses the name Ana, agreed to talk to us in a cafe.")
    assert m is not None and m.wording == "Ana"
