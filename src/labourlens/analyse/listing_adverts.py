"""Classified adverts (extractor ``listing_adverts.v1``).

A landlord's advert of beds or rooms to let near an industrial park, or of premises or equipment for sale, offers
something at a price and asks the reader to call: "Dormitory beds to let", "Rent: ... per bed per month", "Call Mr
Tran on 0903 ... for a viewing". It names workers only as the tenants it hopes for, and its terms ("deduct the rent
from wages with the workers' consent", "a guard on duty 24 hours") are an offer, not an account of what happened to
anyone. A page headed as such an offer, with a call to the reader and no word of an account of abuse anywhere,
describes no forced labour (:func:`labourlens.analyse.context.forced_labour_context`). The words are the knowledge
file ``indicators.yaml`` (``listing_adverts``; the words of an account are ``member_notices``' ``accounts``).

A job advert (:func:`job_advert`) is read the same way: the post offered in its heading ("Vacancy: Night Porter"), how
to apply ("e-mail a CV to ..."), and terms on offer (the salary band, the shifts, shared housing, a day off a week)
that tell of nothing done to anyone."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["EXTRACTOR", "job_advert", "listing_advert"]

EXTRACTOR = "listing_adverts.v1"

_HEAD = 300  # an advert's offer stands in its heading or first lines
# a telephone number: seven digits or more, in groups
_PHONE = r"\+?\(?\d[\d\s().-]{5,}\d"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    data = knowledge.load("indicators.yaml")
    adverts = data.get("listing_adverts") or {}
    accounts = (data.get("member_notices") or {}).get("accounts") or []

    def alt(words: list[object]) -> str:
        return word_alternation([str(w) for w in words])

    offers = re.compile(rf"\b(?:{alt(adverts.get('offers') or [])})\b", re.IGNORECASE)
    # a call to the reader: "call Mr Tran on 0903 555 118", "WhatsApp +84 ...", "for a viewing", "enquiries to ..."
    calls = re.compile(rf"\b(?:(?:{alt(adverts.get('contact_verbs') or [])})\b[^.\n]{{0,40}}?{_PHONE}|"
                       rf"(?:{alt(adverts.get('calls') or [])})\b)", re.IGNORECASE)
    told = re.compile(rf"\b(?:{alt(accounts)})\b", re.IGNORECASE)
    return offers, calls, told


def listing_advert(text: str, body: list[str]) -> bool:
    """Is the page an advert of something to let or for sale, with a call to the reader and no account of abuse?"""
    offers, calls, told = _patterns()
    if not body or offers.search(text[:_HEAD]) is None or calls.search(text) is None:
        return False
    return not any(told.search(s) for s in body)


@lru_cache(maxsize=1)
def _job_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    adverts = knowledge.load("indicators.yaml").get("listing_adverts") or {}

    def alt(key: str) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{word_alternation([str(w) for w in adverts.get(key) or []])})\b", re.IGNORECASE)

    return alt("job_offers"), alt("job_calls")


def job_advert(text: str, body: list[str]) -> bool:
    """Is the page a job advert: a post offered at its top, how to apply, and no account of abuse?"""
    offers, calls = _job_patterns()
    if not body or offers.search(text[:_HEAD]) is None or calls.search(text) is None:
        return False
    return not any(_patterns()[2].search(s) for s in body)
