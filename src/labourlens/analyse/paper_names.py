"""A newspaper named in its own language: "Folha do Litoral", "Diario do Sul", "Gazeta Lubuska", "Kurier Baltycki".

Such a name opens with a word for a newspaper in that language (the ``name_words_language`` lists of
``mastheads.yaml``) and goes on with capitalised words, perhaps joined by a particle ("do", "da", "de"; Swahili "ya", "wa": "Sauti ya Pwani"); it is an
``outlet`` even when the outlet is not in the outlet list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

_NAME = re.compile(r"^(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<first>[A-Z][^\W\d_]+)(?:\s+(?:(?:do|da|dos|das|de|del|di|du|la|le|ya|wa|za)\s+)?"
                   r"[A-Z][\w'\u2019.-]*){1,4}$")


@lru_cache(maxsize=1)
def _paper_words() -> frozenset[str]:
    lists = knowledge.load("mastheads.yaml").get("name_words_language", {})
    return frozenset(w.lower() for words in lists.values() for w in words if " " not in w and "." not in w)


def paper_name(phrase: str) -> bool:
    """Is ``phrase`` a newspaper's own-language name ("Folha do Litoral", "Tygodnik Pomorski")?"""
    m = _NAME.match(phrase.strip())
    return m is not None and m.group("first").lower() in _paper_words()
