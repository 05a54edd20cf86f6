"""Probes (session 40, from heldout400's place misses): South Korea's coastal counties and islands where reports on
migrant fishers and salt-farm and seaweed-farm workers place boats and farms, written bare, as "<name> County" or in
the older romanisation ("Shinan" for Sinan), and the fishing ports of Taiwan's and Korea's fleets written with a
lower-case "fishing port" or "port", are places of their country. Near miss: a Chinese district of the same
spelling stays Chinese in a text about China. Texts written for these tests; every person and firm is fictional."""

from __future__ import annotations

from labourlens.analyse import places


def _found(text: str) -> set[tuple[str, str | None, str]]:
    return {(p.name, p.country, p.level) for p in places.find(text)}


def test_korean_coastal_counties_and_islands() -> None:
    found = _found("Migrant crews in South Korea work gill-net boats out of Namhae County and seaweed farms on Jindo.")
    assert ("Namhae", "KR", "other") in found
    assert ("Jindo", "KR", "other") in found
    found = _found("Two men from Nepal left the salt works at Jeungdo, in Shinan County, South Korea.")
    assert ("Jeungdo", "KR", "other") in found
    assert any(n == "Sinan" and c == "KR" for n, c, _ in found)


def test_fishing_ports_written_in_lower_case() -> None:
    found = _found("The trawler came in to Gamcheon port in Busan, South Korea, after ten months.")
    assert ("Gamcheon Port", "KR", "facility") in found
    found = _found("Crews rested beside Cianjhen fishing port, Kaohsiung, Taiwan.")
    assert ("Cianjhen Fishing Port", "TW", "facility") in found


def test_near_misses() -> None:
    found = _found("Shinan is a district of Qingdao, China, with a busy ferry pier.")
    assert not any(c == "KR" for _, c, _ in found)
