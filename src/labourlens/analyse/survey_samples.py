"""A study's own sample, summed up in the study's own voice: on a page that reports its own survey or interviews
("This report draws on structured interviews with 212 returnees", "Our own survey of 112 former workers"), a share
of the sample ("58% of all respondents said ...", "One in six women who worked in private homes described ...") and
the sample by kind ("Domestic workers in the sample reported ...") are the page's findings (its own voice), not
people it quotes. Writers split on respondents given by a count ("Two respondents said", "Respondents described",
"Several respondents"): some hear them as people, some as the report's figures; those keep the older reading
(speakers), and so do a qualitative study's interviewees ("three interviewees described beatings"), a named or
coded respondent ("Respondent 38, a former plasterer") and a respondent in a court case ("The respondents denied
...": a party, not a sample)."""

from __future__ import annotations

import re

__all__ = ["own_study", "sample_phrase"]

# the page's own study: "This report draws on ...", "Our own survey of ...", "we interviewed", "Of the 43 we interviewed"
_OWN_STUDY = re.compile(r"(?i)\b(?:this|the\s+present)\s+(?:report|study|survey|paper|briefing|summary|research)\s+(?:draws|is\s+based|"
                   r"relies|builds|rests)\b|\bour\s+(?:own\s+)?(?:survey|interviews|sample|fieldwork|respondents)\b|"
                   r"\bwe\s+(?:also\s+)?(?:surveyed|interviewed|spoke\s+to)\b"
                   # (s389) a factsheet's title or heading on its own survey: "Findings of the 2024 worker survey"
                   r"|\bfindings\s+of\s+(?:the|our|its)\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}survey\b")
# a share of the sample: "58%", "78 per cent", "half", "two in five"
_SHARE = (r"(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)|half|a\s+(?:third|quarter|fifth)|(?:nearly|almost|over)\s+half|"
          r"(?:one|two|three|four)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))")
_SAMPLE = re.compile(
    # "58% of all respondents", "78 per cent of the Tajik respondents"
    rf"^(?:(?:about|nearly|almost|over|more\s+than|fewer\s+than|only|just)\s+)?{_SHARE}\s+of\s+(?:(?:all|the)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:respondents|those\s+surveyed)\b"
    # "Domestic workers in the sample", "the women in the survey"
    r"|^(?:[\w-]+\s+){1,3}in\s+the\s+(?:sample|survey)\b"
    # "One in six women who worked in private homes"
    r"|^(?:one|two|three|four)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[\w-]+"
    # (s389) a bare share ("38 percent said", "Four percent reported") and one respondent in so many ("One respondent
    # in five said"): a part of the sample with the sample left understood
    r"|^(?:(?:about|nearly|almost|over|more\s+than|fewer\s+than|only|just)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"\s+(?:per\s*cent|percent))$"
    r"|^(?:one|two|three|four)\s+(?:respondents?|interviewees?)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$",
    re.IGNORECASE)


def own_study(text: str) -> bool:
    """Does the page report a survey or interviews of its own?"""
    return _OWN_STUDY.search(text) is not None


_THE_RESPONDENTS = re.compile(r"(?i)the\s+respondents?\b")


def sample_phrase(wording: str | None) -> bool:
    """Is ``wording`` a part of a study's sample given by count, share or kind, not a named or coded person?"""
    w = (wording or "").strip()
    return bool(w) and not _THE_RESPONDENTS.match(w) and _SAMPLE.match(w) is not None
