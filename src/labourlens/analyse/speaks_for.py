"""A person introduced as speaking for a body in a relative clause ("Milton Okot, who speaks for the labour
ministry", "Ana Ruiz, who speaks on behalf of the agency"), for :func:`labourlens.analyse.speaker_kinds.kind_of`:
read as the body's spokesperson ("Milton Okot, a spokesperson for the labour ministry"), so a ministry's voice is
``official`` and a firm's is ``organization``, as the appositive form already is. Examples here and in the tests are
invented."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["speaks_for_kind"]

_SPEAKS_FOR = re.compile(r"^(?P<name>[^,]{2,60}),\s+who\s+(?:speaks|spoke|talks)\s+(?:for|on\s+behalf\s+of)\s+"
                         r"(?P<body>[^,;]{3,80})$")


def speaks_for_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """The kind of "<name>, who speaks for <body>" read as "<name>, a spokesperson for <body>", or None."""
    if "who " not in text:
        return None
    m = _SPEAKS_FOR.match(text.strip())
    if m is None:
        return None
    return classify(f"{m.group('name')}, a spokesperson for {m.group('body')}")
