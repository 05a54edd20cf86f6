"""Probes (s344): a board's post header may set the poster's town or standing between bars before "posted"
("kim_88 | Busan | posted 4 May"): the post is its poster's. A page of readers' own questions ("Q: Can my landlord
...?") answered under "A:" labels answers them itself: someone quoted in one answer does not answer the next, and a
body cited in an answer ("The port authority told us ...") keeps its words. Near misses: a site's breadcrumb with
bars ("News | Business | posted ...") names no poster; an interview's questions to its guest keep the guest's
answers. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.forum_posts import post_header
from labourlens.analyse.pipeline import analyse


def test_header_with_fields_names_its_poster() -> None:
    assert (post_header("lina_77 | Penang | posted 4 May 2026, 10:12", True) or ("", 0))[0] == "lina_77"
    assert post_header("dock.rat | Senior member | posted 5 May 2026", True) is not None


def test_breadcrumb_is_no_header() -> None:
    assert post_header("News | Business | posted 3 Nov 2026", True) is None


_THREAD = """HelperNet Boards > Hong Kong > Live-in work
Thread: Agency loan and my day off (page 1)

suri_88 | Sha Tin | posted 2 May 2026, 20:10
Hello all. My madam holds my passport in her bedroom cupboard and will not give it back. I have had no rest day
for five months.

tess.r | Mong Kok | posted 3 May 2026, 08:30
@suri_88 you can call the labour department hotline. For me the agency loan takes HK$2,000 from my salary each
month and I still owe HK$9,000.
"""


def test_posts_under_fielded_headers_are_their_posters() -> None:
    result = analyse(_THREAD, {"outlet": "HelperNet Boards"})
    keys = {s.key: s for s in result.sources}
    by_text = {c.text: keys[c.source] for c in result.claims}
    passport = next(src for text, src in by_text.items() if "passport" in text)
    loan = next(src for text, src in by_text.items() if "agency loan takes" in text)
    assert passport.wording == "suri_88" and passport.kind == "named_person"
    assert loan.wording == "tess.r" and loan.kind == "named_person"


_FAQ = """Harbourside Seafarers Aid
Your questions on shore leave and wage deductions (Q&A)
Updated 3 November 2026

Crew members often write to us about shore leave in Busan and what agencies may deduct. These are our answers.

Q: Can my captain refuse shore leave?
A: Last month we heard from deckhands on three tuna vessels in Busan who told us the captain refused them shore
leave for the whole port call. We passed this to the port authority.

Q: Can the agency take money from my wage for a lost uniform?
A: Deckhands on one reefer ship told us the agency deducted US$80 from their wages for every missing uniform. Such
charges are not allowed under the collective agreement.

Q: Must the owner pay me extra for Sunday work?
A: Yes. In the cases we followed this year, owners on the longline fleet paid Sunday work at the proper rate.

Q: What did the port authority say?
A: The port authority told us in a letter on 2 October that the inspectors had found two crews kept on board for
the whole call.
"""


def test_readers_questions_are_answered_by_the_page() -> None:
    result = analyse(_FAQ, {"outlet": "Harbourside Seafarers Aid"})
    keys = {s.key: s for s in result.sources}
    by_text = {c.text: c for c in result.claims}
    deduction = next(c for t, c in by_text.items() if "US$80" in t)
    assert keys[deduction.source].wording == "Deckhands on one reefer ship"
    sunday = next(c for t, c in by_text.items() if "proper rate" in t)
    assert sunday.source == "OUTLET"
    letter = next(c for t, c in by_text.items() if "kept on board" in t)
    assert "port authority" in (keys[letter.source].wording or "").lower()


_INTERVIEW = """Delta Courier
"They kept us on board": a deckhand's year at sea

Delta Courier spoke to Arjun Mehta, 34, a deckhand from Kochi, after he came home in October.

Q: When did you last go ashore?
A: Not once in eleven months. The captain kept our passports in his cabin and said the agency would fine us if we
left the ship.

Q: Were you paid?
A: Only for the first three months. The company still owes me eight months of wages.
"""


def test_an_interviews_answers_stay_the_guests() -> None:
    result = analyse(_INTERVIEW, {"outlet": "Delta Courier"})
    keys = {s.key: s for s in result.sources}
    answers = [c for c in result.claims if "passports" in c.text or "still owes" in c.text]
    assert answers
    for claim in answers:
        assert "Mehta" in (keys[claim.source].wording or "") or "Arjun" in (keys[claim.source].wording or "")
