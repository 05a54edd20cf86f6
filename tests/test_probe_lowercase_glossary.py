"""A glossary whose entries open their definitions in lower case after the colon, as a dictionary's do ("Broker: a
person who ...", "Advance (Hindi): a sum paid ..."), under an explainer's frame, defines terms and yields no claims; an
account of events under the same frame, its lines opening "Name: ..." as a transcript's turns do, still yields its
claims. Every text is written for this test; people and outlets are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-11", "language": "en"}

GLOSSARY = """EXPLAINER
Thekedar, bandhua, jamaat: the words of the loom trade, explained

Riverbank Review desk | 11 May 2026 | 4 min read

Stories about carpet and silk looms in northern India lean on a handful of words. This short glossary sets out what
they mean.

Thekedar (Hindi): a contractor who takes an order from an exporter and gives the weaving out to households. He pays
the weavers once an order is finished and the carpet cut from the loom.

Bandhua (Hindi): a weaver who took an advance from a loom owner and works it off. The state government freed such
weavers in the 1990s and wrote off their loans.

Jamaat: a group of weavers from one village who travel to a loom shed together, sleep there for the season and are
paid as a group.

Naqsha: the pattern a weaver follows, drawn on squared paper.

Freedom paper: the paper a district officer in India gives a person found in bonded labour; with it come the
payments for a new start.

Lump-sum scheme: jobs that took on girls at spinning mills for three years, their pay kept back until the last
month.

See also: the ILO's indicators of forced labour.
"""

ACCOUNT = """INTERVIEW
Weavers describe the loom shed: in their own words

Riverbank Review desk | 11 May 2026

Two weavers from Bhadohi spoke to the Riverbank Review about the shed where they worked last winter.

Ramesh: we were locked in the shed at night and the thekedar kept our wages for four months.
Sunita: they took our identity cards on the first day and kept them.
Ramesh: when I asked to go home, the thekedar said my family would have to repay the whole advance first.
Sunita: we worked from six in the morning to eleven at night with one break.
"""


def test_a_glossary_with_lower_case_definitions_is_quiet() -> None:
    a = analyse(GLOSSARY, META)
    assert not a.claims, [a.sentences[c.sentence].text for c in a.claims]


def test_turns_of_an_account_under_the_same_frame_keep_their_claims() -> None:
    a = analyse(ACCOUNT, META)
    assert len(a.claims) >= 3
    found = {i.indicator for c in a.claims for i in c.indicators}
    assert {"restriction_of_movement", "withholding_of_wages", "retention_of_identity_documents"} <= found
