"""Probes (s335): places of prison and public-works reports. A colony known by its number and a prison named by a word
before "Prison" are facilities of the country the report is about; districts of Shymkent and Almaty, a
settlement of Mordovia and its district, the port of Savannah and an industrial park of Binh Duong are in the
gazetteer; Kuwait's Farwaniya governorate is named as reports write it. Near misses: a prison system named by its
province and the penitentiary service are no facility. Texts written for these tests; the people and institutions are fictional."""

from __future__ import annotations

from labourlens.analyse import places


def _found(text: str) -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.country, p.level) for p in places.find(text)}


def test_numbered_colonies_and_named_prisons_are_facilities() -> None:
    got = _found("Two women held at penal colony No. 12 in Mordovia, Russia, described the sewing shop.")
    assert got.get("penal colony No. 12") == ("RU", "facility")
    got = _found("He spent three years in Baiyun Prison in Guangdong, China, making shoe uppers.")
    assert got.get("Baiyun Prison") == ("CN", "facility")


def test_near_miss_prison_systems_and_services_are_no_facilities() -> None:
    got = _found("Hubei Provincial Prison authorities in China declined to comment on the shop.")
    assert not any(level == "facility" for _, level in got.values())
    got = _found("The Federal Penitentiary Service of Russia said the inmates were paid.")
    assert not any(level == "facility" for _, level in got.values())


def test_districts_settlements_and_sites_are_known() -> None:
    assert _found("Street sweepers from Al-Farabi district in Shymkent, Kazakhstan, met at dawn.").get(
        "Al-Farabi district", (None, ""))[0] == "KZ"
    assert _found("A sewing shop in Almaty's Turksib district, Kazakhstan, is hiring.").get(
        "Turksib district", (None, ""))[0] == "KZ"
    assert _found("The colonies stand near Partsa in the Zubovo-Polyansky district of Mordovia, Russia.").keys() >= {
        "Partsa", "Zubovo-Polyansky district"}
    assert _found("Containers sat in Port of Savannah yards, Georgia, United States.").get(
        "Port of Savannah", (None, ""))[0] == "US"
    assert _found("A plant at Bau Bang industrial park, Binh Duong, Vietnam, opened.").get(
        "Bau Bang industrial park", (None, ""))[0] == "VN"


def test_farwaniya_governorate_as_reports_write_it() -> None:
    assert "Farwaniya Governorate" in _found("Cleaners in Kuwait's Farwaniya governorate said they were not paid.")
