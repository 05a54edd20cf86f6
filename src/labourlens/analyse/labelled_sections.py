"""A passage set under a line that labels whose words follow, as parliamentary written answers, rights of reply and
annexed responses are printed: "Answer, from the Minister of State for Trade, Jon Pryce MP:", "Reply by Harbour Foods
Ltd:", "Response of the Ministry of Labour:". The paragraphs after the label are the labelled speaker's, up to the
next such label or heading, except where a sentence names a speaker of its own. The label line itself is no claim
(its sentence is marked as spoken by the label's speaker with the cue ``label``, which ``claims._intro_only`` skips as
an introduction).

Examples here and in the tests are invented."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["labelled_sections"]

# the label: a kind of answer, then whose it is, then a colon closing the line
_LABEL = re.compile(r"^\s*(?:(?:written|oral|official|company|government)\s+)?(?:answer|reply|response|right\s+of\s+reply|"
                    r"statement|comment|rejoinder)\s*,?\s+(?:from|by|of)\s+(?P<sp>[^:\n\"\u201c]{3,140}?)\s*:\s*$",
                    re.IGNORECASE)
_KINDS = ("official", "organization", "named_person", "document")
_FIELD = re.compile(r"^\s*(?:Subject|Re|Topic|Title|Date)\s*:\s*\S")
_SALUTATION = re.compile(r"^\s*Dear\s+[^\n]{2,60},\s*$")
# a label in capitals over the passage, alone on its line: "QUESTION from user "river_lamp"", "REPLY from the District
# Labour Office" (a public message board's question and the office's answer, printed one after the other)
# (s42) or all in capitals, with a note in brackets after the name: "REPLY FROM HARBOUR FOODS LTD (received 3 May)"
_CAPS_LABEL = re.compile(r"^\s*(?:QUESTION|QUERY|REPLY|ANSWER|RESPONSE|MESSAGE|COMPLAINT|PETITION|APPEAL|LETTER|STATEMENT)"
                         r"\s+(?:from|by|of|FROM|BY|OF)\s+(?:(?P<user>(?:user|member|resident|poster|netizen|reader)\s+)?[\"\u201c]"
                         r"(?P<q>[^\"\u201d\n]{2,60})[\"\u201d]|(?P<sp>[^:\n\"\u201c()]{3,140}?))"
                         r"(?:\s*\((?:received|sent|dated|published|submitted)\b[^()\n]{0,80}\))?\s*:?\s*$")


def labelled_sections(sentences: list[Sentence], result: list[Attribution], reg: Registry) -> None:
    """Give the sentences under each answer label to the label's speaker (in place; see the module's note)."""
    owner: str | None = None
    label_paragraph = -1
    for i, s in enumerate(sentences):
        first = s.text.split("\n", 1)[0]
        caps = _CAPS_LABEL.match(first) if first.lstrip()[:2].isupper() else None
        if caps is not None:
            name = caps.group("q") or caps.group("sp")
            kind = "named_person" if caps.group("q") else classify(name.strip())
            if kind in _KINDS:
                start = caps.start("q") if caps.group("q") else caps.start("sp")
                src = reg.resolve(Mention(name.strip(), start, start + len(name), "said", False), s.start, "")
                src.kind = kind
                whole = "\n" not in s.text.strip()
                owner, label_paragraph = src.key, (s.paragraph if whole else -1)
                result[i] = replace(result[i], source=src.key, cue="label" if whole else "said", explicit=whole,
                                    span=(start, start + len(name)) if whole else None)
                continue
        m = _LABEL.match(s.text) if s.text.rstrip().endswith(":") else None
        if m is not None and classify(m.group("sp")) in _KINDS:
            src = reg.resolve(Mention(m.group("sp").strip(), m.start("sp"), m.end("sp"), "said", False), s.start, "")
            owner, label_paragraph = src.key, s.paragraph
            result[i] = replace(result[i], source=src.key, cue="label", explicit=True, span=(m.start("sp"), m.end("sp")))
            continue
        if owner is None or s.paragraph == label_paragraph:
            continue
        if (_FIELD.match(s.text) or _SALUTATION.match(s.text)) and s.kind != "body":
            continue  # "Subject: the sawmill": the message's own field line, within it; (s42) "Dear Ms Ruiz,": its greeting
        if s.kind != "body" or s.text.rstrip().endswith(":"):  # a heading or another label: the answer has ended
            owner = None
            continue
        if result[i].source == OUTLET_KEY and not result[i].explicit:
            result[i] = replace(result[i], source=owner, cue="said")
