"""Town names that are a person's name, for :func:`labourlens.analyse.places.find`.

A name the text introduces as somebody's ("The woman, who gave her name only as Alba, said", "a helper who asked to be
called Ilam", "identified only as Bela") or gives after a personal title ("Professor Ana Lima ... Lima said", "Ms.
Tete") is that person wherever it comes again ("Alba said"), not the town of that name, unless a preposition of place
puts it on a map ("moved to Alba", "near Lima"). A town's name joined by a hyphen to a
capitalised word, right after a capitalised given name and before an apposition, an age or a reporting verb, is a
double-barrelled family name ("Dr. Ana Tarlac-Uy, a sociologist", "Lina Ramos-Cruz said"); "the Dandong-Sinuiju
bridge" and "in Seoul-Incheon" stay places. Countries are never dropped. Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated

__all__ = ["as_person", "double_surname", "introduced_names"]

# "gave her name only as Alba", "asked to be called Ilam", "identified only as Bela", "who goes by Nita"
_INTRODUCED = gated(
    r"\b(?:gave\s+(?:her|his|their)\s+(?:first\s+|given\s+)?name\s+(?:only\s+)?as|asked\s+to\s+be\s+(?:called|"
    r"identified\s+(?:only\s+)?as|named)|(?:identified|known)\s+only\s+as|(?:who\s+)?goes\s+by(?:\s+the\s+name)?)\s+"
    r"(?P<name>[A-Z][a-z]+)\b")
_CUES = ("name", "called", "identified", "known only", "goes by")
# a personal title and the capitalised name right after it: "Professor Lima", "Dr. Tete", "Ms. Oduya"
# (s45) a Dutch or German family name after its particle: "Mr van Aalst", "Dr von Essen", "Ms van der Hoorn"
_TITLED = gated(r"\b(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Madam|Madame)[ \t]+"
                r"(?:(?:[A-Z][a-z]+[ \t]+)?(?:van|von|de|der|den|ter|ten)[ \t]+(?:(?:der|den|de)[ \t]+)?)?([A-Z][\w'\u2019-]*)")
# "-Uy, a sociologist", "-Cruz, 41,", "-Cruz said"
_HYPHEN_TAIL = re.compile(r"-[A-Z][a-z]+(?:,\s+(?:a|an|the|\d{1,3})\b|\s+(?:said|says|told|added|explained)\b)")
_GIVEN_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]{2,}[ \t]+$")
_NOT_GIVEN = frozenset({"In", "At", "From", "Near", "To", "The", "Of", "And", "Greater", "Central", "North", "South",
                        "East", "West", "Metro", "Upper", "Lower", "New", "Old"})


def introduced_names(text: str) -> frozenset[str]:
    """The names ``text`` introduces as a person's ("gave her name only as Alba" -> {"Alba"}) or gives after a
    personal title ("Professor Lima" -> {"Lima"}); one scan per document."""
    titled = frozenset(m.group(1) for m in _TITLED.finditer(text))
    low = text.lower()
    if not any(c in low for c in _CUES):
        return titled
    return titled | frozenset(m.group("name") for m in _INTRODUCED.finditer(text))


# words right before a name that keep it a place
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|at|from|to|into|around|across|via|inside|of|and|or)[ \t]+$",
                           re.IGNORECASE)


def as_person(text: str, start: int, end: int, people: frozenset[str]) -> bool:
    """Is the name at text[start:end] one the text introduced as a person's, not after a preposition of place?"""
    return text[start:end] in people and _PLACE_BEFORE.search(text, max(0, start - 10), start) is None


# (s36) a Portuguese family name joined by a particle, after two capitalised names ("Ana Ribeiro dos Santos") or
# after one and before a reporting verb, an age or an apposition ("Ribeiro dos Santos said"): "dos Santos", "da Cunha"
_PARTICLE_NAME = re.compile(r"(?<![\w.])(?P<first>[A-Z][a-z\u00e0-\u00ff]{2,})?[ \t]*(?P<last>[A-Z][a-z\u00e0-\u00ff]{2,})"
                            r"[ \t]+(?:dos|das|do|da)[ \t]+$")
_PERSON_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*,|[ \t]+(?:said|says|told|tells|added|explained)\b|,[ \t]+(?:a|an|the)[ \t]")
# words that head a place's own name before a particle ("Vale do Ribeira", "Serra da Canastra", "Fazenda dos Reis")
_PLACE_HEADS = frozenset({"Vale", "Serra", "Rio", "Porto", "Foz", "Ilha", "Barra", "Estado", "Cidade", "Fazenda", "Sitio",
                          "S\u00edtio", "Morro", "Ponte", "Praia", "Lagoa", "Campo", "Campos", "Alto", "Baixo", "Terra",
                          "Santa", "Santo", "S\u00e3o", "Nossa", "Senhora", "Bom", "Boa", "Vila", "Engenho", "Colonia",
                          "Col\u00f4nia", "Aldeia", "Chapada", "Mato", "Grosso", "Minas", "Gerais", "Rua", "Avenida"})


def _particle_surname(text: str, start: int, end: int) -> bool:
    m = _PARTICLE_NAME.search(text, max(0, start - 45), start)
    if m is None or m.group("last") in _PLACE_HEADS or m.group("first") in _PLACE_HEADS | _NOT_GIVEN:
        return False
    return m.group("first") is not None or _PERSON_AFTER.match(text, end) is not None


def double_surname(text: str, start: int, end: int) -> bool:
    """Is the town's name at text[start:end] the first half of a hyphenated family name after a given name, or a
    family name joined by a Portuguese particle ("Ana Ribeiro dos Santos")?"""
    if text[end:end + 1] != "-" or _HYPHEN_TAIL.match(text, end) is None:
        return text[start - 4:start].endswith(("os ", "as ", "do ", "da ")) and _particle_surname(text, start, end)
    given = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
    return given is not None and given.group(0).strip() not in _NOT_GIVEN
