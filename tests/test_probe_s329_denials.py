"""Probes (s329, second round): how firms deny in South American labour reporting. A firm that "does not acknowledge
the classification" as slave labour, that "disputes the inspectors' findings", that says the people found "were not
its employees", "had never been employees" or were "associates, not employees", or that "will not tolerate any kind
of degrading work" denies; such a claim is negated and carries no indicator. Cane cutters named by their trade alone
("the cutters", "several cutters") are the people a story is about and can speak. Near misses: the workers "were not
paid" is abuse, not a denial; "Guests, not employees, were asked to leave" denies nothing. Texts written for these
tests; the firms are fictional."""

from __future__ import annotations

from labourlens.analyse import hedges
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-06-02", "language": "en"}
LEAD = ("Cane cutters rescued in Mato Grosso do Sul\n\n"
        "DOURADOS — Labour inspectors freed 37 cane cutters held in slave-like conditions on a farm near "
        "Dourados, where they slept in crowded sheds and had not been paid for seven weeks.\n\n")


def test_firms_denying_the_finding_or_the_employment_deny() -> None:
    for text in ("Usina Rio Claro said it does not recognise the classification as slave labour.",
                 "The distillery disputes the inspectors' findings and will appeal.",
                 "The group said the cutters were not its employees.",
                 "The owner said the men had never been employees of the farm.",
                 'The foreman said the crew were "associates, not employees".'):
        assert hedges.denial_cue(text) is not None, text


def test_near_miss_unpaid_workers_and_guests_are_no_denials() -> None:
    assert hedges.denial_cue("The workers were not paid for the last month.") is None
    assert hedges.denial_cue("Guests, not employees, were asked to leave the hall.") is None


def test_a_denied_characterisation_is_a_negated_claim_without_indicators() -> None:
    a = analyse(LEAD + "Usina Rio Claro said it does not admit the allegations of forced labour.\n\n"
                '"Our group will not tolerate any kind of degrading work by suppliers," the mill said.\n', META)
    denials = [c for c in a.claims if "admit" in c.text or "degrading" in c.text]
    assert len(denials) == 2
    assert all(c.polarity == "negated" and not c.indicators for c in denials)


def test_cutters_named_by_their_trade_speak_and_are_spoken_of() -> None:
    a = analyse(LEAD + "Several cutters said their pay slips were never shown to them.\n\n"
                "The farm's manager said the cutters were at no point stopped from going.\n", META)
    said = next(c for c in a.claims if c.text.startswith("Several cutters"))
    src = a.source(said.source)
    assert src is not None and src.kind == "anonymous_source" and src.wording == "Several cutters"
    assert any(c.text.startswith("The farm's manager") and c.polarity == "negated" for c in a.claims)
