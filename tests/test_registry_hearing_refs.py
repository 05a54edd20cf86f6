"""Source identity in hearings, NGO reports and agency relays (rules added for the SS2 battery): a coded
interviewee named in brackets, "the first X" after "The first, ...", "the witness" after a member's
question, "The official, <name>" after an unnamed official, and "she" never a congressman."""

from __future__ import annotations

from attribution_helpers import who
from labourlens.analyse.source_backrefs import named_later, ordinal_alone, role_fits
from labourlens.analyse.source_names import label_of


def _key(text: str, fragment: str) -> str | None:
    src = who(text, fragment)
    return src.key if src is not None else None


def test_bracketed_interview_code_is_a_label() -> None:
    assert label_of("A 52-year-old driver from Sylhet (Interviewee C)") == "Interviewee C"
    assert label_of("a fisherman (Respondent 14)") == "Respondent 14"
    assert label_of("a fisherman (aged 40)") is None
    assert label_of("The Lagos office (Annex 2)") is None


def test_interviewee_code_goes_back_to_the_bracketed_person() -> None:
    text = ("A 29-year-old woman from Khulna (Interviewee F) said she was paid nothing for a season. "
            "Interviewee H said the boats left before dawn. Interviewee F said the owner kept a list of debts.")
    assert _key(text, "paid nothing") == _key(text, "list of debts")
    assert _key(text, "before dawn") != _key(text, "list of debts")


def test_ordinal_alone_then_ordinal_with_noun() -> None:
    assert ordinal_alone("The first, who left in 2018", "first")
    assert ordinal_alone("The second", "second")
    assert not ordinal_alone("The second, a cook", "first")
    assert not ordinal_alone("The first foreman", "first")
    text = ("Two former drivers for the firm spoke to us.\n\nThe first, who quit last year, said the trucks "
            "carried sleeping workers. The second said the men were never paid in cash.\n\nThe first driver "
            "said the depot gates were chained.")
    assert _key(text, "sleeping workers") == _key(text, "gates were chained")
    assert _key(text, "paid in cash") != _key(text, "gates were chained")


def test_the_witness_is_the_person_questioned_not_the_member() -> None:
    assert role_fits("Tomasz Nowak", "named_person", "witness")
    assert not role_fits("Senator Paula Reyes", "official", "witness")
    text = ("Congresswoman Ida Holm questioned Yusuf Demir, a former site manager, about the camp.\n\n"
            "Demir said the men slept twenty to a room. The witness said their pay came months late.\n\n"
            "Holm said the committee would write to the contractor.")
    assert _key(text, "twenty to a room") == _key(text, "months late")
    assert _key(text, "write to the contractor") != _key(text, "months late")


def test_a_named_official_takes_the_unnamed_official_before() -> None:
    text = ("State media quoted a provincial official as saying the transfers were voluntary.\n\n"
            "The official, Zhao Lin, said 20,000 people had been placed in factories. Zhao said nobody was "
            "compelled.")
    assert _key(text, "transfers were voluntary") == _key(text, "20,000 people") == _key(text, "nobody was")


def test_named_later_needs_exactly_one_unnamed_holder() -> None:
    class _S:
        def __init__(self) -> None:
            self.canonical: str | None = None

    class _E:
        def __init__(self, head: str) -> None:
            self.source, self.head, self.person, self.plural = _S(), head, True, False

    one, two = _E("official"), _E("official")
    assert named_later([one, two], "official", "Zhao Lin", "official") is None
    assert named_later([one, _E("worker")], "official", "Zhao Lin", "official") is one
    assert one.source.canonical == "Zhao Lin"
    assert named_later([_E("worker")], "official", "Zhao Lin", "organization") is None


def test_she_is_not_the_congressman_who_asked() -> None:
    text = ("Ms. Nadia Rahimi, who cleaned offices in Dubai for three years, testified first.\n\n"
            "She said her manager kept her residence card.\n\nCongressman Victor Hale asked whether she had "
            "complained. She replied that her complaint was ignored.")
    assert _key(text, "residence card") == _key(text, "complaint was ignored")
