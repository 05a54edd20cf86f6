"""Probes: denials in the accused side's words that the lexicon missed ("We do not accept that ...", "the so-called
... is pure fabrication", had "no knowledge" of it, "My client never ...", workers "employed in strict accordance
with migration law") are negated claims with no indicators; a
worker's "we were not given food for days" is an affirmed claim of abusive conditions, not a denial. Texts written
for these tests; every person and company is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, indicators


def _claim(sentence: str):  # type: ignore[no-untyped-def]
    a = analyse(LEAD + sentence, META)
    return next(c for c in a.claims if c.text.startswith(sentence[:20]))


def test_do_not_accept_that_is_a_denial() -> None:
    c = _claim("The company said: \"We do not accept that our timber was cut with forced labour.\"")
    assert c.polarity == "negated" and not c.indicators


def test_so_called_fabrication_is_a_denial() -> None:
    c = _claim("\"The so-called seizure of passports is pure fabrication,\" the Taiga Courier said in an editorial.")
    assert c.polarity == "negated" and not c.indicators


def test_no_knowledge_in_quotation_marks_is_a_denial() -> None:
    c = _claim("The yard's manager said he had \"no knowledge\" of any passports being withheld from the loggers.")
    assert c.polarity == "negated" and not c.indicators


def test_my_client_never_is_a_denial_but_never_paid_is_not() -> None:
    c = _claim("\"My client never locked any worker inside the yard,\" said Pavel Orlov, the owner's lawyer.")
    assert c.polarity == "negated" and not c.indicators
    c = _claim("\"My client was never paid for the four months she worked there,\" said Anna Sedova, the logger's lawyer.")
    assert c.polarity == "affirmed" and "withholding_of_wages" in {h.indicator for h in c.indicators}


def test_employed_in_strict_accordance_with_the_law_is_a_denial() -> None:
    c = _claim("The contractor stated that all foreign loggers on its sites are employed \"in strict accordance with "
               "Russian migration law\" and paid on time.")
    assert c.polarity == "negated"


def test_not_given_food_is_an_abuse_not_a_denial() -> None:
    assert indicators("The loggers were not given food for two days.") == {"abusive_working_and_living_conditions"}
    c = _claim("The loggers were not given food for two days.")
    assert c.polarity == "affirmed"


def test_reports_acknowledged_with_a_negation_inside_are_no_denial() -> None:
    text = LEAD + ("\"The ministry is aware of reports that the loggers were placed with firms that may not comply with "
                   "the rules on rest days,\" a ministry spokesman, Ivan Petrov, said.")
    c = next(c for c in analyse(text, META).claims if "aware of reports" in c.text)
    assert c.polarity == "affirmed"


def test_complying_with_the_law_is_a_denial_but_not_complying_is_not() -> None:
    from labourlens.analyse import hedges

    assert hedges.denial_cue("The company fully complies with all labour laws.") is not None
    assert hedges.denial_cue("The yards may not comply with the rules on rest days.") is None
