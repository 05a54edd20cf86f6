"""Probes (study-295b): a bulletin whose presenter is labelled "NAME (presenter):" speaks in the station's voice on
the later "NAME:" lines, so a body named in them ("Security forces in Mali say ...") speaks for itself and the
presenter's links and weather are no claims. Mini-texts are invented."""

from labourlens.analyse.house_roles import house_line_words
from labourlens.analyse.pipeline import analyse

_BULLETIN = """SAVANNA RADIO - NEWS IN ENGLISH
Morning bulletin, 07:00 GMT

AMINA TOURE (presenter): Good morning. Workers freed from a gold camp near Kidal say they were kept for months without pay.

AMINA TOURE: Security forces in Mali say they have freed 40 workers from a gold camp near Kidal, where guards kept them behind wire. Our reporter Issa Diallo spoke to some of them.

ISSA DIALLO: The men told me they dug every day from dawn and were beaten when they asked for their wages.

AMINA TOURE: Hot and dry across the north today, with dust in the afternoon. You're listening to Savanna Radio.
"""


def _claims() -> list[tuple[str, str | None, str]]:
    a = analyse(_BULLETIN, {"published": "2026-04-02", "language": "en"})
    src = {s.key: s for s in a.sources}
    return [(c.text, src[c.source].wording, src[c.source].kind) for c in a.claims]


def test_label_before_a_house_role_is_a_house_name() -> None:
    assert house_line_words("AMINA TOURE", "presenter", ["presenter", "host"]) == ["amina", "toure", "amina toure"]
    assert house_line_words("WITNESS", "translated", ["presenter", "host"]) == []


def test_body_named_in_the_presenter_line_speaks() -> None:
    c = next(c for c in _claims() if "freed 40 workers" in c[0])
    assert (c[1] or "").startswith("Security forces") and c[2] == "official"


def test_presenter_weather_is_no_claim() -> None:
    assert not any("Hot and dry" in c[0] for c in _claims())
