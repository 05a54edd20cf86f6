"""A shelter's or a clinic's case notes, a pass of :mod:`labourlens.analyse.forum_posts` (the last passes of the
attribution).

Anonymised case notes open each case with a field that says who the client is, with no name: "Client: Togolese
woman, 27, from Sokode." The field's label is no speaker (the transcript reading made every "Client" one person
across the cases): the client is an ``anonymous_source`` worded by the description, and what the case's sentences
say in her voice ("She reports ...", "Client says ...", the account that goes on without a speaker of its own) is
hers, up to the next case's heading or client field, so two cases are two sources. Inside such notes:

- a line the staff sign as theirs ("Caseworker's note: ...", "Counsellor's notes: ...") is that writer's, and so
  are the sentences of its line that name no one else; one writer for every line of the same label;
- a member of staff who records what she saw ("Nurse on duty recorded a burn ...", "The doctor noted ...") is a
  source of her own;
- the client's employer, unnamed ("the employer says ..."), is a private person (``anonymous_source``), not a firm;
- the closing summary's counts ("Of these, 14 women reported ...", "Twelve reported ...") are the page's own tally
  of its cases, not a group it quotes.

The labels are data (``client_fields``, ``staff_roles`` and ``staff_record_verbs`` in ``record_fields.yaml``). Only
a page with at least one such client field is read. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from labourlens import knowledge
from labourlens.analyse.finding_tallies import NUM
from labourlens.analyse.speakers import OUTLET_KEY, Mention, word_alternation
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["client_records"]

# who the client is: "Togolese woman, 27, from Sokode", "Nepali man, 40", "woman, 19": a person noun with a
# nationality or an age (the age and a "from" place are kept in the wording)
_PERSON = r"(?:woman|man|girl|boy|mother|widow|worker|housemaid|maid|nanny|cleaner|carer|cook|nurse)"
_WHO = re.compile(rf"(?P<who>(?:[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?\s+)?{_PERSON}"
                  r"(?:,\s*(?:aged\s+)?(?P<age>\d{1,2})\b(?:,\s*from\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)?)?)"
                  r"(?=\s*[.,;(]|\s*$)")
# a line signed by a member of staff: "Caseworker's note:", "Social worker's notes:"
_NOTE = re.compile(r"^\W{0,2}(?P<role>[A-Z][a-z]+(?:\s[a-z]+)?)['\u2019]s\s+notes?\s*:")
_EMPLOYERS = frozenset(("employer", "employers", "sponsor", "madam", "household", "family"))
_NOT_STAFF = frozenset(("editor", "translator", "author", "publisher", "writer", "reporter"))
# the page's own count in its summary: "Of these, 14 women reported", "Twelve reported"
_COUNT = re.compile(rf"^\W{{0,2}}(?:Of\s+(?:these|them|those|the\s+{NUM}\w*),\s+)?{NUM}(?:\s+[a-z]+)?\s+"
                    r"(?:reported|said|described|told)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(the client field at a sentence's start, a member of staff who records what she saw at its start)."""
    data = knowledge.load("record_fields.yaml") or {}
    labels = word_alternation([str(w) for w in data.get("client_fields") or []]) or "(?!)"
    field = re.compile(rf"^\W{{0,2}}(?i:{labels})\s*:\s+")
    roles = word_alternation([str(w) for w in data.get("staff_roles") or []])
    verbs = word_alternation([str(w) for w in data.get("staff_record_verbs") or []])
    staff = re.compile(rf"^\W{{0,2}}(?P<who>(?:(?i:the)\s+)?(?i:{roles})(?:\s+on\s+(?:duty|call|shift))?)\s+(?:{verbs})\b") \
        if roles and verbs else None
    return field, staff


# (s44) a field that describes the caller with an article and no age: "Caller: a man who said he drove for a family in
# Taif.", "Caller: the worker's brother, in Mombasa." (the description up to its first comma or full stop)
_DESCRIBED = re.compile(r"(?P<who>(?i:a|an|the)\s+[^,.;:()\"\u201c]{3,80}?)(?=\s*[.,;(]|\s*$)")
_PRONOUNS = frozenset(("she", "he"))


def _client(text: str) -> tuple[str, int] | None:
    """The description a client field gives, and where it starts."""
    field = _lexicon()[0].match(text)
    if field is None:
        return None
    who = _WHO.match(text, field.end())
    if who is None or not (who.group("age") or who.group("who")[:1].isupper()):
        return None  # a person noun alone ("Client: woman.") says too little
    return who.group("who"), field.end()


def client_records(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of anonymised case notes to each case's client, to the staff who signed a line, and the
    summary's counts to the page (in place; see the module docstring)."""
    if ":" not in text or not any(s.kind == "body" and ":" in s.text[:24] and _client(s.text) for s in sentences):
        return
    by_key = {src.key: src for src in reg.sources()}
    field_words = {m.group(0).strip(" :").lower() for s in sentences if (m := _lexicon()[0].match(s.text))}
    staff_rx = _lexicon()[1]
    writers: dict[str, str] = {}  # a note's role -> its source key
    client: str | None = None  # the current case's client
    note: tuple[int, str] | None = None  # (paragraph, writer's key) of a signed line
    summary = False
    for i, s in enumerate(sentences):
        if s.kind == "headline":
            client, note, summary = None, None, client is not None or summary
            continue
        if s.kind != "body":
            continue
        if note is not None and note[0] != s.paragraph:
            note = None
        att = result[i]
        found = _client(s.text) if ":" in s.text[:24] else None
        if found is None and ":" in s.text[:24] and (field := _lexicon()[0].match(s.text)) is not None:
            described = _DESCRIBED.match(s.text, field.end())  # (s44) a new case's caller, described: not the last one's
            found = (described.group("who"), field.end()) if described is not None else None
            client = None if found is None else client
        if found is not None:
            who, at = found
            src = reg._new(Mention(who, at, at + len(who), "said", False), who, "anonymous_source", None, s.start)
            client, summary = src.key, False
            result[i] = replace(att, source=client, cue=None, direct=False, explicit=False, span=None)
            continue
        signed = _NOTE.match(s.text)
        if signed is not None and client is not None and signed.group("role").lower() not in _NOT_STAFF:
            role = signed.group("role")
            if role.lower() not in writers:
                writers[role.lower()] = reg._new(Mention(role, signed.start("role"), signed.end("role"), "wrote", False),
                                                 role, "anonymous_source", None, s.start).key
            note = (s.paragraph, writers[role.lower()])
            result[i] = replace(att, source=note[1], cue="wrote", direct=False, explicit=False, span=None)
            continue
        staff = staff_rx.match(s.text) if staff_rx is not None and client is not None else None
        if staff is not None:
            who = staff.group("who")
            src = reg._new(Mention(who, staff.start("who"), staff.end("who"), "recorded", False), who,
                           "anonymous_source", None, s.start)
            result[i] = replace(att, source=src.key, cue="recorded", direct=False, explicit=True, span=None)
            continue
        wording = (by_key[att.source].wording or "").lower() if att.source in by_key else ""
        if note is not None and att.source == OUTLET_KEY:
            result[i] = replace(att, source=note[1], cue="wrote", direct=False, explicit=False, span=None)
        elif client is not None and (wording in field_words or wording.removeprefix("the ") in field_words):
            result[i] = replace(att, source=client, direct=False, span=None)
        elif client is not None and att.source != client and att.explicit and att.span is not None \
                and s.text[att.span[0]:att.span[1]].strip().lower() in _PRONOUNS:
            result[i] = replace(att, source=client, direct=False, span=None)  # (s44) "She said ..." in a later case: its caller
        elif summary and client is None and att.source != OUTLET_KEY and _COUNT.match(s.text):
            result[i] = replace(att, source=OUTLET_KEY, cue=None, direct=False, explicit=False, span=None)
    for src in by_key.values():  # the client's employer, unnamed: a household, a private person
        if src.kind == "organization" and (src.wording or "").lower().removeprefix("the ") in _EMPLOYERS:
            src.kind = "anonymous_source"
