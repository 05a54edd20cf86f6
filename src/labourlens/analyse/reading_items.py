"""A newsletter's reading list, for :func:`labourlens.analyse.claim_filters.frame_line`.

A digest closes with pointers to things to read: '— "The brickmakers\' ledger", a long read on ... in Some Quarterly
(paywall).', "— Harbour Watch's new guide to wage claims, published Monday." Each item is a title and what kind of
publication it is, with no verb of its own: it points to an account and tells none, whatever abuses its title names.
An item that tells what happened ("— Crews were kept at sea for a year, a partner group says.") has a verb and stays
a claim. Examples are invented."""

from __future__ import annotations

import re

__all__ = ["reading_item"]

# a dash or a bullet, a title in quotation marks or a body's name, then the kind of publication
_ITEM = re.compile(
    r"^\s*[\u2014\u2013\u2022*-]\s+(?:[\"\u201c][^\"\u201d]{2,120}[\"\u201d],?\s+)?(?:(?:a|an|the|its|their)\s+|"
    r"[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4}['\u2019]s?\s+)(?:[\w-]+\s+){0,3}?"
    r"(?:long\s+read|read|guide|report|briefing|brief|podcast|episode|explainer|study|paper|book|documentary|film|"
    r"investigation|toolkit|interview|essay|series|feature|handbook|database|map)\b")
# a finite verb of an account: the item tells something itself
_TELLS = re.compile(r"\b(?:is|are|was|were|has|have|had|says|said|say|found|finds|shows|showed|told|tells|describes|"
                    r"described|reports|reported|documents|documented|reveals|revealed)\b", re.IGNORECASE)


def reading_item(text: str) -> bool:
    """Is the sentence an item of a reading list: a dash, a title or a body's name, the kind of publication, no verb?"""
    return _ITEM.match(text) is not None and _TELLS.search(text) is None
