"""HTML pages: main text without chrome, metadata, encodings, fallback."""

from __future__ import annotations

import pytest

from labourlens.errors import Failed, Skipped
from labourlens.formats import html
from labourlens.model import ReadDoc, ReadOptions
from test_formats_helpers import AD_TEXT, ARTICLE_PARAS, COMMENT_TEXT, FOOTER_TEXT, MENU_WORDS, article_html


def read_one(data: bytes, **kw: str) -> ReadDoc:
    docs = html.read(data, ReadOptions(**kw))  # type: ignore[arg-type]
    assert len(docs) == 1 and isinstance(docs[0], ReadDoc)
    return docs[0]


def test_main_text_without_menus_ads_comments_footer() -> None:
    doc = read_one(article_html().encode())
    for para in ARTICLE_PARAS:
        assert para in doc.text
    assert AD_TEXT not in doc.text
    assert COMMENT_TEXT not in doc.text
    assert FOOTER_TEXT not in doc.text
    assert "Privacy policy" not in doc.text
    lines = set(doc.text.split("\n"))
    assert not lines & set(MENU_WORDS)


def test_paragraph_breaks_are_blank_lines() -> None:
    doc = read_one(article_html().encode())
    paragraphs = doc.text.split("\n\n")
    assert ARTICLE_PARAS[0] in paragraphs and ARTICLE_PARAS[1] in paragraphs
    assert "\n\n\n" not in doc.text


def test_metadata_title_date_author_outlet_language() -> None:
    doc = read_one(article_html().encode())
    assert doc.title is not None and doc.title.startswith("Workers held at Dandong seafood plant")
    assert doc.published == "2024-03-05"
    assert doc.author == "Mira Solberg"
    assert doc.outlet == "The Northern Ledger"
    assert doc.language == "en"
    assert doc.media_type == "text/html"


def test_copyright_year_is_not_taken_as_publication_date() -> None:
    page = "<html><body><article><p>" + " ".join(ARTICLE_PARAS) + "</p></article>" \
           "<footer>Copyright 2019</footer></body></html>"
    assert read_one(page.encode()).published is None


def test_euc_kr_page_with_meta_charset() -> None:
    paras = (
        "단둥의 한 수산물 가공 공장에서 일하는 노동자들은 하루 열여섯 시간 동안 일했다고 현지 소식통이 전했다.",
        "노동자들의 여권은 관리자들이 보관하고 있는 것으로 알려졌다. 회사 측은 이러한 주장을 부인했다.",
        "이 소식통은 노동자들이 공장 밖으로 나갈 수 없었으며 월급의 대부분을 받지 못했다고 덧붙였다.",
    )
    doc = read_one(article_html(paras, charset="euc-kr", lang="ko", title="단둥 공장 노동자").encode("euc-kr"))
    for para in paras:
        assert para in doc.text
    assert doc.language == "ko"


def test_server_charset_wins_over_guessing() -> None:
    page = article_html(("Arbeiter in Wladiwostok erhielten ihren Lohn nicht, sagte ein Vorarbeiter gegen\u00fcber "
                         "der Zeitung. Die Firma Amur Stroy bestreitet das und nennt die Vorw\u00fcrfe falsch.",),
                        charset=None)
    doc = read_one(page.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
    assert "gegen\u00fcber" in doc.text


def test_tiny_page_falls_back_to_block_text() -> None:
    doc = read_one(b"<html><body><nav><a href='/'>Home</a></nav><p>Workers in Hunchun.</p></body></html>")
    assert "Workers in Hunchun." in doc.text


def test_fragment_text_keeps_paragraphs_and_drops_scripts() -> None:
    text = html.fragment_text("<p>One  <b>bold</b> line.</p><script>var x=1;</script><p>Two<br>three</p>")
    assert text == "One bold line.\n\nTwo three"


def test_page_without_text_is_skipped() -> None:
    with pytest.raises(Skipped, match="no extractable text"):
        html.read(b"<html><head><title></title></head><body><script>x()</script></body></html>", ReadOptions())


def test_binary_junk_fails() -> None:
    with pytest.raises(Failed, match="binary data"):
        html.read(b"\x00\x01\x02\x03junk" * 200, ReadOptions(name="page.html"))


@pytest.mark.parametrize(
    ("data", "low"),
    [(b"<!DOCTYPE html><html><body>x</body></html>", 90), (b"  <html lang='en'>", 90),
     (b"<div><p>Paragraph</p></div>", 60)],
)
def test_sniff_scores_markup(data: bytes, low: int) -> None:
    assert html.sniff(data) >= low


def test_sniff_ignores_plain_text_and_binary() -> None:
    assert html.sniff(b"Plain words about <b> tags in prose") == 0
    assert html.sniff(b"%PDF-1.7\x00\x00") == 0


def test_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **kw: None)
    doc = read_one(article_html().encode())
    assert doc.text.split("\n\n")[1:4] == list(ARTICLE_PARAS)
    assert AD_TEXT not in doc.text and COMMENT_TEXT not in doc.text and FOOTER_TEXT not in doc.text
    assert not set(doc.text.split("\n")) & set(MENU_WORDS)
    assert doc.language == "en"


def test_trafilatura_crash_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def boom(*args: object, **kw: object) -> None:
        raise ValueError("parser exploded")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    assert "Haebit Marine Foods" in read_one(article_html().encode()).text


@pytest.mark.parametrize(
    "data",
    [
        ('<?xml version="1.0" encoding="utf-8"?>\n' + article_html().replace("<!DOCTYPE html>\n", "")).encode(),
        article_html().encode("utf-16"),
    ],
    ids=["xhtml-with-xml-declaration", "utf-16-with-bom"],
)
def test_xml_declaration_and_utf16_pages(data: bytes) -> None:
    doc = read_one(data)
    assert ARTICLE_PARAS[2] in doc.text and doc.outlet == "The Northern Ledger"


def _page_with_figure(figure: str) -> bytes:
    paras = "\n".join(f"<p>{p}</p>" for p in ARTICLE_PARAS)
    first, rest = paras.split("\n", 1)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plant | The Northern Ledger</title></head>
<body><article><h1>Workers held at Dandong seafood plant</h1>
{first}
{figure}
{rest}
</article></body></html>""".encode()


@pytest.mark.parametrize("figure", [
    '<figure><img src="yalu.jpg"><figcaption>The Yalu River at Dandong, with Sinuiju on the far bank. '
    "(Northern Ledger file photo)</figcaption></figure>",
    '<div class="wp-caption"><img src="yalu.jpg"><p class="wp-caption-text">The Yalu River at Dandong, with Sinuiju '
    "on the far bank. (Northern Ledger file photo)</p></div>",
])
def test_image_captions_are_kept_after_the_paragraph_they_follow(figure: str) -> None:
    doc = read_one(_page_with_figure(figure))
    caption = "The Yalu River at Dandong, with Sinuiju on the far bank. (Northern Ledger file photo)"
    paragraphs = doc.text.split("\n\n")
    assert caption in paragraphs
    assert paragraphs.index(caption) == paragraphs.index(ARTICLE_PARAS[0]) + 1
    assert paragraphs.count(caption) == 1


def test_a_page_without_captions_gets_none() -> None:
    doc = read_one(article_html().encode())
    assert "file photo" not in doc.text


# A briefing's findings set out as a bulleted list that the article extractor drops: the sentence-long items come
# back in their place; a list of related links and short items stay out.
_FINDINGS_PAGE = """<!DOCTYPE html>
<html><head><title>Frostline Rights Network | Brief</title></head>
<body>
<nav>Home · Briefs · Give · Write to us</nav>
<div class="cookie">This site counts visits with cookies. <button>OK</button></div>
<h1>Unpaid winters at two timber camps</h1>
<p class="meta">Brief No. 3 · 9 March 2025</p>
<p>Frostline Rights Network, a group of volunteers in Khabarovsk, spoke to six former sawmill workers who worked at
two camps in the region between 2020 and 2024.</p>
<p>What they told us:</p>
<ul>
<li>Five of the six men said their wages were kept back until the end of a two-year contract.</li>
<li>The camp lay 150 kilometres from the nearest town, and there was no bus out of it at all.</li>
<li>Short item.</li>
</ul>
<p>One former worker, Ri Chol-jin, told us that the brigade leader kept the men's passports in a metal box, and that
"nobody asked for them back because nobody dared."</p>
<p>We ask Russian buyers of sawn timber to check where it comes from.</p>
<div class="related"><ul><li><a href="/a">Another long headline about timber camps in the Russian Far East.</a></li></ul></div>
<footer>© Frostline Rights Network · Privacy</footer>
</body></html>"""
_FIRST_ITEM = "Five of the six men said their wages were kept back until the end of a two-year contract."
_SECOND_ITEM = "The camp lay 150 kilometres from the nearest town, and there was no bus out of it at all."


def test_sentence_long_list_items_the_extractor_drops_come_back_in_place() -> None:
    text = read_one(_FINDINGS_PAGE.encode()).text
    paragraphs = text.split("\n\n")
    assert _FIRST_ITEM in text and _SECOND_ITEM in text
    at = [next(i for i, p in enumerate(paragraphs) if needle in p)
          for needle in ("What they told us:", _FIRST_ITEM, _SECOND_ITEM, "One former worker")]
    assert at == sorted(at)
    assert "Another long headline" not in text


def test_list_items_go_back_after_the_block_they_follow() -> None:
    kept = "Intro paragraph of the brief.\n\nWhat they told us:\n\nOne former worker spoke."
    page = ("<html><body><p>Intro paragraph of the brief.</p><p>What they told us:</p><ul>"
            f"<li>{_FIRST_ITEM}</li><li>{_SECOND_ITEM}</li><li>Too short.</li></ul>"
            "<p>One former worker spoke.</p></body></html>")
    assert html._with_list_items(kept, page).split("\n\n") == [
        "Intro paragraph of the brief.", "What they told us:", _FIRST_ITEM, _SECOND_ITEM, "One former worker spoke."]
    assert html._with_list_items(kept + "\n\n- " + _FIRST_ITEM + "\n\n- " + _SECOND_ITEM, page).count(_FIRST_ITEM) == 1
