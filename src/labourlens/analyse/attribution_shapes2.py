"""More attribution shapes of wire, NGO and court writing: a speaker named between two halves of a quotation,
passives with a complement ("were described as brutal by ..."), "said another" after a quotation, a
long subject that swallowed the trailing "said <Name>", and "according to <outlet>, which cited <source>".

Every pattern is compiled at import time (no regex is built while a document is analysed)."""

from __future__ import annotations

import re

from labourlens.analyse.attribution_shapes3 import dash_cut, reply_owner, trailing_present
from labourlens.analyse.gated import gated
from labourlens.analyse.generic_documents import generic_document
from labourlens.analyse.group_speakers import second_speakers
from labourlens.analyse.met_groups import met_group
from labourlens.analyse.report_backrefs import same_report_outlet
from labourlens.analyse.source_refs import given_name_gender
from labourlens.analyse.speaker_groups import group_mention
from labourlens.analyse.speakers import NAME_WORD, Mention, _cue, _plausible, _trim_np, classify
from labourlens.analyse.witness_refs import reference_rewording
from labourlens.model import Source

_SPEAKERS_OK = ("anonymous_source", "named_person", "official", "organization", "document")
_VERBS = (r"said|says|added|adds|explained|recalled|recalls|continued|told\s+(?:us|me|reporters|the\s+[A-Z][\w ]{1,40}?)"
          r"|noted|insisted|argued|wrote")

# '"The supervisors took our phones," said Mai Linh, a former seamstress, "and they ..."': the speaker between
# the two halves of one quotation ("X said" or "said X", with an optional apposition before the second half)
_SPLIT_SAID_X = re.compile(
    r"^\s*\"[^\"]{3,600}?[,\u2014-]\"\s+(?P<verb>" + _VERBS + r")\s+(?P<sp>[^,\"]{1,60}?)\s*(?:,\s*(?P<app>[^\"]{1,120}?))?"
    r"\s*[,:\u2014-]\s*\"")
_SPLIT_X_SAID = re.compile(
    r"^\s*\"[^\"]{3,600}?[,\u2014-]\"\s+(?P<sp>[^,\"]{1,60}?)\s*(?:,\s*(?P<app>[^\"]{1,120}?),)?\s+(?P<verb>" + _VERBS
    + r")(?:\s+(?:in|on|at|during|after|from|by|over|last|this|earlier|later)\b[^,\"]{1,60}?)?\s*[,:\u2014-]\s*\"")

# '"We cannot buy food with them," said another.' / '..., said a third.': a member of a group just met
_SAID_MEMBER = re.compile(
    r"\"\s*(?P<verb>said|says|added|recalled)\s+(?P<sp>(?:one|another|a\s+(?:second|third|fourth|fifth)|"
    r"the\s+(?:other|first|second|third|last|youngest|eldest|oldest))(?:\s+(?:of\s+them|woman|man|worker|"
    r"girl|boy))?)\s*[.!]?\s*$", re.IGNORECASE)

# "Conditions were described as brutal by two crew members ...": the passive with a complement, and a
# partitive agent ("by several of the boys rescued from the farm")
_PASSIVE_AS_BY = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|first\s+|later\s+|initially\s+)?"
    r"(?P<verb>described|characteri[sz]ed|"
    r"portrayed|depicted|reported|confirmed|corroborated|recounted|alleged|cited|documented|recorded|witnessed|"
    r"detailed|raised)(?:\s+as\s+[^,;:\"]{1,50}?)?"
    r"\s+by\s+(?P<sp>[A-Za-z0-9][^,;:\"]{2,120}?)\s*(?=[,;:.]|$)")
_AGENT_TAIL = re.compile(r"\s+(?:(?:who|which|that)\s|(?:interviewed|rescued|freed|questioned|contacted|"
                         r"quoted|cited|held|working|employed|living|based|seen|obtained|reviewed)\b|in\s+(?:19|20)\d\d\b|on\s+[A-Z][a-z]+day\b).*$")

# "..., were housed in containers and fed once a day, said Dmitri Volkov, head of ...": a clause taken as
# the speaker; the name after the trailing "said" speaks
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been|did|could|would|worked|paid|kept|forced)\b")
_TRAILING_SAID_NAME = re.compile(r"^\s*,\s+(?:said|says|according\s+to)\s+(?P<name>" + NAME_WORD + r"(?:\s+"
                                 + NAME_WORD + r"){1,3})\b")

# "According to Kun Lun News, which cited police in Yunnan, the women ...": the cited source speaks
_WHICH_CITED = re.compile(r"^\s*,\s+(?:which|who)\s+(?:cited|quoted)\s+(?P<sp>[^,\"]{2,80}?)\s*,")


_COUNT_WORD = r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
_WHOLE_GROUP = re.compile(r"^(?:both|all\s+" + _COUNT_WORD + r"|(?:both|all|each)\s+of\s+them)$", re.IGNORECASE)
# "All 14 said ...": the whole of a group counted before
_ALL_N_SAID = re.compile(r"^\s*(?P<sp>All\s+" + _COUNT_WORD + r")\s+(?:also\s+)?(?P<verb>said|say|told|described|reported|"
                         r"recalled|complained)\b")
# "2/ All 14 said ...", "(3) Several said ...": a thread or list number before the sentence
_LIST_PREFIX = re.compile(r"^\s*(?:\d{1,2}/\d{0,2}|\(\d{1,2}\)|\d{1,2}\))\s+(?=[A-Z\"])")


def whole_group(wording: str) -> bool:
    """ "Both", "All of them": the whole of a group that spoke just before, never a new source."""
    return _WHOLE_GROUP.match(wording.strip()) is not None


def split_quote_mention(text: str) -> Mention | None:
    """The speaker named between two halves of one quotation."""
    if not text.lstrip().startswith('"') or text.count('"') < 3:
        return None
    m = _SPLIT_SAID_X.match(text) or _SPLIT_X_SAID.match(text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if not sp or not _plausible(sp) or classify(sp) not in _SPEAKERS_OK and not sp[:1].isupper():
        return None
    if sp.lower() in ("i", "we", "you", "it", "they"):
        return None
    start = m.start("sp") + m.group("sp").index(sp)
    if m.group("app"):  # '"...," said Ana Ruiz, head of the labour inspectorate, "...': a role that gives the kind
        whole = text[start:m.end("app")]
        kept = _trim_np(whole)
        sp = kept if whole.startswith(kept) and len(kept) > len(sp) and classify(kept) != classify(sp) else sp
    return Mention(sp, start, start + len(sp), _cue(m.group("verb")), True)


def said_member_mention(text: str) -> Mention | None:
    """ '"...," said another.': the unnamed member who speaks."""
    if '"' not in text:
        return None
    m = _SAID_MEMBER.search(text)
    if m is None:
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), _cue(m.group("verb")), True)


def passive_as_mention(text: str) -> Mention | None:
    """ "... were described as brutal by two crew members": the agent of the passive speaks."""
    if " by " not in text:
        return None
    m = _PASSIVE_AS_BY.search(text)
    if m is None:
        return None
    sp = _AGENT_TAIL.sub("", m.group("sp")).strip()
    sp = _trim_np(sp)
    if not sp or not _plausible(sp) or classify(sp) not in _SPEAKERS_OK:
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), False)


# "Fishermen were cited by the coast guard as saying ...": the people quoted speak, the quoting body relays
_QUOTED_AS = re.compile(
    r"^\s*(?P<sp>[A-Z][^,;:\"]{1,80}?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:widely\s+|also\s+)?"
    r"(?P<verb>quoted|cited)\s+(?:by|in)\s+(?P<relay>[^,;:\"]{2,80}?)\s+as\s+(?:saying|stating|telling|describing)\b")
# '"We could not leave," the woman said of the factory.': the speaker before "said of"
_SAID_OF = re.compile(r"[,!?]\"\s+(?P<sp>(?:the|a|an|one)\s+[^,\"]{1,50}?|he|she)\s+(?P<verb>said|says|recalled)"
                      r"\s+of\b", re.IGNORECASE)
# "A post shared on Telegram by a group of workers said ...": whoever posted it speaks
_POSTED_BY = re.compile(
    r"^\s*(?:A|An|The|In\s+a|In\s+an)\s+(?:\w+\s+)?(?:post|message|video|tweet|comment|thread|statement|letter)"
    r"\s+(?:(?:shared|posted|published|uploaded|put\s+out|sent|circulated)\s+)?(?:on|to|via)\s+[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)?\s+by\s+(?P<sp>[^,;:\"]{2,80}?)\s*,?\s+(?P<verb>said|says|claimed|alleged|stated|"
    r"described|complained|wrote)\b")


def quoted_as_mention(text: str) -> Mention | None:
    """ "Two of the workers were cited by local radio as saying ...": the workers, relayed by the radio."""
    if " as " not in text:
        return None
    m = _QUOTED_AS.match(text)
    if m is None or not _plausible(m.group("sp")) or classify(m.group("sp")) not in _SPEAKERS_OK:
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), "said", False, m.group("relay").strip())


def said_of_mention(text: str) -> Mention | None:
    """ '"...," the woman said of the factory.': the one who said it."""
    m = _SAID_OF.search(text) if " of " in text and '"' in text else None
    if m is None:
        return None
    sp = m.group("sp")
    if sp.lower() not in ("he", "she") and (not _plausible(sp) or classify(sp) not in _SPEAKERS_OK):
        return None
    return Mention(sp, m.start("sp"), m.end("sp"), _cue(m.group("verb")), True)


def posted_by_mention(text: str) -> Mention | None:
    """ "A message posted on Telegram by relatives said ...": the relatives."""
    m = _POSTED_BY.match(text) if " by " in text else None
    return group_mention(m, _cue(m.group("verb")), _SPEAKERS_OK, _trim_np) if m is not None else None


# "Her mother said ...", '"She called us once," his brother said.', "The family told the paper ...": a relative
# of someone in the story (never the writer's own: "My cousin said" is read elsewhere)
_KIN = (r"(?:(?:her|his|their|the\s+(?:boy|girl|man|woman|worker|victim|child|teenager)(?:'s|s')|[A-Z][a-z]+'s)\s+"
        r"(?:(?:older|younger|elder|twin|eldest|late)\s+)?(?:mother|father|parents|brother|sister|husband|wife|son|"
        r"daughter|uncle|aunt|cousin|grandmother|grandfather|relatives|family|mother-in-law|father-in-law)|"
        r"the\s+(?:family|families|parents|relatives)(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?)")
_KIN_SAID = re.compile(r"^\s*(?P<sp>" + _KIN + r")\s+(?:also\s+|later\s+)?(?P<verb>said|says|told|tells|added|recalled|"
                       r"explained|insisted|claimed|alleged)\b(?!\s+(?:nothing|little|no\s+more)\b)", re.IGNORECASE)
_KIN_AFTER_QUOTE = re.compile(r"[,!?]\"\s+(?P<sp>" + _KIN + r")\s+(?P<verb>said|says|added|recalled|explained)\s*[.!]?\s*$",
                              re.IGNORECASE)


def kin_mention(text: str) -> Mention | None:
    """A relative of someone in the story speaking ("Her mother said ...", '"...," his brother said.')."""
    m = _KIN_SAID.match(text) or (_KIN_AFTER_QUOTE.search(text) if '"' in text else None)
    if m is None:
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), _cue(m.group("verb")), m.re is _KIN_AFTER_QUOTE)


# "Two sources revealed to the paper that ...", "A source confirmed to Reuters that ...": a reporting verb
# with its audience before "that"
_VERB_TO_THAT = re.compile(
    r"^\s*(?P<sp>[A-Z][^,;:\"]{1,80}?)\s+(?:also\s+|later\s+)?(?P<verb>said|explained|confirmed|revealed|disclosed|"
    r"admitted|complained|stressed|insisted|reported|wrote|announced|stated|declared|indicated|mentioned|"
    r"confided|conceded|acknowledged|described|recounted|signalled|signaled)\s+to\s+[^,;:\"]{2,60}?\s+that\b")
# "Investigators found that ...", "..., the inspectors established.", "The authors note that ...", "Researchers
# estimate that ...": a finding by people whose work is to find
_FINDERS = frozenset(("investigators", "inspectors", "researchers", "auditors", "monitors", "police", "detectives",
                      "prosecutors", "inspector", "investigator", "auditor", "labour inspectors", "officials",
                      "researcher", "academics", "scholars", "analysts", "economists", "scientists", "authors"))
# "Researchers at the Eastbridge Institute found ...": the finders' head noun before their affiliation
_FINDER_HEAD = re.compile(r"^(?P<head>[a-z]+)\s+(?:at|for|from|with|of|in)\b")
# "Maria Olsen, a researcher at the Eastbridge Institute, found that ...": a named researcher's finding
_NAMED_FOUND = gated(r"^\s*(?P<sp>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?"
                     r"(?:researcher|scholar|academic|analyst|economist|anthropologist|sociologist|historian|"
                     r"professor|scientist|fellow|lecturer)\b[^,;:\"]{0,80},\s+(?:also\s+)?(?P<verb>found|"
                     r"established|concluded|documented|estimated|estimates)\s+that\b")
_FOUND_THAT = gated(r"^\s*(?P<sp>[A-Z][^,;:\"]{1,60}?)\s+(?:also\s+|later\s+)?(?P<verb>found|established|"
                         r"concluded|determined|ascertained|find|note|estimate|observe|write|conclude)\s+that\b")
_FOUND_TRAILING = gated(r",\s+(?P<sp>(?:the\s+)?[a-z][^,;:\"]{1,50}?)\s+(?:later\s+)?(?P<verb>found|established|"
                        r"concluded|determined|ascertained)\s*\.?\s*$")


def _finder(sp: str) -> bool:
    low = sp.lower().removeprefix("the ").strip()
    kind = classify(sp)
    head = _FINDER_HEAD.match(low)
    return kind in ("official", "organization", "document") or low in _FINDERS or low.split()[-1:] == ["inspectors"] \
        or head is not None and head.group("head") in _FINDERS


def verb_to_that_mention(text: str) -> Mention | None:
    """ "A source confirmed to the paper that ...": the subject, whatever audience it spoke to."""
    m = _VERB_TO_THAT.match(text) if " to " in text and " that " in text else None
    return group_mention(m, _cue(m.group("verb")), _SPEAKERS_OK, _trim_np) if m is not None else None


# (s44) a court's finding of nothing, or its weighing of the evidence, in a judgment's digest: "The bench found no
# proof that ...", "On pay, the tribunal found no deception", "The judge was not satisfied that ...", "The court did
# not find the beating proven": the court speaks (not "accepted the evidence on X but made no finding on Y", read as
# the digest's own account); (s45) in the present of a judgment's own grounds too: "The bench does not find the
# charge made out"
_COURT_WEIGHS = gated(
    r"^\s*(?:On\s+[^,;:\"]{1,40},\s+)?(?:(?P<sp>[Tt]he\s+(?:(?:labour|high|district|appeals?|appellate|supreme|trial|lower|"
    r"magistrate'?s'?|industrial|employment|regional|county|federal|provincial)\s+)?(?:court|tribunal|judge|bench|panel|chamber))"
    r"\s+(?:also\s+)?(?:found\s+no\b|(?:was|were)\s+not\s+(?:persuaded|satisfied|convinced)\b|(?:did|does)\s+not\s+(?:find|accept)\b"
    # (s45) what the court took as proven, with no "that" ("The judge found the workers were owed two months of pay",
    # "The court accepted a witness's evidence that ...")
    r"|found\s+(?!(?:it|him|her|them)\s+(?:guilty|liable)\b)|accepted\s+|did\s+accept\s+)"
    # (s45) "It" in a judgment's digest weighing the evidence: the court named before ("It accepted the second
    # witness's account", "It was not satisfied that ...", "It did not consider the beating proven")
    r"|(?P<it>It)\s+(?:also\s+)?(?:(?:was|were)\s+not\s+(?:persuaded|satisfied|convinced)\b|did\s+(?:not\s+)?accept\b|"
    r"accepted\s+(?:the\s+)?(?:[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+)?(?:'s|\u2019s|s')\s+)?(?:evidence|account|testimony)\b|"
    r"(?:did\s+not\s+consider|did\s+not\s+find|found)\s+[^,;:\"]{1,60}?\s+(?:proven|proved|established)\b))")


def finding_mention(text: str) -> Mention | None:
    """ "Inspectors established that ...", "..., investigators found.": a body or investigators report a finding."""
    court = _COURT_WEIGHS.match(text)
    if court is not None:
        g = "sp" if court.group("sp") else "it"
        return Mention(court.group(g), court.start(g), court.end(g), "find", False)
    m = _FOUND_THAT.match(text) or _FOUND_TRAILING.search(text)
    if m is None:
        named = _NAMED_FOUND.match(text)
        return Mention(named.group("sp"), named.start("sp"), named.end("sp"), "find", False) if named else None
    sp = _trim_np(m.group("sp"))
    if not sp or not _plausible(sp) or not _finder(sp):
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "find", False)


# "According to a 2022 count by the port authority, ...": the body that counted speaks
_ACCORDING_COUNT = re.compile(
    r"^\s*(?:[Aa]ccording\s+to|[Cc]iting|[Bb]ased\s+on)\s+(?:a|an|the)\s+(?:(?:19|20)\d\d\s+|new\s+|latest\s+|recent\s+|"
    r"official\s+|annual\s+)*(?:count|tally|census|estimate|figures|data|statistics|headcount|register|registry|"
    r"database|records)\s+(?:by|from|of|kept\s+by|compiled\s+by)\s+(?P<sp>[^,;:\"]{2,80}?)\s*,")


def according_count_mention(text: str) -> Mention | None:
    """ "According to a 2021 tally by the provincial labour office, ...": the office."""
    return group_mention(_ACCORDING_COUNT.match(text), "according to", ("official", "organization", "outlet", "document"))


# "The hauler said ...", "..., the picker added.": a person named by an agent noun the lexicon lacks
_AGENT_NP = (r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?:former|young|elderly|local|senior|retired|older|younger|"
             r"[A-Z][a-z]+)\s+)?[a-z]{3,}(?:er|or|ist|ant|ent|ian|man|woman|eer)")
_AGENT_VERB = r"(?:said|says|added|adds|explained|recalled|recalls|told\s+(?:us|me|the\s+\w+))"
_AGENT_START = re.compile(r"^\s*(?P<sp>" + _AGENT_NP + r")(?:\s+(?:in|from|at)\s+[A-Z][\w-]+)?\s+(?:also\s+)?"
                          r"(?P<verb>" + _AGENT_VERB + r")\b(?!\s+(?:nothing|little|no\s+more)\b)")
_AGENT_TRAILING = gated(r"[,\"]\s+(?P<sp>" + _AGENT_NP + r")\s+(?:also\s+)?(?P<verb>" + _AGENT_VERB
                             + r")\s*[.!]?\s*$")
_NOT_AGENTS = frozenset(("other", "latter", "former", "number", "order", "corner", "border", "paper", "letter",
                         "register", "minister", "officer", "centre", "center", "chapter", "quarter", "power",
                         "water", "matter", "winter", "summer", "monitor", "document", "statement", "agreement",
                         "government", "department", "parliament", "management", "environment", "report"))


def agent_noun_mention(text: str) -> Mention | None:
    """ "The hauler said ...", '"...," the packer recalled.': a person by what they do, in the few shapes
    where nothing but a person can be meant."""
    m = _AGENT_START.match(text) or _AGENT_TRAILING.search(text)
    if m is None or m.group("sp").split()[-1].lower() in _NOT_AGENTS:
        return None
    if classify(m.group("sp")) not in (None, "anonymous_source"):
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), _cue(m.group("verb")), m.re is _AGENT_TRAILING.pattern
                   and '"' in text)


# "Maria de la Cruz", "Ana dos Santos", "Ludwig van der Berg": a name with lower-case particles
_PARTICLE_NAME = (r"(?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?\s+){1,2}(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|"
                  r"la|le|y|ter|ten)\s+){1,3}[A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?")
_PN_VERB = r"(?:said|says|told|tells|added|adds|explained|recalled|recalls|insisted|noted|wrote|testified)"
_PARTICLE_START = re.compile(r"^\s*(?P<sp>" + _PARTICLE_NAME + r")(?:,\s+(?:a|an|the)\s+[^,\"]{2,80}?,)?\s+(?:also\s+)?"
                             r"(?P<verb>" + _PN_VERB + r")\b")
_PARTICLE_AFTER = re.compile(r"(?:\"|,)\s+(?:(?P<verb>" + _PN_VERB + r")\s+(?P<sp>" + _PARTICLE_NAME + r")|(?P<sp2>"
                             + _PARTICLE_NAME + r")\s+(?P<verb2>" + _PN_VERB + r"))\s*(?:[.,!]|$)")


_PARTICLE_FULL = re.compile(r"^" + _PARTICLE_NAME + r"(?:,|$)")


def particle_name_mention(text: str) -> Mention | None:
    """ "Ana dos Santos said ...", '"...," said Maria de la Cruz.': a name with particles speaks."""
    if not any(f" {p} " in text for p in ("de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von",
                                          "der", "den", "la", "le", "y", "ter", "ten")):
        return None
    m = _PARTICLE_START.match(text)
    if m is not None:
        return Mention(m.group("sp"), m.start("sp"), m.end("sp"), _cue(m.group("verb")), False)
    a = _PARTICLE_AFTER.search(text)
    if a is None:
        return None
    group, verb = ("sp", "verb") if a.group("sp") else ("sp2", "verb2")
    return Mention(a.group(group), a.start(group), a.end(group), _cue(a.group(verb)), '"' in text)


# "The other said ...", "The other one added ...": of two sources, the one not heard last
_THE_OTHER = re.compile(r"^\s*(?P<sp>[Tt]he\s+other(?:\s+(?:one|source|informant|contact|insider))?)\s+(?:also\s+)?"
                        r"(?P<verb>said|says|told|tells|added|adds|recalled|explained|claimed)\b(?!\s+(?:nothing|little)\b)")


def the_other_mention(text: str) -> Mention | None:
    """ "The other said some had fled.": the other of two sources just met."""
    m = _THE_OTHER.match(text) if text.lstrip()[:9].lower() == "the other" else None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), _cue(m.group("verb")), False) if m else None


def all_n_mention(text: str) -> Mention | None:
    """ "All 14 said they paid fees.": the group counted before (see :func:`whole_group`)."""
    m = _ALL_N_SAID.match(text) if text.lstrip()[:4] == "All " else None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), _cue(m.group("verb")), False) if m else None


def fronted_clause_mention(text: str) -> Mention | None:
    """ "Marching through Dhaka, workers said ...": the speaker of the clause after a fronted participle;
    "2/ Several said ...": the speaker after a thread or list number."""
    f = _FRONTED_CLAUSE.match(text) or _LIST_PREFIX.match(text)
    if f is None:
        return None
    from labourlens.analyse.mentions import find_mention  # mentions imports this module

    m = find_mention(text[f.end():])
    if m is None:
        return None
    return Mention(m.wording, m.start + f.end(), m.end + f.end(), m.cue, m.direct, m.relay)


def more_mention(text: str) -> Mention | None:
    """The speaker in one of this module's shapes, if the sentence has one (``text`` made plain)."""
    return split_quote_mention(text) or said_member_mention(text) or quoted_as_mention(text) \
        or passive_as_mention(text) or said_of_mention(text) or posted_by_mention(text) or kin_mention(text) \
        or verb_to_that_mention(text) or finding_mention(text) or according_count_mention(text) \
        or agent_noun_mention(text) or particle_name_mention(text) or the_other_mention(text) or all_n_mention(text) \
        or fronted_clause_mention(text)


# "Testifying before the committee, Carla Mendes": a fronted participial clause is no part of the speaker
_FRONTED_CLAUSE = re.compile(r"^(?:[A-Z][a-z]{2,}ing|Asked|Reached|Contacted|Interviewed|Questioned|Pressed|Quoted|"
                             r"Below|Above|Here|Today|Now|Next|Meanwhile|Separately|Elsewhere|Again|Similarly|Likewise)"
                             r"\b[^,\"]{0,90},\s+(?=\S)")


# "Lucia Farrugia, who worked there as a packer for two years, said ...": the phrase after "as" in the
# relative clause is what she was; the subject the clause hangs on speaks
_AS_COMPLEMENT = re.compile(r"\b(?:as|like)\s*$", re.IGNORECASE)
_SUBJECT_WHO = re.compile(r"^\s*(?P<sp>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?" + NAME_WORD + r"(?:\s+" + NAME_WORD
                          + r"){0,3}|(?:[Tt]he|[Aa]n?)\s+[a-z][^,;:\"]{1,50}?)\s*,\s+(?:who|whose)\b")


# "The agency told a closed-door committee that ..., according to lawmaker Kim." / "..., Kim said.": the one
# who told the committee speaks; the one who passes it on relays
# the audience of a relayed report is an institution or the press ("told lawmakers", "briefed a parliamentary
# committee"): what workers were told ("The agency told the women that ..., one of them said") is their account
_TOLD_THAT = gated(r"^\s*(?P<sp>[A-Z][^,;:\"]{1,80}?)\s+(?:also\s+|separately\s+|reportedly\s+)?(?:told|informed|"
                   r"briefed)\s+(?:lawmakers|legislators|parliament(?:arians)?|senators|MPs|reporters|journalists|"
                   r"diplomats|investigators|delegates|the\s+media|members\s+of\s+[^,;:\"]{2,40}?|(?:a|an|the)\s+"
                   r"(?:[\w-]+\s+){0,3}(?:committee|assembly|hearing|court|tribunal|council|senate|congress|briefing|"
                   r"conference|inquiry|panel|commission|parliament|legislature|session))"
                   r"(?:\s+[^,;:\"]{1,40}?)?\s+that\b")


_TRAILING_TAG = re.compile(r",\s+(?:according\s+to\s+)?$")


def _relayed_report(m: Mention, sentence_text: str) -> Mention | None:
    t = _TOLD_THAT.match(sentence_text) if m.cue in ("said", "according to") and m.start > 20 else None
    if t is None or m.start <= t.end() or not _TRAILING_TAG.search(sentence_text[:m.start]):
        return None  # only a trailing tag relays: "X told reporters that the agency had said ..." is the agency
    sp = _trim_np(t.group("sp"))
    if not _plausible(sp) or classify(sp) not in _SPEAKERS_OK or sp.lower() in ("he", "she", "they", "i", "we"):
        return None
    return Mention(sp, t.start("sp"), t.start("sp") + len(sp), "told", False, m.wording)


def relay_person(m: Mention, sentence_text: str) -> list[Mention]:
    """The person who passed on a report told to someone else (see :func:`_relayed_report`), as a mention to
    register before the speaker, so that a later "he said" finds them; empty for any other mention."""
    if m.cue != "told" or m.relay is None:
        return second_speakers(m, sentence_text)  # "Forty said ...; one cook, Ana Ruiz, said ...": Ana is the next "she"
    surname = len(m.relay.split()) == 1 and m.relay[:1].isupper() and m.relay[1:].islower()
    if not surname and classify(m.relay) not in ("named_person", "official"):
        return []
    at = sentence_text.rfind(m.relay)
    if at <= m.end or not any(w[:1].isupper() for w in m.relay.split()[1:] or m.relay.split()):
        return []
    return [Mention(m.relay, at, at + len(m.relay), "introduced")]


# "3.2 Eleven of the 14 interviewees said", "Case study: Amal, 24, said": a section number or label before
# the speaker is no part of it
_SECTION_LABEL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\d{1,2}/\d{0,2}|\(\d{1,2}\)|(?:Finding|Case\s+study|Case|Box|Section|Testimony|"
                            r"Example|Profile|Account)(?:\s+(?:\d{1,3}|[A-Z]))?\s*[:.\u2013\u2014-])\s+(?=[A-Z])")


# the name given in apposition after a described speaker: ", Rep. Seo Ji-min," / ", Kim Sung-ho." (a title, then the name)
_APPOSED_NAME_AFTER = re.compile(r",\s+(?P<name>(?:(?:Rep|Sen|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt)\.?\s+)?[A-Z][\w'\u2019]+"
                                 r"(?:-[A-Za-z]+)?(?:\s+[A-Z][\w'\u2019]+(?:-[A-Za-z]+)?){1,2})\s*(?:,|\.|$)")


# a body whose name lists its fields with commas, read as a tag after the first comma: the body is the speaker
_BODY_BEFORE_FIELDS = re.compile(r"(?P<body>(?:[Tt]he\s+)?(?:Ministry|Department|Office|Bureau|Agency|Committee|Commission|"
                                 r"Secretariat|Directorate|Federation|Council|Service|Inspectorate)\s+(?:of|for)\s+"
                                 r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}),\s+$")
_FIELD_LIST = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})*"
                         r"\s+(?:and|&)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}")
_WHOSE_ROLE_NAME = re.compile(r",\s+whose\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*,\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})$")


def refine(m: Mention, sentence_text: str) -> Mention:
    """A better speaker than ``m`` when ``m`` is a clause that ran over a trailing "said <Name>", or an
    outlet that cites someone else in a relative clause."""
    better = (quoted_as_mention(sentence_text) or posted_by_mention(sentence_text) if m.start < 60 else None) \
        or _relayed_report(m, sentence_text) or trailing_present(m, sentence_text) or dash_cut(m) \
        or reply_owner(m, sentence_text)
    if better is not None and better.wording != m.wording:
        return better
    body = _BODY_BEFORE_FIELDS.search(sentence_text, 0, m.start) if m.start > 10 and m.wording[:1].isupper() else None
    if body is not None and _FIELD_LIST.fullmatch(m.wording):  # "The Ministry of Labour, Social Security and Migration
        return Mention(sentence_text[body.start("body"):m.end], body.start("body"), m.end, m.cue, m.direct, m.relay)  # said"
    whose = _WHOSE_ROLE_NAME.search(m.wording) if ", whose " in m.wording else None
    if whose is not None and classify(whose.group("name")) in ("named_person", "official"):
        at = m.start + whose.start("name")  # "The complaints came through X, whose secretary general, Y Z, said": Y Z
        return Mention(whose.group("name"), at, at + len(whose.group("name")), m.cue, m.direct, m.relay)
    named = _APPOSED_NAME_AFTER.match(sentence_text, m.end) if m.wording[:1].islower() and m.end < len(sentence_text) else None
    if named is not None and classify(named.group("name")) in ("named_person", "official") \
            and classify(m.wording) in ("anonymous_source", "official"):  # '"...," said a second lawmaker, Rep. Seo Ji-min,'
        wording = f"{m.wording}, {named.group('name')}"
        return Mention(wording, m.start, named.end("name"), m.cue, m.direct, m.relay)
    if m.start > 8 and m.wording[:2].lower() in ("a ", "an"):  # "Maria de la Cruz, a nurse, said": the name
        p = _PARTICLE_START.match(sentence_text)
        if p is not None and p.end("sp") < m.start <= p.end():
            return Mention(p.group("sp"), p.start("sp"), p.end("sp"), m.cue, m.direct, m.relay)
    if m.wording[:3] in ("As ", "as ") and classify(m.wording[3:]) in _SPEAKERS_OK:  # "As one worker put it:"
        m = Mention(m.wording[3:], m.start + 3, m.end, m.cue, m.direct, m.relay)
    lab = _SECTION_LABEL.match(m.wording) if m.wording[:1] in "0123456789(" or ":" in m.wording[:14] \
        or "." in m.wording[:14] else None
    if lab is not None and classify(m.wording[lab.end():]) in _SPEAKERS_OK:
        m = Mention(m.wording[lab.end():], m.start + lab.end(), m.end, m.cue, m.direct, m.relay)
    f = _FRONTED_CLAUSE.match(m.wording) if "," in m.wording else None
    if f is not None and classify(m.wording[f.end():]) in _SPEAKERS_OK:
        m = Mention(m.wording[f.end():], m.start + f.end(), m.end, m.cue, m.direct, m.relay)
    if m.start > 4 and _AS_COMPLEMENT.search(sentence_text[:m.start]):
        subject = _SUBJECT_WHO.match(sentence_text)
        if subject is not None and subject.end("sp") < m.start and classify(subject.group("sp")) in _SPEAKERS_OK:
            return Mention(subject.group("sp"), subject.start("sp"), subject.end("sp"), m.cue, m.direct, m.relay)
    rest = sentence_text[m.end:]
    if len(m.wording) > 40 and "," in m.wording and _CLAUSE_VERB.search(m.wording):
        t = _TRAILING_SAID_NAME.match(rest)
        if t is not None and classify(t.group("name")) in _SPEAKERS_OK:
            return Mention(t.group("name"), m.end + t.start("name"), m.end + t.end("name"), m.cue, m.direct)
    if m.cue == "according to" and rest[:3] == ", w":
        c = _WHICH_CITED.match(rest)
        if c is not None and _plausible(c.group("sp")) and classify(c.group("sp")) in _SPEAKERS_OK:
            sp = c.group("sp").strip()
            return Mention(sp, m.end + c.start("sp"), m.end + c.start("sp") + len(sp), m.cue, m.direct, m.wording)
    return m


# "Asked if she had been paid, Amina shook her head.": a person known by a given name alone, subject of the
# sentence just before a "she said" that has no other antecedent
_SUBJECT_GIVEN = re.compile(r"(?:^|[.!?]\s+|,\s+)(?P<name>[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+ed|[a-z]+s|shook|sat|"
                            r"stood|spoke|took|went|came|grew|left|began|fled|ran|wept|paused|was|had)\b")


def given_name_before(context: str, pronoun: str) -> str | None:
    """The one given name that is the subject of a clause in the last sentence of ``context`` and agrees
    with ``pronoun`` ("she" -> a woman's name), or None."""
    tail = context.rstrip()
    cut = max(tail.rfind(". ", 0, len(tail) - 1), tail.rfind("\n"))
    tail = tail[cut + 1:] if cut >= 0 else tail
    want = "female" if pronoun.lower() == "she" else "male"
    names = {g.group("name") for g in _SUBJECT_GIVEN.finditer(tail) if given_name_gender(g.group("name")) == want}
    return names.pop() if len(names) == 1 else None


# "The cook, who left in May, said" after "Svetlana Ivanova, a cook, said"; "Al-Rashid" after "Ahmed al-Rashid";
# "Jean-Pierre said" after "Jean-Pierre Mbeki, a trucker": the person already met, by role, surname or given name
_DEFINITE_ROLE = re.compile(r"^(?:[Tt]he|[Tt]his)\s+(?:(?:former|young|older|elderly|retired|same)\s+)?(?P<role>[a-z][a-z-]{2,})"
                            r"(?:\s*,.*)?$")
_ONE_TOKEN = re.compile(r"^[A-Z][\w'\u2019-]+$")
# "De la Cruz", "Dos Santos": the particles and surname of a name met before
_PARTICLE_TAIL = re.compile(r"^(?:De|Da|Do|Dos|Das|Del|Della|Di|Du|Van|Von|Der|Den|La|Le|Ter|Ten)(?:\s+[a-z]{1,4}){0,2}"
                            r"\s+[A-Z][a-z'\u2019]+$")


def _name_part(wording: str) -> list[str]:
    return wording.split(",")[0].split()


_APPOS_IN_TEXT = re.compile(r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}),\s+"
                            r"(?:a|an|the)\s+(?P<appos>[^,.;:\"]{2,80})")


def _introduced_with_role(head: str, sources: list[Source], context: str) -> Source | None:
    """The named source the text before introduced with ``head`` in an apposition ("Olga Brandt, a nurse at
    the clinic, treated ..."). A source worded by the bare name takes the apposition into its wording, as
    one introduced while speaking has it ("Olga Brandt, a nurse at the clinic")."""
    if head not in context:
        return None
    for a in reversed(list(_APPOS_IN_TEXT.finditer(context))):
        if head in a.group("appos").lower().split():
            name = a.group("name")
            src = next((p for p in sources if p.canonical is not None and (p.wording or "").startswith(name)), None)
            if src is not None and src.wording == name:
                src.wording = a.group(0).strip()
            return src
    return None


_PLAIN_WORD = re.compile(r"[\w'\u2019-]+")


def back_reference(m: Mention, sources: list[Source], context: str = "") -> Mention:
    """``m`` reworded as the person it refers back to among ``sources`` (most recent first), when it names
    one of them by the role given in their apposition (there, or in ``context``, the text before), by a
    surname that differs only in case, or by a given name no one else has; ``m`` itself otherwise."""
    w = m.wording.strip()
    found: Source | None = None
    back = reference_rewording(m, sources) or met_group(m, context) or same_report_outlet(m, context)
    if back is not None:  # "the post said", "Most said", "According to the same report"
        return back
    if (paper := generic_document(m, context)) is not None:  # "The document says" after "In the complaint"
        return paper  # ("Han and two others"; "Most said" after "had spoken to 18 crew members")
    role = _DEFINITE_ROLE.match(w)
    if role is not None and classify(w) in (None, "anonymous_source"):
        head = role.group("role").lower()
        # (s386) the words without their commas: "Another farmer, who gave no name" is a farmer
        unnamed = [p for p in sources if p.canonical is None and head in _PLAIN_WORD.findall((p.wording or "").lower())]
        named = [p for p in sources if p.canonical is not None and "," in (p.wording or "")
                 and head in (p.wording or "").lower().split(",", 1)[1].split()]
        found = None if unnamed else named[0] if named else _introduced_with_role(head, sources, context)
    elif _ONE_TOKEN.match(w) or _PARTICLE_TAIL.match(w):
        low = w.lower()
        persons = [p for p in sources if p.canonical is not None or _PARTICLE_FULL.match(p.wording or "")]
        by_surname = [p for p in persons if len(_name_part(p.wording or "")) >= 2 and _name_part(p.wording or "") != w.split()
                      and " ".join(_name_part(p.wording or "")).lower().endswith(" " + low)
                      and (" " in w or _name_part(p.wording or "")[-1] != w or p.canonical is None)]
        by_given = [p for p in persons if len(_name_part(p.wording or "")) >= 2
                    and _name_part(p.wording or "")[0] == w and p.kind == "named_person"]
        exact = any(w in _name_part(p.wording or "") and p not in by_given for p in persons)
        found = by_surname[0] if len(by_surname) == 1 else by_given[0] if len(by_given) == 1 and not exact else None
    if found is None or not found.wording:
        return m
    return Mention(found.wording, m.start, m.end, m.cue, m.direct, m.relay)
