"""Corroboration regressions seen on the sample corpus: a claim that names no place was filed
under every region its document mentions (a Hunchun report that names Dalian once in passing
"corroborated" a Dalian report)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from labourlens import link
from labourlens.model import Analysis, CapturedDoc, Claim, DocMeta, IndicatorHit, PlaceMention, Source
from labourlens.store import open_store

PLACES = {"Hunchun": ("CN", "Jilin"), "Dalian": ("CN", "Liaoning")}


def _save(store: Any, outlet: str, text: str, claim_text: str) -> str:
    data = text.encode("utf-8")
    doc_id = hashlib.sha256(data).hexdigest()
    start = text.index(claim_text)
    end = start + len(claim_text)
    places = [PlaceMention(m.start(), m.end(), m.group(), m.group(), PLACES[m.group()][0], PLACES[m.group()][1],
                           "city", None, None, f"test:{m.group()}") for m in re.finditer("|".join(PLACES), text)]
    analysis = Analysis(
        meta=DocMeta(outlet=outlet),
        sources=[Source("S1", "a resident", "anonymous_source")],
        claims=[Claim(0, 0, start, end, claim_text, "S1", event_time="2024-01",
                      indicators=[IndicatorHit("withholding_of_wages", "test.wages", start, end, "wages")])],
        places=places,
    )
    store.save(CapturedDoc(id=doc_id, origin=f"/corpus/{outlet}.txt", captured_at="2024-04-01T00:00:00Z",
                           reader="text.v1", reader_version="1", media_type="text/plain", original=data,
                           text=text, outlet=outlet, published="2024-02-10"), analysis)
    return doc_id


HUNCHUN = ("Workers at a fictional squid plant in Hunchun are unhappy. Hunchun lies near the border. "
           "Most of their wages were kept by the trading company. The squid is shipped to Dalian. "
           "Police in Hunchun would not comment.")
DALIAN = "At a fictional shipyard in Dalian, most of the welders' wages were kept by their managers."
HUNCHUN_2 = ("In Hunchun a second fictional plant was named. The women's wages were kept back for a year, "
             "a relative said.")


def test_a_claim_without_a_place_is_filed_under_its_documents_main_region_only(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "r.db"))
    a = _save(store, "Tumen Weekly", HUNCHUN, "Most of their wages were kept by the trading company.")
    _save(store, "Liaoning Courier", DALIAN, DALIAN)
    link.link_documents(store)
    assert link.corroboration(store) == []  # Jilin is not Liaoning
    c = _save(store, "Yanbian Notes", HUNCHUN_2, "The women's wages were kept back for a year, a relative said.")
    link.link_documents(store)
    groups = link.corroboration(store)
    assert [(g["key"], sorted(g["documents"])) for g in groups] == [
        ("indicator:withholding_of_wages|CN/Jilin", sorted([a, c]))
    ]
    store.close()


def test_a_place_people_or_money_are_sent_to_is_not_where_the_claim_happens(tmp_path: Path) -> None:
    """Claims from Doha, Kuwait and Dar es Salaam "corroborated" each other because each said money
    or workers were sent *to* the capital the workers came from."""
    PLACES["Pyongyang"] = ("KP", "Pyongyang")
    PLACES["Doha"] = ("QA", "Baladiyat ad Dawhah")
    PLACES["Kuwait City"] = ("KW", "Al Asimah")
    try:
        store = open_store(str(tmp_path / "m.db"))
        doha = ("Builders on a fictional site in Doha say their wages go straight to Pyongyang. "
                "The site in Doha is run by a fictional firm.")
        kuwait = ("Labourers on a fictional road in Kuwait City said their wages were sent to Pyongyang. "
                  "Kuwait City officials did not comment.")
        a = _save(store, "Gulf Desk", doha, "Builders on a fictional site in Doha say their wages go straight to "
                                            "Pyongyang.")
        b = _save(store, "Kuwait Observer", kuwait, "Labourers on a fictional road in Kuwait City said their wages "
                                                    "were sent to Pyongyang.")
        link.link_documents(store)
        assert link.corroboration(store) == []
        # a place after "to" in the document's own country still counts
        home = ("Labourers moved to Kuwait City from the desert camp say their wages were kept. "
                "Kuwait City police would not comment.")
        c = _save(store, "Kuwait Ledger", home, "Labourers moved to Kuwait City from the desert camp say their "
                                                "wages were kept.")
        link.link_documents(store)
        groups = link.corroboration(store)
        assert [sorted(g["documents"]) for g in groups] == [sorted([b, c])] and a not in groups[0]["documents"]
        store.close()
    finally:
        for name in ("Pyongyang", "Doha", "Kuwait City"):
            PLACES.pop(name)
