"""Lines and wordings that read as cues but tell of no worker's plight: a paywall's meter (a count of free stories
left: chrome, and no month without days off), a driver fined by the police for overloading his van (no
wage deduction), nothing "on paper" (no written contract, not no pay), a helpline's records of the calls it took (no
calls monitored), and a fee borrowed and then taken back from pay under "it" (the money, not a passport named
before). Texts written for this test; people, firms and outlets are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_META = {"published": "2026-06-02", "language": "en"}


def _hits(text: str) -> dict[str, set[str]]:
    a = analyse(text, _META)
    return {c.text: {h.indicator for h in c.indicators} for c in a.claims}


def test_a_paywall_meter_is_chrome() -> None:
    text = ("Afghan labourers at a kiln near Qom said the owner kept their wages until the season ended.\n\n"
            "Sign in to keep reading. You have 1 free article left this month.\n\n"
            "You've read 4 of 5 free stories this month.")
    a = analyse(text, _META)
    assert [s.kind for s in a.sentences if "free" in s.text] and all(
        s.kind == "chrome" for s in a.sentences if "free" in s.text)
    assert not any("free" in c.text for c in a.claims)


def test_a_driver_fined_by_police_for_overloading_is_no_wage_deduction() -> None:
    got = _hits("Gendarmes stopped a van carrying 22 seasonal pickers to the orchards near Samsun. The foreman "
                "driving it was fined 9,000 lira for overloading it. The pickers said he kept their identity cards.")
    assert not any("withholding_of_wages" in v for k, v in got.items() if "overloading" in k)


def test_nothing_on_paper_is_no_unpaid_work() -> None:
    got = _hits("The tailors in the Aksaray workshop are Uzbek women without work permits. They got nothing "
                "on paper from the owner, one of them said.")
    assert not any("withholding_of_wages" in v for v in got.values())


def test_a_helplines_call_records_are_no_monitoring() -> None:
    got = _hits("In the helpline's records for last year, 340 calls came from domestic workers, and in most of "
                "them the employer held the worker's passport, the Tuzla Women's Desk said.")
    assert not any("isolation" in v for v in got.values())


def test_money_named_after_the_passport_is_what_it_refers_to() -> None:
    got = _hits("The agency in Tashkent keeps a copy of each woman's passport. The women borrow the fare, and the "
                "agency in Istanbul takes it back from their first wages.")
    assert not any("retention_of_identity_documents" in v for k, v in got.items() if "borrow the fare" in k)
