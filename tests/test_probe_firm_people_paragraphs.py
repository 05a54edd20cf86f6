"""A person who answers for a firm and closes a paragraph keeps the "He said" that opens the next one (probe
diag293): the pronoun is the firm's person just heard, not a worker quoted paragraphs before, and a second "He also
said" paragraph follows the first. Every text is written for this test; people and firms are fictional (places are
real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-01", "language": "en"}

TEXT = """Orchard crew says boss kept their papers

Nine apple pickers from Oaxaca say a labour contractor in Yakima kept their passports for the whole season.

"We could not leave, we had nothing to show anyone," the worker said.

The men left the orchard on June 2.

Dana Oyelaran, a volunteer with the Valley Pickers Alliance, said her group had heard similar complaints. "This happens every year," she said.

The crew leader, Dale Hutchins of Hutchins Orchard Labor LLC, denied keeping anyone's papers.

"Every man had his passport when he wanted it," Hutchins said by phone.

He said the weekly bunk fee paid for electricity and was written in the contract.

He also said nobody on his crew had been threatened with deportation.
"""


def test_next_paragraph_pronouns_stay_with_the_firms_person() -> None:
    a = analyse(TEXT, META)
    by_text = {c.text.split()[0] + " " + c.text.split()[1]: a.source(c.source) for c in a.claims}
    firm = next(a.source(c.source) for c in a.claims if "Every man had his passport" in c.text)
    assert firm is not None and "Dale Hutchins" in (firm.wording or "")
    for start in ("He said", "He also"):
        src = by_text.get(start)
        assert src is not None and src.key == firm.key, (start, src)
