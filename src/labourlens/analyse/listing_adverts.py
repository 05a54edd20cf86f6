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
that tell of nothing done to anyone.

(s33) A training centre's notice of a course (:func:`course_advert`) is read the same way: the course or its intakes
offered at its top ("Spring intakes of our caregiver course", "Enrolment now open"), how to register, and its terms (a
fee, who pays it, a hostel bed a night, a certificate issued in some days) that tell of nothing done to anyone. (s40) An
employer's own notice of a course to the staff it has picked for it needs no call to register: its memo head names them as
its addressees ("To: all staff posted to the Lagos depot"), and its questions go to the department that sent it. (s41) Its
call may be no more than a date to register by or a limit on places ("Places are limited to 30")."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens.analyse.rule_notices import tells_of_abuse

__all__ = ["EXTRACTOR", "course_advert", "job_advert", "listing_advert"]

EXTRACTOR = "listing_adverts.v1"

_HEAD = 300  # an advert's offer stands in its heading or first lines
# a telephone number: seven digits or more, in groups
_PHONE = r"\+?\(?\d[\d\s().-]{5,}\d"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """An advert's offer and its call to the reader, for things to let or sell and for jobs."""
    from labourlens.analyse.speaker_lexicon import section_alternations  # noqa: PLC0415 - loaded with the speaker stage

    alt = section_alternations("listing_adverts")

    offers = re.compile(rf"\b(?:{alt('offers')})\b", re.IGNORECASE)
    # a call to the reader: "call Mr Tran on 0903 555 118", "WhatsApp +84 ...", "for a viewing", "enquiries to ..."
    calls = re.compile(rf"\b(?:(?:{alt('contact_verbs')})\b[^.\n]{{0,40}}?{_PHONE}|(?:{alt('calls')})\b)", re.IGNORECASE)
    job_offers = re.compile(rf"\b(?:{alt('job_offers')})\b", re.IGNORECASE)
    job_calls = re.compile(rf"\b(?:{alt('job_calls')})\b", re.IGNORECASE)
    course_offers = re.compile(rf"\b(?:{alt('course_offers')})\b", re.IGNORECASE)
    # (s40) a call to register, or a memo's addressee line naming the firm's own staff ("To: all employees selected ...")
    course_calls = re.compile(rf"\b(?:{alt('course_calls')})\b|^[ \t]*to[ \t]*:[ \t]*(?:all[ \t]+)?"
                              rf"(?:{alt('course_addressees')})\b", re.IGNORECASE | re.MULTILINE)
    return offers, calls, job_offers, job_calls, course_offers, course_calls


def listing_advert(text: str, body: list[str]) -> bool:
    """Is the page an advert of something to let or for sale, with a call to the reader and no account of abuse?"""
    offers, calls = _patterns()[:2]
    return _advert(text, body, offers, calls)


# (s325) a job board's listing at the top of the page: the post's terms as fields between the board's dots or bars
# ("Listed 2 weeks ago · Part time · 6-month contract"), or a section heading on its own line ("About the role"); a story
# that opens "Full-time pickers say ..." lists no fields
# (s342) or a heading line of the workers wanted ("Table grape pickers wanted - season starting May"; (s50) "... wanted, <town>"),
# or "About the job"
_LISTING_FIELD = re.compile(r"(?:^|[\u00b7\u2022|])[ \t]*(?:full|part)[ -]time[ \t]*(?:[\u00b7\u2022|]|$)"
                            r"|^[ \t]*(?:about (?:the|this) (?:role|job|position)|the role|job description|role description)"
                            r"[ \t]*:?[ \t]*$"
                            r"|^[ \t]*(?:[\w'&/,-]+[ \t]+){1,6}wanted(?:[ \t]*$|,|[ \t]+[-\u2013\u2014:|(])"
                            # (s349) or a heading line that counts the places open ("Line packers - 40 openings"), or
                            # the board's section heading of whom the employer seeks
                            r"|^[^\n]{3,120}?[ \t][-\u2013\u2014:|(][ \t]*\d{1,4}[ \t]+(?:openings|vacancies|positions|places)"
                            r"\)?[ \t]*$"
                            r"|^[ \t]*who we(?: are|'re|\u2019re) looking for[ \t]*:?[ \t]*$"
                            # (s49) or the terms' own section heading ("What we offer"), as boards and employers head them
                            r"|^[ \t]*what we(?: offer|'re offering|\u2019re offering| are offering)[ \t]*:?[ \t]*$"
                            # (s352) or a board's number of the listing ("Listing #JB-4410", "Listing no. 7731"), or the
                            # hiring firm as a field line of its own ("Employer: Hacienda Las Palmas S.A.")
                            r"|\blisting[ \t]*(?:#|no\.|number)[ \t]*[A-Z0-9]"
                            # (s355) or its id or reference on the board ("Listing ID JB-2231", "Job ref: 88-A")
                            r"|\b(?:listing|job|vacancy)[ \t]+(?:id|ref|reference)\b[ \t]*(?:no\.|#|:)?[ \t]*[A-Z0-9]"
                            # (s44) or a board's code of the listing with no mark before it ("Listing KB-2031-77"), or
                            # the recruiting agency as a field line ("Recruiter: Harbour Placements Ltd")
                            r"|\blisting[ \t]+(?-i:[A-Z]{1,4})-?\d"
                            r"|^[ \t]*(?:employer|hiring company|company|recruiter|recruiting agency)[ \t]*:[ \t]*\S",
                            re.IGNORECASE | re.MULTILINE)


# (s329) a report's words: what someone said or told (an advert speaks only in its own voice: "we offer", "apply")
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according to)\b", re.IGNORECASE)


def job_advert(text: str, body: list[str]) -> bool:
    """Is the page a job advert: a post offered at its top, how to apply, and no account of abuse nor anyone's
    words reported (a story about a job listing, "pickers say the foreman took their cards", is a report)?"""
    offers, calls = _patterns()[2:4]
    return _advert(text, body, offers, calls, _LISTING_FIELD) and not any(_REPORTED.search(s) for s in body)


def course_advert(text: str, body: list[str]) -> bool:
    """Is the page a training centre's notice of a course: the course or its intakes offered at its top, how to
    register, and no account of abuse nor anyone's words reported (a story about a course whose trainees say they were
    charged twice is a report)?"""
    offers, calls = _patterns()[4:6]
    # (s43) a role play or a case exercise of the syllabus ("a trainee says her pay was short") is no one's account
    syllabus = _syllabus_items(text)
    body = [s for s in body if _item_text(s) not in syllabus]
    return _advert(text, body, offers, calls) and not any(_REPORTED.search(s) for s in body)


_ITEM = re.compile(r"^[ \t]*(?:[-\u2022*\u2013]|\d{1,2}[.)])[ \t]+(\S.*?)[ \t]*$")


def _item_text(sentence: str) -> str:
    m = _ITEM.match(sentence)
    return " ".join((m.group(1) if m else sentence).split())


@lru_cache(maxsize=1)
def _contents_heading() -> re.Pattern[str]:
    from labourlens.analyse.speaker_lexicon import section_alternations  # noqa: PLC0415 - loaded with the speaker stage

    alt = section_alternations("listing_adverts")
    # the heading line alone, or numbered ("Day 1 - Heat and health", "Module 2: Wages")
    return re.compile(rf"^[ \t]*(?:{alt('course_contents')})\b(?:[ \t]*\d{{1,2}}\b)?[^\n.]{{0,60}}$", re.IGNORECASE)


def _syllabus_items(text: str) -> set[str]:
    """The listed items under a heading of what a course teaches, as whitespace-normalised text."""
    items: set[str] = set()
    under = False
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _ITEM.match(line)
        if m is None:
            under = _contents_heading().match(line) is not None
        elif under:
            items.add(" ".join(m.group(1).split()))
    return items


def _advert(text: str, body: list[str], offers: re.Pattern[str], calls: re.Pattern[str],
            fields: re.Pattern[str] | None = None) -> bool:
    head = text[:_HEAD]
    if not body or (offers.search(head) is None and (fields is None or fields.search(head) is None)):
        return False
    return calls.search(text) is not None and not tells_of_abuse(body)
