"""Patterns of :mod:`labourlens.analyse.mention_shapes` compiled once, at import (speed: the ``re`` module's cache of
patterns is shared by every module and evicts its oldest entries, so a pattern written inline in a function
was parsed and compiled again whenever other patterns had pushed it out)."""

from __future__ import annotations

import re

AS = re.compile(r"\s+as\s+")
QUALIFIER = re.compile(r"\s+(?:who|that|which|in|at|from|of|on|with|near|across)\s")
SPACE_CAPITAL = re.compile(r"\s[A-Z]")
RELATIVE = re.compile(r"\b(?:who|whom|which|whose|that)\b", re.IGNORECASE)
DETERMINED_NOUN = re.compile(r"(?i:the|a|an|its|one|another|two|three)\s+(?:[\w'\u2019-]+\s+){0,3}[\w-]+")
WHO_RUNS = re.compile(r"who\s+(?:runs|owns|manages|heads)\s+(?!an?\s)")
