"""A rights group named again by the first words of its name ("the advocacy group Harbour Light Migrant Network
said ... Harbour Light also alleged ...") is the group that spoke before, not a person (probe diag88). Every text
is written for this test; the groups and people are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


def _speaker_of(text: str, frag: str) -> tuple[str, str | None, str | None]:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    return c.source, (s.wording if s else None), (s.kind if s else None)


def test_short_name_of_a_network_is_the_network() -> None:
    text = ("MANILA - At least 20 Filipino domestic workers are staying at a shelter in Riyadh after their employers "
            "withheld their wages, the advocacy group Tulay-Bayan OFW Network said on Sunday.\n\n"
            "Several of the women said their passports had been confiscated and they were locked inside the house.\n\n"
            "Tulay-Bayan also alleged that some agencies in Manila charged placement fees of up to 40,000 pesos.\n")
    first = _speaker_of(text, "staying at a shelter")
    second = _speaker_of(text, "placement fees")
    assert second[0] == first[0] and second[2] == "organization"


def test_two_word_short_name_of_a_watch_group() -> None:
    text = ("Migrant farm workers in Almería are paid below the legal wage and their passports are kept by the farm "
            "managers, Harbour Light Migrant Watch said in a report on Monday.\n\n"
            "Harbour Light also said that workers who complained were threatened with dismissal.\n")
    first = _speaker_of(text, "passports are kept")
    second = _speaker_of(text, "threatened with dismissal")
    assert second[0] == first[0] and second[2] == "organization"


def test_person_whose_name_does_not_open_the_groups_name_is_left() -> None:
    text = ("Migrant farm workers in Almería are paid below the legal wage and their passports are kept by the farm "
            "managers, Lima Rights Centre said in a report on Monday.\n\n"
            "Rosa Lima, a picker from Morocco, said that workers who complained were threatened with dismissal.\n")
    src, wording, kind = _speaker_of(text, "threatened with dismissal")
    assert src != _speaker_of(text, "passports are kept")[0] and kind == "named_person"
