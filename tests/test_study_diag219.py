"""Probes for the classes of miss found when heldout219 (a week's clippings on workers sent abroad) was opened for
study (branch diag219). Every text is written for these tests, in our own wording: names, firms and figures are
invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse.aged_subjects import aged_role_subject
from labourlens.analyse.lede_identity import bare_identity
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import Mention
from labourlens.analyse.such_accounts import such_account
from labourlens.model import Source
from probe_helpers import speaker

META = {"published": "2026-04-14", "language": "en"}

# ---------------------------------------------------------------- "They ..." / "Each ..." after a person's indirect account

PICKERS = ("Valley Post\n\nBerry pickers in Huelva\n\n"
           "Marta Ionescu, 41, who picked strawberries near Moguer for two seasons, spoke to the Post in Iasi.\n\n"
           "Ionescu said the gangmaster had charged every picker 300 euros for the bus from Romania and kept their "
           "identity cards until the harvest ended. They shared caravans with no running water at the edge of the "
           "fields.\n")


def test_they_sequel_carries_on_the_person_account() -> None:
    told = speaker(PICKERS, "charged every picker", META)
    assert speaker(PICKERS, "shared caravans", META)[2] == told[2]


EACH = ("Valley Post\n\nBerry pickers in Huelva\n\n"
        "A picker from Iasi told the Post that the women had been promised 1,200 euros a month.\n\n"
        "In practice the women were paid by the crate and fined for bruised fruit, the picker said, and the gangmaster "
        "took a cut of every wage packet. Each took home under half of her pay.\n")


def test_each_sequel_carries_on_the_anonymous_account() -> None:
    told = speaker(EACH, "paid by the crate", META)
    assert speaker(EACH, "under half of her pay", META)[2] == told[2]


def test_they_sequel_control_page_hedge() -> None:
    text = PICKERS.replace("They shared caravans", "They reportedly shared caravans")
    assert speaker(text, "shared caravans", META)[1] == "outlet"


def test_they_sequel_control_after_an_official() -> None:
    text = ("Valley Post\n\nBerry pickers in Huelva\n\n"
            "The Guardia Civil said officers had found 19 pickers from Romania locked in a barn near Moguer, unpaid "
            "since March, and that the gangmaster had taken their identity cards. They were moved to a shelter in Huelva on Thursday.\n")
    assert speaker(text, "moved to a shelter", META)[1] == "outlet"


# ---------------------------------------------------------------- a definite role with an age, then "he said" through a lawyer

FARM = ("Valley Post\n\nPickers freed near Moguer\n\n"
        "Officers freed 17 seasonal pickers from a farm near Moguer on Monday, the Guardia Civil said.\n\n"
        "The pickers said they had worked twelve-hour days without pay since March and that their passports were kept "
        "in the office. The farm's manager, a 47-year-old from Huelva, was charged on Wednesday. Via her attorney "
        "she said the pickers had stayed of their own free will and were paid every week.\n")


def test_aged_role_is_the_next_she() -> None:
    wording, _kind, key = speaker(FARM, "of their own free will", META)
    assert wording is not None and "manager" in wording
    assert key != speaker(FARM, "twelve-hour days", META)[2]


def test_channel_before_the_pronoun_is_no_speaker() -> None:
    m = find_mention("Via her attorney she said the pickers had stayed of their own free will.")
    assert m is not None and m.wording == "she"
    m = find_mention("Through a spokeswoman the grower said no wages were owed.")
    assert m is not None and m.wording == "the grower"


def test_aged_role_subject_shapes_and_controls() -> None:
    assert aged_role_subject("The farm's manager, a 47-year-old from Huelva, was charged.") is not None
    assert aged_role_subject("The boat's skipper, 52, was arrested in port.") is not None
    # a firm given an age, a role with no age, an indefinite subject: nobody introduced
    assert aged_role_subject("The grower, a 30-year-old company, was fined.") is None
    assert aged_role_subject("The farm's manager, who lives in Huelva, was charged.") is None
    assert aged_role_subject("A farm manager, 47, was charged.") is None


# ---------------------------------------------------------------- "one of them" named later by the name he gave

NAMED_LATER = ("Valley Post\n\nUnpaid at the packhouse\n\n"
               "The pickers were brought from Constanta with a promise of 9 euros an hour, one of the pickers said. "
               "\"We got four euros and the rest went on rent,\" added the worker, who would give his first name only "
               "as Radu.\n\nRadu said the foreman kept the workers' passports in his van.\n")


def test_one_of_them_is_named_later() -> None:
    first = speaker(NAMED_LATER, "promise of 9 euros", META)
    assert first[2] == speaker(NAMED_LATER, "kept the workers' passports", META)[2]
    assert first[0] == "Radu" and first[1] == "named_person"


def test_one_of_them_control_a_described_worker_keeps_apart() -> None:
    text = NAMED_LATER.replace("one of the pickers said", "a picker from Galati said")
    assert speaker(text, "promise of 9 euros", META)[2] != speaker(text, "kept the workers' passports", META)[2]


# ---------------------------------------------------------------- the defence; a newsletter as the audience

def test_the_defence_speaks() -> None:
    m = find_mention("The defence argued that the pickers had been paid in cash every Friday.")
    assert m is not None and m.wording == "The defence"


def test_told_this_newsletter_is_the_speaker_not_the_page() -> None:
    m = find_mention("A grower near Almonte told this newsletter that the pickers lived in metal containers.")
    assert m is not None and m.wording.startswith("A grower")


# ---------------------------------------------------------------- "one such account" after people who gave accounts

def _src(key: str, wording: str, kind: str) -> Source:
    return Source(key=key, wording=wording, kind=kind)


def test_such_account_points_back() -> None:
    sources = [_src("S2", "Fishermen who left the fleet", "anonymous_source"), _src("S1", "the ministry", "official")]
    m = such_account(Mention("one such account", 13, 29, "according"), sources)
    assert m is not None and m.wording == "Fishermen who left the fleet"
    assert such_account(Mention("one of these testimonies", 0, 24, "according"), sources) is not None


def test_such_account_controls() -> None:
    sources = [_src("S1", "Fishermen who left the fleet", "anonymous_source")]
    assert such_account(Mention("a separate account", 0, 18, "according"), sources) is None
    assert such_account(Mention("one such account", 0, 16, "according"), []) is None


def test_such_account_in_a_report() -> None:
    text = ("Harbour Notes\n\nSquid boats\n\n"
            "Deckhands who left squid boats off Peru have described 20-hour days on deck and wages held back for a whole "
            "season. One such account describes a deckhand from Java who asked to go home and was locked in the hold "
            "for three days.\n")
    assert speaker(text, "locked in the hold", META)[2] == speaker(text, "20-hour days", META)[2]


# ---------------------------------------------------------------- a lede's unnamed role, named with a body's description

def test_bare_identity_with_the_body_described() -> None:
    assert bare_identity("Lucia Ferrer of the rights charity Mano Amiga", "Lucia Ferrer")
    assert not bare_identity("Lucia Ferrer, a lawyer for the charity Mano Amiga", "Lucia Ferrer")


def test_lede_role_named_with_a_described_body() -> None:
    text = ("Valley Post\n\nPickers worked through heat alerts\n\n"
            "Pickers on a berry farm near Lepe were kept in the fields through two red heat alerts in July, according "
            "to a campaigner who visited their caravans.\n\n"
            "Lucia Ferrer of the rights charity Mano Amiga said the pickers were given one litre of water a day and "
            "that the gangmaster kept their passports and threatened to report them to the police.\n")
    assert speaker(text, "red heat alerts", META)[2] == speaker(text, "one litre of water", META)[2]


def test_lede_role_control_named_with_a_role() -> None:
    text = ("Valley Post\n\nPickers worked through heat alerts\n\n"
            "Pickers on a berry farm near Lepe were kept in the fields through two red heat alerts in July, according "
            "to a campaigner who visited their caravans.\n\n"
            "Lucia Ferrer, a nurse at the clinic in Lepe, said she had treated pickers whose passports the gangmaster "
            "kept and whom he threatened to report to the police.\n")
    assert speaker(text, "red heat alerts", META)[2] != speaker(text, "treated pickers", META)[2]


def test_they_sequel_control_inside_a_transcript_turn() -> None:
    text = ("Harbour Radio\n\nNight shift at the cannery\n\n"
            "HOST: What did the cannery's neighbours see?\n\n"
            "LENA BRUNS: A baker across the road told me the Vietnamese women were kept on the line past midnight "
            "without pay for the extra hours. They walk back to a locked hostel in a column, always with a guard.\n")
    turn = speaker(text, "locked hostel", META)
    assert turn[2] != speaker(text, "past midnight", META)[2]


def test_such_account_control_their_testimony_is_left_alone() -> None:
    sources = [_src("S1", "Fishermen who left the fleet", "anonymous_source")]
    assert such_account(Mention("their testimony", 0, 15, "according"), sources) is None
