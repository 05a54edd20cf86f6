"""A "he" or "she" right after a person who speaks for a firm ("A lawyer representing the company, Khaled Ali, said
his client knew nothing. '...,' he told the paper."): the person just heard, whom the speaker kinds count as the
firm's voice (``organization``), not an earlier person who spoke paragraphs before. A "He said" that opens the next
paragraph, right after the firm's person closed the one before, is that person too ("... ,' Ortega said. / He said the
fee covered meals."). The pronoun rules look for a
person among the sources and pass over the firm's voice; this last pass (:func:`labourlens.analyse.forum_posts.
final_sources`) gives the pronoun back to the named person of the sentence before it. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.model import Sentence, Source

__all__ = ["firm_people_pronouns"]

_PRONOUN = frozenset({"he", "she"})
# a person's name in the speaker phrase: "..., Khaled Al-Enezi", "Its lawyer Maria Costa"
_PERSON_NAME = re.compile(r"(?:^|,\s*|\s)(?-i:[A-Z])[a-z'\u2019]+(?:[\s-](?-i:[A-Z])[\w'\u2019]+){1,2}\s*$")
# the person's role, which says the name is a person's and not the firm's ("The contractor, Atlantic Build Lda")
_PERSON_ROLE = re.compile(r"\b(?:lawyer|attorney|counsel|advocate|spokes(?:man|woman|person)|manager|director|owner|"
                          r"representative|secretary|chairman|chairwoman|chief|president|officer|head|leader|foreman|supervisor)\b",
                          re.IGNORECASE)

# a firm's person named by role and name in a sentence the firm's voice was given ("its manager, Abel Tesfaye, told")
_OWN_PERSON = re.compile(r"\b(?:its|the\s+(?:firm|company|agency)['\u2019]s)\s+(?:[a-z-]+\s+){0,2}?(?:lawyer|attorney|counsel|"
                         r"spokes(?:man|woman|person)|manager|director|owner|representative|secretary|chairman|chairwoman|"
                         r"chief|president|officer|head),\s+(?-i:[A-Z])[a-z'\u2019]+(?:[\s-](?-i:[A-Z])[\w'\u2019]+){1,2}(?=,)")


def firm_people_pronouns(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give "he said" after a named person who speaks for a firm to that person (in place; see the module doc)."""
    by_key = {s.key: s for s in sources}
    moved: set[tuple[int, int]] = set()
    for i in range(1, len(sentences)):
        att, prev = result[i], result[i - 1]
        s = sentences[i]
        if not att.explicit or att.span is None or prev.source == att.source:
            continue
        if sentences[i - 1].paragraph != s.paragraph and not (att.span[0] == 0 and s.paragraph == sentences[i - 1].paragraph + 1):
            continue  # (the next paragraph only when it opens with the pronoun: "He said ...")
        if s.text[att.span[0]:att.span[1]].lower() not in _PRONOUN:
            continue
        firm_person = by_key.get(prev.source)
        current = by_key.get(att.source)
        if firm_person is None or current is None or firm_person.kind != "organization":
            continue
        # the person by name and role in the source's wording, or in the phrase of the sentence before ("its
        # manager, Abel Tesfaye, told the paper": the firm named earlier, its manager's name and role here)
        if prev.explicit and prev.span is not None:
            heard = sentences[i - 1].text[prev.span[0]:prev.span[1]]
        else:  # a quotation given to the firm: its person named after it ('"...," its director, Ana Ruiz, said')
            named = _OWN_PERSON.search(sentences[i - 1].text)
            heard = named.group(0) if named is not None else ""
        if not heard:
            continue
        if not any(_PERSON_NAME.search(w) is not None and _PERSON_ROLE.search(w) is not None
                   for w in (firm_person.wording or "", heard)):
            continue
        mine = (s.start + att.span[0], s.start + att.span[1])
        if any(sentences[i - 1].start <= a < s.end for a, e in current.spans if (a, e) != mine and (a, e) not in moved):
            continue  # the source the pronoun was given is named in these sentences itself
        moved.add(mine)  # (a pronoun given back here is no naming of its first source: "He said ... / He also said")
        result[i] = replace(att, source=firm_person.key)
