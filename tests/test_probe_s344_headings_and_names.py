"""Probes (s344): a numbered point's run-in heading may carry the grade an audit gives it ("2. Wages (major).") and
is still no claim; a role named in a describing apposition by the name a record gives ("The applicant, a cleaner
from Cebu identified in the ruling as Rosa Lim, ...") is that named person when the role speaks later. Near misses:
a graded phrase with a verb is a sentence, and a role described without a name stays unnamed. Texts written for these
tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.run_in_headings import _short_heading
from labourlens.model import Sentence


def _sentences(*texts: str) -> list[Sentence]:
    out, at = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence(index=i, start=at, end=at + len(t), text=t, paragraph=0, kind="body"))
        at += len(t) + 1
    return out


def test_graded_heading_is_short() -> None:
    sents = _sentences("2.", "Wages (major).", "Pay for May was held back.")
    assert _short_heading(sents, 1)
    assert not _short_heading(_sentences("2.", "Wages were cut (major).", "x"), 1)


_AUDIT = """Northgate Assurance
Supplier Audit - Summary

1. Documents (major). Passports of 22 workers were found in a locked cabinet in the accounts office.

2. Wages (critical). Payroll shows that 58 workers received no pay for June and July.
"""


def test_graded_headings_are_no_claims() -> None:
    claims = [c.text for c in analyse(_AUDIT, {"outlet": "Northgate Assurance"}).claims]
    assert any("Passports of 22" in c for c in claims)
    assert not any(c.startswith(("Documents (major)", "Wages (critical)")) for c in claims)


_CASE = """Lowland Labour Digest
Case note: a cleaner's claim against a household in Makati

The applicant, a cleaner from Cebu identified in the ruling as Rosa Lim, worked for the respondent from 2024 to 2026.

The applicant said her employer kept her passport in a locked cabinet and paid her nothing for seven months.
"""


def test_role_named_in_the_record_is_a_named_person() -> None:
    result = analyse(_CASE, {"outlet": "Lowland Labour Digest"})
    keys = {s.key: s for s in result.sources}
    claim = next(c for c in result.claims if "passport" in c.text)
    assert keys[claim.source].kind == "named_person"
    assert keys[claim.source].wording == "Rosa Lim"


_UNNAMED = """Lowland Labour Digest
Case note: a cleaner's claim against a household in Makati

The applicant, a cleaner from Cebu in her forties, worked for the respondent from 2024 to 2026.

The applicant said her employer kept her passport in a locked cabinet and paid her nothing for seven months.
"""


def test_role_without_a_name_stays_unnamed() -> None:
    result = analyse(_UNNAMED, {"outlet": "Lowland Labour Digest"})
    keys = {s.key: s for s in result.sources}
    claim = next(c for c in result.claims if "passport" in c.text)
    assert keys[claim.source].kind == "anonymous_source"


_TALK = """LOK AWAZ | Conversation

"Nobody told us about the fees"

Sita Rai, 29, came back to Dharan in May after two years at a packing plant near Shah Alam. She spoke to Lok Awaz.

Lok Awaz: Who kept your passport?

Sita Rai: The supervisor kept it in a drawer for the whole two years, and the plant cut 300 ringgit a month from my
pay for the recruitment loan.
"""


def test_a_masthead_over_a_conversation_section_is_the_outlet() -> None:
    assert analyse(_TALK, {}).meta.outlet == "Lok Awaz"


def test_a_headline_with_a_bar_names_no_outlet() -> None:
    text = "Pay Cut | Crews Quit\n\nThe crews at the Kuantan yard stopped work on Monday after the owner kept their pay.\n"
    assert analyse(text, {}).meta.outlet is None
