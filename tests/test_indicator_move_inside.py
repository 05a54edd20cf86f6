"""The one step the denial passes share: hits inside a denied stretch become negated hits."""

from labourlens.analyse.indicator_subjects import move_inside
from labourlens.model import IndicatorHit


def _hit(indicator: str, start: int) -> IndicatorHit:
    return IndicatorHit(indicator, f"test.{indicator}", start, start + 4, "cue")


def test_hits_inside_a_span_move_to_the_negated_ones() -> None:
    inside, outside = _hit("isolation", 12), _hit("debt_bondage", 40)
    kept, negated = move_inside([inside, outside], [], [(10, 20)])
    assert kept == [outside]
    assert negated == [inside]


def test_positions_are_read_after_the_sentence_offset() -> None:
    hit = _hit("isolation", 112)
    assert move_inside([hit], [], [(10, 20)], offset=100) == ([], [hit])
    assert move_inside([hit], [], [(10, 20)]) == ([hit], [])


def test_only_the_named_indicator_moves_when_one_is_given() -> None:
    vulnerable, threat = _hit("abuse_of_vulnerability", 5), _hit("intimidation_and_threats", 6)
    earlier = _hit("isolation", 90)
    kept, negated = move_inside([vulnerable, threat], [earlier], [(0, 10)], indicator="abuse_of_vulnerability")
    assert kept == [threat]
    assert negated == [earlier, vulnerable]


def test_no_span_keeps_every_hit() -> None:
    hits = [_hit("isolation", 3)]
    assert move_inside(hits, [], []) == (hits, [])
