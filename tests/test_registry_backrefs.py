"""Back-references to sources (``source_backrefs`` and the registry rules that use it), in texts of our own."""

from __future__ import annotations

from attribution_helpers import speakers_of
from labourlens.analyse.source_backrefs import (
    apposed_name_tokens,
    introduced_as_other,
    qualifiers_fit,
    role_subject_before,
    titled_role,
)


def _keys(text: str, *fragments: str) -> list[str | None]:
    pairs = speakers_of(text)
    out: list[str | None] = []
    for f in fragments:
        src = next(s for t, s in pairs if f in t)
        out.append(src.key if src is not None else None)
    return out


def test_titled_role() -> None:
    assert titled_role("Chief Inspector Anna Brod of the labour office", "inspector")
    assert titled_role("Professor Li Wen", "professor")
    assert not titled_role("a labour inspector in Poznan", "inspector")
    assert not titled_role("Inspector", "inspector")


def test_introduced_as_other() -> None:
    assert introduced_as_other("Another woman, Sara Vale", "woman")
    assert introduced_as_other("a second trader, based in Yanji", "trader")
    assert not introduced_as_other("A woman from Cebu", "woman")
    assert not introduced_as_other("Another woman, Sara Vale", "driver")


def test_qualifiers_fit() -> None:
    assert qualifiers_fit("nepali cook", " A cook, a man from Nepal")
    assert qualifiers_fit("transport ministry official", " one official who works at the transport ministry")
    assert not qualifiers_fit("health ministry official", " one official who works at the transport ministry")
    assert not qualifiers_fit("nepali driver", " A cook, a man from Nepal")
    assert not qualifiers_fit("cook", " A cook")


def test_apposed_name_tokens() -> None:
    assert apposed_name_tokens("One of the drivers, Tariq Aziz") == ["Tariq", "Aziz"]
    assert apposed_name_tokens("A neighbour, Ines") == ["Ines"]
    assert apposed_name_tokens("Tariq Aziz, a driver") == []
    assert apposed_name_tokens("One of the drivers") == []


def test_role_subject_before() -> None:
    assert role_subject_before("Some text. The engineer shook his head. ") == "engineer"
    assert role_subject_before("Some text. The engineer said no. ") is None
    assert role_subject_before("Some text. Nobody answered. ") is None


def test_pronoun_after_a_role_sentence_goes_to_that_source() -> None:
    text = ("Dr Kofi Asante, an epidemiologist in Kumasi, said the mine camps had no clean water. A supervisor "
            "at one camp said water was trucked in daily. The epidemiologist was not convinced. He said "
            "children drank from the pits.")
    a, b, c = _keys(text, "no clean water", "trucked in", "drank from the pits")
    assert c == a and b != a


def test_body_noun_is_not_the_bodys_spokesman() -> None:
    text = ("Redcliff Apparel said it had cut ties with the mill. A company spokeswoman, Nora Bell, said "
            "the firm learned of the abuse in May. The company said it would compensate the workers.")
    a, b, c = _keys(text, "cut ties", "learned of the abuse", "compensate the workers")
    assert c == a and b != a


def test_title_alone_after_a_capitalised_title() -> None:
    text = ("Chief Inspector Marta Kowal of the regional labour office said the greenhouse had no fire exits. "
            "A grower said the exits were being built. The inspector said the workers were locked in at night.")
    a, b, c = _keys(text, "no fire exits", "being built", "locked in at night")
    assert c == a and b != a


def test_the_other_woman_after_another_woman_named() -> None:
    text = ("Mira Sol said she was hired in Manila. Another woman, Dana Cruz, said she was hired in Cebu. "
            "The other woman said her salary was never paid.")
    a, b, c = _keys(text, "hired in Manila", "hired in Cebu", "never paid")
    assert c == b and a != b


def test_redescribed_source_by_its_qualifiers() -> None:
    text = ("One guard said the gates were chained. The guard, a former soldier from Ghana, said he was told "
            "to shoot at anyone who ran. A second guard said nobody ran. The Ghanaian guard said two men ran anyway.")
    a, b, c, d = _keys(text, "gates were chained", "told to shoot", "nobody ran", "two men ran")
    assert a == b == d and c != a


def test_surname_given_in_apposition_to_an_unnamed_phrase() -> None:
    text = ("Migrants at the camp said they were not paid. One of the migrants, Yusuf Demir, said his wages "
            "were kept by the foreman. Demir said he slept on the floor.")
    _, b, c = _keys(text, "not paid", "wages were kept", "slept on the floor")
    assert b == c


def test_bare_police_after_national_police_and_a_new_embassy() -> None:
    text = ("Malaysian police said 30 Bangladeshi men were found in a warehouse. The men had not been paid, "
            "police said. The Bangladeshi high commission said it would help. The Nepalese embassy in Kuala "
            "Lumpur said two Nepalis were among them.")
    a, b, c, d = _keys(text, "found in a warehouse", "not been paid", "would help", "two Nepalis")
    assert a == b and d not in (a, c)


def test_qualifier_stems_of_places() -> None:
    assert qualifiers_fit("moroccan driver", " The driver, a man from Morocco")
    assert qualifiers_fit("kenyan nurse", " A nurse who came from Kenya")
    assert not qualifiers_fit("malian driver", " The driver, a man from Morocco")


def test_the_other_after_one_is_a_new_person() -> None:
    text = ("A hotel manager in Dubai said the cleaners had days off. Two cleaners disagreed. One said she had "
            "not had a day off in a year. The other said her passport was in the manager's safe.")
    a, b, c = _keys(text, "had days off", "not had a day off", "passport was in")
    assert len({a, b, c}) == 3


def test_the_other_source_still_goes_back_to_the_earlier_source() -> None:
    text = ("A source in Hunchun said the women worked nights. A trader in Yanji said the women were fined. "
            "The other source said the fines were kept by the managers.")
    a, b, c = _keys(text, "worked nights", "were fined", "kept by the managers")
    assert c == a and b != a


def test_the_insider_and_the_woman_go_back_to_their_own_kind() -> None:
    text = ("An informant inside the factory said the night shift was unpaid. A former driver said the gates "
            "were locked. The informant said the managers kept a second payroll.")
    a, b, c = _keys(text, "night shift", "gates were locked", "second payroll")
    assert c == a and b != a
    text = ("A woman from the village said her daughters worked at the kiln. Her brother said they carried "
            "bricks. The woman said the owner held their identity cards.")
    a, b, c = _keys(text, "daughters worked", "carried bricks", "identity cards")
    assert c == a and b != a


def test_the_ngo_goes_back_to_the_charity_named() -> None:
    text = ("Safe Passage, a charity in Chittagong, said boys were sent to fishing camps. A boat owner said "
            "the boys were relatives of the crew. The NGO said it had met the boys' parents.")
    a, b, c = _keys(text, "fishing camps", "relatives of the crew", "boys' parents")
    assert c == a and b != a


def test_titled_official_whose_surname_ends_in_s_is_one_person() -> None:
    text = ("Commissioner Rui Matos of the federal labour inspectorate said nine loggers were freed. A sawmill "
            "owner said the loggers were contractors. The commissioner said the loggers had no contracts.")
    a, b, c = _keys(text, "nine loggers", "were contractors", "no contracts")
    assert c == a and b != a
