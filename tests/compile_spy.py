"""The patterns the ``re`` module compiles while some code runs, for the tests that patterns are compiled once.

The module's cache is shared with every other module and evicts its oldest entries, so a pattern written inline
could pass once and be compiled again on a real run: the cache is emptied first, so every such pattern shows."""

from __future__ import annotations

import re
import re._compiler as re_compiler
from collections.abc import Callable

import pytest


def patterns_compiled(monkeypatch: pytest.MonkeyPatch, run: Callable[[], object]) -> list[object]:
    """The patterns compiled while ``run()`` runs, the cache emptied before."""
    re.purge()
    compiled: list[object] = []
    original = re_compiler.compile

    def spy(p: object, flags: int = 0) -> object:
        compiled.append(p)
        return original(p, flags)

    with monkeypatch.context() as m:
        m.setattr(re_compiler, "compile", spy)
        run()
    return compiled
