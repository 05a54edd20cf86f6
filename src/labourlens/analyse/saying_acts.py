"""Speakers of a report told as an act and a participle, or in a relative clause after the speaker's name:

- "The tabloid X followed up on Friday with a different angle, saying the workers slept ...", "The union
  stepped in last week, saying that ...", "The site went further, saying on Tuesday that ...": the subject of
  the act speaks what the participle of speech reports (a short list of acts, "opposed the Motion", was all
  that was read before; any act in the past now counts when the word after it is a particle, a preposition, a
  determiner or an adverb, so that "Five detained workers" is never cut at "detained");
- "The story came from the business paper X, which reported on Thursday that ...", "... the monitor Y, which
  says it has seen ...": the one named before ", which reported" speaks;
- "The inspectorate fined X, a garment maker in Irbid, saying it had kept the passports ...": an indefinite
  description set after a name inside the act's clause describes the act's object; the act's subject speaks.

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.asyndetic_said import asyndetic_said
from labourlens.analyse.gated import gated
from labourlens.analyse.party_cases import noting_mention, party_case_mention
from labourlens.analyse.speakers import Mention, _cue, _plausible, classify

__all__ = ["act_subject", "object_apposition", "saying_mention", "which_reported_mention"]

_SPEAKERS = ("official", "organization", "outlet", "document", "named_person", "anonymous_source")

# ", saying ...", ", adding that ...": a participle of speech after the clause of an act
_SPEECH_PARTICIPLES = (r"(?:saying|adding|alleging|claiming|arguing|insisting|noting|stating|warning|explaining|"
                       r"complaining|asserting)\b")
_PARTICIPLE = gated(r",\s+" + _SPEECH_PARTICIPLES)
# a verb in the past (regular or one of the common irregular ones), optionally after "has"/"had"/"have"
_ACT = re.compile(r"\s(?:(?:has|have|had)\s+)?(?P<verb>[a-z]{3,}ed|went|gone|came|come|took|taken|gave|given|made|"
                  r"put|sent|wrote|written|ran|held|hit|struck|drew|drawn|threw|broke|brought|fought|sought|stood|"
                  r"set|spoke|spoken|weighed|chimed|shot)\s+(?P<next>[a-z]+|[A-Z][a-z]+|\d[\d,.]*)\b")
# what follows the act's verb: a particle, a preposition, a determiner or an adverb (never a noun, so that
# "Five detained workers" or "the so-called dormitory" is no subject and an act)
_AFTER_ACT = frozenset(
    "up in out back down off on over further forward into with to at about for from by a an the its their his "
    "her this that these those another last late early yesterday today also again publicly separately quickly "
    "later earlier instead still then strongly sharply angrily swiftly".split())
# (diag274) an audience as the act's object: "The agency briefed lawmakers on Tuesday, saying ...", "The ministry
# updated reporters, saying ...": the audience is never part of the subject, so it may follow the act as well
_AUDIENCE_AFTER_ACT = frozenset(
    "lawmakers legislators parliamentarians senators deputies mps reporters journalists diplomats donors envoys "
    "investors delegates committee parliament".split())
# (s388) what a state's act imposes or stops, the noun right after its verb: "The Treasury imposed sanctions on ...",
# "Canada banned imports from ...", "The agency issued a withhold release order" is read with the determiner
_STATE_ACT_OBJECTS = frozenset("sanctions imports penalties restrictions tariffs shipments".split())
# a word before the verb that makes it an adjective or a participle inside the subject ("the detained men")
_DETERMINERS = frozenset("a an the its their his her this that these those some many several two three".split())
_RELATIVES = frozenset("who which that whom whose".split())
# the clause before the participle opens with an adverbial or a dateline: it is skipped
_LEAD = re.compile(r"^\s*(?:(?:On|In|By|Late|Early|Last|This|Later|Earlier)\s+[^,]{1,40},\s+|(?:But|And|Then|Meanwhile|"
                   r"Separately|Later|Earlier|Still),?\s+|[A-Z][A-Z .'-]{2,40}\s*[\u2014\u2013-]+\s*|\u25b6\s*[^.]{1,40}\.\s+)")


def _subject(clause: str) -> str | None:
    """The subject before the first act in ``clause`` that is followed by a function word, when it names a
    speaker; None otherwise."""
    for a in _ACT.finditer(clause):
        state_act = a.group("next") in _STATE_ACT_OBJECTS  # (s388) "The Treasury imposed sanctions on X, saying ..."
        if a.group("next") not in _AFTER_ACT and a.group("next").lower() not in _AUDIENCE_AFTER_ACT \
                and not a.group("next")[0].isdigit() and not state_act:  # (s357) "X has detained 38 containers, saying"
            continue
        raw = clause[: a.start()]
        before = _TIME_TAIL.sub("", raw.rstrip(" ,")) if state_act else raw.rstrip(" ,")
        if state_act and classify(before) != "official":
            continue  # (only the state acts so: "Five imposed sanctions" is no subject)
        words = before.split()
        if not words or words[-1].lower() in _DETERMINERS or raw.count(",") % 2:
            continue  # (an apposition is closed by its second comma: "The Member for X, Hon. Y, opposed ...")
        if words[-1].lower() in _RELATIVES:
            return None  # "Twenty cleaners who worked at a hotel said": the act is the relative clause's
        if len(words) > 12 or not _plausible(before) or classify(before) not in _SPEAKERS:
            return None
        return before
    return None


def act_subject(m: Mention, sentence_text: str) -> Mention:
    """``m`` cut to the subject of an act it ran over before a participle of speech ("The tabloid X followed up
    on Friday" of "..., saying ..." -> "The tabloid X"); ``m`` itself when no participle follows or its wording
    holds no act."""
    p = _PARTICIPLE.search(sentence_text, m.end) if m.cue == "said" and " " in m.wording else None
    gap = sentence_text[m.end: p.start()] if p is not None else ","
    if p is None or len(gap) > 80 or "," in gap or '"' in gap or not _ACT.search(m.wording):
        return m  # (the span may end before a time phrase: "... issued a statement [on Friday], saying")
    sp = _subject(m.wording)
    if sp is None or sp == m.wording:
        return m
    lead = len(m.wording) - len(m.wording.lstrip())
    return Mention(sp.strip(), m.start + lead, m.start + lead + len(sp.strip()), m.cue, m.direct, m.relay)


# the indefinite description of a name set off by commas, with the participle of speech right after it
_INDEFINITE = re.compile(r"(?:a|an)\s", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[A-Z][\w'\u2019&.-]*,\s*$")
# the description after the mention, then the participle: ", a supplier based near Ipoh, saying"
_DESCRIBED_NEXT = re.compile(r",\s+(?:a|an)\s[^,;\"\u201c]{2,80},\s+" + _SPEECH_PARTICIPLES)
# a time phrase that closes the subject before its act ("X on Tuesday issued ...")
_TIME_TAIL = re.compile(r"\s+(?:on\s+[A-Z][a-z]+day|last\s+(?:week|month|year|[A-Z][a-z]+day)|(?:earlier|later)\s+(?:this|"
                        r"that)\s+(?:week|month|year)|this\s+(?:week|month|year)|yesterday|today|(?:in|on)\s+"
                        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                        r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?)$")


def object_apposition(m: Mention, sentence_text: str) -> Mention:
    """The subject of the act when ``m`` is an indefinite description of the act's object set between a name and a
    participle of speech ("X fined Y, a garment maker in Irbid, saying ..." -> X); ``m`` otherwise."""
    if m.cue != "said":
        return m
    if _INDEFINITE.match(m.wording) is not None and m.start >= 12 and _PARTICIPLE.pattern.match(sentence_text, m.end) \
            and _NAME_BEFORE.search(sentence_text, max(0, m.start - 40), m.start) is not None:
        end = m.start  # the mention is the description
    elif _DESCRIBED_NEXT.match(sentence_text, m.end) is not None and _ACT.search(m.wording) is not None:
        end = m.end  # the mention ran over the act up to the name the description follows
    else:
        return m
    from labourlens.analyse.wire_datelines import dateline_end  # noqa: PLC0415 - it imports the splitter

    off = dateline_end(sentence_text)
    lead = _LEAD.match(sentence_text, off)
    off = lead.end() if lead else off
    clause = sentence_text[off:end]
    for a in _ACT.finditer(clause):  # the first act whose subject names a speaker ("X on Friday blocked ...")
        sp = _TIME_TAIL.sub("", clause[:a.start()].strip().rstrip(","))
        words = sp.split()
        if not words or len(words) > 12 or words[-1].lower() in _DETERMINERS | _RELATIVES or "," in sp:
            continue
        if _plausible(sp) and classify(sp) in _SPEAKERS:
            start = sentence_text.index(sp, off)
            return Mention(sp, start, start + len(sp), "said", False)
    return m


def saying_mention(text: str) -> Mention | None:
    """The subject of an act whose report a participle of speech gives ("X went further, saying that ...")."""
    p = _PARTICIPLE.search(text)
    if p is None:
        return asyndetic_said(text) if ", sa" in text or ", told" in text or ", tells" in text else None
    if '"' in text[: p.start()] or "\u201c" in text[: p.start()]:
        return None
    from labourlens.analyse.wire_datelines import dateline_end  # noqa: PLC0415 - it imports the splitter

    off = dateline_end(text)  # (s357) "LONG BEACH, California — X has detained ..., saying": after the dateline
    lead = _LEAD.match(text, off)
    off = lead.end() if lead else off
    sp = _subject(text[off: p.start()])
    if sp is None:
        return None
    sp = sp.strip()
    start = text.index(sp, off)
    return Mention(sp, start, start + len(sp), "said", False)


# "X, which reported on Thursday that ...", "Y, who stated that ...": the named one before the relative clause speaks
_WHICH_REPORTED = gated(r",\s+(?P<rel>which|who)\s+(?:(?:also|first|later|earlier|has|have|had)\s+)*(?P<verb>reported|reports|"
                        r"said|says|wrote|writes|claimed|claims|alleged|alleges|revealed|reveals|disclosed|discloses|"
                        r"found|finds|estimated|estimates|stated|states)\b(?:\s+(?:on|last|in|this|earlier)\s+\w+)?(?:\s+that\b|\s*,)")
# the named one: the words after the last preposition or verb before the comma ("came from the paper X")
_HEAD_CUT = re.compile(r"^.*\b(?:from|by|of|in|to|with|at|on|for|came|was|were|is|are|said|says|cited|quoted|reported|"
                       r"published|ran|carried)\s+", re.IGNORECASE | re.DOTALL)


# (s41) "A man of 40 from Lviv came to us after three months on a farm, where he says the owner took his passport": the
# person who opens the sentence tells what happened in the place the sentence took him to
_WHERE_SAYS = gated(r",\s+where\s+(?:he|she|they)\s+(?:says?|said|claims?|claimed|alleges?|alleged)\b")
_OPENING_PERSON = re.compile(r"^\W{0,3}(?P<np>(?:An?|One|Two|Three|Four|Five)\s+[^,;:\"\u201c]{2,80}?)\s+(?:came|went|worked|"
                             r"spent|was|were|had|arrived|travelled|traveled|moved|returned|fled|ended\s+up|found\s+work)\b")


def _where_says(text: str) -> Mention | None:
    """The person who opens the sentence, when a later "..., where he says" tells of the place it took them to."""
    if _WHERE_SAYS.search(text) is None or (m := _OPENING_PERSON.match(text)) is None:
        return None
    np = m.group("np")
    if classify(np) not in ("anonymous_source", "named_person"):
        return None
    return Mention(np, m.start("np"), m.end("np"), "said", False)


def which_reported_mention(text: str) -> Mention | None:
    """The one named before ", which reported (on Thursday) that ..." when the sentence has no other speaker."""
    if (case := party_case_mention(text) or noting_mention(text) or _where_says(text)) is not None:
        return case  # "It is the Claimant's case that ...": the claimant; "The Tribunal preferred ..., noting ...": it
    w = _WHICH_REPORTED.search(text)
    if w is None or '"' in text[: w.start()] or "\u201c" in text[: w.start()]:
        return None
    if w.group("verb").startswith("state") and w.group("rel") == "which":
        return None  # "Article 5, which states that ...": a text's wording; "counterparts, who stated that ...": people
    before = text[: w.start()]
    cut = _HEAD_CUT.match(before)
    sp = before[cut.end():] if cut else before
    sp = sp.strip()
    if not sp or len(sp.split()) > 8 or not _plausible(sp) or classify(sp) not in _SPEAKERS:
        return None
    start = before.rfind(sp)
    return Mention(sp, start, start + len(sp), _cue(w.group("verb")), False)
