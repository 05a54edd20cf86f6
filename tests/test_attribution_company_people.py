"""A person who speaks for a company ("The plant's general manager, Sun Lijun", "a spokeswoman for the
firm") is a person for "he" and "she": the pronoun after them is theirs, not an earlier worker's.
Names and companies are invented for the tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

TEXT = """Several workers told the auditors that their passports had been kept by the company since the day they arrived. A second worker said mobile phones were collected by the team leader after each shift and that the workers were confined to the dormitory.

The plant's general manager, Lin Haotian, denied that the workers were confined. "They are free to go out after work, like anyone else," he told the auditors. He said the passports were stored for safekeeping.
"""


def test_he_after_a_named_manager_is_the_manager() -> None:
    a = analyse(TEXT, {"published": "2025-03-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    by_text = {c.text: sources[c.source] for c in a.claims}
    manager = [s for t, s in by_text.items() if "free to go out" in t or "safekeeping" in t]
    assert len(manager) == 2
    assert all(s.kind == "organization" and "Lin Haotian" in (s.wording or "") for s in manager)
    worker = [s for t, s in by_text.items() if "mobile phones" in t]
    assert worker and worker[0].kind == "anonymous_source"
