"""Probes (s333, second pass): voices of rights-monitor and diaspora reporting. A UN special rapporteur speaks from an
office (official), as the gold sets type them; a report by one is still a document. A post
opening "Please share." has no speaker called Please. A "local site" given by name is an outlet. Near misses: a
construction site and a site manager are no outlets; a person whose name begins with the letters "Please" is still a
person. Texts written for these tests; the names are fictional."""

from __future__ import annotations

from labourlens.analyse.speakers import classify


def test_rapporteurs_speak_from_an_office() -> None:
    assert classify("The Special Rapporteur") == "official"
    assert classify("the Special Rapporteur on contemporary forms of slavery") == "official"
    assert classify("the special rapporteur's 2024 report") == "document"


def test_a_request_opening_a_post_is_no_speaker() -> None:
    assert classify("Please") is None
    assert classify("Kindly") is None
    assert classify("Pleasance Odero") == "named_person"


def test_a_local_site_by_name_is_an_outlet() -> None:
    assert classify("local site Sahara Tribune") == "outlet"
    assert classify("a construction site") is None
    assert classify("the site manager") != "outlet"
