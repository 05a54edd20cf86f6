"""Exports of the evidence store's contents (see :mod:`labourlens.export.web_exports`)."""
