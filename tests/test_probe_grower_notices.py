"""Probes of a cooperative's announcement to the growers who deliver to it: prices, payment terms, the day rate the
province fixed for pickers and a reminder about their lodging tell of no events, so the page has no claims."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}

NOTICE = """KERICHO HIGHLANDS TEA GROWERS' SOCIETY
Notice to growers, 30 April 2026

Green leaf rates for the long rains season

The Management Committee has fixed the green leaf rates for the season, which apply from 4 May at all society
buying centres in Kericho, Bomet and Nandi.

- Grade one leaf, two leaves and a bud: KES 24 per kilogram
- Coarse leaf: KES 17 per kilogram
- A bonus of KES 2 a kilogram will be paid to growers who deliver before ten in the morning.

The Committee considered rising costs of fertiliser, transport and plucking labour, which grower delegates put at
about a third of what a kilogram of leaf costs. The county wages board has fixed the daily wage of seasonal pluckers
at KES 650 net.

Growers should note that seasonal pluckers and any children arriving from other counties should be registered
with the ward health office, and that the society's welfare fund helps growers who build latrines near their plots.

Payments for leaf will be made to growers' mobile money accounts every fortnight. Growers who still owe on fertiliser loans from the
society may have the loan repayment taken from their leaf payment.

Demand from buyers at the Mombasa auction is steady, and the Committee expects a crop of 41 million kilograms.

Secretary of the Management Committee
Kericho Highlands Tea Growers' Society, Kericho
"""


def test_announcement_to_growers_has_no_claims() -> None:
    a = analyse(NOTICE, META)
    assert a.claims == []
    assert not {h.indicator for c in a.claims for h in c.indicators}
