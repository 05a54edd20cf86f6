"""Probes of the forty-third session's study of a set on Gulf hospitality, security and cleaning work (our own
wording; people, firms and outlets are fictional, places real)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from labourlens.analyse.definitions import defines_practice
from labourlens.analyse.fx import rate
from labourlens.analyse.page_business import page_business_line, page_heading_line
from labourlens.analyse.pipeline import analyse
from labourlens.gold import read_document
from labourlens.model import Analysis

_ABUSE = ("The agency kept our passports and we worked 14 hours a day in Doha with no day off, the cleaners said. "
          "Their wages were not paid for three months.")


def _run(text: str, published: str = "2026-10-01") -> Analysis:
    return analyse(text, {"published": published})


def _speakers(a: Analysis) -> dict[str, tuple[str | None, str]]:
    by_key = {s.key: s for s in a.sources}
    return {c.text: ((by_key[c.source].wording if c.source in by_key else None),
                     (by_key[c.source].kind if c.source in by_key else "outlet")) for c in a.claims}


def _money(a: Analysis) -> list[tuple[str, str | None, float | None]]:
    return [(m.text, m.currency, m.value) for m in a.amounts if m.kind == "money"]


# ---------------------------------------------------------------- amounts


def test_kuwaiti_dinar_takes_its_basket_rate() -> None:
    r = rate("KWD", date(2026, 3, 1))
    assert r.per_usd is not None and 0.30 <= r.per_usd <= 0.31
    a = _run(_ABUSE + " Each cook was promised 200 KD a month and received 130 KD.")
    kd = [m for m in a.amounts if m.currency == "KWD"]
    assert kd and all(m.usd is not None and 600 < m.usd / (m.value or 1) * 200 < 700 for m in kd if m.value)


def test_bare_sum_in_the_same_to_shape_takes_the_currency() -> None:
    a = _run("The club said the purse was 40,000 Qatari riyals, with 22,000 riyals to the champions and 11,000 to "
             "the losing finalists.")
    assert ("11,000", "QAR", 11000.0) in _money(a)


def test_bare_sum_with_a_participle_of_taking_after_it() -> None:
    a = _run("Cooks hired in Nairobi were promised 1,600 riyals a month in Doha and were paid 1,100, with a further "
             "120 deducted for meals they never get.")
    assert ("120", "QAR", 120.0) in _money(a)


def test_sum_taken_every_month_for_the_fare_is_wage_withholding() -> None:
    a = _run("I am a migrant worker and the agency kept my passport in Doha. For the first two months they took 30 "
             "riyals every month for \"the visa\". The agent had said the employer pays.")
    hits = {h.indicator for c in a.claims if "first two months" in c.text for h in c.indicators}
    assert "withholding_of_wages" in hits


# ---------------------------------------------------------------- feeds scored as one document


_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Harbour Ledger - Port &amp; Logistics Markets</title>
<link>https://harbour.example/</link>
<description>Market items.</description>
<item><title>Jebel Ali volumes rise</title><pubDate>Mon, 02 Nov 2026 05:00:00 +0400</pubDate>
<description>Container volumes at Jebel Ali rose 4 percent in October.</description></item>
<item><title>Muscat caterer wins tender</title><pubDate>Sun, 01 Nov 2026 05:00:00 +0400</pubDate>
<description>A Muscat caterer won a contract worth 2 million Omani rials for hospital meals.</description></item>
</channel></rss>
"""


def test_a_feed_in_a_gold_set_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "feed.txt"
    path.write_text(_FEED, encoding="utf-8")
    doc = read_document(path)
    assert "Jebel Ali" in doc.text and "2 million Omani rials" in doc.text
    assert doc.outlet == "Harbour Ledger"  # the channel's name without its strapline


# ---------------------------------------------------------------- pages with nothing to find


_POLICY = """Responsible Recruitment Policy | Marlow Bay Hotels

Responsible Recruitment Policy
Version 2 · Effective 1 March 2026

1. Scope
This policy covers every worker at Marlow Bay properties in Oman and Bahrain, including contractor staff.

2. Commitments
No worker shall pay for a job with Marlow Bay or its contractors. The contract signed on arrival must match the offer.
Workers keep their own passports. Overtime is voluntary and paid at the legal premium. Every worker has at least one
rest day each week. Contractor housing must meet Annex C, with no more than four residents per room.

3. Definitions
Forced labour, in the sense of the ILO's Forced Labour Convention, is any work a person cannot refuse or leave without
facing a penalty. Recruitment fees include any cost charged to a worker to obtain a job.
"""


def test_policy_page_with_a_definitions_section_is_quiet() -> None:
    assert defines_practice("Forced labour, in the sense of the ILO's Forced Labour Convention, is any work a person "
                            "cannot refuse.")
    assert not defines_practice("Forced labour, the inspectors said, was found at two sites.")
    assert _run(_POLICY).claims == []


_COURSE = """TRAINING NOTICE

Payroll and Housing Compliance for Camp Managers
A one-day workshop for camp managers in Ras Al Khaimah

Venue: Al Hamra Conference Hall, Ras Al Khaimah
Fee: 900 dirhams per participant, lunch included.

What you will learn

Module 1 - Pay
- Checking that wage files match payslips.
- Role play: a cleaner says his overtime was not paid and asks for his passport back.
- Handling a complaint from a worker and spotting retaliation.

Module 2 - Housing
- Room occupancy, ventilation and fire exits.

How to register

Register by 1 February 2027 at courses@example.org. Places are limited to 25.
"""


def test_course_notice_whose_syllabus_has_role_plays_is_quiet() -> None:
    assert _run(_COURSE, "2027-01-05").claims == []


# ---------------------------------------------------------------- the page's own business lines


def test_page_business_lines() -> None:
    for line in ("Research for this series was funded by the Tidewater Trust.",
                 "The Bulletin is supported by its readers; subscribe at bulletin.example.",
                 "This note may be reproduced with credit.",
                 "A fortnightly digest for people who follow port labour.",
                 "In this issue: ferry crews, a fee refund and a new shelter.",
                 "That is the Consul's note.",
                 "The Chair: Let us hear the federation.",
                 "The Chair: Our next witness, please.",
                 "You may state your name.",
                 "This afternoon we have the Commissioner and two growers.",
                 "We are calling her Mira.",
                 "Her words are voiced by an actor.",
                 "We encourage employees to talk to HR directly.",
                 "We publish the auditor's summary unchanged:"):
        assert page_business_line(line), line
    for line in ("4.2 Passports held (major).",
                 "Before we start, I shall read into the record a note from the Consulate in Jeddah dated 2 May.",
                 "Ruiz and 3 others v. Costa Marine Ltd, Labour Court, judgment of 4 May 2026 (case no. 44/2025)",
                 "To: Ms Ana Brook, Chief Executive, Tern Hotels\nFrom: Harbour Cooks' Union",
                 "Site: Dune Park, Jeddah\nAudit dates: 3-5 May 2026",
                 "Inquiry into the welfare of seafarers\nTuesday, 3 March 2026, at 2.30 p.m."):
        assert page_heading_line(line), line
    assert not page_business_line("The supervisor took our passports and we were not paid for months.")
    assert not page_business_line("We are calling on the ministry to act.")


# ---------------------------------------------------------------- speakers


def test_what_a_broker_described_as_a_job_is_not_the_brokers_claim() -> None:
    a = _run("Ana Lopes, 31, left her town in 2023 for what the recruiter in Manila described as a nursing job in "
             "Jeddah, at 2,000 Saudi riyals a month. She paid the recruiter 90,000 pesos, borrowed from a lender. "
             "\"The boss took my passport,\" Lopes said.")
    assert all("recruiter" not in (w or "") for w, _ in _speakers(a).values())


def test_a_clause_that_filed_reports_is_no_speaker() -> None:
    a = _run("The cleaners said they were not paid for four months. A week after they complained, the agency lodged "
             "absence reports against both women. The cleaners said they were then detained.")
    sp = _speakers(a)
    lodged = next(v for k, v in sp.items() if "lodged" in k)
    assert "lodged" not in (lodged[0] or "")


def test_ward_chairman_is_an_official() -> None:
    a = _run("The agency took their passports and they were not paid for months in Oman, workers said. At least six "
             "young women from the same ward left for Oman through one agency, according to the ward chairman, Hari "
             "Prasad Shah.")
    assert any(kind == "official" and "Shah" in (w or "") for w, kind in _speakers(a).values())


_THREAD = """Thread - posted to the public page "Doha Drivers"
Captured 3 March 2026

@kiprop_drives (Kiprop M.) - 1 Mar, 8:02 pm
1/ Our company holds all our passports and we have not been paid since December.

@harbour_meals (Harbour Meals Ltd) - 2 Mar, 9:30 am
Replying to @kiprop_drives
Harbour Meals pays every salary on time and no passports are retained by management.

@labour_desk_ke (account describes itself as the labour attache's office, Embassy of Kenya in Doha) - 2 Mar, 1:10 pm
Replying to @kiprop_drives
We have contacted the employer, who agreed to pay the arrears by 10 March.
"""


def test_bracketed_body_names_in_post_headers_give_the_kind() -> None:
    sp = _speakers(_run(_THREAD, "2026-03-03"))
    kinds = {w: k for w, k in sp.values()}
    assert kinds.get("harbour_meals") == "organization"
    assert kinds.get("labour_desk_ke") == "official"
    assert kinds.get("kiprop_drives") == "named_person"


_HEARING = """The Chair: Order. Before we start, I shall read into the record a note from our Consulate in Jeddah dated 2 May.

"The Consulate has received 80 complaints from drivers since March, most about unpaid wages and passports kept by employers. In 12 cases employers reported the drivers as absconding after they complained."

That is the Consul's note. Commissioner, you have the floor.
"""


def test_a_note_read_into_the_record_is_its_authors() -> None:
    sp = _speakers(_run(_HEARING, "2026-05-10"))
    note = [v for k, v in sp.items() if "complaints from drivers" in k or "absconding" in k]
    assert note and all("Consulate" in (w or "") and kind == "official" for w, kind in note)
