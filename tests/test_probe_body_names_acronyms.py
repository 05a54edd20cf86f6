"""Probes (study-295b): bodies named by a long acronym or a French firm name, the person close to a body told apart
from the body, a minister named by a portfolio in lower case, and traders called by a borrowed French word.
Mini-texts are invented."""

from labourlens.analyse.pipeline import analyse

_LEDE = ("Workers at a granite quarry near Tamale told the Harbour Ledger they were beaten by guards and never paid "
         "for four months.\n\n")


def _claims(text: str) -> list[tuple[str, str | None, str, str]]:
    a = analyse(_LEDE + text, {"published": "2026-05-02", "language": "en"})
    src = {s.key: s for s in a.sources}
    return [(c.text, src[c.source].wording, src[c.source].kind, c.source) for c in a.claims]


def _of(claims: list[tuple[str, str | None, str, str]], needle: str) -> tuple[str, str | None, str, str]:
    return next(c for c in claims if needle in c[0])


def test_long_acronym_denies_as_a_body() -> None:
    c = _of(_claims("In a statement on Friday, KORVALEX denied that any worker was beaten at the quarry.\n"), "KORVALEX")
    assert c[1] == "KORVALEX" and c[2] == "organization"


def test_source_close_to_a_body_is_not_the_body() -> None:
    claims = _claims(
        "One person close to the owners of the quarry, the Société Granitière Volta Nord (SOGRAVON), said guards "
        "sometimes locked the gate at night. He spoke on condition of anonymity.\n\n"
        "In a statement on Friday, SOGRAVON denied that any worker was beaten at the quarry.\n")
    close, body = _of(claims, "locked the gate"), _of(claims, "denied that any worker")
    assert close[3] != body[3]
    assert body[2] == "organization"


def test_lower_case_portfolio_minister_is_official() -> None:
    claims = _claims(
        "The regional minister of mines, Amadou Sy Ndiaye, told the Ledger that a team would inspect the pits. "
        "He said the region had removed 300 children from the pits last year.\n")
    c = _of(claims, "300 children")
    assert c[2] == "official" and "Ndiaye" in (c[1] or "")


def test_borrowed_trader_word_with_a_where_clause_speaks() -> None:
    claims = _claims(
        "Négociants at the Bolgatanga stone yard, where the gravel ends up, told the Ledger that quarrymen earn "
        "a fair rate and denied hiring children.\n")
    c = _of(claims, "denied hiring children")
    assert c[2] == "anonymous_source" and (c[1] or "").startswith("Négociants")
