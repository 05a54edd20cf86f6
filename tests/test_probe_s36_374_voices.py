"""Probes (session 36, from heldout374's study): a first-person account under a standfirst that names its teller by
the name he asked for ("She asked to be known as X.") is the teller's; a thread's reply lines opened by a handle and a
colon are their posters' (named by the handle), and the thread's poster replying is the one source; a witness list
on one line that closes with a full stop still gives its last witness; a rank spelt out before a surname is the
officer named in full before; a court summary's coded accused ("A1") speak; a person a feature's lede names by one
name ("Every evening Nadia ...") is the "she" who speaks next, and "His mother" after "her son X"; the "he" after
"I spoke to ..., Name." is Name; a quotation opened right after "told me" is the teller's own, not the listener's;
reported items in a list under "What the men told us:" are one claim each. Near misses keep what they had. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_sources, claim_speakers, speaker_in

_ACCOUNT = """Nine months on a trawler

A deckhand of 31 from Batang gave this story to a fishers' bulletin after coming home in May. She asked to be known as Rudi.

I signed with a broker in Batang in 2024. We hauled nets for twenty hours at a stretch in the good weeks.

The skipper kept my seaman's book in his cabin. We did not see land for nine months.

Editor's note: the broker did not answer our questions.
"""


def test_a_standfirst_naming_the_teller_gives_him_the_account() -> None:
    got = claim_speakers(_ACCOUNT)
    assert speaker_in(got, "twenty hours at a stretch") == ("Rudi", "named_person")
    assert speaker_in(got, "seaman's book") == ("Rudi", "named_person")


def test_a_story_that_quotes_him_keeps_its_own_reading() -> None:
    text = ("Deckhands home from the south Atlantic\n\nRudi, a deckhand, said the skipper kept the books. He asked to be known as Rudi. \"Our shifts ran twenty hours,\" "
            "he said.\n\nThe skipper kept their passports and the crew were not paid for eight months, the deckhands said.\n\n"
            "The broker said the fees were legal.\n")
    got = claim_speakers(text)
    assert speaker_in(got, "fees were legal")[0] != "Rudi"


_THREAD = """Thread by @galley_mina, posted 2 May 2026

1/ I cook for eleven men on a cement ship waiting off Sohar. Nobody on board has seen wages since January.

2/ The agent holds our passports and says we cannot sign off.

Replies

@harbour_eye: Same owner left a crew off Duqm last year. They were unpaid for ten months.

@galley_mina: @harbour_eye we only want our wages and our tickets home.
"""


def test_thread_replies_are_their_posters() -> None:
    got = claim_sources(_THREAD)
    kind, wording, key = next(v for k, v in got.items() if "unpaid for ten months" in k)
    assert kind == "named_person" and wording is not None and "harbour_eye" in wording
    own = next(v for k, v in got.items() if "seen wages since January" in k)
    reply = next(v for k, v in got.items() if "our wages and our tickets" in k)
    assert reply[2] == own[2]


def test_a_handle_quoted_in_a_blog_stays_as_read() -> None:
    text = ("A blog about tower cranes\n\n<blockquote>@crane_lad: The crew on tower 3 pour concrete from six in the morning "
            "to midnight every day.</blockquote>\n")
    got = claim_speakers(text)
    assert all(kind != "named_person" for wording, kind in got.values() if wording and wording.startswith("@"))


_HEARING = """JOINT COMMITTEE ON PORTS
Draft record of a sitting about crew welfare
Durban, 3 May 2026

Witnesses: Ms Lerato Dube, port inspector; Mr Sipho Ndlovu, chairperson, Durban Port Agents' Association; Ms Naledi Khumalo, Seafarers' Help Desk, Durban.

Q1 (the Chair): Ms Dube, what did your inspectors find this year?

Ms Dube: Our officers met deckhands owed seven months of wages.

Q2 (Mr Zulu): Ms Khumalo?

Ms Khumalo: Many fishers visiting the help desk owe agencies back home sums they can never repay.
"""


def test_the_last_witness_of_a_list_closed_by_a_full_stop_is_named() -> None:
    from labourlens.analyse.roster_roles import roster_people

    assert "Khumalo" in roster_people(_HEARING)
    got = claim_speakers(_HEARING)
    wording, kind = speaker_in(got, "owe agencies")
    assert wording is not None and "Naledi Khumalo" in wording and kind == "named_person"


def test_a_spelt_out_rank_and_surname_is_the_officer_named_before() -> None:
    text = ("Police board a longliner\n\nA harbour police officer, Lieutenant Anil Ramsamy, said officers had spoken to all the crew. \"They say the man "
            "was beaten and put over the side,\" Lieutenant Ramsamy said. The crew were owed eight months of wages and the skipper held their "
            "passports, he said.\n")
    got = claim_sources(text)
    first = next(v for k, v in got.items() if "spoken to all the crew" in k)
    second = next(v for k, v in got.items() if "put over the side" in k)
    assert first[2] == second[2]


def test_a_court_summarys_coded_accused_speaks() -> None:
    text = ("Background. Two men stand accused, a trawler's skipper (A1) and its bosun (A2), of beating deckhands.\n\n"
            "A1 denied that any deckhand was locked in.\n")
    got = claim_speakers(text)
    assert speaker_in(got, "locked in") == ("A1", "anonymous_source")


_LEDE = """Mothers of the coast road

By Ana Putri | 2 May 2026

BATANG, Central Java - Every morning Nadia checks her phone for a message from her son Ilham, a deckhand on a squid jigger in the south Atlantic. He left in 2024.

"He writes that they haul the lines for eighteen hours," she said at her stall.

Ilham signed through an agency in Batang. His mother says only two transfers reached them in twenty months.
"""


def test_a_lede_named_mother_is_the_she_who_speaks_and_his_mother() -> None:
    got = claim_speakers(_LEDE)
    assert speaker_in(got, "eighteen hours") == ("Nadia", "named_person")
    assert speaker_in(got, "two transfers") == ("Nadia", "named_person")


def test_an_everyone_lede_names_nobody() -> None:
    text = ("Boats of the coast road\n\nEveryone knows his boat. \"The crew worked eighteen hours a day,\" she said. \"The skipper kept our passports and we were "
            "not paid for eight months.\"\n")
    got = claim_speakers(text)
    assert speaker_in(got, "eighteen hours")[0] != "Everyone"


_TURNS = """THE HOLD - Episode 3: "Paid later"
Transcript. Host: Rita Lopes. Reporter: Joao Dias.

RITA LOPES: And the crewing firm, what is its answer?

JOAO DIAS: The crew told me the captain kept their passports and they were not paid for eight months. They worked twenty hours a day.

RITA LOPES: And the agency?

JOAO DIAS: We talked with the crewing firm's owner, Paulo Mendes. He told me the unpaid months are "normal in the trade". He said nobody had been sent home early.
"""


def test_the_he_after_i_spoke_to_name_is_name() -> None:
    got = claim_speakers(_TURNS)
    assert speaker_in(got, "normal in the trade") == ("Paulo Mendes", "named_person")
    assert speaker_in(got, "sent home early") == ("Paulo Mendes", "named_person")


_ANSWERS = """"The ships hide nothing and show nothing"
An interview with Sister Clara Mendes, port chaplain in Walvis Bay

For nine years Sister Clara Mendes has visited the trawlers that put in at Walvis Bay. We spoke to her at the seafarers' mission.

Do the men keep their passports?
Rarely. On most ships I visit the master has them. One Ghanaian man told me, very quietly, "Sister, I have not seen my passport for a year. I think the agent has it."

Is there violence?
Less than people think. A few men showed me bruises from the mate's rope.
"""


def test_a_quotation_told_to_the_interviewee_is_the_tellers() -> None:
    got = claim_speakers(_ANSWERS)
    wording, kind = speaker_in(got, "not seen my passport")
    assert wording is not None and "Ghanaian man" in wording and kind == "anonymous_source"


_LIST = """SEA WATCH - PRESS RELEASE

Three fishers who left a longliner in Walvis Bay last week have spoken to Sea Watch.

What the three men told our staff:
- they hauled lines for twenty hours a day in the winter season, with one short meal break;
- the bosun beat a deckhand with a gaff when he was slow to clear the lines on deck;
- the skipper kept their passports in his cabin and would not give them back at the port.

Sea Watch has asked the authorities to inspect the vessel.
"""


def test_reported_items_under_a_told_lead_in_are_one_claim_each() -> None:
    got = claim_speakers(_LIST)
    assert any("twenty hours" in k and "gaff" not in k for k in got)
    assert any("gaff" in k and "passports" not in k for k in got)


_POST = """Thread by @reefer_cook, posted 3 May 2026

1/ Our reefer has waited off Fujairah since winter. Nobody on board has seen wages since February.

2/ The agent keeps our passports ashore, so none of us can sign off.

3/ The owner's clerk warned us by message that talking to reporters would cost us all our back pay. Since then, silence.

4/ My cousin told me his crew were paid in the end.
"""


def test_a_bosss_words_to_the_posters_crew_are_the_posters_account() -> None:
    got = claim_sources(_POST)
    own = next(v for k, v in got.items() if "seen wages since February" in k)
    threat = next(v for k, v in got.items() if "talking to reporters" in k)
    assert threat[2] == own[2]


def test_where_and_whom_the_reporter_met_are_method_lines() -> None:
    from labourlens.analyse.claim_filters import is_method_line

    assert is_method_line("We spoke to her at the shelter near the harbour.")
    assert is_method_line("I met four of them in May, after they got home.")
    assert is_method_line("HOST: I spoke to the firm's owner, Ana Ruiz.")
    assert not is_method_line("I spoke to the owner, who denied it.")
    assert not is_method_line("We spoke to them at the port and they said they were beaten.")
    assert not is_method_line("I met four of them in May, and they had not been paid.")


def test_a_bare_official_after_a_state_body_spoke_is_its_officer() -> None:
    text = ("Reefer detained in Walvis Bay\n\nThe deckhands said the skipper kept their passports and they were not paid "
            "for six months.\n\nThe Maritime Authority said its team went aboard on Monday. An official said "
            "the pay sheets are now under review.\n")
    got = claim_speakers(text)
    assert speaker_in(got, "pay sheets") == ("An official", "official")


def test_a_bare_official_with_no_state_body_before_keeps_its_kind() -> None:
    text = ("Reefer detained in Walvis Bay\n\nThe deckhands said the skipper kept their passports and they were not paid "
            "for six months.\n\nAn official said the wage records were being reviewed.\n")
    got = claim_speakers(text)
    assert speaker_in(got, "wage records were") == ("An official", "anonymous_source")
