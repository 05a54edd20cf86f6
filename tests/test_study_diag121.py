"""Probes for the classes of failure studied on heldout121 (workers' own voices), in our own wording:
a thread under a handle, a group post under a poster's name, a comment signed with a middle initial, a
testimony under "The testimony of X, 31", a numbered witness statement, a voice note whose speaker names
themself. Controls must not change."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse


def _speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    a = analyse(text, {"language": "en"})
    src = {s.key: s for s in a.sources}
    return {c.text: ((src[c.source].wording if c.source in src else None),
                     (src[c.source].kind if c.source in src else None)) for c in a.claims}


def _speaker_of(text: str, needle: str) -> tuple[str | None, str | None]:
    for claim, who in _speakers(text).items():
        if needle in claim:
            return who
    raise AssertionError(f"no claim with {needle!r}")


THREAD = (
    "Thread by @latif_drives (Latif M.) \u00b7 X \u00b7 3 Mar 2025\n\n"
    "1/ Driving a taxi in Muscat for two years now. Here is what nobody tells you.\n\n"
    "2/ The agency that sponsors my visa keeps 300 rials of my pay every month for the car.\n\n"
    "3/ We sleep six in one room in Ruwi and the workers' passports are kept in the office safe.\n"
)


def test_thread_under_a_handle_is_the_posters() -> None:
    wording, kind = _speaker_of(THREAD, "passports are kept")
    assert kind == "named_person" and wording is not None and "latif_drives" in wording


def test_thread_control_byline_with_a_full_name_stays_the_outlets() -> None:
    text = THREAD.replace("Thread by @latif_drives (Latif M.) \u00b7 X \u00b7 3 Mar 2025", "Story by Latif Mansour")
    wording, kind = _speaker_of(text, "passports are kept")
    assert kind != "named_person" or wording is None or "latif" not in wording.lower()


GROUP_POST = (
    "Filipino Drivers in Dammam \u2014 Public group \u00b7 9K members\n\n"
    "Jomar Reyes \u25b8 Filipino Drivers in Dammam\n"
    "5 hrs \u00b7 Dammam\n\n"
    "Our sponsor has not paid our salary for three months and keeps all our passports in his office.\n\n"
    "Top comments\n\n"
    "Nestor T. Cruz: Same with my company. They kept my passport for two years and paid late every month.\n"
)


def test_group_post_under_posters_name_and_group() -> None:
    assert _speaker_of(GROUP_POST, "has not paid our salary") == ("Jomar Reyes", "named_person")


def test_comment_signed_with_a_middle_initial() -> None:
    wording, kind = _speaker_of(GROUP_POST, "They kept my passport")
    assert kind == "named_person" and wording is not None and "Cruz" in wording


TESTIMONY = (
    "Voices | Kuwait\n\n"
    "The testimony of Meseret, 31, who worked for a family in Salmiya. Recorded in Addis Ababa.\n\n"
    "My name here is Meseret. The lady took my passport when I arrived and I never saw it again. "
    "I was not allowed to leave the house, and for five months they paid me nothing.\n\n"
    "The Domestic Rights Desk could not reach the employer.\n"
)


def test_testimony_note_in_lower_case_gives_the_first_person_to_the_witness() -> None:
    assert _speaker_of(TESTIMONY, "took my passport") == ("Meseret", "named_person")
    assert _speaker_of(TESTIMONY, "paid me nothing") == ("Meseret", "named_person")


def test_testimony_control_no_note_stays_the_pages() -> None:
    text = TESTIMONY.replace("The testimony of Meseret, 31, who worked for a family in Salmiya. ", "")
    text = text.replace("My name here is Meseret. ", "")
    wording, _kind = _speaker_of(text, "took my passport")
    assert wording != "Meseret"


STATEMENT = (
    "IN THE LABOUR COURT\nCase No. 88 of 2024\n\n"
    "WITNESS STATEMENT OF BONIFACE OKELLO\n\n"
    "1. I am a cleaner from Gulu, Uganda. I worked for the Respondent at an office tower in Doha.\n\n"
    "2. The supervisor, a man we knew as Mr. Salim, took the passports of all the cleaners on arrival. "
    "Mr. Salim said that anyone who complained to the ministry would be reported as absconding.\n\n"
    "3. We worked fourteen-hour shifts and were not paid for three months.\n\n"
    "Note from the Respondent's reply: the Respondent denies holding any passport.\n"
)


def test_witness_statement_paragraphs_are_the_witnesss() -> None:
    assert _speaker_of(STATEMENT, "took the passports") == ("Boniface Okello", "named_person")
    assert _speaker_of(STATEMENT, "reported as absconding") == ("Boniface Okello", "named_person")
    assert _speaker_of(STATEMENT, "fourteen-hour shifts") == ("Boniface Okello", "named_person")


def test_witness_statement_control_the_other_sides_note_is_not_the_witnesss() -> None:
    wording, _kind = _speaker_of(STATEMENT, "denies holding any passport")
    assert wording != "Boniface Okello"


VOICE_NOTE = (
    "Voice notes from Dammam\nTranscribed for the Migrant Desk newsletter.\n\n"
    "Voice note 1 (Friday, 22:10). Hello, this is Imran. I drive a water tanker in Dammam. "
    "The supervisor keeps our iqamas in his office and they cut 300 riyals for the room.\n\n"
    "Editor's note: the company did not reply. His brother, reached in Lahore, said the company kept his passport too.\n"
)


def test_voice_note_speaker_who_names_himself() -> None:
    assert _speaker_of(VOICE_NOTE, "keeps our iqamas") == ("Imran", "named_person")


def test_voice_note_control_editors_note_is_not_his() -> None:
    claims = _speakers(VOICE_NOTE)
    assert all(who[0] != "Imran" for claim, who in claims.items() if "brother" in claim or "did not reply" in claim)
    assert any(who[0] == "Imran" for who in claims.values())


# --- a speaker whose act and report a comma alone joins

def test_comma_joined_call_and_report() -> None:
    from labourlens.analyse.saying_acts import saying_mention

    m = saying_mention("Her uncle rang from Kathmandu, said the boy is kept inside the compound at night.")
    assert m is not None and m.wording == "Her uncle"
    m = saying_mention("She sounded scared, said maybe the agent still has her papers.")
    assert m is not None and m.wording == "She"


def test_comma_joined_controls_inverted_tag_and_counts() -> None:
    from labourlens.analyse.saying_acts import saying_mention

    assert saying_mention("The cooks were moved to a new camp, said the site manager.") is None
    assert saying_mention("The cooks were paid late, said the foreman of the night crew.") is None


# --- money: a bare sum taken from the pay, a copula after "in the end", a hedged range

def _money(text: str) -> list[tuple[str, str | None, float | None, float | None, float | None]]:
    from labourlens.analyse import money

    return [(a.text, a.currency, a.value, a.low, a.high) for a in money.find(text, None)]


def test_bare_sum_cut_for_the_room() -> None:
    found = _money("In March I earned 2,300 dirhams, and they cut 350 for the bed.")
    assert ("350", "AED", 350.0, None, None) in found


def test_bare_sum_control_a_count_after_took() -> None:
    found = _money("The firm paid 2,300 dirhams and took 350 workers to the new site.")
    assert all(t != "350" for t, *_ in found)


def test_in_the_end_it_was_with_a_hedge() -> None:
    found = _money("The recruiter promised 60,000 rubles. In the end it was 38,000, sometimes 35, because of deductions.")
    assert ("38,000", "RUB", 38000.0, None, None) in found


def test_in_the_end_control_counted_people() -> None:
    found = _money("Tickets cost 2,000 rubles. In the end it was 300, sometimes 350 people.")
    assert all(t != "300" for t, *_ in found)


def test_bare_figure_hedged_up_to_an_amount_is_one_range() -> None:
    found = _money("The men who went home got 800, maybe 1,000 dollars for two years.")
    assert found == [("800, maybe 1,000 dollars", "USD", None, 800.0, 1000.0)]


def test_hedged_range_control_a_year_is_no_low_bound() -> None:
    found = _money("In 2019, maybe 1,000 dollars went missing from the fund.")
    assert found == [("1,000 dollars", "USD", 1000.0, None, None)]


# --- indicators

def _indicators(text: str) -> set[str]:
    from labourlens.analyse import indicators

    return {h.indicator for h in indicators.match(text, 0).hits}


def test_share_of_the_month_taken() -> None:
    assert "withholding_of_wages" in _indicators("A girl dropped a tray and they docked half of her salary.")


def test_share_of_the_month_control_tax() -> None:
    from labourlens.analyse import indicators

    hits = indicators.match("The state takes a third of his salary in income tax.", 0).hits
    assert all("r121" not in h.rule for h in hits)


def test_workers_ask_for_their_own_papers_and_pay() -> None:
    found = _indicators("We want our wages and our passports, the cleaners shouted at the gate.")
    assert {"withholding_of_wages", "retention_of_identity_documents"} <= found


def test_wanting_papers_control_renewal_and_a_raise() -> None:
    assert "retention_of_identity_documents" not in _indicators("We want our passports renewed before the trip.")
    assert "withholding_of_wages" not in _indicators("We want our wages raised next year.")


def test_papers_back_only_at_the_end_and_never_given_back() -> None:
    a = analyse("NGO note\n\nThe supervisor collected our passports on the first day at the farm. We got them back only "
                "when the season ended. The migrant workers were not paid for three months.\n", {"language": "en"})
    hits = {h.indicator for c in a.claims if "got them back" in c.text for h in c.indicators}
    assert "retention_of_identity_documents" in hits and "withholding_of_wages" not in hits


def test_own_papers_kept_by_the_worker_is_no_retention() -> None:
    a = analyse("Driver's post\n\nMigrant drivers here are paid late. I have my residence card, I keep it myself. "
                "Mine pays on time and I hold my own iqama.\n", {"language": "en"})
    for c in a.claims:
        if "keep it myself" in c.text or "own iqama" in c.text:
            assert "retention_of_identity_documents" not in {h.indicator for h in c.indicators}


def test_not_aware_it_was_ever_paid_is_no_denial() -> None:
    from labourlens.analyse.claim_filters import official_denial

    assert official_denial("I am not aware that the balance was ever paid to him.") is None
    assert official_denial("The ministry is not aware of any complaint from the guards.") is not None
    assert official_denial("The firm said it was not aware that the guards were ever unpaid.") is not None
