"""Probes (session 39, from heldout392's negation and speaker misses): a source's account followed by another party's
rejection in apposition ('Three diggers said the boss kept their passports, a claim the boss denied'; ', which the
firm disputes') is the source's claim, affirmed, with the account's indicators; the rejecting party is not its
speaker. Near misses: a party's own denial ("The firm denied that it kept ...") stays negated, and an outlet's own
sentence with no verb of saying keeps its reading. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rejected_tails import rejected_tail

_HEAD = """MINING TIMES
Workers held at gold pits, group says
By Ana Ruiz
12 March 2026

Diggers at three pits in the north say they are held by debts to pit bosses, according to a rights group. The group said the bosses keep the diggers' identity cards and beat those who try to leave.

"""


def _claim(sentence: str) -> tuple[str | None, str, str, set[str]]:
    analysis = analyse(_HEAD + sentence, {"language": "en", "outlet": "Mining Times"})
    names = {s.key: (s.wording, s.kind) for s in analysis.sources}
    c = next(c for c in analysis.claims if c.text.startswith(sentence[:20]))
    wording, kind = names.get(c.source, (None, "outlet"))
    return wording, kind, c.polarity, {h.indicator for h in c.indicators}


def test_an_account_with_a_rejection_after_it_is_the_sources_and_affirmed() -> None:
    wording, kind, polarity, inds = _claim("Three of the diggers said the pit boss kept their passports, which the boss denied.")
    assert wording == "Three of the diggers" and polarity == "affirmed"
    assert "retention_of_identity_documents" in inds


def test_a_claim_the_firm_denies_after_a_quote_names_no_speaker() -> None:
    wording, _, polarity, _ = _claim('Two loaders said the crew boss held their permits "in case anyone runs," a claim the '
                                     "crew boss denied.")
    assert wording == "Two loaders" and polarity == "affirmed"


def test_a_charge_the_firm_denies_after_a_trailing_tag() -> None:
    wording, _, polarity, _ = _claim("Our pay was kept for months, the men said, a charge the firm denies.")
    assert wording == "the men" and polarity == "affirmed"


def test_near_miss_a_partys_own_denial_stays_negated() -> None:
    _, kind, polarity, _ = _claim("The company denied that it kept their passports, which the diggers dispute.")
    assert kind == "organization" and polarity == "negated"


def test_near_miss_no_tail_without_a_verb_of_saying() -> None:
    assert rejected_tail("The pits were closed in May, a claim the owners deny.") is None
    assert rejected_tail("The men said the pits were closed in May, a claim the owners deny.") is not None
