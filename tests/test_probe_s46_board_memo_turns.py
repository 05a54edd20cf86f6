"""Probes of the forty-sixth session's study of one set: a board whose posts are numbered in square brackets
("[#2] reply by kite_9, 4 May"); a leaked memo pasted under its header lines with numbered points; a participle
after a noun that points back into the page ("the safe described in point 2"); a rule that no worker is to leave
without a pass; overtime that nobody may refuse; a concession that the law forbids what is told; fees paid through
agencies; a member's constituent named again after the member addresses the chair; a pronoun after an apposition
in a hearing turn. Texts written for these tests; the people, boards, firms and papers are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}
LEAD = "Workers at a tile plant in Oman say their pay is months late. "


def _claim(a, part):  # type: ignore[no-untyped-def]
    return next(c for c in a.claims if part in c.text)


def _kinds(c):  # type: ignore[no-untyped-def]
    return {h.indicator for h in c.indicators}


BOARD = """MigrantDesk > Boards > Oman > Pay and contracts

Thread: Agency keeps my ID card, what can I do?

[#1] posted by ravi_mct_88, 12-Mar-2026 21:40
Hello all. I work at a tile plant in Sohar. For four months the company is paying only half the salary and the supervisor keeps my ID card in his office.

[#2] reply by helpdesk_anna (moderator), 12-Mar-2026 22:05
Hi ravi. The employer must return your card. Please keep copies of your payslips.

[#3] reply by oman_tiler_77, 13-Mar-2026 07:10
Same in my company. The camp boss took my phone for two days after I complained about the salary.
"""


def test_a_post_numbered_in_square_brackets_is_its_posters() -> None:
    a = analyse(BOARD, META)
    first = a.source(_claim(a, "paying only half").source)
    third = a.source(_claim(a, "took my phone").source)
    assert first is not None and first.wording == "ravi_mct_88"
    assert third is not None and third.wording == "oman_tiler_77"


MEMO = """THE NIGHT DESK | Documents

Leaked: a cleaning contractor's memo on staff housing

The memo below was passed to The Night Desk by a person who works for Brightway Facility Services, a cleaning contractor in Muscat. Brightway did not dispute that it is genuine.

---
From: Housing Office, Block C
To: Operations Manager
Date: 2 May 2026
Subject: Staff passports and leave

1. Passports of all cleaners in Block C stay in the locked cabinet in the housing office.
2. No worker is to leave the block after 10 pm without a signed slip from the housing officer.
3. May salaries to be paid after the client settles its invoice.
---

Our source, who asked us not to name her, said the cabinet described in point 1 "has held the cleaners' passports since they arrived." She said several cleaners have not been paid since March.
"""


def test_a_leaked_memos_points_are_the_memos() -> None:
    a = analyse(MEMO, META)
    for part in ("locked cabinet", "No worker is to leave", "May salaries"):
        src = a.source(_claim(a, part).source)
        assert src is not None and src.kind == "document" and "memo" in (src.wording or ""), part


def test_a_rule_that_no_one_is_to_leave_without_a_slip_restricts_movement() -> None:
    a = analyse(MEMO, META)
    c = _claim(a, "No worker is to leave")
    assert c.polarity == "affirmed" and "restriction_of_movement" in _kinds(c)
    a = analyse(LEAD + "The notice says no worker is to leave the hostel without the foreman's permission.", META)
    c = _claim(a, "no worker is to leave")
    assert c.polarity == "affirmed" and "restriction_of_movement" in _kinds(c)


def test_a_noun_described_in_a_point_of_the_page_is_no_speaker() -> None:
    a = analyse(MEMO, META)
    src = a.source(_claim(a, "described in point 1").source)
    assert src is not None and src.kind == "anonymous_source" and "source" in (src.wording or "").lower()


def test_overtime_nobody_may_refuse_is_excessive_overtime() -> None:
    for text in ("A welder said they cannot say no to overtime at the yard.",
                 "A welder said the men are not allowed to refuse extra shifts."):
        c = analyse(LEAD + text, META).claims[-1]
        assert "excessive_overtime" in _kinds(c), text


def test_a_concession_that_the_law_forbids_it_leaves_the_account_an_account() -> None:
    a = analyse(LEAD + "Most of the 30 cooks said they had paid recruitment fees in Accra, although Ghanaian law "
                "forbids charging workers such fees.", META)
    c = _claim(a, "recruitment fees in Accra")
    assert not c.future and "debt_bondage" in _kinds(c)
    a = analyse(LEAD + "The law forbids recruitment fees, although agencies often charge them.", META)
    assert all("debt_bondage" not in _kinds(c) for c in a.claims if "law forbids" in c.text)


def test_fees_paid_through_recruitment_agencies_are_no_withheld_wages() -> None:
    a = analyse(LEAD + "Drivers recruited through licensed agencies in Lahore paid fees of between 90,000 and "
                "200,000 rupees, although Pakistani law forbids charging drivers any fee.", META)
    assert all("withholding_of_wages" not in _kinds(c) for c in a.claims if "paid fees of" in c.text)


HANSARD = """PARLIAMENT OF EASTLAND
THE NATIONAL ASSEMBLY - OFFICIAL REPORT
Tuesday, 3 March 2026

STATEMENT: EASTLANDERS WORKING IN MUSCAT

Hon. Mary Atieno Were (Lakeside North): Thank you, Hon. Speaker. I rise to ask the Minister for Labour about our citizens working in Muscat. A constituent in Lakeside, a young father who flew out as a driver, told me his employer has not paid him for four months and keeps his passport. He says he sleeps in a container with nine other men.

Hon. Speaker: Proceed, Minister.

The Minister for Labour (Hon. Peter Kamau Njoroge): Thank you, Hon. Speaker. The Ministry has received 40 complaints this year about unpaid wages.

Hon. Mary Atieno Were: Hon. Speaker, the same constituent says the men in his camp are allowed out only on Fridays, in a company bus. He also says their phones were taken for the first month.
"""


def test_a_pronoun_after_an_apposition_in_a_turn_is_the_constituents() -> None:
    a = analyse(HANSARD, META)
    told = _claim(a, "has not paid him").source
    assert _claim(a, "sleeps in a container").source == told
    src = a.source(told)
    assert src is not None and src.kind == "anonymous_source" and "constituent" in (src.wording or "").lower()


def test_the_same_constituent_after_an_address_to_the_chair_is_the_constituent() -> None:
    a = analyse(HANSARD, META)
    told = _claim(a, "has not paid him").source
    assert _claim(a, "allowed out only on Fridays").source == told
    assert _claim(a, "phones were taken").source == told
