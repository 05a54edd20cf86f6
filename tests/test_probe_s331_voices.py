"""Probes (s331): voices, hedges and places of labour-transfer reports. A county's notice reproduced by an archive,
under its own title line ("Circular on ...") and set out in numbered rules, speaks as the notice (a document) even
with the archive as the page's outlet; its title and preamble are no claims, and the archive's note below it is the
archive's. "The herder, who asked us to call him X because ..." names the person met before. A paragraph of quotation
under a subhead goes on from the person quoted above it. A rule's "may not be lowered" and "nothing that could be
called forced labour" are no hedges; "Neither of them said ..." is a denial. Uyghur and Tibetan forms of county and
prefecture names are places. Texts written for these tests; the people, firms and bodies are fictional."""

from __future__ import annotations

from pathlib import Path

from labourlens.analyse import hedges
from labourlens.analyse.pipeline import analyse
from labourlens.evaluate import extractor_inputs, read_document

META = {"published": "2026-04-01", "language": "en"}


def test_an_archived_circular_in_numbered_rules_speaks_as_the_circular() -> None:
    text = ("Highland Records Project | Item 2026-11\nTranslated from Chinese by Dawa Lhamo.\n\n"
            "Shigatse Prefecture Human Resources Bureau\n"
            "Circular on Organising the Autumn Export of Herding Labour\n\n"
            "To all county bureaus:\n\nTo carry out the prefecture's plan on herder incomes, the following provisions are "
            "hereby notified.\n\n"
            "1. Numbers. Each county shall send 600 herders to factories in other provinces; each county's number is a political task.\n\n"
            "2. Travel. Herders shall leave under police escort and no herder may return on their own.\n\n"
            "3. Papers. Identity cards shall be held by each team leader until the contract ends.\n\n"
            "Archive note: A former cadre gave us this circular; we could not confirm it with the bureau.\n")
    a = analyse(text, {**META, "outlet": "Highland Records Project"})
    rules = [c for c in a.claims if c.text.lstrip().startswith(("Each county", "Herders shall", "Identity cards"))]
    assert len(rules) == 3
    for c in rules:
        src = a.source(c.source)
        assert src is not None and src.kind == "document" and src.wording == "Circular"
    assert not any(c.text.lstrip().startswith(("Circular on", "To carry out")) for c in a.claims)


def test_a_described_person_asking_to_be_called_a_name_is_that_name(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Herders describe a textile mill</title></head><body>"
        "<h1>Herders describe a textile mill</h1>"
        "<p>Tibetan herders sent east under a state labour transfer programme describe forced labour at a mill in "
        "Hubei.</p>"
        "<p>A herder from Nagchu who spent a year at a cotton mill in Wuhan says he and sixty others were driven "
        "there by coach, with police officers riding in front.</p>"
        "<p>The herder, who asked us to call him Norbu because his parents still graze yaks near the town, said the "
        "mill's gate was bolted at ten and the team leader kept their identity cards.</p>"
        '<p>"Wages went to the township first. We saw a little cash each month," he said.</p>'
        "<h2>Calls on Sundays</h2>"
        '<p>"We were allowed one call a week, in the office, with the leader listening. I stopped telling my '
        'mother anything."</p>'
        "</body></html>", encoding="utf-8")
    cap = read_document(page)
    a = analyse(cap.text, extractor_inputs({}, cap))
    gate = next(c for c in a.claims if "bolted" in c.text)
    src = a.source(gate.source)
    assert src is not None and src.kind == "named_person" and src.wording == "Norbu"
    call = next(c for c in a.claims if "one call a week" in c.text)
    assert call.source == gate.source


def test_a_rules_ban_and_a_naming_are_no_hedges_but_a_doubt_is() -> None:
    assert hedges.find_hedges("The target is binding and may not be lowered by any township.") == []
    assert hedges.find_hedges("The spokesman said the region has nothing that could be called coercion of any kind.") == []
    assert hedges.find_hedges("Some workers may not be paid until the harvest ends.") != []


def test_neither_of_them_said_is_a_denial() -> None:
    assert hedges.denial_cue("Neither of the two inspectors reported seeing a worker beaten.") is not None
    assert hedges.denial_cue("Neither man said he had been kept from leaving.") is not None
    assert hedges.denial_cue("Neither firm replied to our questions.") is None


def test_uyghur_and_tibetan_county_names_are_places() -> None:
    text = ("Steppe Dispatch\n\nCounties fill their quotas\n\n"
            "Workers from Awat and Onsu were sent to Anhui, while herders from Lhatse and Chamdo went to Jiangsu, "
            "a former cadre said.\n")
    a = analyse(text, META)
    names = {p.text for p in a.places}
    assert {"Awat", "Onsu", "Lhatse", "Chamdo"} <= names


def test_a_speakers_caveat_that_not_every_case_is_so_is_a_denial() -> None:
    assert hedges.denial_cue("We are not saying all of the mills in Hubei mistreat their staff.") is not None
    assert hedges.denial_cue("I am saying the mill mistreats its staff.") is None
