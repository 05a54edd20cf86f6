"""A titled official named with their body after "of" ("Inspector Daria Sukh of the General Agency for
Specialized Inspection") is a person with a name, so a later "she said" in the same account can go back to her
rather than to an unnamed woman quoted earlier; a body's name alone gives no personal name. Every text is written
for this test; people and firms are fictional (places and state institutions are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import name_in

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("phrase,name", [
    ("Inspector Daria Sukh of the General Agency for Specialized Inspection", "Daria Sukh"),
    ("Prosecutor Anna Lind of the Gdansk District Prosecutor's Office", "Anna Lind"),
    ("Dr. Ana Ruiz of the Lima Institute", "Ana Ruiz"),
    ("Labour Ministry Press Office of Kazakhstan", None),
    ("Migration Service Head Office of Primorsky Krai", None),
    ("General Agency for Specialized Inspection", None),
])
def test_name_before_of(phrase: str, name: str | None) -> None:
    got = name_in(phrase)
    assert (got is None) if name is None else (got is not None and got.endswith(name))


@pytest.mark.parametrize("title,body", [
    ("Inspector Daria Sukh", "the General Agency for Specialized Inspection"),
    ("Prosecutor Anna Lind", "the Gdansk District Prosecutor's Office"),
])
def test_she_goes_back_to_the_named_official(title: str, body: str) -> None:
    text = ("Seamstresses in a basement\nNorth Korean women sew coats in a basement workshop in Ulaanbaatar.\n\n"
            "The women sleep above the cutting tables, one of the Mongolian employees said. \"They are never "
            "alone,\" she said.\n\n"
            f"{title} of {body} told the AP that her team found 38 North Korean workers at the site. \"They work "
            f"until midnight,\" {title.split()[-1]} said. Her office has fined the owner 4 million tugriks for "
            "employing the workers, she said.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "fined the owner" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "official" and title.split()[-1] in (s.wording or "")
