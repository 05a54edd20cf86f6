"""A casework file's line that introduces the person of a case and says nothing about what happened to them ("A
welder from Cebu, 29, employed since 2023 at a shipyard in Ulsan.", "Three women from Lampung, working on the packing
line of the same plant.", "A driver from Osh, 45, at a haulage depot in Kazan."): a noun phrase of who they are, their
age and where they work, with no verb of its own (a participle of where they are employed is no clause) and nothing
after the workplace and its town (a relative clause may tell of conditions, and is left to the claims). Such a line
is part of the file's frame, no claim; what the case says comes in the sentences after it ("She said the broker kept
her passport."). A line with a finite verb ("A man from Osh, 45, asked us to check his pay.") is left alone.

A story's line on who its named subject is, by age, home and workplace, is such an introduction too ("Tomas Reyes, 34,
from Iloilo, has worked since 2022 at a cannery in Busan that packs tuna for export.", "Anjali Rai (not her real name),
26, spent two years at a garment factory outside Dhaka before coming home."): where they worked and since when, what
the plant makes, nothing about their conditions. Used by :func:`labourlens.analyse.whereabouts.whereabouts`, only for
lines with no indicator (the caller checks); examples are invented (s42)."""

from __future__ import annotations

import re

__all__ = ["case_intro"]

_NUM = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
        r"thirty|\d{1,3})")
_PEOPLE = (r"(?:man|woman|men|women|worker|workers|girl|girls|boy|boys|teenager|teenagers|couple|brothers|sisters|"
           r"labourer|labourers|laborer|laborers|migrant|migrants|operator|operators|welder|welders|driver|drivers|"
           r"cleaner|cleaners|cook|cooks|machinist|machinists|mother|father|widow)")
# the whole line: who (perhaps from where), perhaps their age, perhaps the participle of their post, then the workplace
# and where it is; nothing else ("A welder from Cebu, 29, employed since 2023 at a shipyard in Ulsan.")
_PROFILE = re.compile(
    rf"^(?i:{_NUM}\s+(?:[a-z-]+\s+){{0,2}}{_PEOPLE})(?:\s+from\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?(?:,\s*\d{{1,2}})?,?\s+"
    r"(?:(?:employed|working|hired|placed|based)\s+(?:since\s+\d{4}\s+)?)?(?:at|on|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:plant|factory|mill|line|farm|mine|workshop|warehouse|shipyard|yard|site|depot|kiln|cannery|estate|plantation)"
    r"(?:\s+(?:in|at|near|outside|of)\s+(?:the\s+same\s+\w+|[A-Z][\w'-]+(?:[ ,]+[A-Z][\w'-]+){0,3}))?\s*\.\s*$")

# (s388) a casework file's line on whom a case is about, with no verb: "A Nepali man, 31, at a cable plant in Kulim.",
# "A Myanmar woman, 24, employed through an agent at a glove factory in Klang." (the account follows it)
_NATIONALITY = re.compile(
    r"^(?:An?|One)\s+[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:man|woman|worker|girl|boy|youth|fisherman|fisher|labourer|laborer)"
    r"\s*,\s*(?:aged\s+)?\d{1,2}\s*,\s*(?:(?:employed|hired|recruited|placed|working|sent)\s+(?:through|by|via|as)\s+"
    r"[^,.;:!?\"\u201c]{1,60}?\s+)?(?:at|in|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:kiln|factory|mill|quarry|farm|"
    r"plantation|estate|mine|boat|vessel|workshop|site|warehouse|restaurant|hotel|shipyard|plant|line)\b"
    r"(?:\s+(?:near|in|on|outside|at|by|off)\s+[^.;:!?\"\u201c\u201d]{1,50})?\s*\.?\s*$")

# a named subject's line: name (and a note on the name), age, home town, then where and since when they work or spent time
_BIO = re.compile(
    r"^[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?:\s+\([^()]{1,40}\))?,\s*(?:aged\s+)?\d{1,2},\s*(?:from\s+[A-Z][\w'-]+"
    r"(?:\s+[A-Z][\w'-]+)?,\s*)?(?:has\s+worked|had\s+worked|worked|works|has\s+spent|spent|has\s+been\s+working)"
    r"(?:\s+(?:since\s+\d{4}|for\s+[\w-]+\s+(?:years?|months?)|(?:[\w-]+\s+){1,3}(?:years?|months?)"
    r"(?:\s+and\s+(?:[\w-]+\s+){1,2}(?:months?|weeks?))?))?\s+(?:at|in|on)\s+(?:a|an|the|another)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:factory|plant|mill|farm|mine|workshop|warehouse|shipyard|site|cannery|kiln|estate|plantation)\b"
    # where it is, what it makes, and when the worker came home
    r"(?:\s+(?:near|in|on|outside|at|by|off)\s+(?:(?!\b(?:where|when|who|and|but|while|because|until)\b)"
    r"[^.;:!?\"\u201c\u201d]){1,60}?)?"
    r"(?:,?\s+(?:that|which)\s+(?:makes|assembles|produces|supplies|builds|packs|sews|processes|exports)\s+"
    r"[^.;:!?\"\u201c\u201d]{1,80}?|\s+before\s+(?:coming|going|returning|flying)\s+(?:back\s+)?home"
    r"[^.;:!?\"\u201c\u201d]{0,40}?)?\s*\.?\s*$")


def case_intro(text: str) -> bool:
    """Is ``text`` a verbless line introducing the person of a case (who, how old, where employed), or a named
    subject's line of age, home and workplace?"""
    if len(text) > 260:
        return False
    if len(text) < 160 and _NATIONALITY.match(text) is not None:  # (s388, moved here from whereabouts)
        return True
    if _BIO.match(text) is not None:
        return True
    return _PROFILE.match(text) is not None
