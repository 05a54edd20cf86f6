"""Probes for the forty-seventh session's study of heldout425 (workers on building sites, in logging camps and fish
plants in the Russian Far East and Siberia): a possessive that is no plural subject, "reckoned" as a verb of saying, a coded witness's letter that is a name's first initial, working
days as a length, bare sums taken or paid "for October" in the currency of the sum before them, and three cues of
abusive conditions (tents, water frozen indoors, an injury at a boiler or furnace). Every text is invented for the test:
fictional people, firms and outlets, real places."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from probe_helpers import META

ABUSES = "Workers at the yard said their passports were taken and they worked 16 hours a day without pay.\n\n"


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    claim = next(c for c in a.claims if words in c.text)
    src = next(s for s in a.sources if s.key == claim.source)
    return src.wording, src.kind


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(t.text, t.days_low, t.days_high) for t in analyse(text, META).times if t.kind == "duration"]


def _indicators(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


# -- speakers --------------------------------------------------------------------------------------------------------


def test_possessive_before_a_document_noun_is_not_a_plural_subject() -> None:
    text = ABUSES + ("Kazakhstan's labour ministry called the union's report \"a pack of rumours\" and said the "
                     "men are \"free to leave\".\n")
    assert _speaker(text, "pack of rumours") == ("Kazakhstan's labour ministry", "official")


def test_reckoned_reports_what_a_speaker_said() -> None:
    text = ABUSES + ("A Russian crane driver on the project, who would not give his name, reckoned most of the night "
                     "crew are North Korean and paid nothing. \"They pour concrete by day and again by night, twenty "
                     "hours some days,\" he said.\n")
    for words in ("most of the night crew", "twenty hours some days"):
        wording, kind = _speaker(text, words)
        assert wording is not None and "crane driver" in wording and kind == "anonymous_source"


def test_coded_witness_letter_followed_by_second_initial_is_a_name() -> None:
    text = ABUSES + ("Witness T. N. Orlova, a cook employed by another firm, testified that the workers had worked "
                     "eighteen hours a day.\n")
    a = analyse(text, META)
    assert any(c.text.startswith("Witness T. N. Orlova") for c in a.claims)
    assert _speaker(text, "eighteen hours a day")[0].startswith("Witness T. N. Orlova")  # type: ignore[union-attr]


def test_coded_witness_letter_still_ends_a_sentence() -> None:
    a = analyse(ABUSES + "The guards beat him, said Worker F. A guard later denied it.\n", META)
    assert any(c.text.startswith("A guard later denied it") for c in a.claims)


# -- durations -------------------------------------------------------------------------------------------------------


def test_working_days_before_the_event_they_run_from_are_a_length() -> None:
    assert _durations("Within four working days of hiring, employers must notify the migration office.") == [
        ("Within four working days", 4.0, 4.0)]
    assert _durations("Migrants must register their address within seven working days of arrival.") == [
        ("within seven working days", 7.0, 9.0)]


def test_working_days_counted_out_of_a_month_are_a_tally() -> None:
    assert _durations("Logs show 14-hour shifts on 19 of 23 working days in March.") == []


# -- amounts ---------------------------------------------------------------------------------------------------------


def _amounts(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(a.text, a.value, a.currency) for a in analyse(text, META).amounts if a.kind == "money"]


def test_bare_sum_paid_for_a_month_takes_the_currency_before_it() -> None:
    assert ("41,000", 41000.0, "RUB") in _amounts(
        "His contract promised 95,000 rubles a month, but he had been paid 41,000 for November.")


def test_bare_sum_taken_from_pay_takes_the_currency_before_it() -> None:
    assert ("12,000", 12000.0, "RUB") in _amounts(
        "They were promised 80,000 rubles a month and meals, but for the meals the foreman took 12,000 a month from "
        "their pay.")


def test_bare_count_taken_is_no_sum() -> None:
    assert _amounts("The fee was 300 dollars and the agent took 40 of us to the farm.") == [("300 dollars", 300.0, "USD")]


# -- indicators ------------------------------------------------------------------------------------------------------


def test_wintering_under_canvas_is_abusive_living() -> None:
    assert "abusive_working_and_living_conditions" in _indicators(
        "A crew of about thirty loggers has wintered under canvas beside the cutting area.")


def test_water_freezing_where_workers_live_is_abusive_living() -> None:
    assert "abusive_working_and_living_conditions" in _indicators(
        "In February the water in the barrack's washbasins froze overnight.")
    assert "abusive_working_and_living_conditions" in _indicators("At night the water in our kettles and buckets froze.")


def test_frozen_lake_prices_and_food_are_not_living_conditions() -> None:
    assert not _indicators("The reservoir froze in January and the children skated on it.")
    assert not _indicators("The company froze wages and hiring for the quarter.")
    assert not _indicators("The plant packs frozen fish and pumps water from the bay.")


def test_injury_at_a_boiler_or_furnace_is_abusive_work() -> None:
    assert "abusive_working_and_living_conditions" in _indicators(
        "Three of the cooks were scalded and injured by a boiler at the cannery in May.")
    assert "abusive_working_and_living_conditions" in _indicators("One smelter was badly hurt at the furnace in March.")
