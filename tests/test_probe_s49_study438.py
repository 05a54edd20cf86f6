"""Probes for the study of heldout438 (forty-ninth session): a law that bars employers from keeping papers is no
abuse ("an employer has no right to hold it"), notes that mark a line as unchecked ("we mark this as unverified",
"cannot rule out that the register was doctored", "identity of the sleepers not confirmed"), a reported clause kept as
a claim before such a note, a clipping file's numbered headers ("[Clip 2] Harbour Ledger, ..." + "The paper
reports"), a denial by "nobody from the other side", and a bag
 with the men's passports. Texts, people, firms and outlets are invented; places are real."""

from __future__ import annotations

from labourlens.analyse import hedges
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, indicators, lexicon_indicators

CLIPS = """CLIPPING FILE - seasonal builders in Siberia, file 3
Compiled by Dr. Petra Lund for a reading group. Summaries are mine.

[Clip 2] Harbour Ledger, 4 May 2025 - on a dormitory in Irkutsk
The paper reports that 19 migrant builders were sleeping in a basement under a car wash in Irkutsk.
My note: the address matches an older story.

[Clip 3] Tomsk Courier, 9 June 2025 - a sawmill's statement
Kestrel Mills, a sawmill near Tomsk, denied a report that its crews work without contracts.
My note: the statement names no contractor.

[Clip 4] Open Road Watch (NGO), 2 July 2025
The group reports that carpenters at a Novosibirsk site were made to hand over their wages to a crew boss each month.
"""


def _clip_speaker(words: str) -> tuple[str | None, str | None]:
    a = analyse(CLIPS, {"published": "2025-08-01", "language": "en"})
    s = a.source(next(c for c in a.claims if words in c.text).source)
    return (s.wording if s else None), (s.kind if s else None)


def test_an_employers_duty_under_the_law_is_no_kept_passport() -> None:
    assert indicators("Your passport stays with its holder; an employer has no right to hold it.") == set()


def test_no_right_to_keep_papers_is_no_worker_without_rights() -> None:
    assert "abuse_of_vulnerability" not in lexicon_indicators("Employers have no right to keep a worker's passport.")


def test_a_line_marked_unverified_is_a_note() -> None:
    assert hedges.is_unconfirmed("Two drivers say the fence is new; we mark this as unverified.")


def test_a_check_that_cannot_exclude_tampering_is_a_note() -> None:
    assert hedges.is_unconfirmed("We cannot rule out that the register was doctored before it was sent to us.")


def test_an_unconfirmed_identity_is_a_note() -> None:
    assert hedges.is_unconfirmed("My note: the fire brigade attended; identity of the sleepers not confirmed.")


def test_a_reported_clause_before_a_note_stays_a_claim() -> None:
    a = analyse(LEAD + "Regional reporting suggests the camps operate under front firms; we could not confirm this.",
                META)
    assert any(c.text.startswith("Regional reporting") for c in a.claims)


def test_a_clip_header_gives_the_paper_its_name() -> None:
    assert _clip_speaker("19 migrant builders") == ("Harbour Ledger", "outlet")


def test_a_clip_header_tagged_ngo_is_an_organization() -> None:
    assert _clip_speaker("carpenters at a Novosibirsk site") == ("Open Road Watch", "organization")


def test_nobody_from_the_other_side_ever_hit_us_is_a_denial() -> None:
    a = analyse(LEAD + "The cooks were kind to us, and nobody from the Chinese side ever hit me.", META)
    c = next(c for c in a.claims if "ever hit me" in c.text)
    assert c.polarity == "negated"


def test_a_bag_with_the_mens_passports_is_retention() -> None:
    found = lexicon_indicators("The foreman carried a bag with all the men's passports and never let it out of his sight.")
    assert found == {"retention_of_identity_documents"}
