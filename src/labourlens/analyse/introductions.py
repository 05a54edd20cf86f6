"""People and groups a sentence introduces before they speak (used by :mod:`labourlens.analyse.attribution`):
"A former inspector in the district, who asked not to be named, gave a harsher account.", "We also spoke to
a driver who delivers to the plant.", "The broadcaster spoke to three women who ...". Each is registered as
the antecedent of a later "he said" or "They all said", not as a speaker of its own sentence."""

from __future__ import annotations

import re

from labourlens.analyse.aged_subjects import aged_role_subject
from labourlens.analyse.interviewees import pseudonym_intro
from labourlens.analyse.mentions import lead_adverbial_end
from labourlens.analyse.reached_crew import possessive_contact
from labourlens.analyse.source_refs import counted_apposition, subject_introduction
from labourlens.analyse.speakers import alias_name, classify
from labourlens.analyse.wire_datelines import dateline_end

__all__ = ["collective_group", "introduction", "group_introduction", "labelled_introduction", "scare_quoted_introduction"]

_INTRO_SUBJECT = re.compile(
    # a described person ("a former inspector in the district", "the driver")
    r"^(?P<np>(?:(?:a|an|one|another)\s+[^,;:\"]{2,70}?"
    r"|(?:the|this)\s+(?:man|woman|worker|source|person|driver|"
    r"defector|former\s+[\w-]+|[\w-]+\s+(?:man|woman))"
    # a person counted in the order the writer met them ("The second woman I speak with", "the third man we met")
    r"|the\s+(?:second|third|fourth|fifth|sixth|next|last)\s+(?:[\w-]+\s+)?(?:man|woman|worker|guard|driver|cleaner|maid)"
    r"\s+(?:I|we)\s+(?:speak|spoke|met|meet|interviewed|talk|talked)(?:\s+(?:to|with))?"
    # a named person ("Dr Karin Lind", "Rustam Aliev")
    r"|(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}"
    r"|one\s+of\s+(?:them|"
    r"those|the\s+\w+))\s*(?:\([^)]{2,40}\))?),\s+"
    # then a relative clause, an apposition or an age ("..., who asked not to be named", "..., 29,")
    r"(?:(?:and\s+)?(?:who|whose|a|an)\b|\d{1,2},|aged\s+\d)(?P<rest>[^\"]*)$",
    re.IGNORECASE)
# "A Chinese accountant who used to handle the payroll showed me ...": a restrictive relative, no comma
_INTRO_WHO = re.compile(r"^(?P<np>(?:a|an|one|another)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w-]+)\s+who\s",
                        re.IGNORECASE)
# the writer spoke to, met or heard from one person ("We also spoke to a driver who ...")
_INTRO_OBJECT = re.compile(
    r"\b(?:spoke|speak|talked|talk)\s+(?:to|with)\s+"
    r"|\b(?:interviewed|met|reached|tracked\s+down|found)\s+(?=an?\s|one\s)|"
    r"\b(?:heard|took|received|read\s+out)\s+(?:(?:testimony|evidence|a\s+statement)\s+)?"
    r"from\s+(?=an?\s|one\s)")
_OBJECT_NP = re.compile(r"(?:an?|one)\s+[^,;:.\"]{2,80}?"
                        r"(?=\s+(?:who|whose|that|in|at|from|near|outside)\b|[,;:.]|$)")
_INTRO_GATE = re.compile(r",\s+(?:(?:and\s+)?who|whose|\d{1,2},|aged|an?\s)|\swho\s|"
                         r"\b(?:spoke|talked|interviewed|met|reached|tracked|found)\b|"
                         r"\b(?:heard|took|received|read)\b[^.]{0,30}\bfrom\b")
# a sentence without any of these introduces nobody through _INTRO_GATE (a cheap test before it)
_INTRO_WORDS = (" who ", ", a ", ", an ", ", aged", ", 1", ", 2", ", 3", ", 4", ", 5", ", 6", "spoke",
                "talked", "interviewed", " met ", "reached", "tracked", "found", " from ")


# the page says who made the claims it just reported ("The allegations were first raised last year by Ana Ruiz, a
# nurse ..."): the person named is the antecedent of the "She said" that follows
_MADE_BY = re.compile(
    r"^\s*(?:The|These|Those|Such|Its|Their)\s+(?:claims?|allegations?|accusations?|charges|remarks|comments|"
    r"findings|figures|estimates?|warnings?|assertions?)\s+(?:were|was|had\s+been|have\s+been)\s+(?:first\s+)?"
    r"(?:made|raised|voiced|levell?ed|published|aired|put\s+forward|set\s+out)\b[^,.;\"]{0,40}?\s+by\s+"
    r"(?P<np>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){1,3})(?=\s*[,.(]|\s+who\b)",
    re.IGNORECASE)


# a person who got in touch before they speak ("A cook phoned the hotline on 4 May.", "An operator wrote to us."):
# a case log's or an advice column's caller, the antecedent of the "She said" that follows
_CONTACT_INTRO = re.compile(
    r"^\s*(?P<np>(?:a|an|another)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w-]+(?:\s+aged\s+\d{1,2})?)\s+"
    r"(?:called|phoned|rang|telephoned|texted|messaged|e-?mailed|wrote|contacted|reached)\b"
    r"(?:\s+(?:us|in|again|the\s+[\w-]+(?:\s+[\w-]+)?))?(?:\s+(?:on|in|at|by|via|through|from)\s+[^,;:\"]{1,40})?\.?\s*$",
    re.IGNORECASE)


def _contact_intro(text: str) -> tuple[str, int] | None:
    """A person the sentence says got in touch and nothing else ("A cook phoned the hotline on 4 May.")."""
    m = _CONTACT_INTRO.match(text) if len(text) < 120 else None
    if m is None:
        return None
    np = m.group("np").strip()
    return (np, m.start("np")) if classify(np) == "anonymous_source" and _singular(np) else None


def _may_introduce(text: str) -> bool:
    """Does the sentence have the shape of an introduction (a relative clause, an age, a meeting)?"""
    return any(word in text for word in _INTRO_WORDS) and _INTRO_GATE.search(text) is not None


# a broadcast transcript's newsroom turn label ("REPORTER: ", "PRESENTER: "): the turn's own sentence may
# introduce someone ("REPORTER: Ana Ruiz, 31, went ...") just as an unlabelled one would
_NEWSROOM_LABEL = re.compile(r"^(?:REPORTER|CORRESPONDENT|PRESENTER|HOST|ANCHOR|NEWSREADER|NARRATOR):\s+(?=[A-Z])")
# (s36) a turn label in capitals before a line that only introduces the next voice ("ANA RUIZ: A second driver, an
# older man from the coast."): the turn is its speaker's, and the person it introduces is the next "He said"
_VERBLESS_INTRO = re.compile(r"(?:A|An|One|Another)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},\s+(?:a|an)\s+[^.,;:\"]{2,60}\.?\s*$")
_CAPS_LABEL = re.compile(r"^(?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.-]*[A-Z\u00c0-\u00de]"
                         r"(?:\s+[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.-]*[A-Z\u00c0-\u00de]){0,3}):\s+(?=[A-Z])")


# (s34) a turn's answer that opens with a word of assent before it introduces someone ("HOST: Yes, a driver, 40, who
# gave only his first name."): the person introduced after it, as in a sentence of its own
_ASSENT = re.compile(r"(?:[A-Z][A-Z'\u2019. -]{1,30}:\s+)?(?:Yes|Yeah|Well|Right|Sure|Indeed|And|Also)\s*,\s+(?=[A-Za-z])")
# (s34) a person described, then named in apposition, with an age or a description after the name ("One returnee, Ana
# Ruiz, 25, came back in May.", "A cook, Lina Park, who ..."): the name, the antecedent of the "She said" that follows
_DESCRIBED_NAME = re.compile(r"^\s*(?:(?:One|A|An|Another)\s+(?:[A-Z][a-z]+-[a-z]+\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+"
                             r"(?P<np>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})(?:,\s+(?:\d{1,2},|aged\s+\d|who\b|an?\s)"
                             # (s387) "A Lima-based lawyer, Ana Ruiz of the Harbour Legal Clinic, called ...": her body
                             # set after the name, then the sentence's verb
                             r"|\s+(?:of|from|at|with)\s+(?:the\s+)?(?-i:[A-Z])[^,;:\"\u201c]{2,70},\s+(?-i:[a-z]))"
                             # (s36) "Her neighbour, Tolib, 48, came home ...": the last speaker's neighbour, friend or
                             # cousin, named by one name or more, with an age (a son or a husband is spoken for: not him)
                             r"|(?:His|Her|Their)\s+(?:[a-z][\w-]*\s+)?(?:neighbou?r|cousin|friend|colleague|relative|"
                             r"uncle|nephew|brother-in-law|sister-in-law|co-worker|workmate),\s+"
                             r"(?P<np2>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}),\s+(?:aged\s+)?\d{1,2},)")


def introduction(text: str) -> tuple[str, int] | None:
    """A person the sentence introduces, after a newsroom turn label if it has one (see :func:`_introduction`)."""
    label = _NEWSROOM_LABEL.match(text) if text[:1].isupper() and ":" in text[:14] else None
    if "," in text[:40] and (assent := _ASSENT.match(text, label.end() if label is not None else 0)) is not None:
        label = assent
    if label is None:
        return _introduction(text)
    found = _introduction(text[label.end():])
    return None if found is None else (found[0], found[1] + label.end())


def labelled_introduction(text: str) -> tuple[str, int] | None:
    """The person a labelled turn only introduces ("ANA RUIZ: A second driver, an older man from the coast."), with
    their offset; None for any other line."""
    caps = _CAPS_LABEL.match(text) if text[:2].isupper() and ":" in text[:40] else None
    if caps is None or _VERBLESS_INTRO.match(text, caps.end()) is None:
        return None
    found = _introduction(text[caps.end():])
    return None if found is None else (found[0], found[1] + caps.end())


def _introduction(text: str) -> tuple[str, int] | None:
    """A person the sentence introduces without quoting them yet ("A former inspector in the district,
    who asked not to be named, gave a harsher account."; "We also spoke to a driver who delivers to the
    plant."): ``(speaker phrase, offset)``, so that a later "he said" finds them."""
    named = _DESCRIBED_NAME.match(text) if "," in text[:60] else None
    if named is not None and classify(name := named.group("np") or named.group("np2")) == "named_person":
        group = "np" if named.group("np") else "np2"
        return name, named.start(group)  # "One returnee, Ana Ruiz, 25, came back ...": Ana Ruiz
    kin = _KIN_SUBJECT.match(text) or subject_introduction(text)  # "The second man, ...", "Rustam, 29, ..."
    if kin is not None:  # "My cousin works in the office of one of the plants. She says ...": the cousin
        return kin.group("np"), kin.start("np")
    if (aged := aged_role_subject(text)) is not None:  # "The farm's manager, 44, was charged.": the next "he"
        return aged
    if (contact := _contact_intro(text)) is not None:
        return contact  # "A cook phoned the hotline on 4 May. She said ...": the cook
    made = _MADE_BY.match(text) if " by " in text else None
    if made is not None and classify(made.group("np")) == "named_person":
        return made.group("np"), made.start("np")
    unnamed = _UNNAMED_INTRO.match(text) if "asked" in text else None
    if unnamed is not None and classify(unnamed.group("np")) == "anonymous_source":
        return unnamed.group("np").rstrip(", "), unnamed.start("np")  # "A second family, from Tarn, asked us not to name them."
    pseudonym = pseudonym_intro(text)
    if pseudonym is not None and classify(pseudonym[0]) in ("named_person", "anonymous_source", None):
        # "Choe (not his real name) spent ...", 'Interview with "Mira" (a pseudonym), who ...'
        return pseudonym
    if not _may_introduce(text):
        alias = _INTRO_ALIAS.match(text) if "(" in text else None
        if alias is not None and classify(alias.group("np")) == "named_person":
            return alias.group("np"), alias.start("np")  # "Choi Min-ji (not her real name) worked at ..."
        return None
    off = lead_adverbial_end(text, dateline_end(text))
    m = _INTRO_SUBJECT.match(text[off:])
    if m is not None:
        np = m.group("np").strip()
        full = np + _alias_clause(m.group("rest"))
        kind = classify(full)
        if kind in ("anonymous_source", "named_person") and _singular(np):
            return full, off + m.start("np")
    w = _INTRO_WHO.match(text[off:])
    if w is not None and "," not in text[off:off + w.end()]:
        np = w.group("np").strip()
        if classify(np) in ("anonymous_source", "named_person") and _singular(np):
            return np, off + w.start("np")
    o = _INTRO_OBJECT.search(text)
    if o is not None:
        n = _OBJECT_NP.match(text, o.end())
        if n is not None:
            np = n.group(0).strip()
            rest = text[n.end():]
            # the person with their relative clause, up to its comma ("a driver who delivers to the plant")
            who = rest.lstrip().startswith("who")
            clause = rest[: rest.find(",")] if who and "," in rest else rest.rstrip(". ")
            full = np + clause if who else np
            if classify(np) in ("anonymous_source", "named_person") and _singular(np):
                return counted_apposition(full.strip(), rest), n.start()
    return possessive_contact(text)  # "We reached the trawler's cook by radio."


_GROUP_INTRO = re.compile(
    r"\b(?:[Ss]poke|[Tt]alked)\s+(?:to|with)\s+"
    # the writer met, surveyed or took testimony from a counted group
    r"|\b(?:[Ii]nterviewed|[Mm]et|[Ss]urveyed|[Ii]nterviews\s+with|[Ss]urvey\s+of"
    r"|[Tt]estimon(?:y|ies)\s+(?:of|from))\s+"
    r"(?=(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+|several|some|dozens\s+of)\s)")
_GROUP_NP = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|dozens\s+of)\s+[^,;:.\"]{2,60}?"
    r"(?=\s+(?:who|whose|that|in|at|from|near|outside|through|via|by|with|during|on|over|last|"
    r"this|after|before|about)\b|[,;:.]|$)")
# (s387) a case note's counted people with their ages open the sentence ("Two brothers, 19 and 22, laid bricks ...",
# "Three cousins, aged 30, 31 and 35, worked ...")
_AGED_GROUP = re.compile(r"^\s*(?P<np>(?:Two|Three|Four|Five|Six)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*),\s+(?:aged\s+)?"
                         r"\d{1,2}(?:,\s+\d{1,2})*,?\s+(?:and|to)\s+\d{1,2},\s+(?-i:[a-z])")
# a sentence without any of these (lower-cased) meets no group through _GROUP_INTRO
_GROUP_WORDS = ("spoke", "talked", "interviewed", "met ", "survey", "interviews", "testimon")


def group_introduction(text: str) -> tuple[str, int] | None:
    """A group of people the writer spoke to ("The broadcaster spoke to three women who ..."): the
    antecedent of a later "They all said"."""
    aged = _AGED_GROUP.match(text) if text[:1].isupper() and "," in text[:40] else None
    if aged is not None and classify(aged.group("np")) == "anonymous_source":
        return aged.group("np"), aged.start("np")  # "Two cousins, 30 and 33, dug ...": for a later "Both said"
    low = text.lower()
    o = _GROUP_INTRO.search(text) if any(word in low for word in _GROUP_WORDS) else None
    n = _GROUP_NP.match(text, o.end()) if o is not None else None
    if n is None or classify(n.group(0)) != "anonymous_source":
        return None
    return n.group(0).strip(), n.start()


# a relative or acquaintance of the writer opens the sentence: "My cousin works at the plant."
_KIN_SUBJECT = re.compile(
    r"^\s*(?P<np>(?:My|Our)\s+(?:(?:older|younger|elder|late|former|old|best)\s+)?"
    r"(?:cousin|uncle|aunt|brother|"
    r"sister|friend|neighbour|neighbor|colleague|acquaintance|relative|father|mother|husband|wife|son|"
    r"daughter|nephew|niece|classmate|roommate|flatmate|landlord|landlady|brother-in-law|sister-in-law))\s+"
    r"(?!(?:and|or|said|says|told|tells)\b)[a-z]")
# a person given a pseudonym opens the sentence: "Choi Min-ji (not her real name) worked at ..."
_INTRO_ALIAS = re.compile(
    r"^\s*(?P<np>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})\s*"
    r"\((?:not\s+(?:his|her|their)\s+real\s+name|"
    r"(?:a|his|her)\s+pseudonym|name\s+changed|names?\s+(?:has|have)\s+been\s+changed)[^)]{0,40}\)\s+[a-z]")


# (s357) an unnamed person or household that wants no name printed, and nothing else: the antecedent of the "They
# write ..." or "She says ..." that follows
_UNNAMED_INTRO = re.compile(
    r"^\s*(?P<np>(?:A|An|One|Another)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w-]+(?:,\s+(?:from|of|in)\s+[^,;:\"]{2,40},)?)"
    r"\s+(?:has\s+|have\s+|had\s+)?asked\s+(?:us\s+)?not\s+to\s+be\s+(?:named|identified)\b[^,;:\"]{0,40}\.?\s*$")


def _alias_clause(rest: str) -> str:
    """The part of a relative clause that names the person ("... and gave his name only as Mr. Ryu")."""
    clause = rest.split(",")[0] if "," in rest else rest
    return ", who" + clause if alias_name(clause) is not None else ""


_QUALIFIER = re.compile(r"\s+(?:in|at|of|from|with|for|by|on|near|who|whose|that)\b|\(")


def _singular(np: str) -> bool:
    head = _QUALIFIER.split(np,
                    maxsplit=1)[0].split()
    last = head[-1].lower() if head else ""
    return not (last.endswith("s") and not last.endswith("ss")) and last not in ("people", "men", "women")


_COLLECTIVE_HEADS = frozenset(("family", "household", "couple"))


_OWN_WORDS = re.compile(r"\b(?:I|my|me|we|our|us)\b", re.IGNORECASE)


def collective_group(wording: str | None, sentence: str) -> bool:
    """(s357) Is the unnamed source a household or a couple ("A third family, from Tarn"), one noun that a later "They
    write ..." goes back to as to a group? Not in a sentence in the first person ("They told my cousin ..."): there
    "they" are the people the writer tells of."""
    head = (wording or "").split(",")[0].split()
    return bool(head) and head[-1].lower() in _COLLECTIVE_HEADS and _OWN_WORDS.search(sentence) is None


_QUOTED = re.compile(r"[\"\u201c]([^\"\u201d]*)[\"\u201d]")


def scare_quoted_introduction(text: str) -> bool:
    """(s387) Does a sentence that quotes only a word or two ('A lawyer, Ana Ruiz of the Harbour Legal Clinic, called
    the firm's account "not credible".') introduce a person by description and name? Its quotation marks give a
    verdict, not a statement: the sentence introduces the person a later "she said" goes back to."""
    if "," not in text[:60] or _DESCRIBED_NAME.match(text) is None:
        return False
    quoted = _QUOTED.findall(text)
    return bool(quoted) and all(len(q.split()) <= 4 for q in quoted)
