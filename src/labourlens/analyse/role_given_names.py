"""A person first met by role and then given a name in the same breath: "said one of the men, Andi, who asked
that his family name not be used", "said the woman, who asked to be identified only by her family name, Choe",
'"...," said Ram (not his real name), a 31-year-old scaffolder'. The name (a real first or family name, or a
pseudonym the writer marks as such) makes a ``named_person`` (README: people given a pseudonym are named
persons); diagnosis sets heldout11, heldout43 and heldout52 annotate them so.

A place after the comma ("one of the drivers, Osh") is no name, nor is a firm; an alias that is only a label
("Worker B") is left to :func:`labourlens.analyse.speakers.alias_name`."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify, name_in

__all__ = ["alias_said_mention", "name_after_role"]

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
# "..., Andi, who asked that his family name not be used": the name between commas, then a clause about naming him
_APPOSED_NAME = re.compile(
    rf",\s+(?P<name>{_NAME}),\s+(?:\d{{1,2}},\s+)?who\s+(?:asked|requested|did\s+not\s+want|declined|would\s+not\s+give|"
    r"preferred|spoke\s+on\s+condition)\b")
# "..., who asked to be identified only by her family name, Choe"
_IDENTIFIED_BY = re.compile(
    r",?\s+who\s+(?:asked|agreed|wanted)\s+to\s+be\s+(?:identified|named|called|referred\s+to)\s+(?:only\s+)?(?:by|with)\s+"
    rf"(?:his|her|their)\s+(?:first\s+|given\s+|family\s+|last\s+|sur)?name,?\s+(?P<name>{_NAME})\b")
# '"...," said Ram (not his real name), a scaffolder': a pseudonym after the verb of a closing quote tag
_SAID_ALIAS = re.compile(
    rf"[,.!?][\"\u201d]\s+(?:said|says|added|adds|recalled|recalls|explained|explains)\s+(?P<name>{_NAME})\s+"
    r"\((?:not\s+(?:his|her|their)\s+real\s+name|a\s+pseudonym|name\s+changed|an?\s+alias)\)")


def _person_name(name: str) -> bool:
    from labourlens.analyse.speaker_roles import _is_place  # noqa: PLC0415 - speaker_roles imports speakers

    return classify(name) == "named_person" and not _is_place(name)


def name_after_role(m: Mention, sentence_text: str) -> Mention:
    """``m`` with the name given right after it ("one of the men, Andi, who asked ..."; "the woman, who asked to be
    identified only by her family name, Choe"), or ``m`` unchanged."""
    if ", " not in sentence_text[m.end:m.end + 3] or classify(m.wording) != "anonymous_source" or name_in(m.wording):
        return m
    apposed = _APPOSED_NAME.match(sentence_text, m.end)
    if apposed is not None and _person_name(apposed.group("name")):
        end = apposed.end("name")
        return Mention(sentence_text[m.start:end], m.start, end, m.cue, m.direct, m.relay)
    given = _IDENTIFIED_BY.match(sentence_text, m.end)
    if given is not None and _person_name(given.group("name")):
        return Mention(given.group("name"), given.start("name"), given.end("name"), m.cue, m.direct, m.relay)
    return m


def alias_said_mention(sentence_text: str) -> Mention | None:
    """The pseudonymous speaker of a closing quote tag ('..." said Ram (not his real name), ...'), or None."""
    s = _SAID_ALIAS.search(sentence_text) if "(" in sentence_text else None
    if s is None or not _person_name(s.group("name")):
        return None
    return Mention(s.group("name"), s.start("name"), s.end("name"), "said", True)
