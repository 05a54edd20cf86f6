"""Probes for the study of heldout276 (supply-chain documents and their press coverage): an audit's own public
summary with graded findings speaks as the audit (its labels are no claims, its tallies, its team and its whole
sample are its findings); a state office written in lower case before a name is the state's; a name after
"<Place>-based" is a firm; "Asked by:" and "Answered by:" as field labels of a written question. Texts, names and figures are invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, speaker

_AUDIT = """ETHICAL TRADE AUDIT: PUBLIC SUMMARY

Site: Harrow Bay Knitting Ltd, Unit 4, Tiruppur, Tamil Nadu, India
Audit firm: Larchmont Social Assurance (Chennai office)
Audit dates: 3 to 5 June 2026

1. COVERAGE

The team looked at 640 workers. Auditors interviewed 30 workers in private and reviewed wage sheets for the quarter.

2. FINDINGS

Finding 1.1 (critical): hiring costs.
Of the 30 workers interviewed, 12 said they had paid an agent in Bihar up to 40,000 rupees for the job. The site deducts 1,500 rupees a month from their wages, which the men described as instalments on an advance from the agent.

Finding 1.2 (major): papers.
All 30 interviewees said they held their own identity cards. The audit team saw no sign that passports were kept by the site.

Finding 1.3 (minor): hostel.
Hostel residents must be inside by 21:00 and sign a register at the gate.
"""


def _by_opening(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    a = analyse(text, META)
    out = {}
    for c in a.claims:
        s = a.source(c.source)
        out[c.text[:28]] = (s.wording if s else None, s.kind if s else None, c.source)
    return out


def test_graded_finding_labels_are_no_claims() -> None:
    texts = [c.text for c in analyse(_AUDIT, META).claims]
    assert not any(t.startswith("Finding 1.") for t in texts)


def test_audit_summary_speaks_as_the_audit() -> None:
    got = _by_opening(_AUDIT)
    voice = got["Of the 30 workers interviewe"]
    assert voice[:2] == ("The audit", "document")
    # the finding's next sentence, the whole sample and the audit's own team are the same voice
    assert got["The site deducts 1,500 rupee"][2] == voice[2]
    assert got["All 30 interviewees said the"][2] == voice[2]
    assert got["The audit team saw no sign t"][2] == voice[2]


def test_news_story_about_an_audit_keeps_its_counted_workers() -> None:
    text = LEAD + "Twelve workers said they had paid an agent in Bihar up to 40,000 rupees for the job and were still in debt.\n"
    assert speaker(text, "paid an agent")[1] == "anonymous_source"


_INSPECTOR = """Migrant loggers at a camp near Tomsk described their conditions to reporters.

"The men were kept behind a locked gate for weeks," said labour inspector Oksana Belyaeva, who led the visit.

"They were never paid for the overtime," said lawyer Daria Voronova, who represents four of them.

"Nobody could leave until the debt was paid," said former labour inspector Larisa Sokolova, who now runs a shelter.
"""


def test_lowercase_state_office_before_name_is_official() -> None:
    assert speaker(_INSPECTOR, "locked gate")[:2] == ("Oksana Belyaeva", "official")


def test_lawyer_and_former_inspector_stay_people() -> None:
    assert speaker(_INSPECTOR, "overtime")[1] == "named_person"
    assert speaker(_INSPECTOR, "until the debt")[1] == "named_person"


def test_place_based_person_stays_a_person() -> None:
    text = ("Migrant loggers at a camp near Tomsk described their conditions to reporters.\n\n"
            '"The loggers were never paid," said Tomsk-based lawyer Daria Voronova, who represents four of them.\n')
    assert speaker(text, "never paid")[1] == "named_person"


def test_place_based_name_is_a_firm() -> None:
    text = ("Migrant loggers at a camp near Tomsk described their conditions to reporters.\n\n"
            'Harbin-based Jinlong Fodder said it had "never bought timber cut by forced labour".\n')
    assert speaker(text, "never bought timber")[1] == "organization"


_WRITTEN = """House of Commons | Written questions and answers

Fruit picking: recruitment fees
Question for Department for Environment, Food and Rural Affairs
UIN 51220, tabled on 3 February 2026

Asked by: Alan Pritchett (Dover East)

To ask the Secretary of State what assessment he has made of reports that seasonal pickers paid recruitment fees.

Answered by: Joanna Kettering, Minister for Food
Answered on: 11 February 2026

We understand that some pickers recruited in 2025 may have paid fees of up to 2,000 pounds to brokers abroad.
"""


def test_answered_by_field_label_gives_the_minister() -> None:
    assert speaker(_WRITTEN, "may have paid fees")[:2] == ("Joanna Kettering", "official")
