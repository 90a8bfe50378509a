"""Work computed once and shared in the characters and relationships stages gives what the
plain computation gives: the pronoun search of ``relationship_cues.PronounSearch`` behind the gender
votes of ``category``, the cue words per sentence of ``relationship_text.Cues.by_span``,
the check before the self-naming search of ``narrator``; and the cast view
(``addressees.CastView``) the join rules of the characters stage share."""

from __future__ import annotations

from operator import attrgetter, itemgetter

from handmade import handmade

from ficshelf.model import Span
from ficshelf.understand import category
from ficshelf.understand.relationship_cues import PronounSearch, find_pronouns
from ficshelf.understand.relationship_text import Cues


def test_the_pronoun_search_finds_the_pronouns_find_pronouns_lists() -> None:
    text = (
        "Wren set down her lamp. He told her so; SHE laughed, and his dog barked at herself "
        "and himself. Other words: shed, hers, ashes, the, sheer, hehe."
    )
    for lo in (0, 5, 23):
        listed = find_pronouns(text, lo)
        search = PronounSearch(text, lo)
        for at in range(lo, len(text) + 1):
            first = search.first(at)
            expected = next(((s, g) for s, g in listed if s >= at), None)
            assert (None if first is None else (first[0], first[2])) == expected, (lo, at)
    # a text whose lower case changes length ("İ") is searched case-blind
    odd = "İ went; then SHE came."
    assert PronounSearch(odd, 0).first(0) == (odd.index("SHE"), odd.index("SHE") + 3, "F")


def _reference_votes(analysis: object) -> dict[str, list[float]]:
    """The gender votes as ``category`` counted them before the search: every pronoun of
    the text listed, those inside quotes dropped, a pointer stepped through them."""
    from bisect import bisect_left

    text = analysis.text  # type: ignore[attr-defined]
    layers = analysis.layers  # type: ignore[attr-defined]
    quotes = layers.get("quotes", ())
    mentions = category._outside(layers.get("mentions", ()), quotes, attrgetter("start"))
    votes: dict[str, list[float]] = {}
    if not mentions:
        return votes
    pronouns = category._outside(find_pronouns(text, mentions[0].end), quotes, itemgetter(0))
    ends = [s.end for s in layers.get("sentences", ())]
    p = 0
    for k, mention in enumerate(mentions):
        while p < len(pronouns) and pronouns[p][0] < mention.end:
            p += 1
        if p == len(pronouns):
            break
        at, gender = pronouns[p]
        following = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        s = bisect_left(ends, mention.end)
        if at < following and at < (ends[s] if s < len(ends) else len(text)):
            votes.setdefault(mention.label, [0.0, 0.0])[gender == "F"] += 1
    return votes


def test_the_gender_votes_skip_quotes_and_stop_at_the_next_name() -> None:
    text = (
        "Ysolde crossed the yard and she shut the gate behind her.\n\n"
        '"Ysolde is late," said Corin, "and he knows it." Corin shrugged his coat on.\n\n'
        "Ysolde and Corin walked on. Then Marek came; the road was long.\n\n"
        'Marek, "she said he would," laughed. His boots were wet. Ysolde.\n'
    )
    analysis = handmade(text, {"Ysolde": "Ysolde", "Corin": "Corin", "Marek": "Marek"})
    votes: dict[str, list[float]] = {}
    category._count_pronouns(analysis, votes)
    assert votes == _reference_votes(analysis)
    assert votes["Ysolde"] == [0.0, 1.0]  # "she shut the gate"; the quoted "he" is no vote
    assert votes["Corin"][0] >= 1.0  # "shrugged his coat"


def test_the_cue_words_by_sentence_are_those_within_each() -> None:
    text = "Her brother came. Nobody spoke. His wife and his sister sat; my cousin left."
    cues = Cues(text, [Span(0, len(text))])
    ends = [i + 1 for i, ch in enumerate(text) if ch in ".;"]
    spans = [Span(start, end) for start, end in zip([0, *ends], ends, strict=False)]
    held = cues.by_span(spans)
    assert held is not None
    for i, span in enumerate(spans):
        assert held.get(i, []) == cues.within(span.start, span.end)
    assert sorted(held) == [0, 2, 3]
    # spans out of order or overlapping: no grouping (the caller asks ``within``)
    assert cues.by_span([Span(0, 30), Span(20, 40)]) is None
    assert cues.by_span([Span(20, 40), Span(0, 10)]) is None


def test_the_self_naming_check_agrees_with_its_search_at_every_position() -> None:
    from ficshelf.understand.narrator import _SELF_NAMING, NamedMention, _self_named

    text = (
        "My name is Kestrel. I'm  Wren, call me\tTam; they call me Ash. I am  Bo. Cy, "
        "my name’s Di. Yes, Oona is here. Call me   \n  Quill. The game Esk won."
    )
    found = []
    for at in range(len(text) + 1):
        plain = _SELF_NAMING.search(text, max(0, at - 30), at) is not None
        assert _self_named(text, NamedMention(at, at, 0, False, False)) == plain, at
        if plain and text[at : at + 1].isupper():
            found.append(text[at:].split()[0].strip(".,;"))
    assert found == ["Kestrel", "Wren", "Tam", "Ash", "Bo", "Di"]


def test_the_join_rules_read_a_shared_cast_view_as_they_read_their_own() -> None:
    from ficshelf.understand import name_clusters, person_evidence
    from ficshelf.understand.addressees import (
        CastView,
        addressed_titles,
        character_genders,
        forms_by_character,
        paragraph_of,
    )
    from ficshelf.understand.answered_names import answered_given
    from ficshelf.understand.called_names import wives_called_by_name
    from ficshelf.understand.names import QuoteIndex, scan_names
    from ficshelf.understand.narrator_fallbacks import plain_quotes
    from ficshelf.understand.person_joins import answered_titles, clergy_titles
    from ficshelf.understand.role_links import Introductions
    from ficshelf.understand.text import paragraph_spans

    text = (
        "The Rev. Ambrose Kettle locked the vestry, and he kept the keys on a nail.\n\n"
        "The choir boys avoided the lane. Brother Kettle stood at his gate each dusk, and he "
        "counted the carts until the bell rang."
        '\n\n"Mrs. Pell, the lamp," said Corbin Pell. Mrs. Pell lit it and she smiled.'
        '\n\n"Lettice, mind the step," Admiral Pell said. He held the door.'
        '\n\n"Miss Arden," said Bramwell quietly. Judith Arden did not answer him.'
        "\n\nSister Pell walked by the river with Judith, and she sang."
    )
    paragraphs = paragraph_spans(text)
    quotes = plain_quotes(text, paragraphs)
    cands = list(scan_names(text, paragraphs, QuoteIndex(quotes)))
    keys = person_evidence.accepted_keys(text, cands)
    cands = [c for c in cands if c.key in keys]
    forms = name_clusters.cluster(cands)
    who = [forms[(c.title, c.key)] for c in cands]
    where = paragraph_of(paragraphs, cands)
    cast = CastView(cands, who)
    assert cast.forms == forms_by_character(cands, who)
    assert cast.genders == character_genders(forms_by_character(cands, who))
    assert cast.genders  # the titles and pronouns above give some genders
    # one view shared by every rule, its forms worked out once, against a fresh one each
    assert addressed_titles(cands, who, where, cast) == addressed_titles(
        cands, who, where, CastView(cands, who)
    )
    assert wives_called_by_name(text, cands, who, where, cast) == wives_called_by_name(
        text, cands, who, where, CastView(cands, who)
    )
    assert clergy_titles(cands, who, cast) == clergy_titles(cands, who, CastView(cands, who)) != {}
    assert answered_titles(cands, who, where, cast) == answered_titles(
        cands, who, where, CastView(cands, who)
    )
    assert answered_given(text, paragraphs, cands, who, where, quotes, cast) == answered_given(
        text, paragraphs, cands, who, where, quotes, CastView(cands, who)
    )
    shared = Introductions(cands, who, paragraphs, cast)
    own = Introductions(cands, who, paragraphs, CastView(cands, who))
    assert vars(shared) == vars(own)
