"""The modal of a threat reported as made is the threat's, not the writer's doubt (diag131): "a county official
told her that her father's land contract could be looked at again", "the foreman warned that their families'
allowance might be cut". Such a "could be" or "might be" hedges nothing: the threat was made. Used by
:func:`labourlens.analyse.hedges.find_hedges`. A "could be" that estimates ("the workers could be as many as
500") or that stands outside a warning stays a hedge.

Examples are invented."""

from __future__ import annotations

import re

__all__ = ["threat_modal_spans"]

_GATE = re.compile(r"\b(?:warn|threat|told|tells)")
# a warning or threat verb, then within the clause a modal with "be" and a sanction done to the worker or kin
_THREAT_MODAL = re.compile(
    r"\b(?:warn(?:ed|s|ing)?|threaten(?:ed|s|ing)?|told|tells)\b[^.;]{0,100}?"
    r"\b(?P<modal>(?:could|might|may) be)\s+(?:\w+\s+){0,1}?"
    r"(?:cut|cut off|cancell?ed|revoked|reviewed|looked at|withdrawn|taken|stopped|suspended|punished|deported|"
    r"fired|dismissed|sent back|sent home|detained|arrested|blacklisted|withheld|docked|fined|evicted|seized|"
    r"confiscated|reassessed|reconsidered|terminated)\b")


def threat_modal_spans(low: str) -> list[tuple[int, int]]:
    """Spans of the modals ("could be") that belong to reported threats in the lower-cased text ``low``."""
    if _GATE.search(low) is None:
        return []
    return [m.span("modal") for m in _THREAT_MODAL.finditer(low)]
