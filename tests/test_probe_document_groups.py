"""Groups and receivers in reports told through documents: people a report counts as interviewed and then hears
as a whole ("All three stated ..."), information a body received given to that body, and a board's repost line
that names the paper a story first ran in.

Every name, body, board and sentence here is invented for these tests; places are real."""

from __future__ import annotations

from labourlens.analyse import meta, sentences
from probe_helpers import META, claim_rows
from probe_helpers import claim_row as _row

COUNTED = """Kestrel Rights Forum report, May 2026

The Forum interviewed three former workers now living in Almaty. All three stated that a broker collected their pay instead of them. All three described crowded containers for beds and no day off in the week. A former mason among them stated that a guard beat a man for complaining.
"""


def test_all_of_a_counted_group_met_before_is_that_group() -> None:
    rows = claim_rows(COUNTED)
    paid = _row(rows, "a broker collected their pay")
    assert paid[2:] == ("three former workers", "anonymous_source")
    assert _row(rows, "crowded containers")[1] == paid[1]
    assert _row(rows, "a guard beat a man")[1] != paid[1]


RECEIVED = """The labour ministry of Kazakhstan said on Monday that it had opened an inquiry into a brick works near Shymkent.

Inspector Dana Vale of the regional labour office said migrant workers from Tajikistan at the works were paid half the wage they were promised.

According to information gathered by Inspector Dana Vale, workers who wanted to go home were locked in a shed for two days.
"""


def test_information_a_speaker_received_is_that_speakers_account() -> None:
    rows = claim_rows(RECEIVED)
    assert _row(rows, "locked in a shed")[1] == _row(rows, "paid half the wage")[1]


REPOST = """Harbour Workers Forum - members board
Posted by admin_kaz | 2 May 2026, 10:00 | 2 comments

[Repost] Originally published by Caspian Evening Courier (English edition), 28 April 2026. Reposted for members of the board.

Kazakh drivers at Aktau port say pay held for two months

AKTAU - Around 40 drivers of a haulage contractor have gone unpaid since the spring, several of the drivers said this week.
"""


def test_a_repost_line_after_a_boards_tag_names_the_outlet() -> None:
    assert meta.detect(REPOST, sentences.split(REPOST), dict(META)).outlet == "Caspian Evening Courier"
