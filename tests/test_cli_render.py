"""Terminal rendering helpers (labourlens.render)."""

from __future__ import annotations

from rich.console import Console

from labourlens import render
from test_store_support import TEXT_A, analysis


def _styles_at(text, index: int) -> str:
    return " ".join(str(span.style) for span in text.spans if span.start <= index < span.end)


def test_highlight_marks_each_kind_of_span() -> None:
    a = analysis()
    out = render.highlight(TEXT_A, a)
    assert out.plain == TEXT_A
    assert "bold green" in _styles_at(out, TEXT_A.index("Dandong"))
    assert "bold yellow" in _styles_at(out, TEXT_A.index("RMB 900"))
    assert "bold cyan" in _styles_at(out, TEXT_A.index("Dandong-based source") + 3)
    assert "on red" in _styles_at(out, TEXT_A.index("confined"))
    assert "italic" in _styles_at(out, TEXT_A.index("reportedly"))  # hedged claim
    assert "dim" in _styles_at(out, TEXT_A.index("denies"))  # negated claim
    assert _styles_at(out, 0)  # the first sentence is a claim: underlined


def test_highlight_ignores_spans_outside_the_text() -> None:
    a = analysis()
    a.places[0].end = len(TEXT_A) + 50
    out = render.highlight(TEXT_A, a)
    assert out.plain == TEXT_A


def test_report_text_is_never_markup() -> None:
    text = "Workers [bold red]escaped[/] from [link=http://x]here[/link]."
    console = Console(record=True, width=200)
    console.print(render.highlight(text, None))
    assert "[bold red]escaped[/]" in console.export_text()


def test_legend_lists_every_style() -> None:
    legend = render.legend().plain
    for _style, label in render.STYLES.values():
        assert label in legend


def test_snippet_markers_become_bold() -> None:
    t = render.snippet("the \x02passports\x03 were kept")
    assert t.plain == "the passports were kept"
    assert "bold" in _styles_at(t, 5)
    assert render.plain_snippet("a \x02b\x03 c") == "a [b] c"


def test_claims_table_from_analysis() -> None:
    rows = render.analysis_claims(analysis(), "abc")
    assert [r["speaker_kind"] for r in rows] == ["outlet", "anonymous_source", "outlet", "organization"]
    assert rows[1]["indicators"] == ["retention_of_identity_documents"]
    assert rows[0]["places"] == ["Dandong"]
    console = Console(record=True, width=250)
    console.print(render.claims_table(rows, show_doc=False))
    out = console.export_text()
    assert "(outlet's own voice)" in out and "a Dandong-based source" in out and "negated" in out
