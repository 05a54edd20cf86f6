"""Probes for the classes of speaker misses studied on heldout194 (live blogs, timelines, running updates).

Every example is invented for these tests: other names, places, numbers and sentence shapes than the set's."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from labourlens.analyse.wire_datelines import dateline_end


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    """(claim text start, speaker wording, speaker kind) for each claim."""
    a = analyse(text, {})
    srcs = {s.key: s for s in a.sources}
    out = []
    for c in a.claims:
        s = srcs.get(c.source)
        out.append((c.text, s.wording if s else None, s.kind if s else "outlet"))
    return out


def _speaker_of(text: str, needle: str) -> tuple[str | None, str]:
    for t, wording, kind in _speakers(text):
        if needle in t:
            return wording, kind
    raise AssertionError(f"no claim with {needle!r}")


def _source_key(text: str, needle: str) -> str:
    a = analyse(text, {})
    for c in a.claims:
        if needle in c.text:
            return c.source
    raise AssertionError(f"no claim with {needle!r}")


# --- a live-blog entry's time stamp with a zone and no dash, or after "Update", opens no speaker phrase


def test_zoned_stamp_without_dash_is_cut_before_the_speaker() -> None:
    assert dateline_end("16:05 CET Ridgeway Textiles said the migrant staff kept their passports.") == len("16:05 CET ")
    assert dateline_end("Update 16:40 - The police said ...") == len("Update 16:40 - ")
    assert dateline_end("08:15 PST Harbor crews said ...") == len("08:15 PST ")


def test_stamp_controls_stay() -> None:
    assert dateline_end("16:05 Ridgeway Textiles said the staff were paid.") == 0  # no zone, no dash: left alone
    assert dateline_end("The 16:05 train left late.") == 0
    assert dateline_end("Updated figures show 40 workers were unpaid.") == 0


def test_company_after_zoned_stamp_speaks_and_the_company_refers_back() -> None:
    text = ("Garment plant blaze: live\n\n"
            "16:05 CET Ridgeway Textiles said its Nepali machinists keep their own passports and may leave the hostel. "
            "The company also said no machinist is made to work unpaid overtime.\n")
    first = _speaker_of(text, "keep their own passports")
    assert first == ("Ridgeway Textiles", "organization")
    assert _source_key(text, "keep their own passports") == _source_key(text, "unpaid overtime")


# --- "We reached the trawler's cook by radio. He told us ...": the person reached under their post


def test_possessive_post_reached_by_phone_is_the_next_he() -> None:
    text = ("Trawler crew adrift - live\n\n"
            "The Harbour Light Trust, a welfare charity, says the 12 fishermen on board are owed five months' wages.\n\n"
            "We reached the trawler's chief cook, a Ghanaian, on Thursday over the radio. He told us the mate "
            "locks the galley stores and hands out one meal a day. The men are sleeping on deck, he added.\n")
    wording, kind = _speaker_of(text, "hands out one meal a day")
    assert kind == "anonymous_source" and wording is not None and "cook" in wording
    assert _source_key(text, "hands out one meal a day") == _source_key(text, "sleeping on deck")
    assert _source_key(text, "hands out one meal a day") != _source_key(text, "owed five months' wages")


def test_possessive_contact_controls() -> None:
    from labourlens.analyse.reached_crew import possessive_contact

    assert possessive_contact("We reached the depot's night watchman on Sunday.") == ("the depot's night watchman", 11)
    assert possessive_contact("We reached the mine's drillers by phone.") is None  # a group
    assert possessive_contact("We reached the plant's manager by phone.") is None  # a company's voice
    assert possessive_contact("The ship's cook reached the port at noon.") is None  # not the writer's contact


# --- a bare spokesperson or manager right after a company spoke is the company's


def test_bare_spokesman_after_a_firm_speaks_for_it() -> None:
    text = ("Twelve Filipino crew on the bulk carrier Sea Lark say their passports were taken by the master.\n\n"
            "Korvin Shipping rejected the union's account on Tuesday. \"No crewman's passport has been taken and every "
            "seafarer was paid for March,\" a spokesman said.\n")
    assert _speaker_of(text, "passport has been taken")[1] == "organization"


def test_bare_manager_after_a_firm_speaks_for_it() -> None:
    text = ("Orlan Bricks, which owns the kiln, denied that any of its Bihari kiln workers had been beaten. A manager said the kiln "
            "workers had their advances written off and owe the company nothing.\n")
    assert _speaker_of(text, "advances written off")[1] == "organization"


def test_bare_spokesman_after_a_state_body_stays_official() -> None:
    text = ("The Labour Inspectorate of Tarnow said it found no migrant workers without contracts. \"Each labourer "
            "on the site has a signed contract and a key to his room,\" a spokesman said.\n")
    assert _speaker_of(text, "key to his room")[1] == "official"


def test_bare_manager_after_a_rights_group_stays_a_person() -> None:
    text = ("The Harbour Light Trust said it was helping the crew. \"The fishermen have not been paid for eight "
            "months and their families are borrowing to eat,\" a manager said.\n")
    assert _speaker_of(text, "not been paid for eight")[1] == "anonymous_source"


# --- kinds: a union leader by name is a person; counsel for a vessel's owners is the firm; a governorate the state


def test_role_leader_with_name_is_a_person() -> None:
    assert classify("Union leader Amadou Sissoko") == "named_person"
    assert classify("Brigade leader Ri Chol-min") in ("named_person", "anonymous_source")
    assert classify("the union leader") == "organization"  # unnamed: as before


def test_counsel_for_owners_is_the_firm() -> None:
    assert classify("Counsel for the owners") == "organization"
    assert classify("Counsel for the employers") == "organization"
    # counsel for persons: a person speaking in court (s35; it used to be no speaker at all, and the sentence the page's)
    assert classify("Counsel for the defendants") == "anonymous_source"
    assert classify("Counsel for the claimants") == "anonymous_source"


def test_governorate_is_the_state() -> None:
    assert classify("Basra's provincial governorate") == "official"
    assert classify("the governorate") == "official"


# --- embedded posts and reader comments: the author named in the label or the signature speaks


def test_bracketed_post_label_gives_the_paragraph_to_the_handle() -> None:
    text = ("Dock strike: what people are saying\n\n"
            "[Post by @HarbourRightsWatch, 07:40]: \"Nine deckhands came to our desk. Each owes the manning agent "
            "$1,400 for the job and the debt grows every month.\"\n\n"
            "[Post by @tema_dockside, 08:02]: \"Down at the pier. The migrant crew told me the cook was slapped by "
            "the bosun yesterday.\"\n")
    assert _speaker_of(text, "owes the manning agent") == ("@HarbourRightsWatch", "organization")
    assert _speaker_of(text, "slapped by the bosun") == ("@tema_dockside", "anonymous_source")


def test_reader_comment_from_a_screen_name_and_a_signed_comment() -> None:
    text = ("Brickworks raid: live\n\n"
            "Reader comment from \"Tomek_77\": \"The Ukrainian labourers at that kiln are paid nothing for the "
            "first three months, everyone in the village knows it.\"\n\n"
            "READER COMMENT, posted 14:05: \"I sold them bread for a year. Their boss keeps their ID cards in his "
            "car.\" - Ama O., Tema\n")
    assert _speaker_of(text, "paid nothing for the") == ("Tomek_77", "anonymous_source")
    assert _speaker_of(text, "keeps their ID cards") == ("Ama O.", "named_person")


def test_post_label_controls() -> None:
    from labourlens.analyse.post_labels import _author

    assert _author('Post-mortem results are due on Friday.') is None
    assert _author('Reader comments are closed on this story.') is None
    assert _author('"Nobody paid us," one worker said. - Ana') is None  # no comment label: a signature alone is nothing


# --- the page's impersonal "are believed to" after a source's tag is the page's own hedged line


_FARMHANDS = ("Some 30 Uzbek farmhands at a greenhouse near Astrakhan have not been paid since the spring, a local "
              "source told the paper.\n\n\"The foreman holds their passports in his office,\" the source said. ")


def test_passive_belief_after_a_source_tag_is_the_pages() -> None:
    text = _FARMHANDS + "Most of the farmhands are thought to owe the recruiter a season's pay.\n"
    assert _speaker_of(text, "are thought to owe the recruiter")[1] == "outlet"


def test_plain_sentence_after_a_source_tag_still_runs_on() -> None:
    text = _FARMHANDS + "Most of the farmhands owe the recruiter a season's pay.\n"
    assert _speaker_of(text, "owe the recruiter a season")[1] == "anonymous_source"
