"""A quotation that runs over two sentences and names someone inside its second sentence ('... the boss says the
rest is saved for us," one driver told the paper.') belongs to the speaker tagged after the closing mark, not to
the person named inside the quotation, nor to the next speaker of the paragraph. A quotation with no tag after it
keeps its earlier reading. Every text is written for this test; people and firms are fictional (places are
real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-10", "language": "en"}
LEAD = ("Dozens of foreign drivers at a haulage depot in Oran say their employer holds their passports and has not "
        "paid them since March.\n\n")


def _source(text: str, frag: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    return (s.wording if s else None), (s.kind if s else None)


@pytest.mark.parametrize("para,frag,want", [
    ('"We were promised 800 dollars a month. Now the boss says the rest is saved for us in a bank," one driver, '
     'who gave his name as Tomas, told the Oran Courier. A second driver said he had not been paid since March.',
     "the rest is saved", ("Tomas", "named_person")),
    ('"They took our passports on the first day. The foreman says we cannot leave until the contract ends," a '
     'welder told reporters. Another welder said the gate was locked at night.',
     "cannot leave until", ("a welder", "anonymous_source")),
])
def test_tag_after_closing_mark(para: str, frag: str, want: tuple[str, str]) -> None:
    who, kind = _source(LEAD + para, frag)
    assert kind == want[1] and who is not None and want[0].lower() in who.lower(), (who, kind)


def test_untagged_quote_keeps_its_speaker() -> None:
    text = LEAD + ('Marek Duda, a driver from Gdansk, said the depot kept his passport. "We asked many times. The '
                   'manager says the documents are safer in the office."')
    who, kind = _source(text, "documents are safer")
    assert who is not None and "Duda" in who and kind == "named_person", (who, kind)
