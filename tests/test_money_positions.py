"""Money anchors keep their positions when lower-casing changes the text's length."""

from __future__ import annotations

from labourlens.analyse import money


def test_dotted_capital_i_before_a_word_amount() -> None:
    # "İ".lower() is two characters; word anchors found in the lower-cased text must still
    # point at the same place in the original text
    text = "İİİİİİ staff at Kestrel Ridge were paid three hundred dollars a month, and İzmir staff $40."
    found = money.find(text, None)
    assert [a.text for a in found] == ["three hundred dollars", "$40"]
    assert all(text[a.start:a.end] == a.text for a in found)
