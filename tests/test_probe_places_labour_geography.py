"""Place knowledge that reports on migrant labour use: districts and labour areas of Gulf cities, districts of
Chinese factory cities, ports, industrial estates and stadiums, rivers, deserts and mountains, Czech regions,
Congolese departments and Kenyan counties, and small towns of seasonal work; with controls where a word of such a
name is something else (a company, a bare word, a brand). Every text is written for this test; people and firms
are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import places, sentences


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in places.find(text, sentences.split(text))}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Steel fixers on a tower in Al Sadd, Doha, said their pay was three months late.", ("Al Sadd", "QA")),
        ("Cleaners held a sit-in outside the contractor's office in Ardiya, Kuwait.", ("Ardiya", "KW")),
        ("A maid from Kenya worked for a family in Al Amerat, outside Muscat, Oman.", ("Al Amerat", "OM")),
        ("Plasterers were moved to a block in Jumeirah Village Circle in Dubai.", ("Jumeirah Village Circle", "AE")),
        ("Inspectors found 16 men in one room in Al-Sulay, on the edge of Riyadh.", ("Al-Sulay", "SA")),
        ("Coders worked out of a tower in Shenyang's Hunnan district, China.", ("Hunnan", "CN")),
        ("The yard's training centre in Dinghai, Zhoushan, runs welding courses.", ("Dinghai", "CN")),
        ("Trucks queued for days at Tin Can Island in Lagos, Nigeria.", ("Tin Can Island", "NG")),
        ("A new berth at the Lekki Deep Sea Port will double capacity.", ("Lekki Deep Sea Port", "NG")),
        ("The operator of a terminal at the Port of Dakar will hire 900 people.", ("Port of Dakar", "SN")),
        ("Sewing lines in the Al-Hassan Industrial Estate near Irbid, Jordan, ran at night.", ("Al-Hassan Industrial Estate", "JO")),
        ("Vietnam beat Laos 3-1 at My Dinh National Stadium on Sunday.", ("My Dinh National Stadium", "VN")),
        ("Loggers on the Tumnin river said the camp kept their papers.", ("Tumnin River", "RU")),
        ("Herders' sons go to the mines in the Gobi when wages fall.", ("Gobi", "MN")),
        ("Vietnamese workers in the Urals asked for a consulate.", ("Urals", "RU")),
        ("Ships waited at anchor in the Gulf of Gdansk during the strike.", ("Gulf of Gdansk", "PL")),
        ("A hostel in the Plzen Region housed the agency's workers.", ("Plzeň Region", "CZ")),
        ("A sawyer from the Pool department said pay came in vouchers.", ("Pool", "CG")),
        ("Hon. Grace Wairimu (Nyandarua County) asked about maids in Saudi Arabia.", ("Nyandarua", "KE")),
        ("Pickers from Vanuatu spent the season in Motueka, New Zealand.", ("Motueka", "NZ")),
        ("A picker from Efate said she sends money home every fortnight.", ("Efate", "VU")),
        ("Tilers worked on flats in Swieqi and St Paul's Bay in Malta.", ("St Paul's Bay", "MT")),
        ("A grower near Opole Lubelskie in Poland hired 14 pickers.", ("Opole Lubelskie", "PL")),
        # North Korean provinces and cities as Daily NK and others spell them
        ("A source in North Hamkyung Province said the crews left for Russia.", ("North Hamgyong", "KP")),
        ("Traders in Yangkang Province were told to pay a levy.", ("Ryanggang", "KP")),
        ("Workers from Hamheung and Nampho were sent to Vladivostok, Russia.", ("Hamhung", "KP")),
        ("Workers from Hamheung and Nampho were sent to Vladivostok, Russia.", ("Nampo", "KP")),
        # Vietnamese cities in two words or by a former name
        ("Vietnam's team trains in Hai Phong before the match.", ("Haiphong", "VN")),
        ("Garment lines in Saigon, Vietnam, ran through the holiday.", ("Ho Chi Minh City", "VN")),
        ("Recruiters in Danang, Vietnam, charged a fee of 6,000 dollars.", ("Da Nang", "VN")),
    ],
)
def test_labour_geography(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Gobi Copper Resources Ltd. reported higher output at its mines in Mongolia.", ("Gobi", "MN")),
        ("The tilers in St Paul's Bay, Malta, were paid in cash.", ("Saint Paul", "US")),
        ("A grower near Opole Lubelskie in Poland hired 14 pickers.", ("Opole", "PL")),
        ("Children splashed in the pool of a hotel in Brazzaville, Congo.", ("Pool", "CG")),
        ("He bought a JVC camera in Dubai.", ("Jumeirah Village Circle", "AE")),
    ],
)
def test_controls(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _places(text)
