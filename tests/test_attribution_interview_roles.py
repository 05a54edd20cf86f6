"""Generic turn labels, hearing records and pronouns in interviews: who answers (fictional texts)."""

from __future__ import annotations

import pytest

from labourlens.analyse.attribution import attribute
from labourlens.analyse.interviewees import interviewee_name, non_names, role_interviewee, role_label_names
from labourlens.analyse.mentions import find_mention, transcript_label
from labourlens.analyse.sentences import split


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    sents = split(text)
    sources, atts = attribute(text, sents, "Test Outlet")
    by = {s.key: s for s in sources}
    out = {}
    for s, a in zip(sents, atts, strict=True):
        src = by.get(a.source)
        out[s.text] = (src.wording if src else None, src.kind if src else "outlet")
    return out


PODCAST = """NIGHT SHIFT RADIO, episode 12: The crab plant

HOST [Lena Ekberg]: Hello again. My guest worked for two years at a crab plant near Qingdao. He asked us to call him Tae-jun, which is not his real name.

GUEST [Tae-jun]: Thanks for inviting me.

HOST: Tell us about the hostel.

GUEST: We slept twelve men in one room. The door was locked every night at ten.

HOST: And the money?

GUEST: The plant paid about 2,500 yuan. We received 150 yuan a month.
"""

PODCAST_CALLED = """Harbour Voices podcast, episode 7

Our guest today, whom we call Min-ji, sewed jackets in a workshop in Hunchun for three years.

INTERVIEWER: Where did you live?

GUEST: In a dormitory above the workshop. We could not go out alone.

INTERVIEWER: Were you paid?

GUEST: The company paid our manager. We got nothing but soap money.
"""

COURT = """REGIONAL COURT - EXCERPT FROM THE TRANSCRIPT
Case: Pak v. Nordhavn Steelworks A/S
Hearing of 3 March 2024, Aarhus

WITNESS: PAK SUNG-MIN, former fitter

BY MS. LARSEN:
Q. Mr. Pak, who held your passport?
A. The team leader kept it in a drawer. I never saw it again until I left.
Q. How much were you paid?
A. About 200 kroner a week in cash. The Danish fitters earned much more.
"""

LAWYER = """In conversation with Ingrid Valstad, labour lawyer

The Oslo-based lawyer represents former overseas workers. She spoke to us by phone.

Q. What do your clients say?

A. Most of them were never paid. The family back home is the guarantee.

Q. Tell us about one case.

A. My client says she worked at a fish plant for two years without wages. She was told the money was being saved.
"""


@pytest.mark.parametrize("line", ["GUEST: We slept twelve men in one room.",
                                  "The door was locked every night at ten.",
                                  "GUEST: The plant paid about 2,500 yuan.", "We received 150 yuan a month."])
def test_bare_guest_label_is_the_bracketed_pseudonym(line: str) -> None:
    assert _speakers(PODCAST)[line] == ("Tae-jun", "named_person")


def test_bare_guest_label_is_the_person_the_intro_calls_by_a_name() -> None:
    got = _speakers(PODCAST_CALLED)
    assert got["GUEST: The company paid our manager."] == ("Min-ji", "named_person")
    assert got["We could not go out alone."] == ("Min-ji", "named_person")
    assert got["INTERVIEWER: Were you paid?"][1] == "outlet"  # the interviewer is the outlet's voice


@pytest.mark.parametrize("line", ["A. The team leader kept it in a drawer.", "I never saw it again until I left.",
                                  "A. About 200 kroner a week in cash."])
def test_hearing_record_answers_are_the_witness_in_the_heading(line: str) -> None:
    assert _speakers(COURT)[line] == ("Pak Sung-Min", "named_person")


def test_case_field_names_nobody() -> None:
    assert _speakers(COURT)["Case: Pak v. Nordhavn Steelworks A/S"][1] == "outlet"
    assert find_mention("Case: Pak v. Nordhavn Steelworks A/S", frozenset()) is None
    assert find_mention("Subscribe: new episodes every week.", frozenset()) is None
    assert find_mention("Interviewer: Where did you sleep?", frozenset()) is None
    assert find_mention("Kim: We were never paid.", frozenset()) is not None  # a name before a colon still speaks
    assert {"case", "subscribe", "interviewer"} <= non_names()


@pytest.mark.parametrize("line", ["A. Most of them were never paid.", "The family back home is the guarantee."])
def test_a_pronoun_never_answers_the_conversation_partner_does(line: str) -> None:
    assert _speakers(LAWYER)[line] == ("Ingrid Valstad", "named_person")


@pytest.mark.parametrize(("before", "name"), [
    ("WITNESS: PAK SUNG-MIN, former fitter\n", "Pak Sung-Min"),
    ("Testimony of Ana Ruiz before the committee\n", "Ana Ruiz"),
    ("DORJ BATBAYAR, having been duly sworn, testified as follows:\n", "Dorj Batbayar"),
    ("My guest asked us to call her Mi-rae, not her real name.", "Mi-rae"),
])
def test_interviewee_name_from_headings_and_chosen_names(before: str, name: str) -> None:
    assert interviewee_name(before) == name


def test_role_interviewee_only_for_role_labels() -> None:
    intro = "Interview with Tomas Vidal, a former welder."
    assert role_interviewee("GUEST", intro) == "Tomas Vidal"
    assert role_interviewee("RESIDENT", intro) is None  # an unnamed person by what they are
    assert role_interviewee("GUEST", "A podcast about work.") == "the guest"  # nobody named: never "Guest"
    assert role_interviewee("WITNESS", "A hearing.") is None  # "Witness" already reads as an unnamed person


def test_role_label_names_with_square_brackets_and_one_word_names() -> None:
    text = "She asked us to call her Sun-ok.\n\nGUEST [Sun-ok]: Thank you.\n\nHOST [Ola Berg]: Welcome.\n"
    assert role_label_names(text) == {"guest": "Sun-ok"}
    assert role_label_names("GUEST [Unnamed]: Hello.\n") == {}  # a lone word never given before is no name


def test_time_coded_label_is_a_label() -> None:
    lab = transcript_label("[00:01:08] YUN: We got 120 euros.")
    assert lab is not None and lab[0] == "YUN"
    assert transcript_label("[note] We got 120 euros.") is None


BYLINED_QA = """The Northern Ledger | Interviews

"We slept on the cement": a former tiler on three winters in Kazan

By Oskar Lindqvist | 2 May 2025

Mr. Han, 39, tiled apartment blocks in Kazan before he left in 2021. He asked us to use only his surname.

Q: How were you paid?
A: The brigade leader kept a ledger. I think the state took most of it, maybe more.

Q: Were you ever hit?
A: Not me. But I heard that the guard kicked a boy who fell asleep.
"""


@pytest.mark.parametrize("line", ["I think the state took most of it, maybe more.",
                                  "But I heard that the guard kicked a boy who fell asleep."])
def test_the_bylined_interviewer_never_answers(line: str) -> None:
    assert _speakers(BYLINED_QA)[line] == ("Mr. Han", "named_person")


FIVE_QUESTIONS = """THE TIMBER DESK
Three questions for Marta Ivanova, former safety inspector in Perm

Ivanova spent nine years inspecting sawmills. We asked her about the crews she met.

You visited sawmills with foreign crews. What did you find?

Mostly nothing, because they were warned. The men were moved before we came.

Did the workers talk to you?

Never alone. A guard stood next to every one of them.

Were they paid?

I never saw a payslip. The money went to a company account.
"""


def test_a_lead_in_before_a_question_is_the_interviewers_and_the_answer_is_the_guests() -> None:
    got = _speakers(FIVE_QUESTIONS)
    assert got["You visited sawmills with foreign crews."][1] == "outlet"
    assert got["The men were moved before we came."] == ("Marta Ivanova", "named_person")
    assert got["I never saw a payslip."] == ("Marta Ivanova", "named_person")


def test_a_running_paragraph_ending_in_a_question_is_not_a_question_without_an_interview() -> None:
    text = ("Crews were moved before inspections. Why would anyone expect otherwise?\n\n"
            "The ministry said it checks every site.\n")
    assert _speakers(text)["The ministry said it checks every site."][0] == "The ministry"


@pytest.mark.parametrize(("np", "kind"), [
    ("My friend Chol", "named_person"), ("my cousin Myong-hui", "named_person"),
    ("her older brother Tae-song", "named_person"), ("Our colleague Vera", "named_person"),
    ("My friend", None), ("my friend from the team", None), ("His brother The", None)])
def test_a_named_friend_or_relative_is_a_named_person(np: str, kind: str | None) -> None:
    from labourlens.analyse.interviewees import relation_name_kind
    assert relation_name_kind(np) == kind


def test_a_named_friend_in_an_answer_is_a_named_source() -> None:
    text = ("Interview with Ana Ruiz, a former seamstress.\n\nQ: Could you go out?\n\n"
            "A: Only in pairs. My friend Lucia said a girl was sent home for walking alone.\n\n"
            "Q: Were you paid?\n\nA: Never in cash.\n")
    got = _speakers(text)
    assert got["My friend Lucia said a girl was sent home for walking alone."] == ("My friend Lucia", "named_person")


def test_a_document_cited_in_a_labelled_turn_is_the_speakers_account() -> None:
    text = ("Interview with Dara Pak, a researcher.\n\nINTERVIEWER: What did the papers say?\n\n"
            "PAK: The contracts said 900 dollars a month. We never saw that money, only the foreman did.\n\n"
            "INTERVIEWER: And the men?\n\nPAK: They kept almost nothing.\n")
    got = _speakers(text)
    assert got["PAK: The contracts said 900 dollars a month."][0] == "Dara Pak"
    assert got["We never saw that money, only the foreman did."][0] == "Dara Pak"


def test_title_case_interviewer_label_is_the_outlets_and_its_bracketed_remark_cites_the_firm() -> None:
    from labourlens.analyse.interviewees import house_label
    assert house_label("Interviewer: Why did you stay?") is not None
    assert house_label("Host (in studio): Welcome back.") is not None
    assert house_label("Kim: We stayed.") is None
    lab = transcript_label("Interviewer: Why did you stay?")
    assert lab is not None and lab[3]  # the outlet's own voice
    text = ("Two cousins, one shipyard: a conversation\n\nWe spoke to Ri Chol and Ri Nam together.\n\n"
            "Interviewer: Who kept your passports?\n\nRI CHOL: The foreman kept them.\n\n"
            "Interviewer: [The shipyard's owner, Nordkap Marine, said in an email that it \"follows every law\".]\n")
    got = _speakers(text)
    assert got["Interviewer: Who kept your passports?"][1] == "outlet"
    wording, kind = next(v for k, v in got.items() if k.startswith("Interviewer: [The shipyard"))
    assert wording is not None and "Nordkap Marine" in wording and kind == "organization"


@pytest.mark.parametrize("line", ["I think someone reported him.", "We suspect the guards told the manager."])
def test_a_first_person_guess_in_an_answer_is_the_answerers(line: str) -> None:
    text = ("Interview with Olga Marchenko, an interpreter.\n\nQ: Were they afraid?\n\n"
            f"A: Very. One man asked me for medicine and the next day he was gone. {line}\n\nQ: Why?\n\nA: Nobody said.\n")
    assert _speakers(text)[line] == ("Olga Marchenko", "named_person")


def test_a_programme_teaser_before_a_colon_names_nobody() -> None:
    text = ("PRESENTER (Maja Holm): Good evening. Tonight: the crews who built hotels in Doha. "
            "Our reporter Ivo Brand met them.\n\nBRAND: I met a Filipino welder, Ramon Cruz. He told me the guards "
            "kept every passport.\n")
    got = _speakers(text)
    assert got["Tonight: the crews who built hotels in Doha."][1] == "outlet"
    assert got["Our reporter Ivo Brand met them."][1] == "outlet"
    assert find_mention("Coming up: the harvest in Uzbekistan.", frozenset()) is None


def test_a_dated_byline_is_not_a_person_introduced_with_an_age() -> None:
    from labourlens.analyse.attribution import last_name
    assert last_name("Interview by Mara Quist, 22 August 2026\n\nDr. Ines Berg leads a programme.") is None
    assert last_name("Interview by Mara Quist, 3 May\n\n") is None
    assert last_name("Jo Chol-ho, 52, worked on a site.") == "Jo Chol-ho"  # an age still introduces a person
    text = ("Q&A | Notes from the Institute\n\nInterview by Mara Quist, 22 August 2026\n\n"
            "Dr. Ines Berg leads the programme at the institute. She wrote in 2023 that the crews \"live like "
            "prisoners.\" We asked her what changed.\n\nQ: Where are they?\n\nBERG: In Dandong, mostly.\n\n"
            "Q: Can they leave?\n\nBERG: Never alone.\n")
    wording = _speakers(text)["She wrote in 2023 that the crews \"live like prisoners.\""][0]
    assert wording is not None and "Berg" in wording


def test_title_case_guest_label_is_the_interviewee_or_an_unnamed_guest() -> None:
    text = ("WORK STORIES podcast, episode 3\n\nHOST: Today my guest is a former cook we will call Jae-won. He worked "
            "in a restaurant in Vientiane.\n\nGuest: We worked from ten until midnight. The manager kept our passports."
            "\n\nHOST: Were you paid?\n\nGuest: Never directly. The money went to the manager.\n")
    got = _speakers(text)
    assert got["Guest: We worked from ten until midnight."] == ("Jae-won", "named_person")
    assert got["The money went to the manager."] == ("Jae-won", "named_person")
    unnamed = text.replace(" we will call Jae-won", "")
    wording, kind = _speakers(unnamed)["Guest: We worked from ten until midnight."]
    assert kind == "anonymous_source" and wording is not None and wording.lower() != "guest"
