"""A classified advert of beds or rooms to let, or of goods for sale, offers terms and asks the reader to call; it tells
of nothing that happened to anyone: no claims (analyse.listing_adverts, knowledge indicators.yaml listing_adverts).
A report headed like an advert that tells of abuse still speaks. Texts written for this test; the landlords, firms,
telephone numbers and prices are invented."""

from __future__ import annotations

from labourlens.analyse.listing_adverts import listing_advert
from labourlens.analyse.pipeline import analyse

_BEDS = """Bed space available for company staff - Al Quoz

Partitioned rooms of six beds for workers, ten minutes from the metro. Water, electricity and Wi-Fi included; cooking
allowed in the shared kitchen. Watchman on duty 24 hours, with CCTV at both gates.

AED 450 per bed per month. Employers may pay for a whole room and recover the rent from salaries as agreed with staff.

WhatsApp Mr. Joseph +971 55 210 4437 to arrange a viewing.
"""

_SALE = """FOR SALE: 40 industrial sewing machines, garment workshop closing

Lockstitch and overlock machines, all serviced in May, with tables and motors; CCTV system and a guard on duty 24
hours until collection. The workshop employed 35 machinists
who have all moved to our new site. Buyer collects; payment by bank transfer before collection.

Price per machine Rs 18,000 or Rs 6.5 lakh for the lot. Call 0300 415 2287, enquiries 9am to 5pm.
"""

_STAFF_BEDS = """Staff beds to let near Thilawa zone

Tidy worker rooms on offer to employers, a short walk from the main gate of the Thilawa special economic zone. Rooms
of 6 beds with lockers, fans, a shared kitchen and washing machines. Security guard on duty 24 hours, CCTV at the
gate.

Rent: 95,000 kyat per bed per month, water and power included. Minimum lease three months; employers may pay the
landlord and deduct the rent from wages with the workers' signed consent.

Call Daw Khin on 09 7712 40315 for a viewing.
"""

_REPORT = """Rooms to let, gates locked: inside the hostels of Al Quoz

Workers at a fictional cleaning firm say the landlord locks the gate at ten and their manager confiscated their
passports on arrival. "We pay AED 500 a month for a bed, and they take it from our wages," one cleaner said.

Anyone with information can call the labour ministry's hotline on 800 665.
"""


def test_bed_space_advert_is_quiet() -> None:
    a = analyse(_BEDS, {"published": "2026-05-10", "language": "en"})
    assert a.claims == []


def test_staff_beds_with_a_guard_and_deductions_is_quiet() -> None:
    # a guard "on duty 24 hours", CCTV and rent deducted from wages read as cues about workers; in an advert they are terms
    # on offer (loud before listing_adverts)
    a = analyse(_STAFF_BEDS, {"published": "2026-05-10", "language": "en"})
    assert a.claims == []


def test_machines_for_sale_is_quiet() -> None:
    a = analyse(_SALE, {"published": "2026-05-10", "language": "en"})
    assert a.claims == []


def test_report_headed_like_an_advert_still_speaks() -> None:
    body = [p for p in _REPORT.split("\n\n")[1:]]
    assert not listing_advert(_REPORT, body)
    a = analyse(_REPORT, {"published": "2026-05-10", "language": "en"})
    assert a.claims
    assert any(h.indicator == "retention_of_identity_documents" for c in a.claims for h in c.indicators)


def test_an_advert_needs_a_call_to_the_reader() -> None:
    text = "Rooms to let near the port\n\nRooms of four beds at 200 dollars a month."
    assert not listing_advert(text, ["Rooms of four beds at 200 dollars a month."])
    called = "Rooms of four beds at 200 dollars a month. Call 0912 334 556."
    assert listing_advert(text + " Call 0912 334 556.", [called])
