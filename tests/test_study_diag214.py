"""Probes for the classes of miss found when heldout214 (experts, former insiders and reports quoted on migrant and
overseas workers) was opened for study (branch diag214). Every text is written for these tests, in our own wording:
names, firms and figures are invented (places and currencies are real); each class has controls that must not
change."""

from __future__ import annotations

from labourlens.analyse.lede_identity import career_clause
from labourlens.analyse.speakers import classify
from probe_helpers import speaker, speakers_by_opening

META = {"published": "2026-03-02", "language": "en"}


def _kind_of(text: str, opening: str) -> str | None:
    """The speaker kind of the claim that opens with ``opening``; "outlet" when no claim opens so."""
    rows = speakers_by_opening(text, 200, META)
    return next((kind for start, (_w, kind) in rows.items() if start.startswith(opening)), "outlet")

# ---------------------------------------------------------------- the lede's "former" person, named with a career clause

FORMER = ("Andes Labour Desk\n\nMine camp ledgers\n\n"
          "LIMA - Contract miners at two gold camps in Madre de Dios were charged for their own boots and lamps and "
          "lost a third of their wages to the charges, a former camp accountant says.\n\n"
          "Rosa Quispe, who left the contractor's office in 2021, said the deductions were entered weekly under false "
          "headings.\n")


def test_former_lede_named_by_career_clause_is_one_person() -> None:
    lede = speaker(FORMER, "boots and lamps", META)
    named = speaker(FORMER, "false headings", META)
    assert lede[2] == named[2]
    assert lede[0] is not None and "Rosa Quispe" in lede[0] and lede[1] == "named_person"


def test_career_clause_with_the_role_stem() -> None:
    assert career_clause("Ines Vidal, who has researched brick kilns since 2015", "Ines Vidal",
                         "a researcher in Quito", "researcher")


def test_career_clause_controls() -> None:
    # no "former" in the lede and nothing of its role in the clause: someone else
    assert not career_clause("Ines Vidal, who runs a shelter in Quito", "Ines Vidal", "a driver", "driver")
    # a clause that gives a role noun of its own is matched by role, not by career
    assert not career_clause("Ines Vidal, who is a nurse at the clinic now", "Ines Vidal", "a former driver", "driver")
    # a role apposed to the name is no career clause
    assert not career_clause("Ines Vidal, a nurse who now lives in Quito", "Ines Vidal", "a former driver", "driver")


def test_former_lede_control_unrelated_person() -> None:
    text = ("Andes Labour Desk\n\nMine camp ledgers\n\n"
            "LIMA - Contract miners at two gold camps in Madre de Dios lost a third of their wages to charges for "
            "boots and lamps, a camp cook says.\n\n"
            "Rosa Quispe, who runs a legal aid clinic in Cusco, said the deductions were entered weekly under false "
            "headings.\n")
    assert speaker(text, "boots and lamps", META)[2] != speaker(text, "false headings", META)[2]


# ---------------------------------------------------------------- an account that runs to the paragraph's end, then resumes

RESUMED = ("Coastal Courier\n\nCannery fees\n\n"
           "Ngozi Eze, a union organiser in Lagos, has spoken to cannery hands who came back from Walvis Bay.\n\n"
           "The recruiters took a deposit of 150,000 naira from each of the women in Lagos, Eze said. Those who "
           "asked for it back lost their shifts on the packing floor. Two of the women were sent home early without it.\n\n"
           "\"Nobody dared to ask a second time,\" Eze said.\n")


def test_plain_sentences_between_two_turns_of_one_person_are_hers() -> None:
    first = speaker(RESUMED, "deposit of 150,000 naira", META)
    assert speaker(RESUMED, "lost their shifts on the packing floor", META)[2] == first[2]
    assert speaker(RESUMED, "sent home early without it", META)[2] == first[2]


def test_resumed_account_control_other_speaker_next() -> None:
    text = ("Coastal Courier\n\nCannery fees\n\n"
            "The recruiters took a deposit of 150,000 naira from each of the women in Lagos, Ngozi Eze said. Those "
            "who asked for it back lost their shifts on the packing floor.\n\n"
            "\"Deposits are against the law,\" said Tunde Bello, a labour ministry adviser.\n")
    assert _kind_of(text, "Those who asked") == "outlet"


def test_resumed_account_control_page_evidence() -> None:
    text = ("Coastal Courier\n\nCannery fees\n\n"
            "The recruiters took a deposit of 150,000 naira from each of the women in Lagos, Ngozi Eze said. Court "
            "records show that the women who asked for it back lost their shifts on the packing floor.\n\n"
            "\"Nobody dared to ask a second time,\" Eze said.\n")
    assert _kind_of(text, "Court records") == "outlet"


def test_resumed_account_control_leading_tag() -> None:
    text = RESUMED.replace("The recruiters took a deposit of 150,000 naira from each of the women in Lagos, Eze said.",
                           "Eze said the recruiters took a deposit of 150,000 naira from each of the women in Lagos.")
    assert _kind_of(text, "Those who asked") == "outlet"


def test_resumed_account_control_memory_not_speech() -> None:
    text = RESUMED.replace("Eze said. Those", "Eze recalls. Those")
    assert _kind_of(text, "Those who asked") == "outlet"


# ---------------------------------------------------------------- a transcript turn that relays someone, then goes on

TURN = ("FIELD NOTES - a radio programme on migrant work\nTranscript\n\n"
        "HOST: Did the authorities step in?\n\n"
        "TOMAS BERG: Hardly. An inspector in Riga described the hostel as fully licensed and said no complaint of "
        "unpaid wages had reached him. I went back twice, and both times the cleaners still had no passports and were "
        "locked in at night.\n\nHOST: Thank you.\n")


def test_first_person_after_a_relayed_clerk_is_the_speaker_again() -> None:
    wording, _kind, key = speaker(TURN, "still had no passports", META)
    assert wording is not None and "BERG" in wording.upper()
    assert speaker(TURN, "fully licensed", META)[2] != key


# ---------------------------------------------------------------- "The allegations were raised by X" names who spoke

RAISED = ("Harbour Post\n\nPort authority answers\n\n"
          "ABIDJAN - The port authority on Friday denied that dock porters are kept in debt to gang bosses.\n\n"
          "Such charges have been levelled for years by Aminata Kone, whose union represents porters in Treichville. "
          "Porters borrow from the bosses to buy their work permits and repay twice the sum, she says.\n")


def test_claims_raised_by_a_named_person_are_hers() -> None:
    wording, kind, _key = speaker(RAISED, "repay twice the sum", META)
    assert wording is not None and "Aminata Kone" in wording and kind == "named_person"


def test_raised_by_control_no_intro() -> None:
    text = ("Harbour Post\n\nPort authority answers\n\n"
            "ABIDJAN - The port authority on Friday denied that dock porters are kept in debt to gang bosses. She "
            "said porters borrowed from the bosses to buy their work permits and paid back twice the sum.\n")
    wording = speaker(text, "paid back twice the sum", META)[0]
    assert wording is None or "Kone" not in wording


# ---------------------------------------------------------------- tallies of a cited study's own sample

SAMPLE = ("Delta Wire\n\nKiln debts\n\n"
          "LAHORE - Brick kiln families in Punjab owe their employers an average of 90,000 rupees and cannot leave "
          "until it is repaid, according to a study released on Monday by the Lahore Labour Trust.\n\n"
          "The study's authors surveyed 310 kiln workers in four districts over the winter. 60 per cent reported "
          "beatings when they asked to leave. 41 reported that the owner held their identity cards.\n")


def test_tallies_of_the_study_sample_are_the_study() -> None:
    lead = speaker(SAMPLE, "average of 90,000 rupees", META)
    assert lead[1] == "document"
    assert speaker(SAMPLE, "beatings when they asked", META)[2] == lead[2]
    assert speaker(SAMPLE, "held their identity cards", META)[2] == lead[2]


def test_tallies_control_no_sample_named() -> None:
    text = ("Delta Wire\n\nKiln debts\n\n"
            "LAHORE - Brick kiln families in Punjab owe their employers an average of 90,000 rupees and cannot leave "
            "until it is repaid, according to a study released on Monday by the Lahore Labour Trust.\n\n"
            "Forty-one said the owner kept their identity cards.\n")
    assert _kind_of(text, "Forty-one said") != "document"


def test_tallies_control_own_sample_ends_the_run() -> None:
    text = SAMPLE.replace("60 per cent reported", "Our reporters spoke to 50 kiln workers near Kasur. 60 per cent "
                          "reported")
    assert _kind_of(text, "60 per cent") != "document"


def test_tallies_control_page_own_sample() -> None:
    text = ("Delta Wire\n\nKiln debts\n\n"
            "LAHORE - Brick kiln families in Punjab owe their employers an average of 90,000 rupees and cannot leave "
            "until it is repaid, according to a study released on Monday by the Lahore Labour Trust.\n\n"
            "Our team interviewed 60 kiln workers near Kasur. Forty-one told us the owner kept their identity "
            "cards.\n")
    assert _kind_of(text, "Forty-one told us") != "document"


# ---------------------------------------------------------------- "the study's lead author, X": a person

def test_document_lead_author_named_is_a_person() -> None:
    assert classify("the study's lead author, Mirela Popescu, a demographer") == "named_person"


def test_document_possessive_controls() -> None:
    assert classify("the study's main findings") == "document"
    assert classify("the report's annex") == "document"
