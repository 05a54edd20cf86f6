"""The issuer of a page without a masthead, from its header: a helpline's summary ("Tura Migrant Helpline — Quarterly
summary, April–June") and a prosecutor's office's release under its press service ("Prosecutor's Office of Tomsk
Oblast\\nPress service"). A paper whose running text quotes "the press service of the police" keeps its masthead.
Every text is written for this test; bodies and outlets are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("text,outlet", [
    ("Tura Migrant Helpline \u2014 Quarterly summary, April\u2013June\n\nTura is a free line for workers from Central "
     "Asia.\n\nCalls. The line received 1,200 calls.\n", "Tura Migrant Helpline"),
    ("Prosecutor's Office of Tomsk Oblast\nPress service\n\nFollowing a check, a criminal case has been opened against "
     "the director of a brick plant.\n\nThe check established that wages were paid irregularly.\n",
     "Prosecutor's Office of Tomsk Oblast"),
    ("KAMA EVENING GAZETTE  |  Society\n\nDepot workers say the manager kept their passports\n\nThe press service of "
     "the regional police said officers had received the complaint.\n", "Kama Evening Gazette"),
])
def test_issuer_from_the_header(text: str, outlet: str) -> None:
    assert (analyse(text, META).meta.outlet or "").lower() == outlet.lower()
