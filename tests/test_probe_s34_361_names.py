"""Probes (session 34, lead, from heldout361's study): a named speaker with an age and a relative clause after the name
("Ana Lind, 52, who runs a shelter in Busan, said ...") is worded by the name; a testimony under an editor's note in
which "the writer, who goes by the name X," gives the account is X's; a supplier code that vows what it will not accept
and cites a law's presumption stays quiet. Near misses keep what they had. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.aged_subjects import without_age_clause
from labourlens.analyse.pipeline import analyse


def test_an_age_and_relative_clause_after_a_name_are_cut_from_the_speaker() -> None:
    assert without_age_clause("Ana Lind, 52, who runs a shelter in Busan") == "Ana Lind"
    assert without_age_clause("Park, 41, who left the plant in May and would not give a full name") == "Park"
    assert without_age_clause("The plant's owner, 61, who declined to comment") == "The plant's owner, 61, who declined to comment"
    text = ("BORDER NEWS\n\nSEOUL - For four years, Song Mi-ra sewed coat linings at a plant in Yanji.\n\n"
            "Song, 29, who reached Seoul in March, said the North Korean workers were locked in their dormitory at night "
            "and a minder kept their passports.\n")
    assert speaker_in(claim_speakers(text, {}), "locked in their dormitory")[0] in ("Song", "Song Mi-ra")


_ACCOUNT = """HARBOUR TESTIMONIES
Series, No. 12

"The quota only grew"
Three winters gutting fish in Primorsky Krai, told by a man from North Korea who was sent there

Editor's note: Our writer, who goes by the name Pak Yong-su, is in his fifties and arrived in Seoul last year. Our staff met him twice; what follows is his own telling, cut for space.

I went to Russia with 40 other men from North Korea in the autumn of 2022. On paper I was a trainee at a fish plant near Nakhodka.

Every one of us owed the company a monthly plan of 700 dollars. I received 40 dollars every few months. The foreman held our passports from the day we landed.
"""


def test_the_writer_who_goes_by_a_name_gives_the_account() -> None:
    got = claim_speakers(_ACCOUNT, {})
    assert speaker_in(got, "held our passports")[0] == "Pak Yong-su"
    assert speaker_in(got, "monthly plan of 700 dollars")[0] == "Pak Yong-su"


_CODE = """Bayview Seafoods: supplier code on coerced labour

Bayview Seafoods buys canned and frozen fish from processors in Thailand, Vietnam and Indonesia. This code covers every one of them.

Bayview will not accept shipments that coerced, convict or trafficked workers helped produce.

Each processor, and each subcontractor that touches our fish, must:

- Make sure every job is freely chosen and that staff can resign with fair notice.
- Pay in full, on schedule, into an account the employee alone controls. Every payslip must list each deduction.
- Never hold passports or ID cards. Staff may hand a document over for safekeeping but must get it back on request.
- Charge staff nothing for recruitment; a supplier that finds such fees were paid must refund them.
- Keep overtime optional. It must be paid above the normal rate.

Import rules in several markets mean goods tied to trafficked workers may be presumed tainted and can be held at the border. Suppliers must not hire any worker sent by a sanctioned state agency.

Each processor is audited before its first order and yearly afterwards; every second audit comes without warning. Auditors must speak with staff in private.
"""


def test_a_supplier_code_that_vows_and_cites_a_presumption_gets_no_claims() -> None:
    assert analyse(_CODE, {}).claims == []
