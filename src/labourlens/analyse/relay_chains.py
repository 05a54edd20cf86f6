"""Chains of attribution in which the speaker a sentence names relays another source (the issue's chain
convention: "Yonhap reported, citing a source in Dandong" gives the source as speaker and Yonhap as the
relay). Called on the mention :func:`labourlens.analyse.mentions.find_mention` found:

- a trailing citation after a quotation's speaker: '"They hand over their pay," Park said, citing the
  agency.' -> the agency, relayed by Park;
- a speaker who cites another: "according to a lawmaker who cited the National Intelligence
  Service" -> the NIS, relayed by the lawmaker;
- a state body, organisation or document whose finding the speaker reports: "Park said the NIS estimated
  that ..." -> the NIS, relayed by Park (people reported by a speaker stay the speaker's account);
- a body's data or figures cited ("citing the agency's figures") speak as the body.
"""

from __future__ import annotations

import re

from labourlens.analyse.after_finding import after_finding
from labourlens.analyse.as_reported import as_reported
from labourlens.analyse.cited_information import cited_information
from labourlens.analyse.citing_asides import cited_after_verb, interviews_cited, own_interviews
from labourlens.analyse.estimate_mentions import put_at_mention
from labourlens.analyse.final_speaker import final_speaker
from labourlens.analyse.role_given_names import alias_said_mention
from labourlens.analyse.source_labels import source_label_mention
from labourlens.analyse.speaker_spans import passive_hearsay
from labourlens.analyse.speakers import Mention, _plausible, classify
from labourlens.analyse.told_by import told_by
from labourlens.analyse.trailing_outlet import trailing_outlet
from labourlens.analyse.who_says import clause_cut_mention, who_says_mention
from labourlens.analyse.whose_staff import whose_staff_mention

__all__ = [
    "relay_chain",
    "cited_as_saying",
    "complement_speaker",
    "coordinated_subject",
    "correction_speaker",
    "late_speaker",
    "account_inset",
    "opening_speaker",
    "testimony_of",
]

_SPEAKS_FOR = ("official", "organization", "document", "outlet")
# '... ," Park said, citing the agency.': a citation closing the sentence after the speaker's verb
_CITING_AFTER = re.compile(r"[^\u201c\u201d\",]{0,40},\s+(?:citing|quoting)\s+(?P<sp>[^,;:\u201c\u201d\"]{2,100}?)\s*[.;]?\s*$")
# "..., Yonhap reported, citing the site Primorye Pulse, which quoted a source at a local firm.": the innermost source
_CITING_WHICH = re.compile(r"[^\u201c\u201d\",]{0,40},\s+(?:citing|quoting)\s+(?P<mid>[^,;:\u201c\u201d\"]{2,100}?),\s+(?:which|who)\s+"
                           r"(?:had\s+)?(?:quoted|cited)\s+(?P<sp>[^,;:\u201c\u201d\"]{2,100}?)\s*[.;]?\s*$")
_WHICH_QUOTED = re.compile(r",\s+(?:which|who)\s+(?:had\s+)?(?:quoted|cited)\s+(?P<sp>[^,;:\u201c\u201d\"]{2,100}?)\s*[.;]?\s*$")
_WHO_CITED = re.compile(r",?\s+who\s+(?:cited|quoted|was\s+citing|were\s+citing|relayed)\s+(?P<sp>[^,;:.\u201c\u201d\"]{2,100})")
_REPORTED_FINDING = re.compile(
    r",?\s+(?:said|says|added|told\s+(?:reporters|journalists|lawmakers|the\s+\w+|(?:my|our)\s+(?:office|staff|team)))\s+"
    # a time or occasion before "that": "said after the session that", "said on Wednesday that"
    r"(?:(?:after|at|during|following|before|on)\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?=that\s))?(?:that\s+)?"
    r"(?P<sp>(?:the|its|(?-i:[A-Z]))[^,;:\u201c\u201d\"]{1,60}?)\s+(?:had\s+|has\s+)?(?:also\s+|earlier\s+|previously\s+)?"
    r"(?P<verb>estimated|estimates|assessed|assesses|found|finds|concluded|concludes|believes|believed|reported|"
    r"reports|told\s+(?:lawmakers|the\s+committee|legislators|parliament))\s+(?:that\b)?", re.IGNORECASE)
# "The agency also believes ..., the lawmaker said": a body's finding that opens a sentence the speaker closes
_OPENING_FINDING = re.compile(
    r"^\s*(?P<sp>(?:[Tt]he\s+|(?-i:[A-Z]))[^,;:\u201c\u201d\"]{1,60}?)\s+(?:also\s+|still\s+|now\s+)?"
    r"(?P<verb>estimates|estimated|estimate|believes|believed|believe|assesses|assessed|assess|concluded|"
    r"found(?=\s+that\b)|finds(?=\s+that\b))\s+(?:that\s+)?")  # not "Inspectors found 17 men, the office said"
# "the agency's figures", "the ministry's data": the body whose figures they are
# "The agency told lawmakers that ...", "The ministry said ...": a body's statement opening a sentence another closes
_OPENING_SAID_THAT = re.compile(
    r"^\s*(?P<sp>(?:[Tt]he\s+|(?-i:[A-Z]))[^,;:\u201c\u201d\"]{1,60}?)\s+(?:also\s+|had\s+|has\s+)?"
    r"(?:(?P<said>said|says)|(?:told|informed|briefed)\s+[^,;:\u201c\u201d\"]{1,60}?\s+that)\s+(?=\S)")
_THE_BODY = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+)?[a-z]+$")
_TOLD_PRESS = re.compile(r"\s+told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference|a\s+press\s+conference)\b")
_BODY_FIGURES = re.compile(
    r"^(?P<owner>.+?)['\u2019]s?\s+(?:own\s+)?(?:figures|data|estimates?|assessment|statistics|numbers|findings|"
    r"information|intelligence|briefing)$", re.IGNORECASE)
# "a confidential briefing from the interior ministry", "figures by the ministry": what a body told or gave
_BODY_GIVEN = re.compile(
    r"^(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:briefings?|figures|data|estimates?|assessment|statistics|"
    r"information|intelligence)\s+(?:from|by|of)\s+(?P<owner>(?:the\s+|(?-i:[A-Z])).+)$", re.IGNORECASE)
_CUES = {"estimated": "estimate", "estimates": "estimate", "assessed": "assess", "assesses": "assess",
         "found": "find", "finds": "find", "concluded": "conclude", "concludes": "conclude", "believes": "believe",
         "believed": "believe", "reported": "report", "reports": "report", "believe": "believe",
         "estimate": "estimate", "assess": "assess"}


_WHEN = re.compile(r"\s+(?:on|last|this|earlier|in)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|"
                   r"(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)$")


def given_by(sp: str, start: int) -> tuple[str, int]:
    """The body that gave what is cited ("a confidential briefing from the interior ministry": the ministry) and
    where it starts, when it is a state body or an organization; else ``sp`` itself at ``start``."""
    given = _BODY_GIVEN.match(sp)
    if given is None or classify(owner := given.group("owner").strip()) not in ("official", "organization"):
        return sp, start
    return owner, start + given.start("owner")


def _body(np: str) -> str:
    np = _WHEN.sub("", np)  # "the NIS on Thursday": when it was cited is no part of the source
    owner = _BODY_FIGURES.match(np) or _BODY_GIVEN.match(np)
    return owner.group("owner") if owner is not None and classify(owner.group("owner")) in _SPEAKS_FOR else np


# "Union lawyer Ewa Nowak said the money went to Warsaw and, she believes, on to Pyongyang": the subject
# speaks; the "she believes" between commas is her own aside, not another speaker
_OPENING_SAID = re.compile(r"^\s*(?P<sp>[A-Z][^,;:\u201c\u201d\"]{1,80}?)\s+(?:also\s+)?(?:said|says|told|tells|added|adds|"
                           r"explained|explains|claimed|claims|argued|argues|insisted|insists|alleged|alleges)\b")
_ASIDE = re.compile(r",\s*$")
_AUXILIARY_END = re.compile(r"\b(?:had|has|have|was|were|is|are|be|been|being|got|get|gets)$", re.IGNORECASE)


def opening_speaker(m: Mention, text: str) -> Mention | None:
    """The speaker who opens ``text`` when ``m`` is only a "he" / "she" in an aside between commas further on
    (", she believes,", ", he thinks,"); None otherwise."""
    if m.wording.lower() not in ("he", "she") or not _ASIDE.search(text[:m.start]):
        return None
    head = _OPENING_SAID.match(text)
    if head is None or head.end() > m.start or classify(sp := head.group("sp").strip()) not in (
            "named_person", "anonymous_source", "official"):
        return None
    if _AUXILIARY_END.search(sp):
        return None  # "The workers had been told they would earn ..., he said": told, not telling
    return Mention(sp, head.start("sp"), head.start("sp") + len(sp), "said", False)


# a finite verb in the past that can open the first of two coordinated clauses ("took", "kept", "collected")
_PAST_VERB = re.compile(r"(?:took|kept|gave|held|paid|sent|made|put|got|left|came|went|brought|set|let|cut|"
                        r"told|showed|wrote|had|has|was|spent|ran|fled|[a-z]{2,}ed)$")
_SUBJECT_PRONOUN = frozenset(("he", "she", "they"))


def _before_first_verb(m: Mention) -> Mention:
    """ "The foreman took all our wages and said ...": the subject before the first verb, when the phrase
    before "said" took in a whole clause with no comma."""
    words = m.wording.split()
    for n in range(1, min(len(words) - 2, 9)):
        np = " ".join(words[:n])
        if _PAST_VERB.match(words[n]) and (np.lower() in _SUBJECT_PRONOUN or classify(np) is not None and _plausible(np)):
            return Mention(np, m.start, m.start + len(np), m.cue, m.direct, m.relay)
    return m


_CLAUSE_BREAK = re.compile(r"[,;:\"\u201c\u201d()\u2014]")
_NOT_A_SUBJECT = re.compile(r"(?:an?|the|one|who|whose|which|\d)\b", re.IGNORECASE)


def coordinated_subject(m: Mention, text: str = "") -> Mention:
    """ "A second person, a clerk at the port, put the wage at 2,800 yuan and said ...": the subject of both
    verbs, without the first verb's clause that the phrase before "said" took in; ``m`` unchanged otherwise.
    A phrase that took in only the end of the first clause ("since March and" in "She had worked there since
    March and said ...") is read from the start of the sentence (``text``) when no comma or quote comes between."""
    if not m.wording.endswith((" and", " and then", " and also")):
        return m
    if ", " not in m.wording and 0 < m.start <= len(text) and not _CLAUSE_BREAK.search(text[:m.start]):
        lead = len(text) - len(text.lstrip())
        whole = _before_first_verb(Mention(text[lead:m.end], lead, m.end, m.cue, m.direct, m.relay))
        return whole if whole.end < m.end else m
    if ", " not in m.wording:
        return _before_first_verb(m)
    parts = m.wording.split(", ")
    for n in range(len(parts) - 1, 0, -1):
        np = ", ".join(parts[:n])
        if _NOT_A_SUBJECT.match(parts[n]):
            break  # "One, a carpenter who feared ... and asked": an apposition, not the first verb's clause
        if classify(np) is not None and _plausible(np):
            return Mention(np, m.start, m.start + len(np), m.cue, m.direct, m.relay)
    return m


# "An earlier version said 300 women; the manager who gave that figure says it was 200.": in a correction the
# clause after the semicolon is the account that stands, given by the one it names
_STORY = re.compile(r"^(?:the|this|an?|our)\s+(?:(?:earlier|original|previous|first)\s+)?(?:version|story|article|"
                    r"item|piece|broadcast)\b", re.IGNORECASE)
_AFTER_SEMICOLON = re.compile(r";\s+(?P<sp>(?:[Tt]he|[Aa]n?|[Oo]ur)\s[^,;:\"\u201c\u201d]{2,80}?)\s+(?:later\s+|also\s+|now\s+)?"
                              r"(?:said|says|told|tells|explained|clarified|confirmed|insists|insisted)\b")


def correction_speaker(m: Mention | None, text: str) -> Mention | None:
    """The person a correction names after a semicolon, when the sentence opens with what the story said
    ("The story said ...; the resident who described this said ..."); None otherwise."""
    if ";" not in text or m is not None and not _STORY.match(m.wording):
        return None
    if m is None and not _STORY.match(text.lstrip()):
        return None
    after = _AFTER_SEMICOLON.search(text)
    if after is None or classify(sp := after.group("sp").strip()) not in ("anonymous_source", "named_person", "official"):
        return None
    return Mention(sp, after.start("sp"), after.start("sp") + len(sp), "said", False)


_CONJUNCTION_END = re.compile(r"(?:\bbut|\band|,)\s*$")


def complement_speaker(m: Mention, text: str) -> Mention | None:
    """The speaker who opens ``text`` when ``m`` was read from a later "that"-clause of the same report ("She said
    she had seen a man with a bandaged face, but that other workers told her he had been beaten": "that" opens
    her second clause, it does not point to the workers); None otherwise."""
    if not m.wording.lower().startswith("that ") or not _CONJUNCTION_END.search(text[:m.start]):
        return None
    head = _OPENING_SAID.match(text)
    if head is None or head.end() > m.start:
        return None
    sp = head.group("sp").strip()
    if sp.lower() not in ("he", "she") and classify(sp) not in ("named_person", "anonymous_source", "official"):
        return None
    return Mention(sp, head.start("sp"), head.start("sp") + len(sp), "said", False)


# "... what I heard from a crane driver who worked beside them: he told me they never went out": the one heard
_HEARD_FROM = re.compile(r"\b(?:from|by|with|to)\s+(?P<sp>(?:an?|one)\s+[^:;\"\u201c\u201d]{2,100}?)\s*:\s+(?:he|she)\s+"
                         r"(?:(?:told|tells)\s+(?:me|us)|said|says|explained|added)\b")


# "In practice, said Dr. Hana Lee, an economist in Seoul, it is a second tax.": the speaker set inside the sentence
_INSET_SAID = re.compile(r"^[^\"\u201c\u201d,]{2,60},\s+(?:said|says|explained|explains|argued|argues)\s+"
                         r"(?P<sp>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}"
                         r"(?:,\s+(?:an?|the)\s[^,;:\"\u201c\u201d]{2,120})?),\s+[a-z\"\u201c]")


# "In her telling, the women were walked ...", "By his account, ...": the account of the person just heard
_IN_HIS_TELLING = re.compile(r"^\s*(?:In|By|On)\s+(?:(?P<own>his|her)|(?P<np>(?:the|its|their)\s[^,;:\"]{2,60}?)['\u2019]s?)\s+"
                             r"(?:own\s+)?(?:telling|account|version|recollection|reckoning|estimate|words|description)\s*,")

# the same set inside the sentence or at its end: "The rest, by his account, went to ...", "..., by her own account."
_BY_HIS_ACCOUNT_INSET = re.compile(r",\s+(?:by|in)\s+(?P<own>his|her)\s+(?:own\s+)?(?:account|telling|recollection)\s*(?:,|[.!]?\s*$)")



def account_inset(text: str) -> Mention | None:
    """ "he" or "she" whose account an inset gives ("The rest, by his account, went to ...", "..., by her own
    account."): the person just heard, not the one speaking the line."""
    own = _BY_HIS_ACCOUNT_INSET.search(text) if " his " in text or " her " in text else None
    if own is None:
        return None
    return Mention("he" if own.group("own") == "his" else "she", own.start("own"), own.end("own"), "said", False)


def late_speaker(text: str) -> Mention | None:
    """A speaker found only late in a sentence no other finder read: "In her telling, ..." (the woman just
    heard), one set inside it after a fronted phrase
    ("In practice, said Dr. Hana Lee, ..., it is ..."), the person a correction names after a semicolon, or the
    one the writer heard from before a colon and a "he told me", the teller of a passive "I was told by X that
    ..." (labourlens.analyse.told_by), the one who "put the toll at 40" (labourlens.analyse.estimate_mentions); None
    otherwise."""
    if (teller := told_by(text) or whose_staff_mention(text) or source_label_mention(text) or final_speaker(text)
            or after_finding(text) or put_at_mention(text) or cited_as_saying(text) or alias_said_mention(text)
            or as_reported(text) or who_says_mention(text) or clause_cut_mention(text)) is not None:  # "As the Harare Daily reported in 2022, ..."
        return teller  # "I was told by a contractor in Sharjah that ...", "state radio RNA, whose correspondent said"
    own = _IN_HIS_TELLING.match(text) if text.lstrip()[:3] in ("In ", "By ", "On ") else None
    if own is None and (by_account := account_inset(text)) is not None:
        return by_account  # "The rest, by his account, went to ...", "..., by her own account."
    if own is not None and own.group("own"):
        return Mention("he" if own.group("own") == "his" else "she", own.start("own"), own.end("own"), "said", False)
    if own is not None and classify(sp := own.group("np")) is not None:  # "In the press service's account, ..."
        return Mention(sp, own.start("np"), own.end("np"), "said", False)
    inset = _INSET_SAID.match(text) if " said " in text or " says " in text or "ued " in text or "ues " in text \
        or "ains " in text or "ained " in text else None
    if inset is not None and classify(sp := inset.group("sp").strip()) in ("named_person", "official", "anonymous_source"):
        return Mention(sp, inset.start("sp"), inset.start("sp") + len(sp), "said", False)
    heard = _HEARD_FROM.search(text) if ": " in text else None
    if heard is not None and classify(sp := heard.group("sp").strip()) in ("anonymous_source", "named_person"):
        return Mention(sp, heard.start("sp"), heard.start("sp") + len(sp), "told", False)
    seen = _WHICH_SAW_SAID.search(text) if "which" in text or "who" in text else None
    if seen is not None and classify(sp := seen.group("sp")) is not None:
        return Mention(sp, seen.start("sp"), seen.end("sp"), "said", False)
    return correction_speaker(None, text)


# "..., Reuters, which reviewed the court documents, said.": the one who read the papers speaks
_WHICH_SAW_SAID = re.compile(
    r",\s+(?P<sp>(?:the\s+)?[A-Z][^,;:\"\u201c\u201d]{1,60}?),\s+(?:which|who)\s+(?:had\s+|has\s+)?(?:reviewed|obtained|"
    r"saw|seen|examined|read|analy[sz]ed|was\s+shown|were\s+shown|inspected)\b[^,;\"\u201c\u201d]{1,80},\s+"
    r"(?:said|says|reported|reports|wrote|writes)(?:\s+(?:on|last|this)\s+\w+|\s+yesterday|\s+today)?\s*[.!]?\s*$")


# "The ruling also records the testimony of a crane operator, who told the court that ...": the witness speaks
_TESTIMONY_OF = re.compile(
    r"\b(?:records?|cites?|quotes?|includes?|summari[sz]es?|reproduces?|relays?)\s+(?:the\s+)?(?:(?:written\s+)?"
    r"(?:testimony|statement|account|evidence|words)\s+of\s+)?(?P<sp>(?:an?|one|two|three|several)\s[^,;:\"\u201c\u201d]{2,80}?),"
    r"\s+who\s+(?:had\s+)?(?:told|said|says|tells|testified|stated|described|recalled)\b")


def testimony_of(m: Mention, text: str) -> Mention | None:
    """The witness a document records ("The ruling records the testimony of a crane operator, who told the court
    ..."), relayed by the document; None otherwise."""
    if classify(m.wording) != "document":
        return None
    w = _TESTIMONY_OF.search(text, m.end)
    if w is None or classify(sp := w.group("sp").strip()) not in ("anonymous_source", "named_person"):
        return None
    return Mention(sp, w.start("sp"), w.start("sp") + len(sp), "said", False, relay=m.wording)


# 'a "former dormitory guard" cited in its report as saying that ...': the one cited speaks
_CITED_AS_SAYING = re.compile(r"(?P<sp>(?:\b[Aa]n?|\b[Tt]he|\b[Oo]ne)\s+[\"\u201c]?[^,;:\"\u201c\u201d]{2,60}?[\"\u201d]?)\s+"
                              r"(?:was\s+)?(?:cited|quoted)\s+(?:[^,;\"\u201c\u201d]{0,40}?\s)?as\s+(?:saying|stating)\b"
                              # "The final report, released in March, cited a Member State as saying that ...": the one cited
                              r"|\b(?:cited|quoted|cites|quotes)\s+(?P<sp2>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal)\s+"
                              r"[^,;:\"\u201c\u201d]{2,60}?)\s+as\s+(?:saying|stating)\b")


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


def cited_as_saying(text: str) -> Mention | None:
    """The person a sentence cites "as saying" something ('a "former guard" cited in its report as saying that
    ...', "one official quoted by the agency as saying ..."); None otherwise."""
    c = _CITED_AS_SAYING.search(text) if " as saying" in text or " as stating" in text else None
    if c is None:
        return None
    group = "sp" if c.group("sp") is not None else "sp2"
    if group == "sp2" and classify(text[:c.start()].split(",")[0].strip()) != "document":
        return None  # "The final report ..., released in March, cited a Member State as saying": a document's chain only
    sp = _QUOTE_MARK.sub("", c.group(group)).strip()
    if classify(sp) not in ("anonymous_source", "named_person", "official"):
        return None
    return Mention(sp, c.start(group), c.end(group), "said", False)


# an outlet reporting what another said relays it: "Daily NK reported on Monday that a source in
# Sinuiju said ...", "... that Kim, a former builder, said"
_OUTLET_REPORTED_SAID = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:reported|wrote|said)(?:\s+(?:on|last|this|earlier|in)\s+\w+)?\s+that\s+"
    r"(?P<sp>(?:(?i:an?|the|one|two|three)\s|(?-i:[A-Z]))[^,;:\u201c\u201d\"]{2,80}?)"
    r"(?:,\s+(?:an?|the)\s[^,;:\u201c\u201d\"]{2,60},)?\s+(?:had\s+|has\s+)?"
    r"(?:said|says|told|tells|claimed|alleged)\b")


def outlet_reported_said(m: Mention, text: str) -> Mention | None:
    """The person or body an outlet reports as saying something ("Yonhap reported that a government
    official said ..."), relayed by the outlet; None otherwise."""
    if " that " not in text or classify(m.wording) != "outlet":
        return None
    inner = _OUTLET_REPORTED_SAID.match(text, m.end)
    if inner is None or not _plausible(sp := inner.group("sp").strip()) or classify(sp) not in (
            "anonymous_source", "named_person", "official", "organization"):
        return None
    return Mention(sp, inner.start("sp"), inner.start("sp") + len(sp), "said", False, relay=m.wording)


# "according to a Yonhap report citing a government source": the phrase holds the chain; the one cited speaks
_PHRASE_CITING = re.compile(r"^(?P<relay>.+?)\s+(?:citing|quoting)\s+(?P<sp>(?:an?|the|one|two|unnamed)\s.+|[A-Z].+)$")


def phrase_citing(m: Mention) -> Mention | None:
    """The source cited inside a speaker phrase ("a Yonhap report citing a government source"), relayed by
    the phrase's head; None otherwise."""
    c = _PHRASE_CITING.match(m.wording) if " citing " in m.wording or " quoting " in m.wording else None
    if c is None or " and " in (sp := c.group("sp").strip()) or not _plausible(sp) or classify(sp) is None:
        return None
    start = m.start + c.start("sp")
    return Mention(sp, start, start + len(sp), m.cue, m.direct, relay=c.group("relay"))


def relay_chain(m: Mention | None, text: str) -> Mention | None:
    """The source at the end of the chain that ``m`` opens in ``text`` (see the module docstring), or
    ``m`` itself."""
    if m is not None and m.relay is not None and m.start > 0 and (opening := _OPENING_FINDING.match(text)) is not None \
            and opening.end() <= m.start and classify(sp := opening.group("sp").strip()) in ("official", "organization") \
            and _plausible(sp):  # "The NIS estimated that ..., Yonhap reported, citing Rep. Kang": the NIS, Kang relaying
        return Mention(sp, opening.start("sp"), opening.start("sp") + len(sp), _CUES.get(opening.group("verb").lower(),
                                                                                          "believe"), False, relay=m.wording)
    if m is not None and m.relay is not None and (inner := _WHICH_QUOTED.match(text, m.end)) is not None \
            and _plausible(sp := inner.group("sp").strip()) and classify(sp) is not None and " and " not in sp:
        return Mention(sp, inner.start("sp"), inner.start("sp") + len(sp), m.cue, m.direct, relay=m.wording)  # "..., which quoted Z"
    if m is not None and (said := interviews_cited(m, text)) is not None:
        return said  # "Eleven women ... say ..., the paper reported, citing interviews with four of them": the women
    if m is None or m.relay is not None:
        return m
    if (corrected := correction_speaker(m, text) or testimony_of(m, text) or cited_as_saying(text) or cited_information(m, text)
            or outlet_reported_said(m, text) or phrase_citing(m) or cited_after_verb(m, text) or trailing_outlet(m, text)) is not None:
        return corrected
    m = coordinated_subject(m, text)
    if (aside := opening_speaker(m, text) or complement_speaker(m, text)) is not None \
            and passive_hearsay(aside, text) is aside:  # not "Dozens of men are said to be owed pay, he added"
        return aside
    if "cit" in text or "quot" in text:
        after = _CITING_AFTER.match(text, m.end)
        if after is not None and " and " not in (sp := _body(after.group("sp").strip())) and _plausible(sp) \
                and classify(sp) is not None and not cites_content(after.group("sp"), m.wording):
            # not "citing subcontractors and documents" (several sources), nor "citing figures that 30 died" (the citer speaks)
            return Mention(sp, after.start("sp"), after.start("sp") + len(sp), m.cue, m.direct, relay=m.wording)
        nested = _CITING_WHICH.match(text, m.end)
        if after is None and nested is not None and _plausible(sp := nested.group("sp").strip()) and classify(sp) is not None \
                and " and " not in sp:
            return Mention(sp, nested.start("sp"), nested.start("sp") + len(sp), m.cue, m.direct, relay=nested.group("mid").strip())
        who = _WHO_CITED.match(text, m.end)  # "according to a lawmaker who cited the NIS"
        if who is not None and classify(sp := _body(who.group("sp").strip())) in _SPEAKS_FOR and _plausible(sp):
            return Mention(sp, who.start("sp"), who.start("sp") + len(sp), m.cue, m.direct, relay=m.wording)
    if m.direct or m.wording.lower() not in ("he", "she") and classify(m.wording) not in (
            "named_person", "official", "anonymous_source"):
        return m
    opening = _OPENING_FINDING.match(text) if m.start > 0 else None
    if opening is not None and opening.end() <= m.start and classify(sp := opening.group("sp").strip()) in (
            "official", "organization", "document") and _plausible(sp) and not _own_staff(sp, m.wording):  # "The NIS believes ..., the lawmaker said"
        verb = opening.group("verb").lower()
        return Mention(sp, opening.start("sp"), opening.start("sp") + len(sp), _CUES.get(verb, "believe"), False,
                       relay=m.wording)
    body_said = _OPENING_SAID_THAT.match(text) if m.start > 0 else None
    relayed = m.cue == "according to" or _TOLD_PRESS.match(text, m.end) is not None  # "..., according to X"
    if body_said is not None and (not relayed or classify(m.wording) not in ("named_person", "official") or (
            body_said.group("said") is not None and not _THE_BODY.match(body_said.group("sp")))):
        body_said = None  # a person relays the body's words ("lawmaker X told reporters"), not an outlet or a group
    if body_said is not None and body_said.end() <= m.start and classify(sp := body_said.group("sp").strip()) in (
            "official", "organization") and _plausible(sp) and not _own_staff(sp, m.wording):
        # "The bureau said the loggers ..., according to Park": what the body said, relayed by the one closing it
        return Mention(sp, body_said.start("sp"), body_said.start("sp") + len(sp), "said", False, relay=m.wording)
    inner = _REPORTED_FINDING.match(text, m.end)
    if inner is not None and classify(sp := inner.group("sp").strip()) in _SPEAKS_FOR and _plausible(sp):
        verb = inner.group("verb").split()[0].lower()
        return Mention(sp, inner.start("sp"), inner.start("sp") + len(sp), _CUES.get(verb, "said"), False,
                       relay=m.wording)
    return m


# "citing figures from the ministry that 41 women died": the figures back the clause they are said to show, so the
# one citing them speaks the sentence's main claim (not "citing a source that works at the port": a relative clause)
_CITED_CONTENT = re.compile(
    r"^(?:[\w'\u2019-]+\s+){0,2}?(?:figures|data|statistics|numbers|estimates|records|information|evidence|"
    r"intelligence)\b[^,]*?\s+that\s+(?:\d|(?:the|a|an|some|most|many|more|he|she|they|it|its|their|at\s+least)\s|[A-Z])")


_SPOKES = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)
_STAFF = frozenset("inspectors investigators officials officers auditors".split())


def _own_staff(finder: str, speaker: str) -> bool:
    """Is ``finder`` the unnamed staff of the state body that ``speaker`` speaks for ("Inspectors found ..., department
    spokesperson X said"): the spokesperson gives the body's own finding, not a source they relay?"""
    return finder.lower() in _STAFF and classify(speaker) == "official" and _SPOKES.search(speaker) is not None


def cites_content(cited: str, citer: str = "") -> bool:
    """Is ``cited`` (after "citing") information given with the clause it shows ("figures from Nairobi's foreign
    ministry that 41 housemaids died"), or the interviews that ``citer``, a group, did itself ("a rights group said,
    citing interviews with five returnees"), so that the one citing it speaks the main clause?"""
    return _CITED_CONTENT.match(cited.strip()) is not None or bool(citer) and own_interviews(citer, cited)
