"""The shape of a source registry's entry as the back-reference modules read it (a structural type, so that they need
not import :mod:`labourlens.analyse.registry`, which imports them)."""

from __future__ import annotations

from typing import Protocol, TypeVar

from labourlens.model import Source

__all__ = ["RegistryEntry", "Entry"]


class RegistryEntry(Protocol):
    source: Source
    norm: str
    head: str
    plural: bool
    person: bool
    order: int


Entry = TypeVar("Entry", bound=RegistryEntry)
