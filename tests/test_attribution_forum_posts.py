"""Forum threads and posts reported by username: the posts are their posters' (fictional texts)."""

from labourlens.analyse.forum_posts import post_header
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.post_voice import username_mention


class _Speakers:
    def __init__(self, text: str) -> None:
        a = analyse(text, {})
        src = {s.key: s for s in a.sources}
        self.claims = [(c.text, src[c.source].wording, src[c.source].kind) for c in a.claims]

    def __getitem__(self, start: str) -> tuple[str | None, str]:
        return next((w, k) for t, w, k in self.claims if t.startswith(start))


def _speakers(text: str) -> _Speakers:
    return _Speakers(text)


THREAD = """Perth Builders Forum > Site talk
Topic: Crews from overseas at the Osborne Park job?

Posted by rivet_joe 2 weeks ago

Our labourers have their passports kept by the foreman in a locked box. They work seven days a week without a day off.

Reply #1 - Posted by KalaniM

My brother drives the water truck there. He says the men are paid nothing until the job ends. I saw them sleeping in shipping containers.

Reply #2 - Posted by dingo.77

She says nothing new. The workers were not allowed to leave the compound at night.

Reply #3 - Posted by harbour.kat

I help at a clinic. One of the men asked me for bandages and ran away when his foreman came. Another man said the foreman keeps their passports.
"""


def test_header_shapes():
    assert post_header("Posted by rivet_joe 2 weeks ago") == ("rivet_joe", 19)
    assert post_header("Reply #4 \u2014 Posted by Mina.K")[0] == "Mina.K"
    assert post_header("coldharbour_9 wrote:")[0] == "coldharbour_9"
    assert post_header("Quote from: tin_roof on 3 May 2021")[0] == "tin_roof"
    assert post_header("AishaR (member since 2019):")[0] == "AishaR"
    assert post_header("Reply #3 \u2014 pak_dave")[0] == "pak_dave"
    assert post_header("lorry_dave", thread=True) == ("lorry_dave", 10)


def test_header_negatives():
    assert post_header("The workers posted by the agency were paid late.") is None
    assert post_header("Reminder: no names of companies.") is None
    assert post_header("lorry_dave") is None  # a bare username only counts in a thread
    assert post_header("Workers", thread=True) is None  # a plain word is no username
    assert post_header("McDonald", thread=True) is None  # a surname is no username
    assert post_header("Posted by Jane Doe on 3 May 2024") is None  # a byline: the outlet's article


def test_posts_are_their_posters():
    got = _speakers(THREAD)
    assert got["Our labourers have their passpo"] == ("rivet_joe", "named_person")
    assert got["They work seven days a week wi"] == ("rivet_joe", "named_person")
    assert got["I saw them sleeping in shipping"] == ("KalaniM", "named_person")
    # "She" cannot go back to anyone of an earlier post: the poster's own account
    assert got["She says nothing new"][0] == "dingo.77"
    assert got["The workers were not allowed"][0] == "dingo.77"


def test_relayed_relative_keeps_its_speaker():
    got = _speakers(THREAD)
    assert got["One of the men asked me for bandages"][0] == "harbour.kat"  # what she saw, not what he said
    assert got["Another man said the foreman"][0] == "Another man"
    assert got["He says the men are paid"] == ("My brother", "anonymous_source")


def test_username_mentions():
    m = username_mention('The author, who signs as "Red Kettle", wrote that the girls work nights.')
    assert m is not None and m.wording == "Red Kettle"
    m = username_mention('A cook in Yanji, with the username "tiger77", said the doors were locked.')
    assert m is not None and m.wording == "tiger77"
    m = username_mention("Later user coldwater_9 wrote that the passports were taken.")
    assert m is not None and m.wording == "coldwater_9"
    m = username_mention('A user called "Uncle Li of Yanji" posted that the women were locked in.')
    assert m is not None and m.wording == "Uncle Li of Yanji"
    m = username_mention('A woman who calls herself "Spring Rain" wrote on WeChat that her cousin was unpaid.')
    assert m is not None and m.wording == "Spring Rain"
    assert username_mention('A company called "Blue Anchor" hired forty men.') is None
    assert username_mention('A factory called "Blue Sea" said it had no Korean staff.') is None
    assert username_mention("The user said it was fine.") is None


def test_reported_post_and_back_reference():
    text = ('A post on Weibo was removed within hours.\n\nThe author, who signs as "Snow on the Tumen", wrote that '
            'the women at the plant in Hunchun were forced to work until midnight.\n\n'
            '"The workers are locked in the dormitory at night," the post said.\n')
    got = _speakers(text)
    assert got["The author, who signs as \"Snow"] == ("Snow on the Tumen", "named_person")
    assert got["\"The workers are locked in the"] == ("Snow on the Tumen", "named_person")


WROTE_THREAD = """Gulf Jobs Board - thread: agency in Sharjah?

coldharbour_9 wrote:
The agency kept my passport for two years and I was never paid overtime.

NadiaR (member since 2019):
My sister says the maids in her building are locked in at night.

tin.roof
The guards there work twelve hours a day without a day off.
"""


def test_wrote_member_and_bare_username_headers():
    got = _speakers(WROTE_THREAD)
    assert got["The agency kept my passport"] == ("coldharbour_9", "named_person")
    assert got["The guards there work twelve"] == ("tin.roof", "named_person")
    # relayed by NadiaR: the sister where she is found as a speaker, else the poster who relays her
    assert got["My sister says the maids"][0] in ("My sister", "NadiaR")


def test_the_author_met_before_the_username_is_the_poster():
    text = ('A blog post about a shoe plant in Qingdao was removed last week. It described a workshop near the port, '
            'where the author said sixty North Korean women are locked in after their shifts.\n\n'
            'The author, who signs as "Quiet Harbour", wrote that the women are paid nothing for overtime.\n')
    got = _speakers(text)
    assert got["It described a workshop"] == ("Quiet Harbour", "named_person")
    assert got["The author, who signs as"] == ("Quiet Harbour", "named_person")


def test_where_clause_needs_an_author():
    from labourlens.analyse.post_voice import post_mention

    m = post_mention("It described a plant in Yantai, where the blogger wrote that the women slept in the loft.")
    assert m is not None and m.wording == "the blogger"
    assert post_mention("It described a plant in Yantai, where the women slept in the loft.") is None
