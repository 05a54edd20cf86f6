"""A domestic worker's employer is a household, not a firm. On a page about domestic workers (helpers, maids,
caregivers in private homes), "the employer" who answers the reporter ("The employer, contacted by telephone, denied
...") is a private person (``anonymous_source``), and never the workers' group, union or charity the report quoted
first: "the employer" does not name an advocacy body again. A page without domestic work keeps the older reading
(the employer as a firm). Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from labourlens.analyse import legal_forms
from labourlens.model import Source

__all__ = ["advocate_clash", "advocate_voice", "household_employer", "household_employers"]

_EMPLOYER_HEADS = frozenset({"employer", "employers"})
# a body that speaks for workers: "a helpers' group", "the Domestic Workers Union", "a migrants' charity"
_ADVOCATE = re.compile(r"(?i)\b(?:workers?'?|helpers?'?|migrants?'?|maids?'?|caregivers?'?|rights|advocacy|support|"
                       r"labou?r)\s+(?:group|union|alliance|network|coalition|charity|ngo|association|centre|center)\b|"
                       r"\b(?:trade\s+union|charity|ngo|helpline|hotline|shelter)\b")
# (s47) a body's name that says it speaks for workers: "Delta Fishers' Union", "Harbour Rights Collective", "Families
# of the Missing Network" (not an employers' body: "the Kiln Owners' Association", "the Agencies' Federation", "a
# Business Alliance"; not a union of states: "the European Union")
_ADVOCATE_NAME = re.compile(r"\b(?:Network|Collective|Circle|Alliance|Coalition|Rights|Justice|Families|Voices?|Watch|"
                            r"Solidarity)\b|\b(?:[A-Z][a-z]+(?:ers|ors|men|women)['\u2019]?|Labou?r|Trade)\s+Union\b")
_EMPLOYER_WORDS = (r"(?:owners|employers|manufacturers|exporters|agencies|agents|contractors|recruiters|growers|"
                   r"producers|transporters|operators|hauliers|builders|industries|business|industry|retailers|brands|"
                   r"companies|providers|suppliers|sponsors|firms|landlords)")
_EMPLOYERS_BODY = re.compile(rf"(?i)\b{_EMPLOYER_WORDS}['\u2019]?\s+(?:association|federation|union|council|alliance|coalition|"
                             r"forum|network|group)\b|"
                             rf"(?i:\b(?:association|federation|union|council|chamber)\s+of\s+(?:[\w'-]+\s+){{0,2}}{_EMPLOYER_WORDS})\b")
# the domestic work the page is about
_DOMESTIC = re.compile(r"(?i)\b(?:domestic\s+(?:workers?|helpers?)|helpers?|maids?|housemaids?|caregivers?|"
                       r"live-in\s+(?:workers?|carers?))\b")
# the bare employer as a speaker, with an aside: "The employer", "the employer, contacted by telephone"
# (s44) the employer's town may follow: "The employer in Tripoli, contacted by phone"
_BARE_EMPLOYER = re.compile(r"(?i)^(?:the|her|his)\s+employer(?:\s+in\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)?"
                            r"(?:,\s*(?:reached|contacted|speaking|interviewed)\b[^,]{0,40},?)?$")


def advocate_clash(head: str, earlier_wording: str) -> bool:
    """Is ``head`` ("employer") a description that cannot name the earlier body, a workers' advocate?"""
    return head in _EMPLOYER_HEADS and _ADVOCATE.search(earlier_wording) is not None


@lru_cache(maxsize=1)
def _firm_form() -> re.Pattern[str]:
    """A legal form in a name ("Delta Workers Union Holdings Ltd", "Kessler Bau AG"): a firm, whatever else its name
    says (the forms of ``knowledge/legal_forms.yaml``, as printed)."""
    return re.compile(rf"(?<!\w){legal_forms.alternation()}(?!\w)")


def advocate_voice(wording: str) -> bool:
    """(s47) Is ``wording`` a workers' body (a union, a rights network, a families' group), which is never the party
    that answers an allegation?"""
    return _ADVOCATE_NAME.search(wording) is not None and _EMPLOYERS_BODY.search(wording) is None \
        and _firm_form().search(wording) is None


def household_employer(wording: str) -> bool:
    """Is ``wording`` a bare employer ("The employer, contacted by telephone"), an accused party when it answers?"""
    return "employer" in wording.lower() and _BARE_EMPLOYER.match(wording.strip()) is not None


def household_employers(text: str, sources: Sequence[Source]) -> list[Source]:
    """The employer of a domestic worker as a private person (a new list)."""
    if "employer" not in text.lower() or _DOMESTIC.search(text) is None:
        return list(sources)
    return [replace(s, kind="anonymous_source", canonical=None) if s.kind == "organization"
            and _BARE_EMPLOYER.match((s.wording or "").strip()) else s for s in sources]
