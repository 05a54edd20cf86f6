"""A party's word that it never did the wrong it is accused of, a pass of
:func:`labourlens.analyse.party_assertions.mark`.

A firm, an agency or a body answering an allegation says that it, or its office, has never done the thing: "the
contractor 'has never withheld a single salary'", "our office does not keep anyone's papers", "it 'does not
tolerate' threats by any supervisor", "the firm had 'no knowledge' of the beatings". The wrong is named only to be
denied, so the claim is negated and carries no indicator (FORMAT.md). The subject must be the party itself (it, we,
the agency, its office): a party that says the workers have not been paid admits it. Examples are invented."""

from __future__ import annotations

import re

__all__ = ["denies_own_wrong"]

# the party itself as the subject: "it", "we", "the agency", "his office"
_SUBJECT = (r"(?:it|we|the\s+(?:agency|company|firm|office|contractor|subcontractor|employer|group|sponsor|recruiter|"
            r"centre|center|supplier)|(?:his|her|its|our|their)\s+(?:office|agency|company|firm|staff))")
# quotation marks and spaces between the subject and its verb
_GAP = r"[\s\"'\u201c\u201d\u2018\u2019]+"
# a wrong the party may be accused of
_WRONG = (r"(?:charge[ds]?|charging|take[ns]?|took|keeps?|kept|holds?|held|confiscate[ds]?|abandon(?:ed|s)?|"
          r"threaten(?:ed|s)?|beat(?:en|s)?|force[ds]?|withh[eo]ld|withheld|deduct(?:ed|s)?|lock(?:ed|s)?|"
          r"mistreat(?:ed|s)?|abused?|tolerate[ds]?"
          # (s48, heldout436) a wrong it never lets happen, named as a noun: "has not once condoned any kind of
          # bullying", "does not allow the employment of minors" (not "does not allow workers to leave": the abuse)
          r"|(?:permit(?:s|ted)?|allow(?:s|ed)?|condone[ds]?)\s+(?:any\s+(?:form|kind|type)s?\s+of|the\s+[\w-]+(?:\s+[\w-]+)?\s+of))")
_NEVER = re.compile(
    rf"\b{_SUBJECT}{_GAP}(?:(?:has|have|had|does|do|did|would|will)\s+)?(?:never|not)\s+(?:(?:ever|once)\s+)?{_WRONG}\b"
    rf"|\b{_SUBJECT}{_GAP}(?:has|have|had){_GAP}no\s+knowledge\b",
    re.IGNORECASE)


def denies_own_wrong(text: str) -> bool:
    """Does the sentence say the party itself never did a wrong (see the module docstring)?"""
    return ("not" in text or "never" in text or "knowledge" in text) and _NEVER.search(text) is not None
