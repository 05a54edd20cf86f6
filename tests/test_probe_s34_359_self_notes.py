"""Probes (s34, heldout359): what a page or a show says it brings next ("Next week: ...", 'Part 3 of "...", about
..., will air on Friday') or that it is one of a series ("This feature is the second part of a series ...") is the
page's note about itself, no claim. Near misses: a sentence that tells what will happen to workers next week, with no
colon after the words, is no such note. The examples are invented."""

from __future__ import annotations

from labourlens.analyse.page_self_notes import page_self_note


def test_a_pages_trailer_and_series_notes_are_self_notes() -> None:
    assert page_self_note("Next week: the drivers who haul the stone.")
    assert page_self_note('Part 3 of "Hands of the harbour", about the drivers, will air on Friday.')
    assert page_self_note('This feature is the second part of a series on the roads north.')
    assert page_self_note("Coming up next week: the cooks of the port canteens.")


def test_what_happens_to_workers_next_week_is_no_self_note() -> None:
    assert not page_self_note("Next week the workers will be moved to a camp near the border.")
    assert not page_self_note("Part of their pay will be withheld next week, the foreman said.")
