"""Round S28 (docs/history/speakers.md): a "he"/"she" is not the name its own clause puts after it
("Then she took Ruth's basket": not Ruth), so the pronoun of the next line's tag passes
over that name. Short texts written for the test."""

from __future__ import annotations

from dialogue_texts import said, with_cast

from ficshelf.model import Span
from ficshelf.understand.bound_names import BoundNames, binding_pronouns
from ficshelf.understand.speakers import _sieve

CAST = {"Ivy": "Ivy Hale", "Ruth": "Ruth Penn", "Tom": "Tom Cray"}

# The paragraph before the line names only the woman whose basket is taken, after "she".
GATE = (
    "Ivy came down to the gate at noon.\n\n"
    '"Is that the cart?" Tom asked from the step.\n\n'
    '"At last," she said.\n\n'
    "She waited while the carter lifted the trunks down. Then she took Ruth's basket from "
    "him and looked inside it.\n\n"
    '"Half of these eggs are broken," she said.\n'
)

# The same, but the name opens a clause of its own ("until Ruth took ..."): she may be Ruth.
UNTIL = GATE.replace(
    "Then she took Ruth's basket from him",
    "She watched him until Ruth took the basket from him",
)


def _bound(text: str, name: str) -> frozenset[str]:
    """Return the pronouns that bind the first mention of ``name`` in ``text`` (a single
    sentence, no quotes)."""
    start = text.index(name)
    return binding_pronouns(text, Span(start, start + len(name), name), [0], [])


def test_a_pronoun_binds_a_name_later_in_its_clause() -> None:
    assert _bound("Then she took Ruth's basket from the cart.", "Ruth") == {"she"}
    assert _bound("He would not trust his cousin Abel an inch.", "Abel") == {"he"}


def test_a_clause_break_or_a_quote_frees_the_name() -> None:
    assert not _bound("She waited until Ruth came up the lane.", "Ruth")
    assert not _bound("She nodded, and Ruth smiled back at her.", "Ruth")
    assert not _bound("She said nothing; Ruth went on sewing.", "Ruth")
    assert not _bound("Ruth came in with the lamp.", "Ruth")
    # a "she" inside a line before the name is someone the line talks about
    text = '"She has gone out," said Ruth.'
    start = text.index("Ruth")
    mention = Span(start, start + 4, "Ruth")
    assert not binding_pronouns(text, mention, [0], [text.index(",") + 2])
    # read when first asked, then asked by pronoun
    bound = BoundNames("Then she took Ruth's basket.", [Span(14, 18, "Ruth")], [0], [])
    assert bound.binds(0, "she")
    assert not bound.binds(0, "he")


def test_the_next_she_passes_over_the_bound_name() -> None:
    _, ctx, _ = _sieve(with_cast(GATE, CAST))
    last = ctx.quotes[-1]
    assert last.label == "Ivy Hale"
    assert last.rule != "pronoun_narrated"
    assert said(GATE, CAST)[-1] == ("Half of these eggs are broken,", "Ivy Hale")


def test_a_name_that_opens_its_own_clause_is_still_the_pronouns() -> None:
    _, ctx, _ = _sieve(with_cast(UNTIL, CAST))
    assert ctx.quotes[-1].label == "Ruth Penn"
