"""What the workers were told, inside a source's account (used by :mod:`labourlens.analyse.forum_posts`, the
last pass of the attribution).

"The source said the men were owed five months' wages. The company had told them the money would be paid when
the plan was fulfilled." The company did not speak to the reporter: the source says what the men were told,
so the sentence goes on with the source's account, not the company's.

The same holds for a character of a worker's story who "told him" or "told her" something ("When he asked for
the rest, the supervisor told him he still owed 150,000 rubles", "her employer's wife told her the money was
'with the office'", "the agency in Nairobi told her that ..."): the boss, the employer or the agency is not a
source the writer heard. The sentence goes on in the voice telling the story: the writer's own when one worker's
story is told ("told him", "told her": diagnosis sets heldout33, heldout48, heldout49 and heldout50 annotate it
so), the account the paragraph gives when a group was told ("told them"). A speaker who told "me" or "us" was
heard ("Their boss told me they have a plan to fulfil"), and a named person stays the speaker. Case notes that tell
the story in the present ("His sponsor warns him the guards will come for him") are read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence, Source

__all__ = ["told_them"]

# a character of the story, named by a role or a body: "the supervisor", "her employer's wife", "the agency in Nairobi"
_CHARACTER = re.compile(r"^(?:the|his|her|their)\s", re.IGNORECASE)
# (s39) or one brought in by an indefinite phrase, none of the workers, in a story the page tells ("A broker at the
# depot told him he would ...")
_INDEFINITE = re.compile(r"^(?:an?)\s", re.IGNORECASE)
# (s39) or the subject of a clause of its own before the telling ("The foreman kept his permit, his only paper, and
# told him he would ..."): the telling is the story's, not a source's
_AND_TOLD = re.compile(r"^\s+[a-z]+\b[^\"\u201c;]{0,160}?,\s+and\s+(?:then\s+)?(?:told|warned)\s+(?P<one>him|her)\b"
                       r"(?!\s+(?:not\s+)?to\b)")
# (s35) case notes tell the story in the present: "The madam tells him the guards will lock him up"
# (s40-401) and case notes that tell what a family was told ("The agent told the family in May that it owed ..."):
# a household told, as a group is ("them"), is no listener the writer heard
_TOLD_ONE = re.compile(r"^\s*(?:had\s+)?(?:told|warned|tells|warns)\s+(?P<one>him|her|them|(?:the|his|her|their)\s+famil(?:y|ies)"
                       r"|the\s+households?)\b(?!\s+(?:not\s+)?to\b)", re.IGNORECASE)
# (s387) a character who told "us" inside a worker's own first-person account ("Nobody struck me. Then the foreman
# told us a cook who fled was found."): "us" are the narrator and the others, not the writer; the narrator goes on
_TOLD_US = re.compile(r"^\s*(?:had\s+)?(?:told|warned|tells|warns)\s+us\b(?!\s+(?:not\s+)?to\b)", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|our)\b")
# the character opens the sentence ("Then the foreman told us ..."), and is none of the workers themselves ("In one
# mill, the workers told us, ..." is the workers heard by the one who speaks)
_OPENS = re.compile(r"\s*(?:(?:But|And|Then|So|Later|Once|Instead)\s+)?")
_PEERS = re.compile(r"\b(?:workers?|women|men|girls|boys|others|colleagues|friends|staff|crew|sisters|brothers)\b",
                    re.IGNORECASE)
_TOLD_THEM = re.compile(r"^\s*(?:had\s+|has\s+|have\s+)?(?:already\s+|repeatedly\s+|also\s+)?(?:told|promised|assured|warned)\s+"
                        r"(?:them|the\s+(?:workers|men|women|crews?|brigades?|labou?rers|builders|staff|employees))\b")

# (s42) a sentence that opens by crediting the one who spoke just before ("According to her, the husband told her ...")
_ACCORDING_PRONOUN = re.compile(r"\s*According\s+to\s+(?:her|him|them)\s*,\s*")


def told_them(sentences: Sequence[Sentence], result: list[Any], mentions: Sequence[Mention | None],
              sources: Sequence[Source]) -> None:
    """Give "The company had told them ..." to the person whose account the paragraph is giving (in place)."""
    kinds = {s.key: s.kind for s in sources}
    for i, s in enumerate(sentences):
        m = mentions[i] if i < len(mentions) else None
        if m is None or i == 0 or not result[i].explicit:
            continue
        kind = kinds.get(result[i].source)
        told = _TOLD_ONE.match(s.text[m.end:]) or _AND_TOLD.match(s.text[m.end:])
        if told is None and kind in ("organization", "official", "anonymous_source") and _CHARACTER.match(m.wording) \
                and not m.relay and s.quote is None and _TOLD_US.match(s.text[m.end:]) and _OPENS.fullmatch(s.text[:m.start]) \
                and not _PEERS.search(m.wording) and _narrated(sentences, result, kinds, i):
            result[i] = replace(result[i], source=result[i - 1].source, cue="said", direct=False, explicit=False, span=None)
            continue
        character = kind in ("organization", "official", "anonymous_source") and not m.relay and told is not None and (
            _CHARACTER.match(m.wording) is not None or _INDEFINITE.match(m.wording) is not None
            and not _PEERS.search(m.wording) and result[i - 1].source == OUTLET_KEY)  # (the page telling the story)
        if not character and (kind not in ("organization", "official") or not _TOLD_THEM.match(s.text[m.end:])):
            continue
        if sentences[i - 1].paragraph != s.paragraph or s.quote is not None and not character:
            continue
        prev = result[i - 1]
        if character and told is not None and prev.source != OUTLET_KEY and _ACCORDING_PRONOUN.fullmatch(s.text[:m.start]) \
                and kinds.get(prev.source) in ("anonymous_source", "named_person"):
            # (s42) "According to her, the husband told her that ...": the one who spoke just before tells what she was told
            result[i] = replace(result[i], source=prev.source, cue="according to", direct=False, explicit=True, span=None)
            continue
        if character and told is not None and (prev.source == OUTLET_KEY or told.group("one").lower() in ("him", "her")):
            # the writer tells one worker's story ("told him", "told her"), as the annotators read it
            result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False, span=None)
            continue
        if prev.source == OUTLET_KEY or kinds.get(prev.source) not in ("anonymous_source", "named_person"):
            continue
        result[i] = replace(result[i], source=prev.source, cue="said", direct=False, explicit=False, span=None)


def _narrated(sentences: Sequence[Sentence], result: list[Any], kinds: dict[str, str], i: int) -> bool:
    """Is sentence ``i`` inside a person's own first-person account: the sentence before it, in the same paragraph,
    that person's words in the first person, not given by a verb of saying of its own?"""
    prev, before = result[i - 1], sentences[i - 1]
    return before.paragraph == sentences[i].paragraph and not prev.explicit and prev.source != OUTLET_KEY \
        and kinds.get(prev.source) in ("named_person", "anonymous_source") and _FIRST_PERSON.search(before.text) is not None
