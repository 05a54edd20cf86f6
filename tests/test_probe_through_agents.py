"""A body that speaks through a named person ("The contractor, Dune Crest Services, said through its operations
manager, Mr Karim Haddad, that ...") is heard in that person's name, as the body's voice (``organization`` for a
firm); "Haddad said" later is the same source. A firm that merely speaks, or a person named as the one it
spoke about, is unchanged. Every text is written for this test; people and firms are fictional (places are
real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-11", "language": "en"}
LEAD = ("Dozens of cleaners employed by a facilities contractor in Doha say they have not been paid for four months "
        "and that their passports are kept in the company office.\n\n")


def _claims(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    a = analyse(text, META)
    out = {}
    for c in a.claims:
        s = a.source(c.source)
        out[c.text] = ((s.wording if s else None), (s.kind if s else None), c.source)
    return out


def _find(claims: dict[str, tuple[str | None, str | None, str]], frag: str) -> tuple[str | None, str | None, str]:
    return next(v for k, v in claims.items() if frag in k)


def test_firm_speaks_through_its_manager() -> None:
    text = LEAD + ("The contractor, Dune Crest Services, said through its operations manager, Mr Karim Haddad, that "
                   "the delays were caused by clients paying late. \"Nobody's passport is held against his will,\" "
                   "Haddad said.")
    claims = _claims(text)
    first, later = _find(claims, "caused by clients"), _find(claims, "passport is held")
    assert first[1] == "organization" and first[0] is not None and "Haddad" in first[0], first
    assert later[2] == first[2], (first, later)


def test_firm_speaking_alone_is_unchanged() -> None:
    text = LEAD + "The contractor, Dune Crest Services, said that the delays were caused by clients paying late."
    who, kind, _key = _find(_claims(text), "caused by clients")
    assert kind == "organization" and who is not None and "Dune Crest" in who, (who, kind)


def test_spokesman_named_after_he_spoke() -> None:
    text = ("Immigration officers on Monday removed 19 foreign workers from a garment plant in Lagos, where they had "
            "allegedly been locked in a dormitory for months, the service's spokesman said on Tuesday.\n\n"
            "The spokesman, Deputy Comptroller Sani Bello, said the workers were found in a locked building. "
            "\"They had not been paid since March,\" Bello said.\n")
    claims = _claims(text)
    first, named, later = (_find(claims, "locked in a dormitory"), _find(claims, "found in a locked building"),
                           _find(claims, "not been paid since March"))
    assert first[2] == named[2] == later[2], (first, named, later)
    assert named[1] == "official", named


def test_another_spokesman_stays_apart() -> None:
    text = ("Immigration officers on Monday removed 19 foreign workers from a garment plant in Lagos, where they had "
            "allegedly been locked in a dormitory for months, the service's spokesman said on Tuesday.\n\n"
            "A police spokeswoman, Superintendent Ada Obi, said two managers were held for questioning over the "
            "workers' unpaid wages.\n")
    claims = _claims(text)
    assert _find(claims, "locked in a dormitory")[2] != _find(claims, "two managers were held")[2]
