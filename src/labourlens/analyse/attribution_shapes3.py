"""Attribution shapes found by the SW2 battery and tried when the main finders found no speaker: a present-tense
verb after the clause ("..., claims Nour Saleh, an activist"), a reply given after a colon ("The manager's
answer: ..." / "The response from X: ..."), "says X:" before the words, "according to X" between dashes, and a
quoted post "read a post on Telegram by X".

Every pattern is compiled at import time (no regex is built while a document is analysed)."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _cue, _plausible, _trim_np, classify

_NP = r"(?:(?i:the|a|an|one|another|two|three|several|some|many)\s+[^,;:\"\u2014\u2013]{2,70}?|[A-Z][^,;:\"\u2014\u2013]{1,60}?)"

# "The agency charged them for food, claims Nour Saleh, an activist in Beirut.": present tense after the clause
_TRAILING_PRESENT = re.compile(
    r"[,\u2014\u2013]\s*(?P<verb>claims|alleges|contends|maintains|insists|admits|concedes|asserts|argues|"
    r"acknowledges|recounts|remembers|complains|reckons|estimates)\s+(?P<sp>" + _NP + r")"
    r"(?:,\s+(?:a|an|the|who|whose|\d+)\b[^\"]{1,140}?)?\s*[.!?]?\s*$")
_PRESENT_GATE = re.compile(r"[,\u2014\u2013]\s*(?:claims|alleges|contends|maintains|insists|admits|concedes|asserts|argues|"
                           r"acknowledges|recounts|remembers|complains|reckons|estimates)\s")
# "The manager's answer: ...", "The ministry's response was short: ...", "The response from Orion Textiles: ..."
_REPLY_NOUNS = (r"answer|response|reply|verdict|explanation|position|defen[cs]e|version|conclusion|retort|excuse|"
                r"rebuttal|message|assessment|diagnosis|reaction|finding|findings|ruling|advice|warning")
_POSSESSIVE_REPLY = re.compile(
    r"^\s*(?P<sp>(?:(?i:the)\s+)?(?:[A-Za-z][\w.&-]*\s+){0,5}?[A-Za-z][\w.&-]*)['\u2019]s?\s+(?:own\s+|official\s+)?"
    r"(?:" + _REPLY_NOUNS + r")\b[^:\"]{0,40}?:\s+\S")
_REPLY_FROM = re.compile(
    r"^\s*(?i:the)\s+(?:official\s+)?(?:" + _REPLY_NOUNS + r")\s+(?:from|of)\s+(?P<sp>" + _NP + r")"
    r"(?:\s+(?:was|is|came|read)\b[^:\"]{0,30})?:\s+\S")
# "The demand is simple, says Grace Mwangi: pay them.", "So says Farid Aziz, who ran a shelter: ..."
_SAYS_COLON = re.compile(
    r"(?:^\s*(?:(?i:so|as)\s+)?|,\s+)(?P<verb>(?i:says|said|explains|explained|insists|insisted|adds|added))\s+"
    r"(?P<sp>" + _NP + r")(?:,\s+[^:\"]{1,120}?)?\s*:\s+\S")
# "The factory \u2014 according to two former employees \u2014 locked its doors."
_ACCORDING_DASHES = re.compile(
    r"(?:[\u2014\u2013]|(?<=\s)-)\s*according\s+to\s+(?P<sp>" + _NP + r")(?:,\s+[^\u2014\u2013\"]{1,100}?)?"
    r"\s*(?:[\u2014\u2013]|\s-(?=\s))")
# '"No pay and no way home," read a post on Telegram by Sergei Volkov.': the author of the post
_READ_POST_BY = re.compile(
    r"\b(?:read|reads|said)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:post|message|tweet|comment|caption|note|"
    r"statement|letter|sign|banner|placard|update)\b[^,\"]{0,40}?\s+by\s+(?P<sp>" + _NP + r")\s*(?:[,.!?]|$)")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my"})
# "One rider, Imran Akhtar, showed a handwritten ledger in which ...": the person who shows a paper tells what it holds
_SHOWED_PAPER = re.compile(
    r"^\s*(?P<sp>(?:(?:One|A|An|Another|The)\s+[a-z][\w-]*,\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})(?:,\s+\d{1,3},)?"
    r",?\s+(?:showed|shows|produced|produces)\s+(?:(?:us|me|reporters|the\s+[A-Z][\w-]*)\s+)?(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:ledger|notebook|payslip|pay\s+slip|contract|receipt|letter|message|record|card|screenshot|"
    r"photograph|photo|diary|book)s?\s+(?:in\s+which|that|showing|where|with)\b")

# "A second worker, a welder from Khulna, showed a contract signed in Dhaka that promised ...": an unnamed person
# described in apposition shows a paper (a participle may tell where it was signed or issued)
_SHOWED_PAPER_DESCRIBED = re.compile(
    r"^\s*(?P<sp>(?:A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?:,\s+(?:a|an)\s+[^,;:\"\u201c]{2,60}?)?),?"
    r"\s+(?:showed|shows|produced|produces)\s+(?:(?:us|me|reporters|the\s+[A-Z][\w-]*)\s+)?(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:payslip|pay\s+slip|contract|receipt|letter|message|card|screenshot|ledger|notebook|diary)s?"
    r"(?:\s+(?:signed|issued|dated|stamped|written|printed|sent)\s+[^,.;:\"]{1,40}?)?\s+(?:in\s+which|that|showing|where)\b")

# "Mr Ito and two colleagues showed the Herald payslips for May listing ...": the papers shown, read in the
# sentence, tell what they list (a later "The payslips also record ..." is theirs again)
_SHOWED_DOCS_LISTING = re.compile(
    r"\s(?:showed|shows|produced|produces)\s+(?:(?:us|me|reporters|the\s+(?:paper|newspaper|reporter)|(?:[Tt]he\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s+)?(?P<sp>(?:(?:his|her|their|the|two|three|several)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:payslips?|pay\s+slips?|contracts?|receipts?|ledgers?|bank\s+statements?|timesheets?|"
    r"time\s+sheets?|wage\s+records)(?:\s+(?:for|from)\s+[A-Z][a-z]+(?:\s+\d{4})?)?)\s+"
    r"(?:listing|recording|stating|giving|that\s+(?:list|record|state|give))\b")


def _speaker(m: re.Match[str] | None, cue: str, direct: bool = False) -> Mention | None:
    if m is None:
        return None
    sp = _trim_np(m.group("sp")).strip()
    if not sp or sp.lower() in _PRONOUNS or not _plausible(sp) or classify(sp) is None:
        return None
    start = m.start("sp") + m.group("sp").find(sp)
    return Mention(sp, start, start + len(sp), cue, direct)


def extra_mention(text: str) -> Mention | None:
    """A speaker in one of the shapes above (``text`` made plain), or None."""
    if ":" in text:
        found = _speaker(_POSSESSIVE_REPLY.match(text), "said") or _speaker(_REPLY_FROM.match(text), "said") \
            or _speaker(_SAYS_COLON.search(text), "said")
        if found is not None:
            return found
    if "according to" in text and ("\u2014" in text or "\u2013" in text or " - " in text):
        found = _speaker(_ACCORDING_DASHES.search(text), "according to")
        if found is not None:
            return found
    if " by " in text:
        found = _speaker(_READ_POST_BY.search(text), "wrote", '"' in text)
        if found is not None:
            return found
    if " show" in text or " produce" in text:
        found = _speaker(_SHOWED_PAPER.match(text) or _SHOWED_PAPER_DESCRIBED.match(text), "show")
        if found is not None and classify(found.wording) in ("named_person", "anonymous_source"):
            return found
        found = _speaker(_SHOWED_DOCS_LISTING.search(text), "show")
        if found is not None and classify(found.wording) == "document":
            return found
    if " put" in text or " place" in text:
        found = _speaker(_PUTS_AT.match(text), "estimate")
        if found is not None and classify(found.wording) in ("document", "organization", "official", "outlet"):
            return found
    if " published " in text or " ran " in text or " carried " in text or " aired " in text:
        found = _speaker(_PUBLISHED_PIECE.search(text), "report")
        if found is not None and classify(found.wording) in ("outlet", "organization", "document", "official"):
            return found
    if text.lstrip()[:4] in ("Per ", "As p"):
        found = _speaker(_PER_DOCUMENT.match(text), "according to")
        if found is not None:
            return found
    m = _TRAILING_PRESENT.search(text) if _PRESENT_GATE.search(text) else None
    return _speaker(m, _cue(m.group("verb").lower()) if m else "said")


# "Estimates by the Global Labour Monitor put the number of workers at 20,000": the estimates speak
_PUTS_AT = re.compile(r"^\s*(?P<sp>" + _NP + r")\s+(?:also\s+|now\s+)?(?:put|puts|placed|places)\s+(?:the\s+|their\s+|its\s+)?"
                      r"(?:total\s+|overall\s+|average\s+)?(?:number|figure|total|toll|count|share|wages?|cost|fees?)\b")
# "On 3 April the online newspaper X published an article alleging that ...": the outlet, by what it published
_PUBLISHED_PIECE = re.compile(
    r"(?:^\s*(?:On|In|Last|This|Earlier|Yesterday)\b(?:[^,;:\"]{0,30}?\s+(?=[Tt]he\s)|[^,;:\"]{0,30},\s+)|^\s*(?!(?:On|In|Last|This|Earlier|Yesterday)\b))"
    r"(?P<sp>" + _NP + r")\s+(?:has\s+|had\s+)?"
    r"(?:published|ran|carried|aired)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:article|report|story|piece|investigation|"
    r"feature|item|post|broadcast)\s+(?:(?:on\s+\w+|last\s+\w+)\s+)?(?:alleging|claiming|saying|stating|reporting|"
    r"asserting|suggesting)\s+that\b")
# "Per the report, ...", "As per the ministry's figures, ...", "Per the workers, ...": "according to" in short
# (an audit's "Per management, ..." names the firm's management without an article)
_PER_DOCUMENT = re.compile(r"^\s*(?:As\s+p|P)er\s+(?P<sp>(?i:the|a|an|its|their)\s+[^,;:\"]{2,80}?|(?i:(?:facility|factory|"
                           r"plant|company|hr|site)\s+)?(?i:management)|(?i:workers|auditors)),\s+\S")


def trailing_present(m: Mention, sentence_text: str) -> Mention | None:
    """The speaker after "..., claims X" when the main finder took the clause before it for the subject
    ("The broker kept their passports, claims Ruth Abebe": Abebe, not the broker)."""
    if m.start > 3 or sentence_text[m.end:m.end + 2] != ", ":
        return None
    t = _TRAILING_PRESENT.match(sentence_text, m.end)
    return _speaker(t, _cue(t.group("verb").lower()) if t else "said")


_DASH = re.compile(r"\s+[-\u2014\u2013]\s+|\s*[\u2014\u2013]\s*")


def dash_cut(m: Mention) -> Mention | None:
    """ "The vessel - according to three crew members - never ...": the speaker ends at the closing dash."""
    d = _DASH.search(m.wording) if m.cue == "according to" else None
    if d is None or d.start() == 0 or classify(m.wording[:d.start()]) is None:
        return None
    return Mention(m.wording[:d.start()], m.start, m.start + d.start(), m.cue, m.direct, m.relay)


def reply_owner(m: Mention, sentence_text: str) -> Mention | None:
    """ "The inspector's finding: forty workers ...": a speaker phrase that ran over the colon is the owner of
    the reply or finding named before it."""
    if m.start > 3 or ":" not in m.wording:
        return None
    return _speaker(_POSSESSIVE_REPLY.match(sentence_text), m.cue)
