"""Probes (session 40, from heldout398's quiet report that got claims): an employer's notice of a course to the staff
it has picked for a posting abroad, addressed on its memo line ("To: employees posted to ..."), with its fair terms
(passports kept by their holders, pay in full, voluntary overtime), describes no forced labour: no claims. Near misses:
the same notice with an account of abuse in it, or with a worker's words reported, keeps its claims. Texts written
for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_NOTICE = """BRIEFING NOTICE: ORIENTATION WEEK

Kestrel Harbour Engineering Ltd. | Personnel Office
To: {addressees} posted to the Tema port extension, Ghana

Everyone on the second-phase list must attend a three-day orientation course at our Wuhan training centre from 2 to 4 May 2026. The course costs nothing; meals and rooms in Wuhan are on us.

Programme
Day 1: Your contract, clause by clause: wages, shifts and holidays. You keep a signed copy.
Day 2: Ghanaian law, residence cards and reaching the Chinese Embassy in Accra.
Day 3: Site safety.

Key points
- Your passport stays in your own hands throughout the posting; Personnel sees it only at a permit renewal and hands it straight back.
- Wages of 12,500 yuan per month go in full to your own bank account every month, with no deposit held and no travel deduction.
- Shifts are eight hours long, six days in each week. Extra hours are optional and paid at time and a half.
- Outside working hours staff are free to leave the camp and to keep their own phones.{extra}

Questions: Personnel Office, Wuhan training centre.
"""


def test_a_course_notice_to_the_firms_own_staff_is_quiet() -> None:
    for addressees in ("employees", "staff", "workers"):
        assert analyse(_NOTICE.format(addressees=addressees, extra=""), {}).claims == [], addressees


def test_a_notice_that_tells_of_abuse_keeps_its_claims() -> None:
    extra = "\n- Last year two workers were beaten by a foreman and their passports were confiscated."
    assert analyse(_NOTICE.format(addressees="employees", extra=extra), {}).claims


def test_a_notice_with_reported_words_keeps_its_claims() -> None:
    extra = "\n- A welder told us the company took his passport and kept his wages for three months."
    assert analyse(_NOTICE.format(addressees="employees", extra=extra), {}).claims
