"""clean_html: story formatting stays, anything that could run or load something goes."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from ficshelf.ingest.sanitize import clean_html

HOSTILE = """
<p class="align-center evil" style="position:fixed" onclick="alert(1)">Centred</p>
<script>alert("script body")</script><style>p { display: none }</style>
<p><a href="javascript:alert(2)">js link</a> <a href="JaVaScRiPt:alert(3)">mixed case</a>
<a href="https://example.org/ok" onmouseover="alert(4)" target="_blank">safe link</a>
<a href="data:text/html,<script>alert(5)</script>">data link</a>
<a href="/relative/path">relative</a> <a href="mailto:writer@example.org">mail</a></p>
<img src="https://tracker.example/pixel.gif" onerror="alert(6)">
<iframe src="https://example.org/frame">frame text</iframe>
<svg onload="alert(7)"><circle r="1"/></svg>
<form action="https://example.org/steal"><input name="password"></form>
<div onmouseenter="alert(8)"><em>emphasis</em> and <strong>strength</strong></div>
"""


def test_scripts_handlers_and_dangerous_urls_are_inert() -> None:
    cleaned = clean_html(HOSTILE)
    lowered = cleaned.lower()
    for forbidden in ("<script", "alert(", "javascript:", "onclick", "onerror", "onload",
                      "onmouse", "<style", "style=", "<iframe", "<img", "<svg", "<form",
                      "<input", "data:", "evil", "target="):  # fmt: skip
        assert forbidden not in lowered, forbidden
    tree = lxml_html.fragment_fromstring(cleaned, create_parent="div")
    hrefs = [a.get("href") for a in tree.iter("a")]
    assert [h for h in hrefs if h] == ["https://example.org/ok", "mailto:writer@example.org"]
    for link in tree.iter("a"):
        assert link.get("rel") == "nofollow noopener noreferrer"
    assert '<p class="align-center">Centred</p>' in cleaned
    assert "<em>emphasis</em> and <strong>strength</strong>" in cleaned
    assert "js link" in cleaned and "relative" in cleaned  # link text stays, target goes


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>One <i>two</i> <b>three</b> <u>four</u> <s>five</s> <strike>six</strike></p>",
        "<blockquote><p>Quoted</p></blockquote><hr><p>After the break<br>new line</p>",
        '<ol start="3"><li>third</li></ol><ul><li>dot</li></ul><dl><dt>Term</dt><dd>Def</dd></dl>',
        "<h2>Heading</h2><p><sub>low</sub><sup>high</sup><small>small</small><big>big</big></p>",
        '<table><tbody><tr><th colspan="2">Head</th></tr>'
        "<tr><td>a</td><td>b</td></tr></tbody></table>",
        '<p><abbr title="for example">e.g.</abbr> <cite>Book</cite> <q>q</q> <code>x</code></p>',
        "<pre>  kept  spacing</pre><center>centred</center><p><del>old</del><ins>new</ins></p>",
        '<div class="align-right"><span class="align-left">aligned</span></div>',
    ],
)
def test_story_formatting_survives_unchanged(fragment: str) -> None:
    assert clean_html(fragment) == fragment


def test_malformed_markup_is_closed_and_comments_dropped() -> None:
    assert (
        clean_html("<p>open <em>never closed<!-- secret -->") == "<p>open <em>never closed</em></p>"
    )
