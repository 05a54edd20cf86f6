"""Sources met by phone and named after they spoke (probe diag37-i): "We also spoke by phone with a Ghanaian
mason who said ...", "The Herald spoke by video with a woman who said ..."; then "He gave his name as Osei." or
"She asked to be called Mira." names that person from the start, so that a later "Osei said" is the same source.
A name sentence about someone of the other gender, or with nobody unnamed heard, changes nothing. Every text is
written for this test; people and outlets are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
H = "Builders from Accra held in Doha\nThe Herald looked into crews of foreign builders in Doha.\n\n"


def _sources(text: str) -> dict[str, tuple[str | None, str, str]]:
    a = analyse(text, META)
    out = {}
    for c in a.claims:
        src = a.source(c.source)
        assert src is not None
        out[c.text] = (src.wording, src.kind, src.key)
    return out


def _of(sp: dict[str, tuple[str | None, str, str]], fragment: str) -> tuple[str | None, str, str]:
    return next(v for k, v in sp.items() if fragment in k)


def test_named_after_speaking_by_phone() -> None:
    text = (H + "We also spoke by phone with a Ghanaian mason who said his passport was taken on arrival. "
            "He gave his name as Osei. \"We worked seven days a week and were never paid overtime,\" Osei said.\n")
    sp = _sources(text)
    first, later = _of(sp, "passport was taken"), _of(sp, "never paid overtime")
    assert first[:2] == ("Osei", "named_person") and first[2] == later[2]


def test_she_asked_to_be_called() -> None:
    text = (H + "The Herald spoke by video with a woman who said the agency kept her wages for a year. "
            "She asked to be called Mira. Mira said the cleaners slept in a storeroom.\n")
    sp = _sources(text)
    assert _of(sp, "kept her wages")[:2] == ("Mira", "named_person")
    assert _of(sp, "kept her wages")[2] == _of(sp, "slept in a storeroom")[2]


def test_a_name_of_the_other_gender_changes_nothing() -> None:
    # negative control: the man's name is given, but the last unnamed person heard is a woman
    text = (H + "We also spoke by phone with a woman who said her passport was taken on arrival. "
            "He gave his name as Osei.\n")
    assert _of(_sources(text), "passport was taken")[1] == "anonymous_source"
