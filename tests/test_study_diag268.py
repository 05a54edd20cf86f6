"""Probes of the heldout268 study (migrant workers in the Gulf, short press items and notices): every text is written
for the test, with invented names; each class has a probe that failed before its mend and a control that must not
change."""

from __future__ import annotations

from labourlens.analyse import sentences
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, indicators, lexicon_indicators, wording_and_kind

# --- workers named by their home district and the country they went to, with a cue in the same sentence ----------


def test_workers_from_a_district_abroad_open_the_report() -> None:
    text = ("Parents of three labourers from Sindhupalchok who fell ill in Oman say the sponsor keeps their sons' "
            "wages until the recruitment loans are paid off.\n\n"
            "A brother of one of the men said the agent asked for more money on the phone.")
    a = analyse(text, META)
    assert any("keeps their sons" in c.text for c in a.claims)


def test_workers_from_a_place_at_home_stay_quiet() -> None:
    # the same shape inside one country, and workers from abroad with no cue in their sentence, open nothing
    home = ("Parents of three labourers from Sindhupalchok who moved to Kathmandu say the loans are paid off.\n\n"
            "The family hopes to open a shop next year.")
    assert analyse(home, META).claims == []
    no_cue = ("Twelve men from Sindhupalchok who play in Oman won the expatriate cricket final on Friday.\n\n"
              "Their captain said the team would celebrate with a dinner for the whole league.")
    assert analyse(no_cue, META).claims == []


# --- a known state body given with its seat ("<body> in <city>") -----------------------------------------------------


def test_known_state_body_with_its_seat_speaks_as_the_state() -> None:
    text = LEAD + "Jobsplus in Valletta said the recruiters had kept the passports of eleven workers."
    a = analyse(text, META)
    wording, kind = wording_and_kind(a, "kept the passports")
    assert kind == "official"
    assert wording is not None and "Jobsplus" in wording


def test_known_state_body_without_a_seat_is_unchanged() -> None:
    a = analyse(LEAD + "Jobsplus said the recruiters had kept the passports of eleven workers.", META)
    assert wording_and_kind(a, "kept the passports")[1] == "official"


# --- a body named in title case after a lower-case description of another field is another body --------------------


def test_named_ministry_after_a_described_one_is_another_source() -> None:
    text = (LEAD + "The Omani labour ministry rejected claims that the crews had been abandoned. "
            "The Overseas Welfare Ministry said it was ready to pay each man's fare home.")
    a = analyse(text, META)
    first = next(c for c in a.claims if "abandoned" in c.text)
    second = next(c for c in a.claims if "fare home" in c.text)
    assert first.source != second.source
    assert wording_and_kind(a, "fare home") == ("The Overseas Welfare Ministry", "official")


def test_same_field_named_again_stays_one_source() -> None:
    text = (LEAD + "The Omani labour ministry rejected claims that the crews had been abandoned. "
            "The Labour Ministry said it was ready to pay each man's fare home.")
    a = analyse(text, META)
    first = next(c for c in a.claims if "abandoned" in c.text)
    second = next(c for c in a.claims if "fare home" in c.text)
    assert first.source == second.source


# --- pay offered "from X to Y" with the currency on both ends is one range ------------------------------------------


def _amounts(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(m.text, m.value, m.low, m.high) for m in analyse(text, META).amounts]


def test_salaries_from_one_figure_to_another_are_one_range() -> None:
    got = _amounts("Hotels offered salaries from AED 3,200 to AED 5,800 a month for cooks.")
    assert got == [("AED 3,200 to AED 5,800", None, 3200.0, 5800.0)]


def test_salaries_raised_from_one_figure_to_another_stay_two_amounts() -> None:
    got = _amounts("The hotel raised salaries from AED 3,200 to AED 3,500 a month for cooks.")
    assert [g[0] for g in got] == ["AED 3,200", "AED 3,500"]


# --- food kept from a worker by someone's leave refused ---------------------------------------------------------------


def test_not_let_eat_is_abusive_conditions() -> None:
    assert "abusive_working_and_living_conditions" in lexicon_indicators("The madam would not let him eat for a whole day.")
    assert "abusive_working_and_living_conditions" in lexicon_indicators("The cleaners were not allowed to eat until midnight.")


def test_rules_of_where_to_eat_are_no_cue() -> None:
    assert "abusive_working_and_living_conditions" not in lexicon_indicators("Clerks are not allowed to eat at their desks.")
    assert lexicon_indicators("The manager did not let the matter rest.") == set()


# --- a quotation opening after "a.m." or "p.m." opens a sentence -----------------------------------------------------


def test_quotation_after_pm_is_a_sentence_of_its_own() -> None:
    got = [s.text for s in sentences.split('They loaded trucks until 11 p.m. "Nobody paid us for it," said Tomas Ruiz.')]
    assert got == ["They loaded trucks until 11 p.m.", '"Nobody paid us for it," said Tomas Ruiz.']


def test_pm_inside_a_sentence_does_not_split() -> None:
    got = [s.text for s in sentences.split("The shift began at 6 p.m. on Sunday and ran until dawn.")]
    assert len(got) == 1


# --- a place right before a currency code that opens an amount is a place ------------------------------------------


def test_place_before_a_currency_code_and_figure_is_found() -> None:
    from labourlens.analyse import places  # noqa: PLC0415

    got = [(p.name, p.country) for p in places.find("She paid a broker in Sylhet BDT 300,000 for the visa.")]
    assert ("Sylhet", "BD") in got


def test_place_inside_a_currency_name_stays_out() -> None:
    from labourlens.analyse import places  # noqa: PLC0415

    assert places.find("He was paid 4,000 Hong Kong dollars a month.") == []


# --- papers given a false earlier date; a camp's water run out --------------------------------------------------------


def test_backdated_contracts_are_deception() -> None:
    assert "deception" in lexicon_indicators("The recruiter backdated the contracts before the men flew out.")
    assert "deception" in lexicon_indicators("Their job contracts had been backdated by the agency.")


def test_pay_rise_backdated_to_a_month_is_no_cue() -> None:
    assert "deception" not in lexicon_indicators("The union won a pay rise backdated to March for all drivers.")


def test_camp_water_run_out_is_abusive_conditions() -> None:
    assert "abusive_working_and_living_conditions" in lexicon_indicators(
        "The water tanks in the hostel were empty for three days.")
    assert "abusive_working_and_living_conditions" in lexicon_indicators("The taps in the bunkhouse ran dry each evening.")


def test_town_supply_in_a_drought_is_no_cue() -> None:
    assert lexicon_indicators("Taps ran dry in several towns as the drought went on.") == set()


# --- two clock times less than ten hours apart are no long working day ----------------------------------------------


def test_short_clock_span_is_no_excessive_overtime() -> None:
    got = indicators("The riders said supervisors fined them for every order refused between 11 a.m. and 2.30 p.m.")
    assert "excessive_overtime" not in got


def test_long_clock_span_stays_excessive_overtime() -> None:
    assert "excessive_overtime" in indicators("The cooks said they worked from 6 a.m. until 10 p.m. in the kitchen.")
    assert "excessive_overtime" in indicators("The cooks said they worked every morning until late at night.")
