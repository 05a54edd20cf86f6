"""The language a translated page was first written in, from how its translator's name is romanised
(knowledge file ``mastheads.yaml``, ``translator_name_languages``): a Korean family name before a hyphenated
given name ("Choi Da-eun"), a Vietnamese family name before two more names ("Nguyen Thu Trang"). The metadata
stage asks only for a page with a translator whose own words, outlet and quoted scripts name no language."""

from __future__ import annotations

import re
from functools import cache

from labourlens import knowledge
from labourlens.errors import ConfigError

__all__ = ["language"]

_GIVEN = {"hyphenated": r"[^\W\d_]+-[^\W\d_]+", "two": r"[^\W\d_]+[ \t]+[^\W\d_]+"}


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = knowledge.load("mastheads.yaml") or {}
    table = data.get("translator_name_languages") or {} if isinstance(data, dict) else {}
    out = []
    for code, entry in sorted(table.items()):
        if not isinstance(entry, dict) or entry.get("given") not in _GIVEN or not entry.get("family"):
            raise ConfigError(f"knowledge file mastheads.yaml: translator_name_languages.{code} needs 'family' "
                              f"(a list of family names) and 'given' (one of {', '.join(sorted(_GIVEN))})")
        families = "|".join(sorted((re.escape(str(f)) for f in entry["family"]), key=lambda w: (-len(w), w)))
        out.append((re.compile(rf"(?:{families})[ \t]+{_GIVEN[entry['given']]}"), str(code)))
    return tuple(out)


def language(translator: str) -> str | None:
    """The ISO 639-1 code the translator's name points to, or None ("Choi Da-eun" -> "ko")."""
    name = translator.strip()
    for pattern, code in _patterns():
        if pattern.fullmatch(name):
            return code
    return None
