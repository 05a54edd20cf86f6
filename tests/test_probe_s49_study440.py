"""Probes for the study of heldout440 (forty-ninth session): a first-person testimony under an editor's note whose
account opens on a scene before the teller's own "I" or "my", and an audit firm's title line in capitals
("... AUDIT - SUMMARY OF FINDINGS") set inside an outlet's page, whose findings are the audit's, up to the excerpt's
closing marker. Texts are invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, wording_and_kind

TESTIMONY = """STEPPE PAGES - First person

"They counted every bale": a season on a Kazakh cotton farm

Editor's note: Daulet (not his real name), 41, from a village near Turkestan, worked on a cotton farm in the autumn of 2025. He told his story to our reporter in two calls in May 2026.

That August the akim's deputy went from yard to yard with a clipboard. Every household owed one picker, and my name was already written down. My mother was ill, so I begged to stay home.

The brigade drove us to the fields before dawn. Forty men slept in a barn with no beds and a single toilet.

The foreman took our passports on the first morning and locked them in the office. Anyone who asked for them was told to wait until the harvest ended.

We worked fourteen hours a day, with no day of rest for five weeks.

Editor's note: Steppe Pages could not reach the farm's owners for comment.
"""


def _testimony(words: str) -> tuple[str | None, str | None]:
    return wording_and_kind(analyse(TESTIMONY, META), words)


def test_a_scene_opening_the_account_still_makes_it_the_tellers() -> None:
    assert _testimony("Forty men slept in a barn") == ("Daulet", "named_person")


def test_the_passports_taken_belong_to_the_tellers_account() -> None:
    assert _testimony("took our passports") == ("Daulet", "named_person")


def test_the_hours_told_in_the_plural_are_the_tellers() -> None:
    assert _testimony("fourteen hours a day") == ("Daulet", "named_person")


SECOND = """RIVERSIDE VOICES

Editor's note: Nasiba (a pseudonym), 29, sewed uniforms in a workshop outside Samarkand. This is her account, given to our desk in Tashkent.

In spring a recruiter from the district went from door to door. He promised city wages, and I signed because my children needed shoes.

The supervisor kept our keys and locked the door on us at nine every night.

Each month we lost half of the wage, docked for food and beds.
"""


def test_an_account_whose_first_sentence_names_no_teller_is_hers() -> None:
    a = analyse(SECOND, META)
    assert wording_and_kind(a, "locked the door on us") == ("Nasiba", "named_person")


def test_a_later_plain_paragraph_stays_in_her_account() -> None:
    a = analyse(SECOND, META)
    assert wording_and_kind(a, "lost half of the wage") == ("Nasiba", "named_person")


LEAK = """THE HARBOUR DOSSIER

Leaked audit says inspectors saw locked passports at a Penang glove plant

A summary of a March 2026 audit of Seri Latex Sdn Bhd has been passed to The Harbour Dossier by a person who asked not to be named. Key passages are printed below.

--- BEGIN EXCERPT ---

KELLAND LTD - SOCIAL AUDIT - SUMMARY OF FINDINGS
Site: Seri Latex Sdn Bhd, Penang
Audit dates: 3-4 March 2026

Finding 1 (Documents): Passports of 120 migrant workers from Nepal were found in a locked safe in the human resources office. Rating: Major non-conformance.

Finding 2 (Hours): Time cards show 72-hour weeks for the dipping line in January. Rating: Major non-conformance.

Finding 3 (Fees): Workers interviewed had paid recruitment fees of up to 4,000 ringgit to agents in Kathmandu. Rating: Major non-conformance.

--- END EXCERPT ---

The Harbour Dossier found that the plant's dormitories are guarded at night by a private security firm.
"""


def _leak(words: str) -> tuple[str | None, str | None]:
    return wording_and_kind(analyse(LEAK, META), words)


def test_a_leaked_audit_finding_is_the_audits_not_the_outlets() -> None:
    assert _leak("Passports of 120 migrant workers")[1] == "document"


def test_a_finding_opening_on_records_is_the_audit_itself() -> None:
    kind = _leak("72-hour weeks")
    assert kind[1] == "document" and "AUDIT" in (kind[0] or "")


def test_a_finding_with_workers_as_subject_is_still_the_audit() -> None:
    assert _leak("recruitment fees of up to")[1] == "document"


COLON = """NORTHERN LEDGER

Investigation: what a buyer's auditors saw at a Tiruppur spinning mill

We have seen a summary of the audit, which the buyer did not publish.

VANTEN AUDITS: ETHICAL AUDIT - SUMMARY OF FINDINGS

Finding 1: Young women hired under a three-year scheme are paid a lump sum only at the end of the term.

Finding 2: Hostel residents may leave the compound only on Sunday afternoons, escorted by a warden.

--- END EXCERPT ---

The mill's owners said no worker had ever been locked in the hostel.
"""


def test_an_ethical_audit_title_line_makes_its_findings_the_audits() -> None:
    a = analyse(COLON, META)
    assert wording_and_kind(a, "escorted by a warden")[1] == "document"


def test_the_page_after_the_end_marker_is_not_the_audit() -> None:
    a = analyse(COLON, META)
    assert wording_and_kind(a, "lump sum only at the end")[1] == "document"
    assert wording_and_kind(a, "ever been locked")[1] != "document"
