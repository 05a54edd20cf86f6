"""Probes for callers named in capitals in their label's note, one per turn; a committee hearing's turns with names and posts in brackets; and one unnamed source's account running on past a
trailing tag (written for labourlens; people, firms and outlets are invented)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

META = {"published": "2025-06-01", "language": "en"}


def _by_opening(text: str) -> dict[str, tuple[str | None, str | None]]:
    return speakers_by_opening(text, 30, META)


def _speaker_of(got: dict[str, tuple[str | None, str | None]], opening: str) -> tuple[str | None, str | None]:
    found = [v for k, v in got.items() if k.startswith(opening[:25])]
    assert len(found) == 1, (opening, got)
    return found[0]


PHONE_IN = (
    'Transcript: "Far and Home", Radio Jinja 98.1, evening phone-in\n\n'
    "HOST: Good evening. Tonight we talk about our children working in the Gulf.\n\n"
    "CALLER (NAMUGGA, MASAKA): My daughter went to Qatar through an agency. They told her she would work in a shop. "
    "Instead she is in a house with eight children and her passport was taken.\n\n"
    "HOST: Next caller.\n\n"
    "CALLER (OKELLO, LIRA): I came back from Oman in May. My boss paid me 200 rials every month and I kept my own "
    "passport.\n\n"
    "CALLER (ANONYMOUS WOMAN): In Riyadh my madam hit me when the food was cold and took my phone.\n"
)


def test_callers_named_in_capitals_each_speak_their_own_turn() -> None:
    got = _by_opening(PHONE_IN)
    assert _speaker_of(got, "Instead she is in a house with") == ("Namugga", "named_person")
    assert _speaker_of(got, "My boss paid me 200 rials") == ("Okello", "named_person")
    wording, kind = _speaker_of(got, "CALLER (ANONYMOUS WOMAN): In")
    assert wording != "Anonymous Woman" and kind == "anonymous_source"


HEARING = (
    "PARLIAMENT - COMMITTEE ON LABOUR MIGRATION\nExtract from the minutes of evidence (unofficial)\n\n"
    "Chair (Hon. Ruwan Dias): We now take evidence from the Bureau. Mr Silva, how many complaints did you receive?\n\n"
    "Mr P. Silva (General Manager, Migrant Workers Bureau): Honourable Chair, we received 2,100 complaints from "
    "Kuwait. About half concerned unpaid wages. The agencies concerned deny it.\n\n"
    "Hon. Mala Fernando: Is it true that women are locked in agency offices for weeks?\n\n"
    "Mr Silva: We have received such reports from workers who returned through the safe house.\n\n"
    "Hon. Fernando: The workers say they were promised 110 dinars. They receive 70 dinars and cannot leave.\n"
)


def test_hearing_turns_belong_to_the_named_speaker_and_post() -> None:
    got = _by_opening(HEARING)
    assert _speaker_of(got, "About half concerned unpaid") == ("Mr P. Silva", "official")
    assert _speaker_of(got, "Mr Silva: We have received su") == ("Mr P. Silva", "official")
    assert _speaker_of(got, "They receive 70 dinars and ca") == ("Hon. Mala Fernando", "official")
    assert _speaker_of(got, "The agencies concerned deny")[0] == "The agencies concerned"


def test_one_sources_account_runs_on_past_a_trailing_tag() -> None:
    text = ("North Korean women at a seafood plant near Dandong hand most of their wages to the managers who escort "
            "them, a source in North Pyongan Province told the paper.\n\n"
            "The women sleep in a converted cold store next to the plant, the source added. Trips into town are allowed "
            "once a month, and only with a supervisor.\n\n"
            "Two accountants at the plant said the dormitory is locked at night. The plant's ledger, seen by the paper, "
            "records deductions for food.\n")
    got = _by_opening(text)
    source = _speaker_of(got, "The women sleep in a convert")
    assert _speaker_of(got, "Trips into town are allowed") == source
    assert _speaker_of(got, "The plant's ledger, seen by") != _speaker_of(got, "Two accountants at the plan")


def test_an_honourable_member_is_official_and_whose_role_gives_the_named_one() -> None:
    from labourlens.analyse.mentions import find_mention
    from labourlens.analyse.speakers import classify

    assert classify("committee chairperson Hon. Rose Akello") == "official"
    assert classify("a former MP, Hon. Rose Akello") != "official"
    m = find_mention("The complaints came through the Kampala Association of Recruitment Agencies, whose secretary "
                     "general, Peter Mukasa, said he had forwarded 43 cases to the ministry.")
    assert m is not None and m.wording == "Peter Mukasa"


def test_whoever_answers_the_office_number_speaks_for_the_firm_and_a_named_colleague_is_named() -> None:
    from labourlens.analyse.speakers import classify

    assert classify("A man who answered the office number") == "organization"
    assert classify("A man who answered the door") == "anonymous_source"
    from labourlens.analyse.interviewees import relation_name_kind

    assert relation_name_kind("His colleague Brian, who did not want his surname printed") == "named_person"


def test_a_body_whose_name_lists_its_fields_is_one_speaker() -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention("The Ministry of Labour, Social Security and Migration said on Tuesday that it had helped 30 "
                     "citizens return home.")
    assert m is not None and m.wording == "The Ministry of Labour, Social Security and Migration"
    m = find_mention("The workers were paid late, Anna Berg and Li Wen said.")
    assert m is not None and m.wording == "Anna Berg and Li Wen"


def test_the_field_labels_of_a_court_summary_are_no_speakers() -> None:
    text = ("Case summaries\n\nDistrict Court of Chita, case No. 1-55/2025\n\n"
            "Charge: Article 127.2 (use of slave labour) of the Criminal Code.\n\n"
            "- The defendant kept the workers' passports in his car and paid them 1,000 yuan a month instead of the "
            "promised 6,000 yuan.\n\nVerdict: three years' imprisonment, suspended.\n")
    got = _by_opening(text)
    assert all(w not in ("Charge", "Verdict") for w, _ in got.values()), got
