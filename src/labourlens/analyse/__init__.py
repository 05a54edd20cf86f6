"""Analysis stages, one module each, composed by :mod:`labourlens.analyse.pipeline`."""

from labourlens.analyse.pipeline import analyse

__all__ = ["analyse"]
