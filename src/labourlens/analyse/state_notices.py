"""A state body's own notice to the public, for the attribution's press-release pass
(:func:`labourlens.analyse.release_heads.release_voice`).

An embassy's, a consulate's or a ministry's notice has no outlet: under the body's letterhead ("EMBASSY OF THE
REPUBLIC OF RURITANIA IN ...", "Ministry of Labour") stands the notice's genre on a line of its own ("NOTICE TO
CITIZENS", "Public advisory", "WARNING TO JOB SEEKERS"), and its paragraphs tell what the body learnt ("The Embassy
informs citizens that ...", then "On arrival, their passports were taken ..."). The sentences that name no one else
are the body's, as a press release's are its issuer's. A news story about such a notice has an outlet, or a headline
in place of the genre line, and is left alone. Examples are invented.

(s340) Such a notice that tells of no abuse and reports no one's words (:func:`service_notice`: "a consular team will
visit ... to renew passports", "fees are payable online only") offers the body's services and sets out what applicants
must bring; it describes no forced labour (:func:`labourlens.analyse.context.forced_labour_context`), whatever words of
passports, fees or employers it uses. A notice that tells what citizens complained of keeps its account words."""

from __future__ import annotations

import re

__all__ = ["numbered_notice", "service_notice", "state_notice_head"]

# the genre on its own line, maybe with its addressees: "NOTICE TO CITIZENS OF ...", "Consular advisory", "WARNING"
_GENRE = re.compile(r"^(?:(?:public|consular|official|important|urgent|travel)\s+)?(?:notice|advisory|announcement|"
                    r"warning|alert|information\s+notice|information\s+for\s+citizens)"
                    r"(?:\s+(?:to|for)\s+(?:all\s+)?(?:citizens|nationals|compatriots|job\s*seekers|migrants|workers|"
                    r"the\s+public)\b[^\n]{0,80})?\s*$", re.IGNORECASE)
# the body's letterhead: "EMBASSY OF ...", "Consulate General of ...", "Ministry of Labour and Social Protection"
_LETTERHEAD = re.compile(r"^(?:the\s+)?(?:(?:general\s+)?consulate(?:\s+general)?|embassy|high\s+commission|ministry|"
                         r"state\s+(?:agency|service|migration\s+service)|(?:national\s+|state\s+)?migration\s+service|"
                         r"consular\s+(?:section|department))\b[^\n]{0,100}$", re.IGNORECASE)


# (s349) a school's letterhead ("Harbourside Maritime College, Port Elsing"): a short line naming a university, a college,
# an institute or an academy, with no sentence in it
_SCHOOL_LETTERHEAD = re.compile(r"^[^\n.:;!?]{0,60}\b(?:university|college|institute|academy|polytechnic)\b[^\n.:;!?]{0,60}$",
                                re.IGNORECASE)
# a numbered notice, on a line of its own or after the issuing office ("Admissions Office \u00b7 Notice No. 12/2027")
_NUMBERED_NOTICE = re.compile(r"(?:^|[\u00b7\u2022|\u2013\u2014-][ \t]*)(?:notice|announcement|circular)[ \t]+(?:no\.?|number|#)"
                              r"[ \t]*\d[\w/.-]*[ \t]*$", re.IGNORECASE)


def state_notice_head(text: str) -> bool:
    """Does the page open as a state body's notice: its letterhead and, within the first lines, the genre line? (A
    school's office that issues a numbered notice opens as one too.)"""
    lines = [ln.strip() for ln in text[:800].splitlines() if ln.strip()][:6]
    if any(_LETTERHEAD.match(ln) for ln in lines[:3]) and any(_GENRE.match(ln) for ln in lines):
        return True
    return any(_SCHOOL_LETTERHEAD.match(ln) for ln in lines[:2]) and any(_NUMBERED_NOTICE.search(ln) for ln in lines[:3])


def numbered_notice(line: str) -> bool:
    """Is the header line's part a notice's number ("Notice No. 47/2026"), which an office issues, not an outlet?"""
    return _NUMBERED_NOTICE.search(line) is not None


# a report's words: what someone said or told (a body's own notice speaks in its own voice: "the Embassy informs")
_REPORTED = re.compile(r"\b(?:said|says|told|tells|stated|according to)\b", re.IGNORECASE)


def service_notice(text: str, body: list[str]) -> bool:
    """Is the page a state body's own notice (:func:`state_notice_head`) that tells of no abuse and reports no one's
    words: an offer of its services, with what applicants must do?"""
    from labourlens.analyse.rule_notices import tells_of_abuse  # noqa: PLC0415 - the notice words load with that stage

    if not body or not state_notice_head(text) or any(_REPORTED.search(s) for s in body):
        return False
    return not tells_of_abuse(body)
