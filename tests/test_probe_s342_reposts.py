"""Probes (s342): a roundup's reposted items are their source's ("[Reposted from Radio Lautoka, 3 May]" + the item: the
station's; "[Reposted from a Telegram post by a hometown club in Puebla]" + the item: the club's), and
"We are hearing, from two people we cannot identify, that ..." is those sources'. Near misses: the roundup's own
items stay its own, and "We heard from the union, that is all." names no report. Texts written for these tests; every
name is fictional."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

_ROUNDUP = """THE HARVEST NOTES - Issue 9

1. REPOST - Fiji: pickers
[Reposted from Radio Lautoka, 3 November 2026]
Fijian pickers in Tasmania were charged twice for their flights and had their passports taken, the station reported.

2. REPOST - Mexico
[Reposted from a Telegram post by a hometown club in Puebla, 22 November 2026]
Families in our village are being offered jobs in Georgia for 50,000 pesos. Two of our neighbours paid already and the
recruiter has vanished.

3. Our view
Pickers at a Tasmanian berry farm were made to work 14 hours a day without a day off for a month.
"""


def _speakers() -> dict[str, tuple[str, str]]:
    analysis = analyse(_ROUNDUP, {})
    sources = {s.key: s for s in analysis.sources}
    return {c.text: (sources[c.source].kind, sources[c.source].wording or "") for c in analysis.claims}


def test_a_reposted_item_is_its_sources() -> None:
    by_text = _speakers()
    station = next(v for t, v in by_text.items() if "charged twice" in t)
    assert station == ("outlet", "Radio Lautoka")
    village = next(v for t, v in by_text.items() if "neighbours paid" in t)
    assert village[1] == "a hometown club in Puebla"
    own = next(v for t, v in by_text.items() if "14 hours a day" in t)  # near miss: the roundup's own item
    assert own[0] == "outlet" and own[1] != "Radio Lautoka"


def test_what_the_page_heard_from_sources() -> None:
    m = find_mention("We are hearing, from two people we cannot identify, that crews on a trawler were not "
                     "allowed ashore for the whole season.")
    assert m is not None and m.wording == "two people we cannot identify"
    assert find_mention("We heard from the union, that is all.") is None
