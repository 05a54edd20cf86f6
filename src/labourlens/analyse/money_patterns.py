"""Patterns of :mod:`labourlens.analyse.money` compiled once, at import (speed: the ``re`` module's cache of
patterns is shared by every module and evicts its oldest entries, so a pattern written inline in a function
was parsed and compiled again whenever other patterns had pushed it out)."""

from __future__ import annotations

import re

SPACE_OR_HYPHEN = re.compile(r"[\s-]+")
CURRENCY_SLASH_END = re.compile(r"\b[A-Z]{3}\s?/\s?$")
COMMA_OR_SPACE = re.compile(r"[,\s]")
