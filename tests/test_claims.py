"""Claims: worker-topic filter, chrome, polarity, hedges, unconfirmed, event time; eval floors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labourlens.analyse import claims as claims_stage
from labourlens.analyse.sentences import split
from labourlens.model import Analysis, DocMeta, TimeMention

REPORT = """Skip to main content
Timber crews in Amur go unpaid, ex-worker says
By Lena Ortiz
Share on WhatsApp

BLAGOVESHCHENSK, Russia — North Korean loggers working for the fictional Taiga Star Timber company have not been paid for five months, according to a former worker, Son Chol-u.

“We worked from six in the morning until eleven at night,” said Son, 44. “The brigade leader kept our passports in his room.”

Son said each man had to send 10,000 rubles a month to Pyongyang and that those who fell short were threatened with being sent home.

The company denied that any North Koreans work at its sites. “There are no North Korean workers here,” a company manager said.

About 200 workers reportedly arrived in the region in March. The claim could not be independently verified.

The weather in Amur was mild on Tuesday.

Please direct any comments or questions to desk@amur-example.org.
Read in Korean
"""


def extract(text: str, outlet: str | None = "Amur Ledger") -> tuple[list, list]:
    sents = split(text)
    return claims_stage.extract(text, sents, DocMeta(outlet=outlet))


def claim_with(claims: list, needle: str):  # type: ignore[no-untyped-def]
    return next(c for c in claims if needle in c.text)


def test_claims_and_not_claims() -> None:
    sources, claims = extract(REPORT)
    texts = [c.text for c in claims]
    assert any("have not been paid" in t for t in texts)
    assert any("kept our passports" in t for t in texts)
    for chrome in (
        "Skip to main",
        "Share on",
        "By Lena",
        "Please direct",
        "Read in Korean",
        "weather in Amur",
    ):
        assert not any(chrome in t for t in texts), chrome


def test_claim_fields() -> None:
    sources, claims = extract(REPORT)
    by_key = {s.key: s for s in sources}
    unpaid = claim_with(claims, "have not been paid")
    assert by_key[unpaid.source].canonical == "Son Chol-u"
    assert unpaid.polarity == "affirmed"
    assert {h.indicator for h in unpaid.indicators} == {"withholding_of_wages"}
    passports = claim_with(claims, "kept our passports")
    assert passports.source == unpaid.source and passports.direct
    assert "retention_of_identity_documents" in {h.indicator for h in passports.indicators}
    threat = claim_with(claims, "threatened with being sent home")
    assert {"intimidation_and_threats", "withholding_of_wages"} <= {h.indicator for h in threat.indicators}
    assert "M_QUOTA" not in threat.mechanisms or threat.mechanisms


def test_denials_are_negated_claims_without_indicators() -> None:
    sources, claims = extract(REPORT)
    by_key = {s.key: s for s in sources}
    denial = claim_with(claims, "The company denied")
    assert denial.polarity == "negated" and denial.indicators == []
    quote = claim_with(claims, "There are no North Korean workers here")
    assert quote.polarity == "negated"
    assert by_key[quote.source].kind == "anonymous_source"


def test_negated_abuse_is_a_negated_claim() -> None:
    text = "North Korean workers at the plant were never beaten by managers, the owner said."
    _, claims = extract(text)
    assert claims[0].polarity == "negated" and claims[0].indicators == []


def test_hedged_and_unconfirmed() -> None:
    _, claims = extract(REPORT)
    arrived = claim_with(claims, "reportedly arrived")
    assert arrived.hedged and "reportedly" in arrived.hedges
    assert arrived.unconfirmed
    assert not claim_with(claims, "have not been paid").hedged


def test_inline_unconfirmed_note_does_not_spread() -> None:
    text = (
        "North Korean workers at the plant were sent home, a source said. "
        "Inspections of factories employing North Korean workers have reportedly increased, "
        "though this could not be confirmed."
    )
    _, claims = extract(text)
    assert [c.unconfirmed for c in claims] == [False, True]


def test_outlet_voice_source() -> None:
    sources, claims = extract(REPORT)
    arrived = claim_with(claims, "reportedly arrived")
    assert arrived.source == "OUTLET"
    assert sources[0].key == "OUTLET" and sources[0].kind == "outlet"


def test_no_claims_on_unrelated_report() -> None:
    text = (
        "Yanbian trade fair draws record crowds\n\n"
        "YANJI, China — The annual trade fair opened on Friday with 600 exhibitors from four countries.\n\n"
        "Tickets cost RMB 20 and entry is free for students. Hotels were fully booked for the weekend.\n\n"
        "A company spokesman said the fair would close on Tuesday with a concert."
    )
    sources, claims = extract(text)
    assert claims == [] and sources == []


def test_no_claims_on_generic_explainer() -> None:
    text = (
        "What the new import ban means\n\n"
        "Forced labour can include situations where workers' passports are withheld or wages are kept back. "
        "The ILO lists eleven indicators of forced labour. Importers should map their supply chains."
    )
    assert extract(text)[1] == []


def test_hypothetical_claims_have_no_indicators() -> None:
    text = (
        "North Korean workers in Doha have not been paid, a source said.\n\n"
        "Officials plan to send 2,000 more workers, who are at risk of having their passports confiscated."
    )
    _, claims = extract(text)
    plan = claim_with(claims, "plan to send")
    assert plan.future and plan.indicators == []


def test_questions_and_sourcing_notes_are_not_claims() -> None:
    text = (
        "North Korean workers at the plant are locked in at night, a former worker said.\n\n"
        "He asked that his name not be published. Why do they stay?"
    )
    _, claims = extract(text)
    assert [c.text for c in claims] == [
        "North Korean workers at the plant are locked in at night, a former worker said."
    ]


def test_attach_context_sets_event_time() -> None:
    text = "North Korean workers arrived in Nakhodka in March 2023, a source said."
    sents = split(text)
    sources, claims = claims_stage.extract(text, sents, DocMeta())
    start = text.index("March 2023")
    analysis = Analysis(
        meta=DocMeta(),
        sentences=sents,
        sources=sources,
        claims=claims,
        times=[TimeMention(start, start + 10, "March 2023", "date", "2023-03-01", None, "month")],
    )
    claims_stage.attach_context(analysis)
    assert analysis.claims[0].event_time == "2023-03-01"
    assert analysis.claims[0].event_precision == "month"


# ---------------------------------------------------------------- robustness

_WORDS = st.sampled_from(
    ["said", "told", "workers", "North Korean", "the source", "according to", ",", ".", "“", "”", '"', "passports",
     "not", "beaten", "Mr.", "U.S.", "(AP)", "—", "\n", "\n\n", "citing", "he", "she", "A:", "Kim Chol", "denied"]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=80).map(" ".join)))
def test_never_crashes_and_offsets_hold(text: str) -> None:
    sents = split(text)
    for s in sents:
        assert text[s.start:s.end] == s.text
    sources, claims = claims_stage.extract(text, sents, DocMeta())
    keys = {s.key for s in sources}
    assert all(c.source in keys for c in claims)
    for c in claims:
        for h in c.indicators:
            assert c.start <= h.start <= h.end <= c.end


@pytest.mark.parametrize("answer", [
    "A: Rice and soup. You ate what the cook gave you, standing up.",
    "A: At the beginning, yes. Later the foreman kept the money for the plan.",
])
def test_interview_answers_that_follow_a_claim_are_claims(answer: str) -> None:
    text = ("Pyo Il-nam (not his real name), 48, worked at a timber camp in Amur Oblast until 2019.\n\n"
            "Q: Were you paid?\n\n"
            "A: We never received wages in cash. The brigade leader kept our passports.\n\n"
            "Q: And the food?\n\n"
            f"{answer}\n")
    _, found = extract(text, None)
    second = answer.split(". ")[1].rstrip(".")
    c = claim_with(found, second)
    assert c is not None and c.cue == "answered"


@pytest.mark.parametrize("trade", ["plasterers", "carpenters", "bricklayers", "deckhands", "stevedores"])
def test_reports_about_tradespeople_yield_claims(trade: str) -> None:
    """Workers named by their trade count as the people a report is about."""
    text = (f"Dozens of North Korean {trade} at a fictional site near Tomsk were not paid for five months, "
            f"a foreman told the Amur Ledger. The {trade} slept in metal containers and were not allowed to "
            "leave the site, he said.\n")
    _, found = extract(text)
    assert [c.text.split()[0] for c in found] == ["Dozens", "The"]
    assert {h.indicator for c in found for h in c.indicators} >= {"withholding_of_wages",
                                                                  "restriction_of_movement"}


def test_a_report_about_a_company_alone_yields_no_claims() -> None:
    text = ("A fictional Dandong trading company opened a new office in Shenyang on Monday, its chairman said. "
            "The company plans to export machinery to Russia next year.\n")
    assert extract(text) == ([], [])
