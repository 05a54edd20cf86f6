"""A police or military officer named by rank and surname ("Lt Col Sarin", "Pol Col Somchai", "Maj. Gen. Tan"):
the abbreviated ranks of police and army reports, two of them or one that only those forces use, followed by a name,
speak for a state force (``official``; main README: people speaking for a state body are officials). "Captain",
"Major" and "General" alone are left out: ship captains, firms and words like "General Manager" share them. Used by
:func:`labourlens.analyse.speakers.classify`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["rank_name_kind"]

_RANK = (r"(?:Lt|Lieut|Lieutenant|Col|Colonel|Maj|Major|Gen|General|Brig|Brigadier|Cmdr|Commander|Capt|Captain|Sgt|"
         r"Sergeant|Cpl|Corporal|Supt|Superintendent|Comr|Commissioner|Insp|Inspector|Pol|Police|Snr|Senior|Deputy|"
         r"Det|Detective|Gda|Garda)")
# a force-only rank alone before a name: "Col Sarin", "Supt. Wanjiru", "Sgt Otieno", "Comr. Halim" (a police commissioner)
# and the Irish police's own ranks, written short ("Det Gda Byrne": a detective garda)
_SOLE = r"(?:Lt|Lieut|Col|Colonel|Brig|Brigadier|Sgt|Supt|Comr|Cpl|Det|Gda)"
_NAME = r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,2}"
_RANKED = re.compile(rf"^(?:(?:{_RANK})\.?\s+)+(?:{_RANK})\.?\s+{_NAME}$|^{_SOLE}\.?\s+{_NAME}$")
_DEMOTE = re.compile(r"^(?:Police|Deputy|Senior|Snr|Pol)\b")


# (s396) a department's undersecretary or assistant secretary, written short before the name in Philippine records
# ("Usec. Cruz", "Asec. Ana Lim"): civil ranks only the state's departments give
_CIVIL = re.compile(rf"^(?:Usec|Asec)\.?\s+{_NAME}$")


def rank_name_kind(text: str) -> str | None:
    """``official`` for a name after police or army ranks ("Lt Col Sarin") or a department's short civil rank ("Usec.
    Cruz"), else None."""
    if _CIVIL.match(text) is not None:
        return "official"
    if not text[:1].isupper() or " " not in text or _RANKED.match(text) is None:
        return None
    ranks = re.findall(rf"\b{_RANK}\b", text)
    # "Police Inspector" alone is a rank too; "Deputy Director" is not one: at least one word that is a rank proper
    if all(_DEMOTE.match(r) for r in ranks):
        return None
    return "official"
