"""Pages for indicator probes: a headline and one neutral lede naming North Korean or migrant workers, then the
sentence under test (shared by tests/test_probe_indicators_ind.py and tests/test_probe_indicator_classes.py).
The headlines, ledes, people and firms are our own."""
from __future__ import annotations

from collections.abc import Sequence

from labourlens.analyse.pipeline import analyse

CTX = {"published": "2025-03-01", "language": "en"}
HEADS = [
    ('North Korean workers at a Russian building site describe their days',
     'Dozens of North Korean labourers were sent to the Khabarovsk site by a state trading firm.'),
    ('Migrant workers at a Gulf construction camp speak out',
     'The migrant workers from North Korea and Nepal build towers on the edge of Doha.'),
    ('Inside a Hunchun garment plant staffed by North Korean women',
     'Several hundred North Korean women sew jackets at the plant under a state contract.'),
    ('North Korean loggers in the Russian Far East',
     'The North Korean workers cut timber in Amur Oblast for a Pyongyang trading company.'),
    ('North Korean waitresses at a restaurant in Shenyang',
     'The North Korean waitresses serve tables and sing for diners at the Pyolbit restaurant.'),
]


def affirmed(sentence: str, k: int = 0, heads: Sequence[tuple[str, str]] = HEADS) -> set[str]:
    """The indicators of the page's affirmed claims, the page built on head ``k`` (cycling through ``heads``)."""
    head, lede = heads[k % len(heads)]
    a = analyse(f"{head}\n\n{lede} {sentence}", CTX)
    return {h.indicator for c in a.claims if c.polarity == "affirmed" for h in c.indicators}
