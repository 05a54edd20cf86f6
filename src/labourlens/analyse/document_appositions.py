"""A definite document noun that names again papers an apposition described: "Documents seen by this newspaper
\u2014 a labour contract between a builder and a trading firm \u2014 set ... The contract states ...", "Papers filed
with the court, an agreement signed in 2022, show ... The agreement says ...": the contract is those papers, one
source, though the speaker's wording ("Documents seen by this newspaper") never held the noun.

Used by :mod:`labourlens.analyse.definite_backrefs`. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry, _Entry

__all__ = ["apposed_document"]

# the apposition right after the papers' wording: ", a ..." or " \u2014 a ..." up to its closing mark
_APPOSITION = re.compile(r"\s*(?:,|[\u2014\u2013]|\s-)\s*(?:an?|the|one|two|their|its)\s+(?P<body>[^,;:\"\u2014\u2013.]{2,120})")
_WORD = re.compile(r"[a-z]+")
# the nouns of papers a later "the <noun>" may name
_DOC_NOUNS = frozenset("contract contracts agreement agreements memo memorandum letter letters ledger ledgers "
                       "payslip payslips invoice invoices roster rosters timesheet timesheets register "
                       "logbook order orders directive notice".split())


def apposed_document(reg: Registry, head: str, context: str) -> _Entry | None:
    """The most recent document source whose first wording in ``context`` is followed by an apposition holding
    ``head`` ("the agreement" after "Documents seen by X \u2014 a labour agreement between ... \u2014"); None otherwise."""
    if head not in _DOC_NOUNS:
        return None

    def fits(e: _Entry) -> bool:
        wording = e.source.wording or ""
        if e.source.kind != "document" or not wording:
            return False
        at = context.rfind(wording)
        if at < 0:
            return False
        m = _APPOSITION.match(context, at + len(wording))
        return m is not None and head in _WORD.findall(m.group("body").lower())

    return reg._recent(fits)
