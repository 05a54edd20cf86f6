"""Unnamed officials given with the body they work for, for :func:`labourlens.analyse.speaker_kinds.kind_of`
(main README: anyone speaking in a government body's name is ``official``, named or not; a company's
representative speaks as the company, ``organization``; an official who talks off the record stays an
``anonymous_source``, a rule applied before this one):

- an official at a body ("An official at the authority, speaking to local media", "an official source at
  the Public Authority for Manpower", "An official at the Kazakh company that hired the crews"): the
  body's kind when it is a state body or a company;
- a witness from a body at a hearing ("a witness from the audit firm Keller & Voss"): the body's kind;
- the chair of a legislature's committee ("the chairwoman of the Senate committee", "the chairman
  of the subcommittee"): ``official``; and such a committee itself ("a parliamentary committee has found");
- staff of a state body ("Investigators from the Investigative Committee", "auditors of the Audit Chamber"):
  ``official``;
- a local official, of a place or not ("A district official in Primorsky Krai", "A local official in Hunchun,
  reached by telephone", "a local official said"): the local government speaks, ``official`` (a foreign official abroad, "a North Korean
  official in Hunchun", stays with the other rules).

The level words are in ``knowledge/speaker_kinds.yaml`` (``local_levels``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["official_kind"]

# (s41) or officials in the plural ("Officials at the growers' union in Leme"), who speak for the body they serve
_AT_BODY = re.compile(r"^(?:(?i:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?i:official|officer)|(?:(?i:some|several|two|three|senior)\s+)?"
                      r"(?P<plural>(?i:officials|officers)))(?:\s+source)?\s+"
                      r"(?:at|of|from|with|in)\s+(?P<body>(?i:the|its|their)\s+[^,;:]{2,80})$")
# "the chairwoman of the Senate committee", "the chairman of the subcommittee": a legislature speaks
_CHAIR_OF_BODY = re.compile(r"^(?i:the|a|an|one|another)\s+(?i:(?:vice|deputy)[- ])?(?i:chair|chairman|chairwoman|chairperson|"
                            r"ranking\s+member)\s+of\s+(?P<body>(?i:the)\s+[^,;:]{2,80})$")
# "a witness from the audit firm Keller & Voss", "the witness for the labour ministry": the body testifies
_WITNESS_FOR = re.compile(r"^(?i:the|a|an|one|another)\s+(?i:witness)\s+(?i:from|for|representing)\s+"
                          r"(?P<body>(?i:the)\s+[^,;:]{2,80})$")
# "Investigators from the Investigative Committee", "inspectors of the prosecutor's office": a state body's staff
_STAFF_OF = re.compile(r"^(?:(?i:the|two|three|several|some)\s+)?(?i:investigators?|inspectors?|officers?|agents?|detectives?|"
                       r"auditors?)\s+(?i:from|of|with|at)\s+(?P<body>(?i:the|its)\s+[^,;:]{2,80})$")
# "reached by telephone", "speaking to local media", "quoted by the paper": how the official was heard
_HEARD = re.compile(r",\s+(?:(?:who\s+was\s+)?(?:reached|contacted|interviewed|quoted|cited)\s+(?:by|on|over|in)\b|"
                    r"speaking\s+(?:to|with)\b|(?:talking|writing)\s+to\b).*$", re.IGNORECASE)
# a committee of a legislature, without a person before it ("a parliamentary committee", "the Senate committee on
# labour"; not "the chair of ...", which the rules on chairs read)
_LEGIS_COMMITTEE = re.compile(r"^(?i:the|a|an|one|another|its)\s+(?!(?i:chair|member|head)\b)[^,;:]{0,60}?"
                              r"\b(?i:committee|subcommittee|commission)(?:\s+(?:on|of|for)\s+[^,;:]{2,60})?$")
_BODY_TAIL = re.compile(r"\s+(?:that|which|who|whose|where|[a-z]+ing|[a-z]+ed)\b.*$")


@lru_cache(maxsize=1)
def _local() -> re.Pattern[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    levels = "|".join(re.escape(str(w)) for w in sorted(data.get("local_levels") or [], key=len, reverse=True))
    return re.compile(rf"^(?i:a|an|one|another)\s+(?i:{levels})\s+(?i:official|officer)(?:\s+(?:in|of|from)\s+"
                      r"(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?$")


def official_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``official`` or ``organization`` for speaker phrase ``text`` in the shapes above, else None."""
    core = _HEARD.sub("", text.strip()).strip()
    from labourlens.analyse.speaker_roles import company_noun, titled_state_kind  # noqa: PLC0415 - imports speakers

    if (titled := titled_state_kind(core)) is not None:
        return titled  # "U.S. Attorney Jon Pryce", "The head of the regional migration department, Ana Ruiz"
    if "," in core:
        return None
    if _LEGIS_COMMITTEE.match(core):
        from labourlens.analyse.speaker_roles import legislature_body  # noqa: PLC0415 - imports speakers

        if legislature_body(core):
            return "official"  # "a parliamentary committee", "the Senate labour committee": the legislature speaks
    witness = _WITNESS_FOR.match(core)
    if witness is not None and classify(witness.group("body")) in ("official", "organization"):
        return classify(witness.group("body"))  # "A witness from the auditing firm Brightline Assurance"
    chair = _CHAIR_OF_BODY.match(core)
    if chair is not None:
        from labourlens.analyse.speaker_roles import legislature_body  # noqa: PLC0415 - imports speakers

        body = chair.group("body")
        return "official" if legislature_body(body) or "subcommittee" in body.lower().split() else None
    if _local().match(core):
        return "official"  # "A district official in Primorsky Krai"
    staff = _STAFF_OF.match(core)
    if staff is not None and classify(staff.group("body")) == "official":
        return "official"  # "Investigators from the Investigative Committee"
    m = _AT_BODY.match(core)
    if m is None:
        return None
    body = m.group("body")
    head = _BODY_TAIL.sub("", body)
    kind = classify(body)
    if kind != "official":
        kind = classify(head)
    if kind == "official":
        return "official"
    words = head.split()
    if words and company_noun(words[-1].lower()) and kind in ("organization", None, "anonymous_source"):
        return "organization"  # "An official at the Kazakh company that hired the crews": the firm speaks
    return "organization" if m.group("plural") and kind == "organization" else None  # (s41) a union's officials
