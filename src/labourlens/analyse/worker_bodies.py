"""A workers' own body named in a speaker's role ("chair of the Dockers' Union", "president of the Garment Labour
Federation"): its leaders speak as people, like activists (main README: named activists are ``named_person``), not
for a firm the way a company's director does. An employers' body ("an association of recruitment agencies") is no
workers' body. (s44) Nor does the head of a refuge or a helpline named like a firm ("Ana Ruiz, director of the Casa
Luz shelter") speak for a firm: she speaks as a person, as a named group's staff do. Used by
:mod:`labourlens.analyse.speaker_roles`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["refuge_body", "workers_body"]

# a union-like body's noun, and a word of the people it organises
_BODY = re.compile(r"(?i)\b(?:unions?|federation|confederation|alliance|congress|syndicate|guild)\b")
# (a compound trade's workers too: "metalworkers'", "steelworkers", "autoworkers")
_WORKERS = re.compile(r"(?i)\b(?:trade|[a-z]*workers?['\u2019]?|labou?r|employees?['\u2019]?|miners?['\u2019]?|mineworkers?['\u2019]?|"
                      r"dockers?['\u2019]?|drivers?['\u2019]?|seafarers?['\u2019]?|fishers?['\u2019]?|teachers?['\u2019]?|"
                      r"nurses?['\u2019]?|builders?['\u2019]?|farmworkers?['\u2019]?|porters?['\u2019]?)(?!\w)")
_EMPLOYERS = re.compile(r"(?i)\b(?:employers?|agencies|companies|firms|manufacturers|exporters|owners|industr(?:y|ies)|"
                        r"chambers?|business(?:es)?)\b")


def workers_body(name: str) -> bool:
    """Is ``name`` a workers' union or federation ("the Coastal Dockers' Union", "Andean Textile Workers
    Federation"), not a body of employers?"""
    return _BODY.search(name) is not None and _WORKERS.search(name) is not None and _EMPLOYERS.search(name) is None


# (s44) a refuge or a helpline, perhaps named like a firm ("the Casa Luz shelter", "Harbour Safe House")
_REFUGE = re.compile(r"\b(?:shelters?|refuges?|safe\s+houses?|helplines?|hotlines?)\s*$", re.IGNORECASE)


def refuge_body(name: str) -> bool:
    """Is ``name`` a shelter, a refuge or a helpline ("the Casa Luz shelter")?"""
    return _REFUGE.search(name) is not None
