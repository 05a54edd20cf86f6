"""Case records set out as fields, a pass of :mod:`labourlens.analyse.forum_posts` (the last passes of the
attribution).

A helpline's quarterly summary, a grievance log or a complaint register writes each case as a row of labelled
fields: "Case 12. Caller: sewing worker, Ha Nam. Issue: says the line leader keeps their phones. Status:
referred to the supplier, closed." The labels are no speakers (the transcript reading would make "Issue" and
"Status" people). The person field ("Caller:", "Complainant:", "Interviewee:") gives the person, an unnamed
``anonymous_source`` worded by the field's value; an account field ("Issue:", "Complaint:") opened by a verb of
saying with no subject ("says ...", "alleges that ...") is that person's account; a field of the record
keeper's ("Status:", "Outcome:", "Overall:") is the page's own voice unless it names who speaks in it
("Status: supplier confirmed a payroll error"). The field labels are data (``record_fields.yaml``). Examples
here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from labourlens import knowledge
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["record_fields", "field_labels"]

# "Caller: ...", "Action taken: ...", "Follow-up: ...": a label of one or two words and a colon opening a sentence
_FIELD = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z-]{1,20}(?:\s[a-z][a-z-]{1,12})?)\s?:\s+(?P<rest>\S)")
_PERSON_NOTE = re.compile(r"\s*\(.*$")


@lru_cache(maxsize=1)
def field_labels() -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    """(person fields, account fields, keeper fields, the verbs with no subject that open an account)."""
    data = knowledge.load("record_fields.yaml") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    verbs = "|".join(sorted((re.escape(v) for v in words("account_verbs")), key=len, reverse=True)) or "(?!)"
    return (words("person_fields"), words("account_fields"), words("keeper_fields"),
            re.compile(rf"^(?:{verbs})\b", re.IGNORECASE))


def _field(text: str) -> tuple[str, int] | None:
    m = _FIELD.match(text) if ":" in text[:36] else None
    return (m.group("label").lower(), m.start("rest")) if m is not None else None


def record_fields(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the fields of case records to the person of the record or to the page (in place)."""
    if ":" not in text:
        return
    person, account, keeper, verb_re = field_labels()
    fields = {i: f for i, s in enumerate(sentences) if s.kind == "body" and (f := _field(s.text)) is not None
              and f[0] in person | account | keeper}
    if sum(1 for f in fields.values() if f[0] in person) == 0 or not any(f[0] in account for f in fields.values()):
        return  # not a record: a lone "Status:" line or a transcript
    labels = person | account | keeper
    by_key = {src.key: src for src in reg.sources()}
    caller: tuple[int, str] | None = None  # (paragraph, source key)
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        f = fields.get(i)
        if caller is not None and caller[0] != s.paragraph:
            caller = None
        if f is not None and f[0] in person:
            value = _PERSON_NOTE.sub("", s.text[f[1]:].strip().rstrip(".;"))
            if value:
                # each row is a case of its own: never the caller of another row, though worded alike
                kind = "named_person" if classify(value) == "named_person" and value[:1].isupper() and "," not in value \
                    else "anonymous_source"  # "sewing worker, Ha Nam", "group of 5 workers, Long An", "anonymous"
                src = reg._new(Mention(value, f[1], f[1] + len(value), "called", False), value, kind, None, s.start)
                caller = (s.paragraph, src.key)
            result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False, span=None)
            continue
        if f is not None and f[0] in account and caller is not None and verb_re.match(s.text[f[1]:]):
            verb = s.text[f[1]:].split(None, 1)[0]
            result[i] = replace(result[i], source=caller[1], cue=verb.lower(), direct=False, explicit=True, span=None)
            continue
        src_now = by_key.get(result[i].source)
        if src_now is None or (src_now.wording or "").lower() not in labels:
            continue
        # "Status: supplier confirmed ...": who speaks in the field; else the record keeper's own line
        rest = s.text[f[1]:] if f is not None else ""
        m = find_mention(rest) if rest else None
        if m is not None and m.start == 0:
            src = reg.resolve(Mention(m.wording, f[1] + m.start if f else 0, f[1] + m.end if f else 0, m.cue, m.direct),
                              s.start, "")
            result[i] = replace(result[i], source=src.key, cue=m.cue, direct=m.direct, explicit=True, span=None)
        else:
            result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False, span=None)


@lru_cache(maxsize=1)
def _frame_labels() -> frozenset[str]:
    data = knowledge.load("record_fields.yaml") or {}
    return field_labels()[0] | frozenset(str(w).lower() for w in data.get("header_fields") or [])


def field_frame(text: str) -> bool:
    """Is ``text`` a record's frame, every line of it a header or person field ("Caller: sewing worker,
    Ha Nam.", "Factory: Lotus Dyeing, Ningbo\\nInterpreter: Ms Lan")? Such a line is no claim."""
    if ":" not in text[:36]:
        return False
    labels = _frame_labels()
    for line in text.splitlines():
        f = _field(line) if line.strip() else ("", 0)
        if f is None or f[0] and f[0] not in labels:
            return False
    return True
