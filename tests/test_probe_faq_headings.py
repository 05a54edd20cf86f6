"""An explainer with question headings ("How many are there?", "How are they paid?" on lines of their own) is the
page's own account, not an interview: the paragraphs under the headings are not given to a person the lede names (nor
to a region, "the Russian Far East", read as one). An interview whose questions address the guest keeps its answers
with the guest. Every text is written for this test; people and groups are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.faq_headings import faq_headings
from probe_helpers import speaker

EXPLAINER = """EXPLAINER | Labour Desk

Who are the North Korean loggers in Khabarovsk Krai?

North Korean timber brigades have worked in the forests of the Russian Far East since Soviet times. Here is what is known about those still there.

How many are there?
Nobody outside the two governments knows. A researcher at the Amur Labour Centre, Dr. Irina Volkova, estimates that about 900 North Koreans may be working in logging in the region.

How are they paid?
A logger's wage of around 50,000 rubles a month goes first to the brigade's accounts, and the men keep a fraction of it.

Can they leave?
Passports are kept by the brigade's political officer, and no one leaves the camp except in a group.
"""


def test_sections_under_question_headings_are_the_pages() -> None:
    for frag in ("goes first to the brigade", "Passports are kept"):
        assert speaker(EXPLAINER, frag)[1] in (None, "outlet")


def test_named_researcher_still_speaks() -> None:
    assert speaker(EXPLAINER, "900 North Koreans")[0] == "A researcher at the Amur Labour Centre, Dr. Irina Volkova"


def test_faq_headings() -> None:
    assert faq_headings(["How many are there?", "Can they leave?"], "EXPLAINER | Labour Desk")
    assert not faq_headings(["What do your clients tell you?", "Is that common?"], "Host: X. Guest: Y.")
    assert not faq_headings(["How many are there?", "Can they leave?"], "An interview with a former logger.")
