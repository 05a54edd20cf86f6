"""A relative clause set off by commas between the speaker and the verb ("A foreman at one agency, who spoke to
us on condition that his firm not be named, said ...", "A payslip dated 14 June, which the paper has seen,
shows ...") tells how the speaker was reached: the subject before it speaks, not the outlet. A quotation that
follows someone's reported words in the same paragraph is theirs, not an earlier speaker's. Every text is
written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-04-01", "language": "en"}
HEAD = "Migrant workers at a Doha site\n\n"


@pytest.mark.parametrize("text,frag,want", [
    (HEAD + "A foreman at one agency, who spoke to us on condition that his firm not be named, said the migrant "
     "workers' passports were kept in the office.", "passports were kept", ("A foreman at one agency", "anonymous_source")),
    (HEAD + "A payslip dated 14 June, which the newspaper has seen, shows a deduction of 400 riyals from the "
     "wages of a migrant worker.", "deduction of 400", ("A payslip dated 14 June", "document")),
    (HEAD + "One cook, who asked that his name not be printed, said the migrant workers were locked in the camp "
     "at night.", "locked in the camp", ("One cook", "anonymous_source")),
])
def test_subject_before_relative_clause_speaks(text: str, frag: str, want: tuple[str, str]) -> None:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == want[1] and want[0].lower() in (s.wording or "").lower(), \
        (s.wording, s.kind) if s else None


def test_clause_without_report_verb_changes_nothing() -> None:
    text = HEAD + ("The camp, which the migrant workers share with 300 others, has no running water, the inspector "
                   "said.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "running water" in c.text)
    s = a.source(c.source)
    assert s is not None and "inspector" in (s.wording or "").lower()


def test_quote_after_reported_words_is_theirs() -> None:
    text = HEAD + (
        "Two of the migrant workers spoke to us. Omar, who asked that his family name not be printed, said the "
        "supervisor collected their passports \"for renewal\". The second man, Yusuf Adan, said he had asked twice "
        "to go home. \"The boss said if I leave I pay the ticket myself.\"")
    a = analyse(text, META)
    c = next(c for c in a.claims if "if I leave" in c.text)
    s = a.source(c.source)
    assert s is not None and "Yusuf" in (s.wording or ""), (s.wording, s.kind) if s else None
