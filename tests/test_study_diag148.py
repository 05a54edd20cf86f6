"""Probes for the classes of miss found when heldout148 (broadcast, hearing and press-conference transcripts) was
opened for study (branch diag148). Every text is written for these tests, in our own wording: names, programmes,
firms and figures are invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse.interviewees import label_person, titled_full_name
from labourlens.analyse.pipeline import analyse
from probe_helpers import source_of

META = {"published": "2026-11-20", "language": "en"}


# ---------------------------------------------------------------- a voice heard on tape


def test_a_voice_of_label_names_the_person_heard() -> None:
    assert label_person("VOICE OF GUARD") == "Guard"
    assert label_person("VOICE OF A MINER") == "Miner"
    assert label_person("VOICE OVER") is None and label_person("VOICEOVER") is None  # the programme's own voice


def test_a_voice_of_worker_turn_is_the_worker_not_the_programme() -> None:
    text = ("KAMCHATKA TONIGHT | TRANSCRIPT\n\nANCHOR (OLGA SEMYONOVA): Tonight, the men who gut fish on the night shift.\n\n"
            "REPORTER: The fish plant near Petropavlovsk employs 200 migrant workers on shifts around the clock.\n\n"
            "VOICE OF GUARD (interpreted): The workers are locked in the dormitory at ten. The manager keeps their passports.\n\n"
            "REPORTER: The owner did not answer our calls.")
    a = analyse(text, dict(META))
    s = source_of(a, "locked in the dormitory")
    assert s.kind == "anonymous_source" and (s.wording or "").lower() == "guard"
    assert source_of(a, "keeps their passports").key == s.key  # the rest of the turn
    assert a.source(next(c for c in a.claims if "around the clock" in c.text).source).kind == "outlet"  # control


# ---------------------------------------------------------------- a civil servant's rank in a hearing's turn


def test_a_ranked_civil_servants_hearing_turn_is_hers() -> None:
    text = ("SELECT COMMITTEE ON OVERSEAS EMPLOYMENT | DRAFT RECORD\n\n"
            "Chair (Mr Ravi Menon MP): We turn to the Ministry.\n\n"
            "Ms Leela Das (Coordinator, Safe Passage Forum): Workers sent to Kuwait pay 300,000 rupees in fees.\n\n"
            "Mr Arun Pillai MP: Has the Ministry heard of this?\n\n"
            "Joint Secretary Meera Kulkarni (Ministry of Overseas Employment): Madam, I will be brief. "
            "We have not recorded any case of passports being held by sponsors in Kuwait.\n\n"
            "Chair: Thank you.")
    a = analyse(text, dict(META))
    s = source_of(a, "passports being held")
    assert s.kind == "official" and "Meera Kulkarni" in (s.wording or "")
    assert source_of(a, "300,000 rupees").kind == "named_person"  # control: an NGO's coordinator


# ---------------------------------------------------------------- a briefing's header names who answers


def test_a_briefing_header_names_the_one_who_answers() -> None:
    text = ("Daily Briefing: Transcript\nSpokesperson: Wen Daoming\n\n"
            "Q: A rights group says Uzbek workers at a Xinjiang cotton mill cannot leave their dormitory. Your response?\n\n"
            "A: The report is groundless. All workers at the mill are free to come and go.\n\n"
            "Q: Will there be an inspection?\n\n"
            "A: Local authorities have found no violation at the mill.")
    a = analyse(text, dict(META))
    s = source_of(a, "free to come and go")
    assert s.kind == "official" and "Wen Daoming" in (s.wording or "")
    assert source_of(a, "found no violation").key == s.key


# ---------------------------------------------------------------- a firm's head by the post in the label


def _label_kind(note: str) -> str | None:
    text = ("Press conference, Lusaka | transcript\n\nMODERATOR: Mr Lin will speak first.\n\n"
            f"LIN HAO ({note}): Reports that our Chinese staff are locked in the camp are untrue. "
            "Every worker keeps his own passport.\n\n"
            "Q (Copper Times): Two welders said their wages were three months late.\n\n"
            "LIN HAO: Wages are paid on the first of each month.")
    return source_of(analyse(text, dict(META)), "keeps his own passport").kind


def test_a_firms_director_in_the_label_speaks_for_the_firm() -> None:
    assert _label_kind("managing director, Bayside Rail Group") == "organization"
    assert _label_kind("Country Director of Kafue Mining Ltd") == "organization"


def test_a_post_below_the_head_or_at_an_ngo_stays_a_person() -> None:
    assert _label_kind("site manager, Bayside Rail Group") == "named_person"
    assert _label_kind("director, Safe Passage Forum") == "named_person"


# ---------------------------------------------------------------- a titled name as the text writes it


def test_a_title_keeps_its_full_stop_as_written() -> None:
    assert titled_full_name("Dr Lind", "Speakers: Dr. Karin Lind (author)") == "Dr. Karin Lind"
    assert titled_full_name("Dr Lind", "Speakers: Karin Lind (author)") == "Dr Karin Lind"  # control


# ---------------------------------------------------------------- the presenter named in the header


_PHONE = ("HARBOUR MORNING (radio) | interview\nPresenter: Nadia Osei | Guest: Tomas Reyes, union organiser\n\n"
          "OSEI: You have met Filipino migrant workers at a cannery in Dutch Harbor. What do they say?\n\n"
          "REYES: Most of them were hired through agents in Manila. They sleep in the cannery loft, and the foremen say "
          "it is only for the season. The agents keep their passports.\n\n"
          "OSEI: The cannery's owners say the men earn more than local staff.\n\n"
          "REYES: On paper. But half of it goes to the agents.")


def test_a_presenters_line_citing_a_firm_gives_the_firm_its_claim() -> None:
    s = source_of(analyse(_PHONE, dict(META)), "earn more than local staff")
    assert s.kind == "organization" and "owners" in (s.wording or "")


def test_a_body_cited_after_the_guests_own_clause_stays_the_guests() -> None:
    a = analyse(_PHONE, dict(META))
    guest = source_of(a, "hired through agents")
    assert "Reyes" in (guest.wording or "")
    assert source_of(a, "sleep in the cannery loft").key == guest.key
    assert source_of(a, "agents keep their passports").key == guest.key  # control: the rest of the turn
