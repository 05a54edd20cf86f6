"""Validate the later held-out gold sets (``tests/heldout2/`` to ``tests/heldout4/``) against
the FORMAT.md contract.

The same checks as ``test_gold_format.py`` (strict mode), plus the shape of a held-out
set: enough documents, reports with nothing to find, every text annotated, and texts
that share no run of ten words with the gold sets written before it. The other sets'
texts are read here only to compare shingles; they are never printed.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from labourlens.model import INDICATORS, SPEAKER_KINDS
from test_gold_format import load, normalise, problems, visible_text

HERE = Path(__file__).parent
# each set, and the folders of the sets written before it that it must not repeat
SETS = {
    "heldout2": (HERE / "gold" / "docs", HERE / "heldout" / "docs"),
    "heldout3": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs"),
    "heldout4": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                 HERE / "heldout3" / "docs"),
    "heldout5": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                 HERE / "heldout3" / "docs", HERE / "heldout4" / "docs"),
    "heldout6": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                 HERE / "heldout3" / "docs", HERE / "heldout4" / "docs"),
    "heldout7": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                 HERE / "heldout3" / "docs", HERE / "heldout4" / "docs", HERE / "heldout5" / "docs",
                 HERE / "heldout6" / "docs"),
    "heldout8": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                 HERE / "heldout3" / "docs", HERE / "heldout4" / "docs", HERE / "heldout5" / "docs",
                 HERE / "heldout6" / "docs"),
    "heldout9": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                 HERE / "heldout3" / "docs", HERE / "heldout4" / "docs", HERE / "heldout5" / "docs",
                 HERE / "heldout6" / "docs", HERE / "heldout7" / "docs", HERE / "heldout8" / "docs"),
    "heldout10": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                  HERE / "heldout3" / "docs", HERE / "heldout4" / "docs", HERE / "heldout5" / "docs",
                  HERE / "heldout6" / "docs", HERE / "heldout7" / "docs", HERE / "heldout8" / "docs",
                  HERE / "heldout9" / "docs"),
    "heldout11": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                  HERE / "heldout3" / "docs", HERE / "heldout4" / "docs", HERE / "heldout5" / "docs",
                  HERE / "heldout6" / "docs", HERE / "heldout7" / "docs", HERE / "heldout8" / "docs",
                  HERE / "heldout9" / "docs"),
    "heldout12": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                  HERE / "heldout3" / "docs", HERE / "heldout4" / "docs", HERE / "heldout5" / "docs",
                  HERE / "heldout6" / "docs", HERE / "heldout7" / "docs", HERE / "heldout8" / "docs",
                  HERE / "heldout9" / "docs", HERE / "heldout10" / "docs", HERE / "heldout11" / "docs"),
    "heldout13": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                  HERE / "heldout3" / "docs", HERE / "heldout4" / "docs", HERE / "heldout5" / "docs",
                  HERE / "heldout6" / "docs", HERE / "heldout7" / "docs", HERE / "heldout8" / "docs",
                  HERE / "heldout9" / "docs", HERE / "heldout10" / "docs", HERE / "heldout11" / "docs"),
    "heldout15": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                  HERE / "heldout3" / "docs", HERE / "heldout4" / "docs", HERE / "heldout5" / "docs",
                  HERE / "heldout6" / "docs", HERE / "heldout7" / "docs", HERE / "heldout8" / "docs",
                  HERE / "heldout9" / "docs", HERE / "heldout10" / "docs", HERE / "heldout11" / "docs",
                  HERE / "heldout12" / "docs", HERE / "heldout13" / "docs"),
    "heldout14": (HERE / "gold" / "docs", HERE / "heldout" / "docs", HERE / "heldout2" / "docs",
                  HERE / "heldout3" / "docs", HERE / "heldout4" / "docs", HERE / "heldout5" / "docs",
                  HERE / "heldout6" / "docs", HERE / "heldout7" / "docs", HERE / "heldout8" / "docs",
                  HERE / "heldout9" / "docs", HERE / "heldout10" / "docs", HERE / "heldout11" / "docs",
                  HERE / "heldout12" / "docs", HERE / "heldout13" / "docs"),
    "heldout16": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15)),
    "heldout17": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15)),
    "heldout18": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17)),
    "heldout19": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17)),
    "heldout20": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17)),
    "heldout21": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
    "heldout22": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
    "heldout23": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22)),
    "heldout24": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22)),
    "heldout25": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24)),
    "heldout26": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24)),
    "heldout27": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24, 25, 26)),
    "heldout28": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24, 25, 26)),
    "heldout29": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24, 25, 26, 27, 28)),
    "heldout30": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24, 25, 26, 27, 28)),
    "heldout31": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24, 25, 26, 27, 28, 29, 30)),
    "heldout32": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)),
    "heldout33": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)),
    "heldout34": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
                                                                        32, 33)),
    "heldout35": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9,
                                                                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                                        21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
                                                                        32, 33, 34)),
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 36)))
       for k in (36, 37, 38)},
    "heldout39": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 39))),
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 40)))
       for k in (40, 41)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 42)))
       for k in (42, 43)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 44)))
       for k in (44, 45)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 46)))
       for k in (46, 47)},
    "heldout48": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 48))),
    "heldout49": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 49))),
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 50)))
       for k in (50, 51)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 52)))
       for k in (52, 53)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 54)))
       for k in (54, 55)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 56)))
       for k in (56, 57, 58)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 59)))
       for k in (59, 60)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 61)))
       for k in (61, 62)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 63)))
       for k in (63, 64)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 65)))
       for k in (65, 66)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 67)))
       for k in (67, 68)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 69)))
       for k in (69, 70)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 71)))
       for k in (71, 72)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 73)))
       for k in (73, 74)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 75)))
       for k in (75, 76)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 77)))
       for k in (77, 78)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 79)))
       for k in (79, 80)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 81)))
       for k in (81, 82)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 83)))
       for k in (83, 84)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 85)))
       for k in (85, 86)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 87)))
       for k in (87, 88)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 89)))
       for k in (89, 90)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 91)))
       for k in (91, 92)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 93)))
       for k in (93, 94)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 95)))
       for k in (95, 96)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 97)))
       for k in (97, 98)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 99)))
       for k in (99, 100)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 101)))
       for k in (101, 102, 103, 104)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 105)))
       for k in (105, 106)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 107)))
       for k in (107, 108, 109, 110)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 111)))
       for k in (111, 112)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 113)))
       for k in (113, 114)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 115)))
       for k in (115, 116)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 117)))
       for k in (117, 118)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 119)))
       for k in (119, 120)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 121)))
       for k in (121, 122)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 123)))
       for k in (123, 124)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 125)))
       for k in (125, 126)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 127)))
       for k in (127, 128)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 129)))
       for k in (129, 130)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 131)))
       for k in (131, 132)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 133)))
       for k in (133, 134)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 135)))
       for k in (135, 136)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 137)))
       for k in (137, 138)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 139)))
       for k in (139, 140)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 141)))
       for k in (141, 142)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 143)))
       for k in (143, 144)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 145)))
       for k in (145, 146)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 147)))
       for k in (147, 148)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 149)))
       for k in (149, 150)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 151)))
       for k in (151, 152)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 153)))
       for k in (153, 154)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 155)))
       for k in (155, 156)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 157)))
       for k in (157, 158)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 159)))
       for k in (159, 160)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 161)))
       for k in (161, 162)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 163)))
       for k in (163, 164)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 165)))
       for k in (165, 166)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 167)))
       for k in (167, 168)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 169)))
       for k in (169, 170)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 171)))
       for k in (171, 172)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 173)))
       for k in (173, 174)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 175)))
       for k in (175, 176)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 177)))
       for k in (177, 178)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 179)))
       for k in (179, 180)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 181)))
       for k in (181, 182, 183)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 184)))
       for k in (184, 185)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 186)))
       for k in (186, 187, 188)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 189)))
       for k in (189, 190, 191)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 192)))
       for k in range(192, 200)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 200)))
       for k in range(200, 204)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 204)))
       for k in range(204, 208)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 208)))
       for k in range(208, 216)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 216)))
       for k in range(216, 221)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 221)))
       for k in range(221, 225)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 225)))
       for k in range(225, 233)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 233)))
       for k in range(233, 235)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 235)))
       for k in range(235, 239)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 239)))
       for k in range(239, 243)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 243)))
       for k in range(243, 251)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 251)))
       for k in range(251, 255)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 255)))
       for k in range(255, 263)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 263)))
       for k in range(263, 267)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 267)))
       for k in range(267, 271)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 271)))
       for k in range(271, 277)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 277)))
       for k in range(277, 283)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 283)))
       for k in range(283, 286)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 286)))
       for k in range(286, 289)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 289)))
       for k in range(289, 292)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 292)))
       for k in range(292, 293)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 293)))
       for k in range(293, 295)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 295)))
       for k in range(295, 297)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 297)))
       for k in range(297, 299)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 299)))
       for k in range(299, 301)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 301)))
       for k in range(301, 303)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 303)))
       for k in range(303, 305)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 305)))
       for k in range(305, 309)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 309)))
       for k in range(309, 313)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 313)))
       for k in range(313, 317)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 317)))
       for k in range(317, 321)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 321)))
       for k in range(321, 323)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 323)))
       for k in range(323, 325)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 325)))
       for k in range(325, 329)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 329)))
       for k in range(329, 331)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 331)))
       for k in range(331, 332)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 332)))
       for k in range(332, 334)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 334)))
       for k in range(334, 335)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 335)))
       for k in range(335, 336)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 336)))
       for k in range(336, 338)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 338)))
       for k in range(338, 340)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 340)))
       for k in range(340, 343)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 343)))
       for k in range(343, 346)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 346)))
       for k in range(346, 349)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 349)))
       for k in range(349, 355)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 355)))
       for k in range(355, 362)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 362)))
       for k in range(362, 365)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 365)))
       for k in range(365, 368)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 368)))
       for k in range(368, 371)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 371)))
       for k in range(371, 377)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 377)))
       for k in range(377, 383)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 383)))
       for k in range(383, 389)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 389)))
       for k in range(389, 395)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 395)))
       for k in range(395, 401)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 401)))
       for k in range(401, 407)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 407)))
       for k in range(407, 413)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 413)))
       for k in range(413, 416)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 416)))
       for k in range(416, 419)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 419)))
       for k in range(419, 422)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 422)))
       for k in range(422, 424)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 424)))
       for k in range(424, 429)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 429)))
       for k in range(429, 434)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 434)))
       for k in range(434, 439)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 439)))
       for k in range(439, 443)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 443)))
       for k in range(443, 447)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 447)))
       for k in range(447, 449)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 449)))
       for k in range(449, 456)},
    **{f"heldout{k}": (HERE / "gold" / "docs",) + tuple(HERE / f"heldout{n}" / "docs" for n in ("", *range(2, 456)))
       for k in range(456, 463)},
}
NAMES = list(SETS)
SHINGLE = 10  # words; stock phrases ("speaking on condition of anonymity") are shorter


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", normalise(text))
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _gold(name: str) -> Path:
    return HERE / name / "gold.jsonl"


@cache
def _folder_shingles(folder: Path) -> frozenset[int]:
    """The hashes of the ten-word runs of a folder's texts, read once per run of the tests (each set is compared
    with every set before it: read again for each, the folders cost the square of their number)."""
    seen: set[int] = set()
    for path in sorted(folder.glob("*")):
        if path.suffix.lower() in {".txt", ".html", ".htm"}:
            seen.update(map(hash, _shingles(visible_text(path))))
    return frozenset(seen)


def _shared(runs: set[tuple[str, ...]], folders: tuple[Path, ...]) -> int:
    """How many of ``runs`` stand in the texts of ``folders``."""
    others = [_folder_shingles(folder) for folder in folders if folder.is_dir()]
    return sum(1 for run in runs if any(hash(run) in other for other in others))


@pytest.mark.parametrize("name", NAMES)
def test_heldout_set_gold_is_valid(name: str) -> None:
    assert _gold(name).is_file(), f"tests/{name}/gold.jsonl is missing"
    assert problems(_gold(name), strict=True) == []


@pytest.mark.parametrize("name", NAMES)
def test_heldout_set_has_its_shape(name: str) -> None:
    records = load(_gold(name))
    assert len(records) >= 16
    empty = [r for r in records if not r["claims"]]
    assert len(empty) >= 3, "need at least three reports that describe no forced labour"
    for rec in empty:
        assert rec["indicators"] == [] and rec["unverified"] == [], rec["id"]
        assert rec["places"], f"{rec['id']}: reports with nothing to find still name places"
    assert all(r["text_path"].startswith("docs/") for r in records)
    assert all("negated" in c for r in records for c in r["claims"]), "negated is given on every claim"
    kinds = Counter(c["speaker_kind"] for r in records for c in r["claims"])
    assert set(kinds) == set(SPEAKER_KINDS), kinds
    assert {i for r in records for i in r["indicators"]} == set(INDICATORS)
    assert sum(1 for r in records for c in r["claims"] if c["negated"]) >= 10
    assert sum(1 for r in records for c in r["claims"] if c["hedged"]) >= 8
    assert sum(1 for r in records if r["meta"].get("translator")) >= 2
    assert any(r["text_path"].endswith(".html") for r in records)


@pytest.mark.parametrize("name", NAMES)
def test_heldout_set_document_indicators_are_the_union_of_claim_indicators(name: str) -> None:
    for rec in load(_gold(name)):
        union = {i for c in rec["claims"] for i in c["indicators"]}
        assert set(rec["indicators"]) == union, rec["id"]


@pytest.mark.parametrize("name", NAMES)
def test_heldout_set_covers_the_listed_document_files(name: str) -> None:
    records = load(_gold(name))
    listed = {r["text_path"] for r in records}
    on_disk = {f"docs/{p.name}" for p in (_gold(name).parent / "docs").iterdir() if p.is_file()}
    assert listed == on_disk, "every held-out text is annotated and every annotation has its text"


def test_shingles_find_a_shared_run_of_ten_words() -> None:
    a = "One two three four five six seven eight nine ten eleven."
    b = "Before that: ONE two three four five six seven eight nine ten, after."
    assert _shingles(a) & _shingles(b)
    assert not _shingles("one two three four five six seven eight nine") & _shingles(b)


def test_shared_runs_are_found_in_the_folders_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Before that: one two three four five six seven eight nine ten, after.",
                                    encoding="utf-8")
    (tmp_path / "notes.md").write_text("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
                                       encoding="utf-8")
    runs = _shingles("One two three four five six seven eight nine ten eleven.")
    assert _shared(runs, (tmp_path, tmp_path / "missing")) == 1  # "one ... ten", not "two ... eleven"
    assert _shared(_shingles("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"),
                   (tmp_path,)) == 0  # only the texts of a folder count


@pytest.mark.parametrize("name", NAMES)
def test_heldout_set_texts_are_independent_of_the_other_gold_sets(name: str) -> None:
    folders = SETS[name]
    if not any(folder.is_dir() for folder in folders):
        pytest.skip("no other gold set to compare with")
    overlapping = []
    for rec in load(_gold(name)):
        shared = _shared(_shingles(visible_text(_gold(name).parent / rec["text_path"])), folders)
        if shared:
            overlapping.append(f"{rec['id']} ({shared} runs)")
    # Only ids and counts: the other sets' texts must not be shown by this test.
    if overlapping:
        pytest.fail("texts share ten-word runs with another gold set: " + ", ".join(overlapping))


@pytest.mark.parametrize("name", NAMES)
def test_heldout_set_lines_are_plain_json_objects(name: str) -> None:
    for number, line in enumerate(_gold(name).read_text(encoding="utf-8").splitlines(), 1):
        assert isinstance(json.loads(line), dict), number
