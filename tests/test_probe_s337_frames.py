"""Probes (s337): sentences of a report's frame that were read as claims about workers: how the account was gathered
(people met by the paper itself, a recording the writer listened to, an audit's dates and auditor, a briefing's outreach
team and its names changed at the workers' request), a statement's offer to set out the facts, a ruling's header, a
numbered point's heading of two nouns, a release's line for the press. Near misses: an audit sentence that tells what
it found stays a claim, so does an official's answer to the paper, and a ruling's sentence with a verb is no header. Texts written for these tests; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse import claim_filters
from labourlens.analyse.case_captions import case_caption
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-07-01", "language": "en"}


def test_how_the_account_was_gathered_is_a_method_line() -> None:
    assert claim_filters.is_method_line("Three cooks reached by our reporters at the shelter on Monday described the "
                                        "kitchen.")
    assert claim_filters.is_method_line("We listened to the recording of the call three times.")
    assert claim_filters.is_method_line("The audit was conducted between May and June by Acme Audits at 12 sites.")
    assert claim_filters.is_method_line("Lumen Foods would like to clarify the facts about the visit to its supplier.")


def test_an_audit_that_tells_what_it_found_or_an_official_reached_by_the_paper_is_no_method_line() -> None:
    assert not claim_filters.is_method_line("The survey was conducted in May and found that 40 cooks had no contract.")
    assert not claim_filters.is_method_line("A city official, contacted by our reporters, said the inspectors had found "
                                            "nothing wrong at the kitchens.")


def test_a_rulings_header_is_a_caption() -> None:
    assert case_caption("Labour Court of Appeal, 3rd Region · Case no. 5551-20.2025 Public Prosecutor's Office v. "
                        "Agropecuária Alto Rio Ltda Decided 3 June 2026 · Digest by the editors")
    assert not case_caption("The Labour Court said in Case no. 5551-20.2025, Prosecutor's Office v. Alto Rio, that the "
                            "men were unpaid.")


_BRIEF = (
    "REDE COSTURA VIVA\nNote 3/2026\n\nFindings from the workshops of the Pari district\n\n"
    "SUMMARY\n\n"
    "From March to June our outreach team met 30 sewing workers in São Paulo, most of them from Bolivia. This note "
    "reports what we learned. Names have been changed at their request.\n\n"
    "FINDINGS\n\n"
    "1. Wages and hours. Workers said they sewed from dawn to midnight and were paid only once the season was over.\n\n"
    "2. Debts. Most said the owner charged them for the bus from La Paz and took it out of their pay.\n\n"
    "Press enquiries: Rede Costura Viva office, São Paulo.\n")


def test_a_briefings_method_note_heading_and_press_line_are_no_claims() -> None:
    texts = [c.text for c in analyse(_BRIEF, META).claims]
    assert not any("outreach team" in t or "Names have been" in t or "sets out what" in t for t in texts)
    assert not any(t.strip() == "Wages and hours." for t in texts)
    assert not any("Press enquiries" in t for t in texts)
    assert any("dawn to midnight" in t for t in texts)

