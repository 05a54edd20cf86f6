"""Probe (s391): a thread headed by the poster's display name before the handle in brackets ("Thread by Lena Ortiz
(@lortiz_news), freelance reporter, Murcia") is that person's: its numbered posts with no other speaker are hers, by
the name. A reply headed by a handle with a body's name in brackets ("@huerta_coop (Cooperativa La Huerta)") is
that body's. Near misses: a handle quoted inside a sentence, a header with words that are no role after it. Texts
written for this test; people, handles and bodies are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.forum_posts import post_header
from probe_helpers import speakers_by_opening

META = {"published": "2026-04-20", "language": "en"}
THREAD = """Thread by Lena Ortiz (@lortiz_news), freelance reporter, Murcia
Posted 12 April 2026 - 800 reposts

1/ For three weeks I have been reporting on the migrant workers who pick lettuce near Mazarrón.

2/ Most of the pickers sleep in sheds at the edge of the fields, with no running water and no toilet.

3/ Two pickers told me the foreman kept their passports in his car.

---
Replies

@huerta_coop (Cooperativa La Huerta)
Our member farms pay every picker the agreed wage and none of them keeps passports.
"""


def test_headers_name_their_posters() -> None:
    assert post_header("Thread by Lena Ortiz (@lortiz_news), freelance reporter, Murcia") is not None
    assert post_header("@huerta_coop (Cooperativa La Huerta)") is not None
    assert post_header("Thread by Lena Ortiz (@lortiz_news), who says the farm's lawyer never called back") is None
    assert post_header("@huerta_coop (Cooperativa La Huerta) says its members pay the rate") is None


def test_posts_are_the_thread_authors_and_the_bodys() -> None:
    got = speakers_by_opening(THREAD, 25, META)
    assert got["2/ Most of the pickers sl"] == ("Lena Ortiz", "named_person")
    assert got["Our member farms pay ever"] == ("Cooperativa La Huerta", "organization")
