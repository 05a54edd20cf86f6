"""Reporting verbs read as something else in the sentence, for the speaker stage (:mod:`labourlens.analyse.mentions`):

- "States" as a noun (:func:`labourlens.analyse.states_noun.states_noun`: "Two Member States informed the Group");
- a participle after a preposition or an article, an adjective: "they work from shared flats", "pinned to posted
  notices", "totalling an estimated 40,000 riyals" (no phrase that ends in a preposition or an article is a speaker);
- "rejected" / "dismissed" of a court ruling on a request, not denying what was said: "the court rejected the bail
  plea", "dismissed the appeal";
- "reports" or "claims" after an adjective of untruth: "menaced with false claims of desertion";
- "continue" as a verb of going on, not of speaking on: "their political study continues in the factory", "the
  work continued until dawn", "the workers continue working" (a report goes on after a comma, a colon, a full stop,
  a quotation mark or "that", or with its speaker after it: "continued the source").

A document verb ("found", "lists", "identified") reports for a document, an organisation, "it", and for an official
or a named person who finds: "Vetrova also found that ...", "inspectors found 25 workers living ...", "Dr. Ruth
Calder, a fellow at the institute, identified at least four plants" (:func:`doc_verb_ok`, :func:`finds`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import document_subjects
from labourlens.analyse.speaker_lexicon import _Lex, _lex
from labourlens.analyse.speakers import name_in
from labourlens.analyse.states_noun import states_noun

__all__ = ["article_participle", "doc_verb_ok", "finds", "person_finder", "verb_not_report"]

# "went on" carries on speaking only before what was said: 'He went on: "..."', "she went on, ...", "went on that"
_WENT_ON = re.compile(r"(?:went|goes|go)\s+on", re.IGNORECASE)
_SPEECH_GOES_ON = re.compile(r"(?:[:,;\"\u201c\u201d.!?]|that\b|to\s+(?:say|add|tell|describe|explain|claim)\b|$)")
_GOING_ON = re.compile(r"(?:to|in|at|on|until|till|into|through|throughout|for|with|during|after|from|under|unabated|apace|"
                       r"unchecked|unchanged|today|tonight|overnight|[a-z]+ing)\b")
# the last word of the phrase before the "verb": a preposition ("work from shared flats")
# verbs of saying whose -s form is as often a plural noun of its own ("mining claims", "land claims", "wage claims")
_NOUN_VERBS = frozenset({"claims", "states"})
_ENDS_IN_PREPOSITION = re.compile(r"(?:^|\s)(?:from|in|into|inside|at|on|onto|of|with|within|without|for|by|to|under|over|"
                                  r"between|among|across|through|near)$", re.IGNORECASE)
# ... or an article (in lower case: "Worker A" is a coded name) before a participle that reads as an adjective of a
# figure or a charge: "totalling an estimated 40,000 riyals", "the reported deductions" ("at a shared flat" is left to
# the rules that read "shared")
_ENDS_IN_ARTICLE = re.compile(r"(?:^|\s)(?:an?|the)$")
# a request put to a court or an authority, ruled on: "rejected the bail plea", "dismissed his appeal"
_RULED_ON = re.compile(r"(?:down\s+)?(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:plea|pleas|application|applications|"
                       r"appeal|appeals|petition|petitions|request|requests|bid|motion|motions|objection|objections|"
                       r"review|revision|claim\s+for\s+bail)\b")
# an adjective of untruth after a preposition or a verb of facing makes a report or a claim a noun: "menaced with
# false claims of desertion", "faced bogus claims" (no speaker phrase ends in such an adjective)
_UNTRUE_BEFORE = re.compile(r"(?:^|\s)(?:with|of|by|about|over|against|to|faced|face|faces|facing|feared|fear|fears)\s+"
                            r"(?:false|fake|bogus|fabricated|trumped-up|made-up|malicious|spurious|untrue|baseless)$",
                            re.IGNORECASE)
_ATTRIBUTIVE = frozenset(("estimated", "reported", "alleged", "claimed", "stated", "suspected", "projected"))


def verb_not_report(raw_verb: str, np: str, after: str) -> bool:
    """Is the reporting verb ``raw_verb`` (as written) between the phrase ``np`` and the text ``after`` (lower case)
    no report there?"""
    if raw_verb[:8].lower() in ("continue", "continues", "continued"):
        return _GOING_ON.match(after) is not None
    if _WENT_ON.fullmatch(raw_verb) is not None:  # "the balance went on rent", "the job went on for weeks": no speech
        return _SPEECH_GOES_ON.match(after) is None
    if raw_verb[:6].lower() in ("reject", "dismis", "refuse", "turned") and _RULED_ON.match(after) is not None:
        return True  # "The court rejected the bail plea of a kiln owner accused of ...": a ruling, no denial
    if raw_verb[-2:].lower() == "ed" and _ENDS_IN_PREPOSITION.search(np, max(0, len(np) - 8)) is not None:
        return True  # "work from shared flats": an adjective
    if raw_verb.lower() in _NOUN_VERBS and _ENDS_IN_PREPOSITION.search(np, max(0, len(np) - 8)) is not None \
            and not np.rstrip().lower().endswith((" to", " by")):
        return True  # "Diggers at claims that feed a mill": a noun after its preposition
    if _UNTRUE_BEFORE.search(np.rstrip(), max(0, len(np.rstrip()) - 40)) is not None:
        return True  # "menaced with false claims of ...": a noun
    return states_noun(raw_verb, np)


def article_participle(raw_verb: str, np: str) -> bool:
    """A participle such as "estimated" after an article is an adjective, whatever follows it ("an estimated QAR
    410,000")."""
    if raw_verb.lower() == "accused" and _PARTY_BEFORE.search(np, max(0, len(np) - 20)) is not None:
        return True  # "The second accused denied ...", "the co-accused said": a party to a trial, not a verb
    return raw_verb.lower() in _ATTRIBUTIVE and _ENDS_IN_ARTICLE.search(np, max(0, len(np) - 5)) is not None


_PARTY_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n|[Tt]he|[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                           r"\d{1,2}(?:st|nd|rd|th)))$")


# a verb that reports a finding: "... found X guilty of"; inspectors "found 25 workers living in ..."
_THAT_AFTER = re.compile(
    # "said that ", "found the firm liable for "
    r"\S+ (?:that |[^,.;:\"]{2,80}? (?:guilty|liable|responsible) (?:of|for) )|"
    # "found (about) 25 / dozens of (migrant) workers living / held ..."
    r"(?:found|finds?) (?:(?:about|nearly|almost|more than|at least|some) )?"
    r"(?:\d[\d,]*|dozens of|hundreds of|scores of|several) (?:[\w-]+ ){0,3}?"
    r"(?:workers|labou?rers|men|women|migrants|people|employees|builders|crew members|children) "
    r"(?:living|working|sleeping|housed|held|locked|kept|employed|confined|without)\b"
)
# a researcher's count: "identified at least six plants", "documented 30 cases" (a body's own count in its own notice,
# "The Embassy has recorded 93 complaints", is its page's voice, so only a named person finds so)
_COUNTED = re.compile(
    r"(?:identified|identifies|documented|documents|counted|counts|recorded|records|traced|traces|located|locates|"
    r"uncovered|uncovers) (?:(?:about|nearly|almost|more than|at least|some|over) )?(?:\d[\d,]*|dozens|hundreds|scores|"
    r"several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b"
)

# a word that is no surname: "Analysis found that ...", "Testing showed that ..." are no people
_NOT_SURNAME = re.compile(r"(?:sis|tion|sions?|ments?|ness|ity|ing|ance|ence|ure|ies|ics|data|research|work|evidence)$",
                          re.IGNORECASE)


def person_finder(np: str) -> bool:
    """A named person whose findings a document verb reports ("Vetrova also found that ...", "Professor Anna
    Vetrova concluded that ..."): a full name, or one capitalised word that is no common noun."""
    words = np.split()
    if len(words) > 1:
        return name_in(np) is not None
    return bool(words) and words[0][:1].isupper() and _NOT_SURNAME.search(words[0]) is None


def finds(verb: str, after: str, person: bool = True) -> bool:
    """Does ``verb`` (lower case) report a finding before ``after`` ("found that ...", "found 25 workers living ...",
    and for a ``person``, a count: "identified at least six plants")?"""
    said = f"{verb} {after}"
    return _THAT_AFTER.match(said) is not None or person and _COUNTED.match(said) is not None


_DOC_PRONOUNS = frozenset({"it"})


@lru_cache(maxsize=1)
def _paper_only() -> frozenset[str]:
    return frozenset(str(v).lower() for v in knowledge.load("reporting_verbs.yaml").get("paper_only_verbs") or [])


@lru_cache(maxsize=1)
def paper_only_cues() -> frozenset[str]:
    """The cues (verb bases) of the verbs that report only for papers ("instruct")."""
    bases = _lex().verb_base
    return frozenset(bases.get(v, v) for v in _paper_only())


def doc_verb_ok(lex: _Lex, verb: str, after: str, np: str, kind: str | None | Callable[[], str | None]) -> bool:
    """Whether a verb after a speaker phrase reports: a speech verb or a verb that is not a document
    verb always; a document verb ("lists", "documents", "found") for an organisation, a document or
    the subject of a relative clause (not the head of a compound: "identity documents"), for "it",
    and for an official or a named person who finds ("Vetrova also found that ..."). ``kind``: the phrase's speaker
    kind, or a function that gives it (called only for a document verb: speed, a speech verb never asks)."""
    if verb not in lex.doc_verbs or verb in lex.verb_speech:
        return True
    if callable(kind):
        kind = kind()
    if verb in _paper_only():
        return kind == "document"  # "The memo instructs masters to ...", not "The ministry instructed employers to ..."
    if kind in ("organization", "relative", "document") and not document_subjects.compound_head(np, verb, after):
        return True
    if np.lower() in _DOC_PRONOUNS:
        return True
    if kind == "official":
        return finds(verb, after, person=False)
    return kind == "named_person" and person_finder(np) and finds(verb, after)
