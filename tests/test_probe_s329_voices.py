"""Probes (s329, second round): who speaks in South American labour reporting. A fronted "Nevertheless," or "For its
part," is no part of the speaker: "the prosecutor" after it is the prosecutor named before. An editors' label
("Note from the editors:", "Update:") is no part of the speaker either, so a firm named after it is the firm, not a
document. "Unconfirmed reports from nurses in X" come from the nurses (people without names); reports from a body
stay a document. "She had worked there since March and said ...": the one who said it is "she", not "March and". "We
called the landlord, who told us that ...": the landlord speaks.
Texts written for these tests; the people, firms and outlets are fictional."""

from __future__ import annotations

from labourlens.analyse.called_parties import called_party
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-05-12", "language": "en"}
LEAD = ("Kiln owner fined over slave-like labour in Piauí\n\n"
        "TERESINA — Labour inspectors freed nine men held in slave-like conditions at a brick kiln in Piauí, "
        "where they slept in a tarpaulin shack and had not been paid for two months.\n\n")


def _speaker(text: str, start: str) -> tuple[str | None, str | None]:
    a = analyse(LEAD + text, META)
    claim = next(c for c in a.claims if c.text.lstrip().startswith(start))
    src = a.source(claim.source)
    assert src is not None
    return src.kind, src.wording


def test_a_fronted_nevertheless_leaves_the_prosecutor_named_before() -> None:
    text = ("Prosecutor Marta Siqueira Bueno, who led the inquiry, said the men had been recruited in Maranhão with the "
            "promise of R$ 2,000 a month.\n\nThe inspectors found no sign that the men were locked in. Nevertheless, the "
            "prosecutor noted that none of them had received more than R$ 300 in two months.\n")
    a = analyse(LEAD + text, META)
    first = next(c for c in a.claims if c.text.startswith("Prosecutor Marta"))
    later = next(c for c in a.claims if c.text.startswith("Nevertheless"))
    assert later.source == first.source
    src = a.source(later.source)
    assert src is not None and src.kind == "official" and "Nevertheless" not in (src.wording or "")


def test_an_editors_note_names_the_firm_not_a_document() -> None:
    kind, wording = _speaker('Note from the editors: Construtora Boa Obra told the Courier that it will appeal and that '
                             'it "has never kept" any worker\'s documents.\n', "Note from the editors")
    assert kind == "organization"
    assert wording is not None and not wording.startswith("Note")


def test_near_miss_a_heading_that_is_no_editorial_label_stays_as_it_was() -> None:
    assert classify("The inspector's finding: forty workers") != "organization"


def test_unconfirmed_reports_from_nurses_come_from_the_nurses() -> None:
    assert classify("unconfirmed reports from nurses in Sobral") == "anonymous_source"
    assert classify("reports from residents of the district") == "anonymous_source"
    kind, _ = _speaker("According to unverified reports from nurses in Teresina, two of the men were sent back to the "
                       "kiln while still injured.\n", "According to")
    assert kind == "anonymous_source"


def test_near_miss_reports_from_a_ministry_or_by_an_ngo_stay_documents() -> None:
    assert classify("reports from the ministry") == "document"
    assert classify("reports by Human Rights Watch") == "document"
    assert classify("media reports") == "document"


def test_a_coordinated_said_after_a_date_is_the_subjects() -> None:
    text = ("A seamstress from Potosí, who asked us not to print her name, said the owner kept the passports of everyone "
            "who arrived. She had sewn in the workshop since March and said she could go out just on Sundays.\n")
    a = analyse(LEAD + text, META)
    first = next(c for c in a.claims if c.text.startswith("A seamstress"))
    later = next(c for c in a.claims if c.text.startswith("She had sewn"))
    src = a.source(later.source)
    assert src is not None and src.kind == "anonymous_source"
    assert later.source == first.source


def test_near_miss_a_firm_and_a_person_joined_by_and_are_not_cut_to_one() -> None:
    text = "Inspectors from the ministry and the federal police said the men had been paid only in vouchers.\n"
    kind, wording = _speaker(text, "Inspectors from")
    assert kind == "official"
    assert wording is not None and wording.startswith("Inspectors")


def test_a_party_the_reporters_called_speaks_in_the_relative_clause() -> None:
    for text, who in (("We called the landlord of the block, who said he rents it to a firm.",
                       "the landlord of the block"),
                      ("This newspaper contacted the recruiting agency, which said it had paid every fare.",
                       "the recruiting agency")):
        m = called_party(text)
        assert m is not None and m.wording == who, text
    a = analyse(LEAD + "HOST: We called the landlord of the block, who said he lets the property to a "
                "firm and had never seen anyone sleeping there.\n", META)
    claim = next(c for c in a.claims if "landlord" in c.text)
    src = a.source(claim.source)
    assert src is not None and src.kind == "anonymous_source" and src.wording == "the landlord of the block"


def test_near_miss_a_party_called_without_a_relative_clause_does_not_speak() -> None:
    assert called_party("We called the landlord of the building twice, but nobody answered.") is None
    assert called_party("We visited the kiln, which lies beside the river.") is None


def test_a_court_division_speaks_for_the_state_and_upholds() -> None:
    assert classify("The 4th Panel") == "official"
    assert classify("the Second Chamber") == "official"
    assert classify("the appeals bench") == "official"
    kind, wording = _speaker("The 4th Panel upheld the lower court's ruling which found the kiln owner liable for "
                             "degrading work at the kiln.\n", "The 4th Panel")
    assert kind == "official" and wording == "The 4th Panel"


def test_near_miss_a_chamber_of_commerce_and_a_bare_panel_are_not_courts() -> None:
    assert classify("The Labour Chamber of Commerce") == "organization"
    assert classify("the Second Chamber of Commerce") != "official"


def test_initials_defined_in_the_page_voice_keep_their_kind() -> None:
    text = ("The Public Labour Office (PLO) in Piauí signed an agreement with the kiln owner on Monday.\n\n"
            "The PLO found the overseer had held on to the brickmakers' bank cards.\n")
    kind, wording = _speaker(text, "The PLO found")
    assert kind == "official" and wording == "The PLO"


def test_near_miss_initials_of_a_firm_stay_a_firm() -> None:
    text = ("Cerâmica Boa Vista Ltda. (CBV) signed an agreement with prosecutors on Monday.\n\n"
            "CBV said it had never kept the brickmakers' bank cards.\n")
    kind, _ = _speaker(text, "CBV said")
    assert kind == "organization"


def test_told_a_paper_by_its_kind_and_name_is_an_audience() -> None:
    kind, wording = _speaker('The kiln\'s owner told the state paper Gazeta da Região do Cariri that he "never kept anyone\'s '
                             'documents" and that the men could leave.\n', "The kiln's owner")
    assert wording == "The kiln's owner" and kind is not None and kind != "outlet"


def test_near_miss_telling_the_workers_is_no_audience_of_a_report() -> None:
    a = analyse(LEAD + "The foreman told the workers that anyone who complained would be sent home.\n", META)
    claim = next(c for c in a.claims if c.text.startswith("The foreman"))
    assert "intimidation_and_threats" in {h.indicator for h in claim.indicators}
