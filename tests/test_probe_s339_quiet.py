"""Probes (s339): pages with nothing to find stay quiet. A job advert that names its licensing body ("licensed by the
Labour Exploitation Authority") tells of no abuse: the account word stands inside a body's proper name. Near miss: an
advert that also tells of workers exploited by a former supervisor is an account. Texts written for these tests; every
name is fictional."""

from __future__ import annotations

from labourlens.analyse.body_name_spans import in_body_name
from labourlens.analyse.listing_adverts import job_advert
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rule_notices import tells_of_abuse

_ADVERT = """Northfield Staffing - Current vacancies

FORKLIFT DRIVERS - WELLINGBOROUGH
Ref: NFS-2231 | Permanent | Start: 3 August 2026

We are recruiting 12 forklift drivers for a parcel hub near Wellingborough. Early and late shifts are available.

Pay
- £13.10 an hour, paid weekly into your own bank account.
- Overtime is voluntary and paid at time and a half.

Housing (optional)
- A room in a shared flat for £90 a week, bills included; the rent comes off your pay only if you agree in writing.

How to apply
Apply online or visit our branch on Market Street, Monday to Friday.

Northfield Staffing Ltd is licensed by the Labour Exploitation Authority for warehouse work.
"""


def test_an_account_word_inside_a_bodys_name_is_no_account() -> None:
    sentence = "Northfield Staffing Ltd is licensed by the Labour Exploitation Authority for warehouse work."
    start = sentence.index("Exploitation")
    assert in_body_name(sentence, start, start + len("Exploitation"))
    assert not tells_of_abuse([sentence])
    assert tells_of_abuse(["Drivers were exploited by a former supervisor, the Authority found."])


def _lines(text: str) -> list[str]:
    return [line.strip("- ") for line in text.splitlines() if line.strip()]


def test_a_job_advert_naming_its_licensing_body_is_an_advert() -> None:
    assert job_advert(_ADVERT, _lines(_ADVERT))
    assert analyse(_ADVERT, {}).claims == []
    told = _ADVERT + "\nLast year drivers told us a former supervisor exploited them.\n"
    assert not job_advert(told, _lines(told))


def test_an_advert_that_tells_of_exploitation_is_read() -> None:
    text = _ADVERT + ("\nLast year drivers told us a former supervisor kept their passports and exploited them; "
                      "he no longer works for us.\n")
    assert analyse(text, {}).claims


def test_a_cue_word_inside_a_bodys_name_is_no_cue() -> None:
    from labourlens.analyse import indicators

    assert not indicators.match("Northfield Staffing Ltd holds a licence from the Labour Abuse Authority.").hits
    assert indicators.match("Abuse was common at the depot, the drivers said.").hits
