"""Bare numbers that echo an amount's currency a little later in the text, for the money
stage (:mod:`labourlens.analyse.money`).

Reports drop the currency once it is clear: "they were promised 150 dinars and were paid
60.", "the agent took 90 dinars a sack while the mill was paying 120", "We were told 1,800 riyals
a month. The contract says 1,000," or "his company pays 600,000 kwanzas a month; the men get
maybe 40,000." Such a bare number is money in the currency of the amount before it when a pay or sum word leads it ("paid", "says",
"get", "promised", "maybe", "only", "up from", "..., not the") or a copula after a word of pay leads it and a hedge
follows it ("what reached my hand was 15,000, sometimes less"), nothing after it makes it a
count of something else (a share of it may: "maybe 15,000 of it", and so may the paper it was
written in: "promised 180 in their offer letters"), it sits within a short
stretch of the same paragraph, and its size is within a factor of twenty of that amount. A
number that names an earlier amount again as a sum ("the 95,000 figure") takes that amount's
currency (``repeated``). The closer "150 euros, sometimes 200" shape stays with ``money``'s own
ellipsis rule.

A bare vague quantity takes the currency of an amount before it in the same sentence when a
pay noun leads it: "100 dinars in their pocket, out of a salary of several hundred", "he kept
300 riyals; the broker took a few thousand" (``vague``)."""

from __future__ import annotations

import re

from labourlens.model import Amount

__all__ = ["echo_of", "echoed", "repeated", "sum_at", "vague"]

# a pay or sum word right before the bare number
_LEAD = re.compile(
    r"\b(?:(?:were|was|are|is|got|get|be|being|been)\s+)?(?:paid|pays|pay|paying|earns?|earned|earning|received|receives?|receiving|gets?|got|getting|"
    r"given|gives?|gave|promised|offered|says|said|reads|read|shows|showed|states|stated|lists|listed|amounts?\s+to|came\s+to|comes\s+to|"
    # a loan and what is kept of the pay: "her uncle borrowed 45,000", "the manager keeps 300 of it"
    r"borrowed|borrows?|lent|loaned|keeps|kept|quoted|quotes|"
    # a rate or sum as the subject of a copula: "the rate was 1,200", "the advance is 9,000"
    r"(?:rate|wage|price)\s+(?:was|is)|(?:advance|debt|loan)\s+(?:was|is|of)|"
    # what was taken from the pay: "they cut 400 for the room", "the agent deducts 150"
    r"cut|cuts|deduct|deducts|deducted|docked|docks|took|takes|taken|"
    # a debt told in the currency of the sums before it: "the fare was 40,000 francs ... now I owe 250,000"
    r"owe|owes|owed|"
    r"maybe|perhaps|only|just|barely|at\s+most|(?:up|down)\s+from|(?:contract|job|wage|salary)\s+(?:for|of)|"
    # "gives us 200", "instead of the 70,000", "100 dollars, not the 250 we agreed"
    r"(?:instead\s+of|rather\s+than|,\s*not)(?:\s+the)?)\s+(?:(?:us|them|him|her|me|you|the)\s+)?"
    # a bound after the verb: "we never see more than 2,300", "they paid under 900"
    r"(?:(?:only|just|about|around|roughly|barely|some|maybe|(?:more|less)\s+than|over|under|above)\s+)?$",
    re.IGNORECASE,
)
# what may follow: the end of a clause or a period of pay, never a noun it counts
_AFTER = re.compile(r"\s*(?:[.;:)\]!?,\u201d\"]|\u2014|\u2013|$|\s+of\s+(?:it|that|this)\b|\s+(?:a|per|each|every|for\s+the|for\s+a)\s+"
                    r"(?:day|week|month|year|shift)\b|\s+(?:in|for)\s+(?:January|February|March|April|May|June|July|August|"
                    r"September|October|November|December)\b"
                    # where the sum was written: "promised 180 in their offer letters"
                    r"|\s+(?:in|on|under)\s+(?:the|their|his|her|its|my|our|your)\s+(?:written\s+|signed\s+|original\s+)?"
                    r"(?:offer\s+letters?|contracts?|agreements?|job\s+offers?|pay\s*slips?|visa\s+papers?)\b"
                    # the sum as it was agreed: "instead of the 70,000 agreed."
                    # what comes on top of the sum: "a contract for 2,200 plus commission"
                    r"|\s+plus\s+(?:commission|commissions|bonus|bonuses|tips|overtime|allowances?|food|accommodation)\b"
                    # what the sum was taken for: "they cut 400 for the room"
                    r"|\s+for\s+(?:the|a|his|her|their|our|my)\s+(?:room|bed|bunk|visa|ticket|food|bike|motorbike|uniform|"
                    r"permit|transport|housing|accommodation|phone|fines?)\b"
                    # "..., not the 250 we agreed", "not 1,200 as promised"
                    # a piece rate: "paid 450 per thousand bricks", "paid 40 for each hundred"
                    r"|\s+(?:per|a|for\s+(?:every|each|one))\s+(?:thousand|hundred)\b"
                    # what a sum is set against or borrowed for: "holds 250 against the loan", "borrowed 8,000 for
                    # a niece's dowry"
                    r"|\s+against\s+(?:the|his|her|their|our|my|its)\s+(?:debt|advance|loan|account)s?\b"
                    r"|\s+for\s+(?:the|his|her|their|our|my)\s+(?:[a-z]+'s\s+)?(?:wedding|marriage|funeral|medicine|"
                    r"treatment|operation|dowry|family|household)\b"
                    # a figure a change starts from: "up from 2,000 before the ban"
                    r"|\s+before\s+the\b"
                    r"|\s+(?:(?:as|we|they|he|she|I|you)\s+(?:had\s+|were\s+|was\s+|are\s+|is\s+)?)?(?:agreed|promised|owed|due|advertised|quoted|"
                    r"offered)(?=\s*(?:[.;:,)!?\u201d\"]|$))"
                    # a second verb of the same subject: "were offered 45,000 and charged for a bunk", also
                    # an irregular one: "we were handed 700 and were sent home", "got 900 but were told to wait"
                    r"|\s+(?:and|but)\s+(?:then\s+)?(?:(?:was|were)\s+)?(?:[a-z]+ed|told|paid|sent|kept|given|taken|made|"
                    r"shown|sold|left)\b)", re.IGNORECASE)
# a pay verb in the singular passive right after the bare number marks it as a sum without any lead word
# ("of which 31,000 was deducted", "and that 500 is withheld"); a plural verb ("500 were taken") counts people
_TAKEN = re.compile(
    r"\s+(?:was|is|had\s+been|has\s+been|gets|got|went)\s+(?:(?:then|also|always|simply|usually)\s+)?"
    r"(?:deducted|taken|withheld|kept|docked|retained|subtracted|held\s+back|charged|"
    r"paid\s+(?:out|to|for)|owed|spent|transferred|knocked\s+off)\b"
    # a participle alone after the number: "paid 900, with a further 120 deducted for meals"
    r"|\s+(?:deducted|withheld|docked|knocked\s+off)\s+(?:for|from|as|each|every|a|per)\b",
    re.IGNORECASE,
)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_MAX_GAP = 260
# a copula before the bare number and a hedge after it: "what reached my hand was 15,000, sometimes less"
# whose subject names what was paid ("what she got was", "the real figure is"), not a count ("the crowd was")
_COPULA = re.compile(
    r"\b(?:got|get|gets|received|receives|reached|handed|paid|earned|earns|kept|keeps|left|pay|wages?|salary|figure|sum|"
    r"amount|envelope|hands?|pocket|(?:in\s+the\s+end|in\s+reality|in\s+fact|actually|really),?\s+it)\b[^.!?\n\d]{0,30}?\b"
    r"(?:was|is|were|are|came\s+to|comes\s+to)\s+"
    r"(?:(?:only|just|about|around|maybe|perhaps)\s+)?$",
    re.IGNORECASE,
)
_HEDGED = re.compile(r"\s*,?\s*(?:(?:sometimes|often|usually|maybe|perhaps|or|even)\s+(?:less|more|lower|higher|nothing|\d[\d,]*(?=\s*[,.;)]))"
                     r"|at\s+most|at\s+best|tops)\b", re.IGNORECASE)


# a part of the amount just given: "of which 15,000 were deducted in fines" (plural agreement is common here)
_SHARE_LEAD = re.compile(r"\b(?:of|out\s+of)\s+which\s+(?:only\s+|just\s+|about\s+|some\s+)?$", re.IGNORECASE)
_SHARE_TAKEN = re.compile(r"\s+(?:was|were|is|are|had\s+been|have\s+been|has\s+been|went)\s+(?:then\s+|also\s+)?"
                          r"(?:deducted|taken|withheld|kept|docked|retained|charged|spent|sent|paid)\b", re.IGNORECASE)
# "for 70,000 rubles and finds herself ... for 45,000": a bare "for" sum that repeats the shape of the amount before it
_FOR_BEFORE = re.compile(r"\bfor\s+(?:about\s+|around\s+|only\s+|just\s+)?$", re.IGNORECASE)


def _parallel_for(start: int, prev: Amount, text: str) -> bool:
    """Is the bare number led by "for", as the amount before it in the same sentence is?"""
    return bool(_FOR_BEFORE.search(text, max(prev.end, start - 20), start)) and bool(
        _FOR_BEFORE.search(text, max(0, prev.start - 20), prev.start)) and not _SENTENCE_BREAK.search(text[prev.end:start])


# "30,000 rupees for the men and 18,000 for the women": a bare sum in the same "for" shape after "and"
# and so "8,000 pesos to the first team and 5,000 to the second": the same shape with "to"
# (s50) and a list of such sums parted by commas: "they kept 900 for the bed, 250 for the van, and 400 for "admin""
_FOR_AND = re.compile(r"\s+(for|to)\s+[^.;:!?\n\d]{1,40}?(?:\s+and|,(?:\s+and)?)\s+$", re.IGNORECASE)
# what the sum is for: a noun with its determiner, a quoted label ("for \u201cadmin\u201d") or a gerund ("for being late")
_FOR_AFTER = re.compile(r"\s+(for|to)\s+(?:[\"\u201c]|(?:the|a|an|each|every|his|her|their|our|my)\b|[a-z]+ing\b)",
                        re.IGNORECASE)


def _parallel_after(start: int, end: int, prev: Amount, text: str) -> bool:
    """Is the bare number followed by "for ...", as the amount before it is, with "and" between them?"""
    before, after = _FOR_AND.fullmatch(text, prev.end, start), _FOR_AFTER.match(text, end)
    return bool(before and after and before.group(1).lower() == after.group(1).lower())


def echoed(start: int, end: int, value: float, prev: Amount, text: str) -> Amount | None:
    """The bare number at ``text[start:end]`` (worth ``value``) as money in ``prev``'s
    currency, or None when it does not read as one."""
    if prev.kind != "money" or not prev.currency or start - prev.end > _MAX_GAP or start < prev.end:
        return None
    base = prev.value if prev.value is not None else prev.high
    if not base or not base / 20 <= value <= base * 20 or _YEARLIKE.fullmatch(text[start:end]):
        return None
    if "\n\n" in text[prev.end : start]:
        return None
    return sum_at(start, end, value, prev, text)


def sum_at(start: int, end: int, value: float, prev: Amount, text: str, led: bool = False) -> Amount | None:
    """The bare number at ``text[start:end]`` as money in ``prev``'s currency when the words
    around it read as a sum (a pay word before it and the end of a clause after it, ...); with ``led``
    only a pay word before it will do (a passive after it, "1,500 was kept", may count anything)."""
    if _parallel_after(start, end, prev, text):
        return Amount(start=start, end=end, text=text[start:end], currency=prev.currency, value=value, per=prev.per)
    lead = _LEAD.search(text, max(prev.end, start - 60), start) is not None or _parallel_for(start, prev, text)
    # "38,000 rubles in March, of which 15,000 were deducted": a part of that sum
    share = _SHARE_LEAD.search(text, max(prev.end, start - 30), start) is not None and _SHARE_TAKEN.match(text, end) is not None
    if led and not (lead and _AFTER.match(text, end)):
        return None
    if not share and not _TAKEN.match(text, end) and not (lead and _AFTER.match(text, end)) \
            and not (_HEDGED.match(text, end) and _COPULA.search(text, max(prev.end, start - 70), start)):
        return None
    return Amount(start=start, end=end, text=text[start:end], currency=prev.currency, value=value, per=prev.per)


# a pay noun or verb right before a bare vague quantity: "a salary of several hundred", "took a few thousand"
_VAGUE_LEAD = re.compile(
    r"\b(?:(?:salary|salaries|wage|wages|pay|income|earnings|fee|fees|debt|debts|bill|cost|price|fine)\s+of"
    r"|out\s+of|(?:earn|earns|earned|paid|pays|took|takes|take|charged|charges|owed|owes|kept|keeps|get|got|gets|"
    r"received|receives|demanded|asked\s+for)(?:\s+(?:him|her|them|us|me))?)\s+(?:only\s+|just\s+|another\s+)?$",
    re.IGNORECASE,
)
_VAGUE_GAP = 160
# what else may follow a vague sum: a verb or a preposition of money, not a noun that it counts
_VAGUE_AFTER = re.compile(r"\s+(?:was|were|is|are|remained|remains|went|goes|had|has|more|in|each|apiece|to|for|from|"
                          r"on|a|per|every|at|back|up)\b", re.IGNORECASE)


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def vague(start: int, end: int, low: float, high: float, prev: Amount, text: str) -> Amount | None:
    """The bare vague quantity at ``text[start:end]`` (``low`` to ``high``) as money in the currency
    of ``prev``, an amount before it in the same sentence, when a pay noun or verb leads it."""
    if prev.kind != "money" or not prev.currency or start < prev.end or start - prev.end > _VAGUE_GAP:
        return None
    if _SENTENCE_BREAK.search(text[prev.end : start]) or not _VAGUE_LEAD.search(text, max(prev.end, start - 40), start):
        return None
    if not (_AFTER.match(text, end) or _VAGUE_AFTER.match(text, end)):
        return None  # "the police took a few hundred passports": a count of something else
    return Amount(start=start, end=end, text=text[start:end], currency=prev.currency, low=low, high=high)


def echo_of(start: int, end: int, q: tuple[float, float, bool], prev: Amount, text: str) -> Amount | None:
    """A bare number (``q``: low, high, vague) that echoes ``prev``'s currency: a vague quantity
    after a pay word (``vague``), or one exact number (``echoed``); a bare range is none."""
    low, high, is_vague = q
    if is_vague:
        return vague(start, end, low, high, prev, text)
    return None if low != high else echoed(start, end, low, prev, text)


# "the 95,000 figure", "that 45,000 sum": a number that names an amount given before, as a noun
_REPEAT_BEFORE = re.compile(r"\b(?:the|that|this|their|his|her|its)\s+$", re.IGNORECASE)
_REPEAT_NOUN = re.compile(r"\s+(?:figure|sum|amount|total|payment|wage|salary|fee)s?\b", re.IGNORECASE)


def repeated(start: int, end: int, value: tuple[float, float], found: list[Amount], text: str) -> Amount | None:
    """The bare number at ``text[start:end]`` as a money amount of ``found`` named again with a noun of
    sums ("the 95,000 figure sounds high"), in that amount's currency and period; ``value`` is the
    number's (low, high)."""
    if value[0] != value[1] or not _REPEAT_NOUN.match(text, end) or not _REPEAT_BEFORE.search(text, max(0, start - 8), start):
        return None
    for a in reversed(found):
        if a.kind == "money" and a.currency and a.value == value[0]:
            return Amount(start=start, end=end, text=text[start:end], currency=a.currency, value=a.value, per=a.per)
    return None
