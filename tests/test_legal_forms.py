"""One list of firms' legal forms (knowledge/legal_forms.yaml) read by every stage that tells a firm by them."""

from __future__ import annotations

import re

import pytest

from labourlens.analyse import legal_forms
from labourlens.analyse.firm_places import in_firm_name
from labourlens.analyse.initial_names import legal_initials
from labourlens.analyse.signer_firms import short_firm_name

_WHOLE = re.compile(rf"{legal_forms.alternation()}(?!\w)")


@pytest.mark.parametrize("form", ["Co., Ltd.", "Co.,Ltd.", "Co Ltd", "CO., LTD.", "Ltd", "LIMITED", "Sdn Bhd",
                                  "Sdn. Bhd.", "Pte. Ltd", "(Pty) Ltd", "Sp. z o.o.", "Sp. z o. o.", "W.L.L.", "WLL",
                                  "L.L.C.", "plc", "GmbH", "S.A.", "S. A.", "JSC", "PJSC", "FZ-LLC", "K.K."])
def test_printed_variants_of_a_form_match_whole(form: str) -> None:
    m = _WHOLE.match(form)
    assert m is not None and m.group() == form


@pytest.mark.parametrize("text", ["Limits", "Coal", "S A", "ltd", "Agency", "Incident", "sa"])
def test_words_that_only_begin_like_a_form_do_not_match(text: str) -> None:
    m = _WHOLE.match(text)
    assert m is None or m.group() != text


def test_longest_form_wins_so_a_compound_form_is_not_cut() -> None:
    m = _WHOLE.match("Co., Ltd. said")
    assert m is not None and m.group() == "Co., Ltd."


def test_folded_forms_drop_dots_spaces_and_case() -> None:
    folded = legal_forms.folded()
    assert {"wll", "sdnbhd", "coltd", "spzoo", "llc"} <= folded
    assert "said" not in folded


def test_every_stage_reads_the_same_list() -> None:
    # a signature's firm without its form; a firm's place; a firm's initials: one list behind all three
    assert short_firm_name("Harbin Boreal Foods Sdn Bhd") == "Harbin Boreal Foods"
    assert short_firm_name("Kestrel Build W.L.L.") == "Kestrel Build"
    text = "Workers at Orin Vietnam Co., Ltd said they were unpaid."
    start = text.index("Vietnam")
    assert in_firm_name(text, start, start + len("Vietnam"))
    assert legal_initials("Al Noor W.L.L.")
    assert not legal_initials("Shihab P.K.")


def test_a_stage_that_ignores_case_still_reads_forms_by_case() -> None:
    loose = re.compile(rf"Foods,?\s+(?-i:{legal_forms.alternation()})(?!\w)", re.IGNORECASE)
    assert loose.fullmatch("HARBOUR FOODS LTD".split(" ", 1)[1]) is not None
    assert loose.fullmatch("foods limited") is None
