"""Papers held under other words: given back "only after" someone forced the holder's hand, a worker who left or fled
"without her passport", and an owner who "holds" refugees' protection cards (Turkey's temporary protection card is an
identity paper). Texts written for this test; the people, farms and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_META = {"published": "2026-08-14", "language": "en"}
_RETENTION = "retention_of_identity_documents"


def _hits(text: str) -> dict[str, set[str]]:
    return {c.text: {h.indicator for h in c.indicators} for c in analyse(text, _META).claims}


def test_papers_given_back_only_after_a_threat_were_held() -> None:
    got = _hits("Azerbaijani builders on a site in Kayseri said the foreman took their passports on arrival. The site "
                "office handed the passports over only after the men's embassy in Ankara wrote to the firm.")
    assert any(_RETENTION in v for k, v in got.items() if "only after" in k)


def test_a_worker_who_left_without_her_papers() -> None:
    got = _hits("Gulnara, a Kyrgyz migrant worker, looked after a couple's two sons in Antalya for two years and was "
                "never paid her wages. In the end she fled without her passport, she told the Mediterranean Courier.")
    assert any(_RETENTION in v for k, v in got.items() if "fled" in k)


def test_an_owner_who_holds_protection_cards() -> None:
    got = _hits("Syrian migrant workers at a workshop in Gaziantep have gone unpaid since May. Two of the tailors say "
                "their boss holds the temporary protection cards of all four in his desk.")
    assert any(_RETENTION in v for v in got.values())
