"""What may stand between an amount and the words that belong to it, for the money stage
(:mod:`labourlens.analyse.money`).

``GAP_PERIOD``: a period or share between an amount and its conversion ("3,200 zloty a month
(about $830)", "400 dinars each (about $1,300)", "90 lari per trainee (about $33)"). ``GAP_PHRASE``: a short
phrase of place or purpose there ("4 million CFA francs a month for the whole team (roughly $7,000)", "150,000
kwanzas in the contract, then about $900"). :func:`elliptical`: a bare number right after an
amount that varies or corrects it in the same currency ("150 euros, sometimes 200", "80 dinars,
not 120", "880,000 tugriks, up from 760,000"; with a connective of contrast, no comma is needed:
"1,800 yuan a month instead of 1,500")."""

from __future__ import annotations

import re

from labourlens.model import Amount

__all__ = ["GAP_PERIOD", "GAP_PHRASE", "elliptical"]

GAP_PERIOD = re.compile(
    r"(?:\s*,?\s*(?:(?:a|an|per|each|every)\s+(?:hour|day|night|fortnight|week|month|year|shift|trip|worker|person|head|man|woman"
    r"|employee|labou?rer|participant|attendee|delegate|trainee|guest|student|pupil|child|family|household|passenger|seat|ticket)s?"
    r"|each|apiece|monthly|daily|weekly|annually|yearly|per\s+annum|in\s+total|in\s+all"
    r"|in\s+(?:back\s+|unpaid\s+|monthly\s+|daily\s+|weekly\s+|annual\s+|yearly\s+)?"
    r"(?:pay|wages|salary|fees|compensation|damages|debts?|fines|bribes|profits?|revenue)"
    # a unit priced ("EUR 0.088 per watt, roughly $0.10") or what the sum takes in ("Tk 9,000 with overtime, about $80")
    r"|per\s+(?:watt|kilo(?:gram)?|kg|tonne|ton|piece|unit|lit(?:re|er)|item|garment|box|bag|sack|crate|basket)"
    r"|(?:with|without|including|excluding|before|after)\s+(?:overtime|bonus(?:es)?|allowances?|deductions|tips|tax(?:es)?))\b)+",
    re.IGNORECASE,
)
# a prepositional phrase of up to four words without digits: "for the whole group", "in the contract"
GAP_PHRASE = re.compile(
    r"\s*,?\s*(?:for|in|under|on|from|to|by|at)\s+(?:the|a|an|his|her|their|its|each|every|this|that)"
    r"(?:\s+[a-z][a-z'-]*){1,3}(?=\s*[,(\[]|\s+(?:then|or)\b)",
    re.IGNORECASE,
)

# "we received 150 euros, sometimes 200.": a bare number after an amount that it varies or corrects
_ELLIPSIS_BEFORE = re.compile(
    r"\s*[)\]]?\s*(?:,|;|—|–)\s*(?:and\s+|but\s+)?(?:sometimes|occasionally|at\s+times|maybe|perhaps|or|at\s+most|at\s+best"
    r"|rarely|even|never\s+more\s+than|up\s+to|often|usually|later|not|instead\s+of|rather\s+than|(?:up|down)\s+from"
    # the same pay as it changes: "140,000 rubles a month, rising to 180,000 with allowances"
    r"|(?:rising|rises|rose|climbing|growing|going\s+up|falling|falls|fell|dropping|dropped|sinking)\s+to)"
    r"(?:\s+(?:about|around|roughly|some|nearly|almost))?\s+"
    # a connective of contrast needs no comma: "1,800 yuan a month instead of 1,500"
    r"|\s+(?:instead\s+of|rather\s+than|(?:up|down)\s+from)(?:\s+(?:about|around|roughly|some|nearly|almost))?\s+",
    re.IGNORECASE,
)
_ELLIPSIS_AFTER = re.compile(r"\s*(?:[.;:)\]!?]|,|—|–|$|\s+(?:at\s+most|tops|at\s+best|at\s+the\s+most)\b"
                             # a phrase of why or when, never a noun it counts: "rising to 180,000 with allowances"
                             r"|\s+(?:with|after|once|when|if|from|by)\b)", re.IGNORECASE)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")


def elliptical(q: tuple[int, int, float, float, bool], prev: Amount, text: str) -> Amount | None:
    """The bare number ``q`` (start, end, low, high, vague) as money in the previous amount's
    currency ("150 euros, sometimes 200."), when nothing follows it that would make it a count of
    something else."""
    start, end_q, low, high, vague = q
    if prev.kind != "money" or not prev.currency or vague or low != high:
        return None
    base = prev.value if prev.value is not None else prev.high
    end = max(prev.end, text.rfind(prev.stated_text, prev.end, start) + len(prev.stated_text or "")) \
        if prev.stated_text else prev.end
    if (period := GAP_PERIOD.match(text, end, start)) is not None:
        end = period.end()
    if not base or not _ELLIPSIS_BEFORE.fullmatch(text, end, start) or not _ELLIPSIS_AFTER.match(text, end_q):
        return None
    if not base / 10 <= low <= base * 10 or _YEARLIKE.fullmatch(text[start:end_q]):
        return None
    return Amount(start=start, end=end_q, text=text[start:end_q], currency=prev.currency, value=low, per=prev.per)
