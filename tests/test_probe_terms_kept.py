"""Probes of the forty-seventh session's study of ``heldout412``: stated terms kept (the agreed rate, the due date, at
least the minimum wage, overtime at a premium) are negated claims whoever says them, and a shortfall or a wrong after
"but" keeps its reading; hearsay with the adverb after the verb ("I heard later that") is hedged; a return ticket held
by the employer is restriction of movement, and not withheld pay; consent or recruitment "by deception" is deception;
a casual left out of the next morning's call for speaking up is intimidation; money paid "towards" a hospital bill is
no wage, and a slap "in front of his crew" no minder. Texts written for these tests; people, firms and places in them
are fictional or used only as settings."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}
# a page that is plainly about abuse, so that the probe paragraph after it is read as part of a report
LEAD = """Sawmill loaders near Ndola describe beatings and unpaid wages

NDOLA, 2 May - Loaders at a Chinese-run sawmill outside Ndola say they work twelve hours a day, are paid months late
and are beaten by foremen.

"""


def _page(text: str):  # type: ignore[no-untyped-def]
    return analyse(LEAD + text + "\n", META)


def _claim(text: str, needle: str):  # type: ignore[no-untyped-def]
    a = _page(text)
    return next(c for c in a.claims if needle in c.text)


def _kinds(c) -> set[str]:  # type: ignore[no-untyped-def]
    return {h.indicator for h in c.indicators}


def test_the_agreed_rate_paid_is_a_denial_by_a_named_manager() -> None:
    text = ("Loaders at the Kafue Timber yard near Ndola say they are beaten. A manager reached by phone, who gave his "
            "name only as Mr Lin, said the firm pays every loader the rate agreed on the first day.")
    c = _claim(text, "rate agreed")
    assert c.polarity == "negated" and not c.indicators


def test_wages_on_the_due_date_in_a_petition_is_a_denial_without_a_fee() -> None:
    text = ("To: The District Labour Officer, Ndola\n\nWe wish to say plainly that our members do not oppose the "
            "sawmill, and that Kafue Timber pays wages on the due date every month. Our complaint is about the "
            "deductions.\n")
    c = _claim(text, "due date")
    assert c.polarity == "negated" and "withholding_of_wages" not in _kinds(c)


def test_minimum_wage_and_premium_rates_in_a_company_report_are_denials() -> None:
    text = ("Our people\n\nKafue Timber employed 1,204 people at the end of 2025. Every direct employee earns at least "
            "the national minimum wage. All overtime hours were paid at premium rates.\n")
    a = _page(text)
    for needle in ("minimum wage", "premium rates"):
        c = next((c for c in a.claims if needle in c.text), None)
        assert c is None or c.polarity == "negated"


def test_a_worker_who_says_sunday_work_was_paid_at_double_rate_denies_that_wrong() -> None:
    text = ("Grace Mumba, a loader at a sawmill near Ndola, said the foremen shouted at the crews. She said the weekend shifts "
            "were paid at double rate.")
    c = _claim(text, "double rate")
    assert c.polarity == "negated"


def test_a_shortfall_below_the_agreed_rate_is_not_a_denial() -> None:
    text = ("Loaders at the Kafue Timber yard near Ndola say they were paid less than the agreed rate for months and "
            "that the foreman kept their passports.")
    c = _claim(text, "agreed rate")
    assert c.polarity == "affirmed"


def test_terms_kept_then_a_wrong_after_but_keeps_its_reading() -> None:
    text = ("Grace Mumba, a loader near Ndola, said the night shifts are paid at a higher rate, but the money goes to "
            "the foreman's account and the loaders never see it.")
    c = _claim(text, "higher rate")
    assert c.polarity == "affirmed"


def test_hearsay_with_the_adverb_after_the_verb_is_hedged() -> None:
    text = ("Loaders at a sawmill near Ndola say they work twelve hours a day. Grace Mumba, one of the loaders, said a "
            "driver fell from a truck in May. \"The boss flew him home, and I heard later that he was paid off and made "
            "to sign a paper saying it was his fault,\" she said.")
    c = _claim(text, "heard later")
    assert c.hedges


def test_return_tickets_held_are_restriction_and_not_withheld_pay() -> None:
    text = ("An audit of the sawmill's contractors found that one contractor kept the loaders' return air tickets "
            "until the end of their contracts.")
    c = _claim(text, "return air tickets")
    assert "restriction_of_movement" in _kinds(c)
    assert "withholding_of_wages" not in _kinds(c)


def test_consent_obtained_by_deception_is_deception_but_a_definition_is_not() -> None:
    c = _claim("The court found that the loaders' consent had been obtained by deception about their pay.",
               "by deception")
    assert "deception" in _kinds(c)
    a = _page("Labour trafficking is a form of trafficking in which a person is recruited through deception.")
    assert all("deception" not in _kinds(c) for c in a.claims)


def test_a_casual_left_out_of_the_next_call_is_intimidation() -> None:
    text = ("Day labourers at a sawmill near Ndola say they are paid late. \"A man who asks about his pay is not picked the next "
            "morning,\" one loader said.")
    c = _claim(text, "not picked")
    assert "intimidation_and_threats" in _kinds(c)


def test_nothing_paid_towards_a_hospital_bill_is_no_withheld_wage() -> None:
    text = ("Ruth Banda said her son broke his arm in the sawmill's log yard in March. She said the firm paid nothing "
            "towards the hospital, and she sold her goats to pay for the cast.")
    a = _page(text)
    c = next((c for c in a.claims if "paid nothing" in c.text), None)
    assert c is None or "withholding_of_wages" not in _kinds(c)


def test_a_slap_in_front_of_his_crew_is_violence_not_a_minder() -> None:
    text = "On 3 March our member J.B., a log-yard loader, was slapped by a Chinese shift supervisor in front of his crew."
    c = _claim(text, "slapped")
    assert "physical_and_sexual_violence" in _kinds(c)
    assert "restriction_of_movement" not in _kinds(c)
