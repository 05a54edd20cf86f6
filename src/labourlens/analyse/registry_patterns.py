"""Patterns of :mod:`labourlens.analyse.registry` compiled once, at import (speed: the ``re`` module's cache of
patterns is shared by every module and evicts its oldest entries, so a pattern written inline in a function
was parsed and compiled again whenever other patterns had pushed it out)."""

from __future__ import annotations

import re

LOWER_WORD = re.compile(r"[a-z][a-z'-]*")
NUMBERED_PART = re.compile(r"^(?:article|clause|section|paragraph|annex|appendix|point)\s+\d")
LEADING_NAME = re.compile(r"([A-Z][\w-]+)(?:['\u2019]s)?\s")
OFFICIALS_END = re.compile(r"\s+officials$")
BASED = re.compile(r"\b([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)-based\b")
IN_PLACE = re.compile(r"\b(?:in|from|near|inside)\s+((?:the\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})")
ONE_OR_ONE_OF = re.compile(r"(?i)one(?:\s+of\s|$)")
YEAR_OLD = re.compile(r"\b\d{1,2}-year-old\b")
SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b")
EACH_OF = re.compile(r"(?i:one|each|either|neither)\s+of\s")
WHO_CLAUSE = re.compile(r"\s+who\s.*")
PLACE_PREPOSITION = re.compile(r"\b(?:in|from|based|at|near)\b")
GOVERNMENT_LEVEL = re.compile(r"(?:federal|state|local) \w+")
RELATIVE = re.compile(r"\b(?:who|which|that|whose)\b")
ARTICLE_START = re.compile(r"^(?:the|a|an)\s", re.IGNORECASE)
# "Two Kazakh women ...", "Three Uyghur men": a count and a demonym open the sentence, no personal name
COUNT_LEAD = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Some|Many|Most|All|"
                        r"Both|Few|Dozens|Hundreds|Thousands)\s")
# a possessor before the speaker's own noun ("Md Rafiq's mother, Shirin Akter"): not the speaker, so not their gender
POSSESSOR = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w-]*['\u2019]s\s+(?=[a-z])")
# a sentence opened by someone else's relative or agent ("Md Rafiq's mother, Shirin Akter, said"): its subject is not the
# possessor, so a "she" after it does not go back to him
POSSESSED_PERSON = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w-]*['\u2019]s\s+(?:(?:late|elder|older|younger)\s+)?"
                              r"(?:mother|father|wife|husband|brother|sister|son|daughter|cousin|uncle|aunt|lawyer|"
                              r"employer|boss|manager|friend|colleague|neighbou?r|widow|relatives?|family|parents)\b")

# words that open a sentence or clause before a name ("For Tomasz Wrobel", "When Mary Wanjiku, 27, boarded ..."),
# never a given name
LEAD_WORDS = frozenset("For In At On After Before When While Like Unlike As Since According Last This That Then But And So "
                       "Yet Asked Despite Though Although Meanwhile Today Yesterday Until If Once Because Within During".split())
LEAD_WORD = "(?:" + "|".join(sorted(LEAD_WORDS)) + ")"
# (s381) a sentence that opens on a span of time ("Between March and June the office ...", "Since April"): no name
TIME_LEAD = (r"(?:Between|Since|Until|Till|From|During|After|Before|Through|Throughout|By)\s+(?:January|February|March|"
             r"April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
             r"Saturday|Sunday)\b")
