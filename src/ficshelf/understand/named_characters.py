"""The named characters of the characters stage (``characters``): the accepted name
candidates clustered into characters (``name_clusters``) with their canonical names (a short
form or an epithet is its full name's character: ``diminutives``), each candidate's
character, and the join rules that read the cast one after another (a pet name used only in
address, a titled call, a bare title called and answered, a name the text says is
another's, a wife's name, a speaker's own name, an apposed title or style, clergy, an
answered title or given name, a family's daughter: one shared ``addressees.CastView``),
then the story's canon and what its roster joins (``character_canon.link_canon``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ficshelf.model import Span
from ficshelf.understand import name_clusters
from ficshelf.understand.addressees import (
    CastView,
    addressed_nicknames,
    addressed_titles,
    paragraph_of,
)
from ficshelf.understand.answered_names import answered_given
from ficshelf.understand.apposed_styles import apposed_styles
from ficshelf.understand.called_names import (
    called_names,
    married_names,
    self_named,
    wives_called_by_name,
)
from ficshelf.understand.canon_cast import CanonLinks, QuoteOrder
from ficshelf.understand.canon_roster import Roster
from ficshelf.understand.character_canon import link_canon
from ficshelf.understand.character_record import Character
from ficshelf.understand.diminutives import diminutive_links, epithet_links
from ficshelf.understand.family_given import family_given
from ficshelf.understand.names import Candidate, QuoteIndex
from ficshelf.understand.patronymic_calls import patronymic_calls
from ficshelf.understand.person_joins import answered_titles, clergy_titles
from ficshelf.understand.role_links import apposed_titles
from ficshelf.understand.title_calls import answered_title_calls


def named_characters(
    text: str,
    candidates: Sequence[Candidate],
    paragraphs: Sequence[Span],
    quotes: Sequence[Span],
    order: QuoteOrder,
    fandoms: Sequence[str] = (),
    index: QuoteIndex | None = None,
    first_person: bool = False,
    tags: Roster | None = None,
) -> tuple[list[Character], list[int], tuple[Roster, CanonLinks] | None, CastView]:
    """Cluster the accepted candidates; return the characters, each candidate's index
    into them (a pet name used only in address joins the one addressed: ``addressees``;
    in a ``first_person`` story a census given name does not),
    the story's canon with what its roster links, if it has a known canon
    (``canon_cast``; ``fandoms`` are the fandoms the notes state; ``index`` is the
    ``QuoteIndex`` of ``quotes``, if the caller has one) and the cast view of the last
    assignment. The join rules that read the cast share one view
    (``addressees.CastView``), made anew only when a rule before them has moved a form."""
    forms = name_clusters.cluster(candidates, text)
    # Each distinct form and surface counted first (a name recurs hundreds of times as the
    # same few strings), then normalised and assigned once per distinct one: the same
    # counts, and every dict below fills in the order of first occurrence, as per candidate.
    written: dict[tuple[str, str, tuple[str, ...], str], int] = {}
    for cand in candidates:
        seen = (cand.title, cand.key, cand.parts, text[cand.start : cand.end])
        written[seen] = written.get(seen, 0) + 1
    surfaces: dict[int, Counter[str]] = {}
    members: dict[int, dict[tuple[str, str, tuple[str, ...]], None]] = {}
    for (title, key, parts, surface_text), times in written.items():
        cid = forms[(title, key)]
        surface = surfaces.get(cid)  # (``setdefault`` would build a Counter per form)
        if surface is None:
            surface = surfaces[cid] = Counter()
        surface[" ".join(surface_text.split())] += times
        members.setdefault(cid, {})[(title, key, parts)] = None
    listed = {cid: list(forms) for cid, forms in members.items()}
    # clusters said only to call someone ("I'm not pale, Prudy."): a pet form may shorten
    # a lone census name
    spoken_of = {forms[(cand.title, cand.key)] for cand in candidates if not cand.vocative}
    shorts = diminutive_links(listed, frozenset(members.keys() - spoken_of))
    epithets = epithet_links(listed)
    # a full name whose given name another cluster goes by alone names neither for sure
    elsewhere = name_clusters.given_name_elsewhere(listed, {**shorts, **epithets})
    names = {
        cid: name_clusters.canonical_name(
            listed[cid], surfaces[cid], elsewhere.get(cid, frozenset())
        )
        for cid in members
    }
    for short, full in shorts.items():
        names[short] = names[full]  # "Laurie" is Theodore Laurence
    for epithet, plain in epithets.items():
        names[epithet] = names[plain]  # "Limping Lucy" is Lucy Yolland
    # Two clusters that end up with one name are one character.
    position: dict[str, int] = {}
    chars: list[Character] = []
    of_cluster: dict[int, int] = {}
    for cid in sorted(names):
        name = names[cid]
        if name not in position:
            position[name] = len(chars)
            chars.append(Character(name))
        of_cluster[cid] = position[name]
    named = [of_cluster[forms[(cand.title, cand.key)]] for cand in candidates]
    where = paragraph_of(paragraphs, candidates)
    pet_names = addressed_nicknames(
        paragraphs, candidates, named, where, quotes, text, first_person
    )
    named, cast = _joined(candidates, named, pet_names, None)
    # "…, Fyodor Ilyich," said Irina, to Kulygin
    polite = patronymic_calls(paragraphs, candidates, named, where, quotes, text, first_person)
    named, cast = _joined(candidates, named, polite, cast)
    # "Miss Darcy," to Georgiana
    titled = addressed_titles(candidates, named, where, cast, text, paragraphs, quotes)
    named, cast = _joined(candidates, named, titled, cast)
    # "Lieutenant, I appeal to you," answered by Joachim
    ranks = answered_title_calls(candidates, named, where, cast, paragraphs, quotes)
    named, cast = _joined(candidates, named, ranks, cast)
    nicknames = called_names(text, candidates, named)  # "Prudence Cowley, known as Tuppence"
    named, cast = _joined(candidates, named, nicknames, cast)
    wives = married_names(text, candidates, named)  # "Watson had married Miss Morstan"
    named, cast = _joined(candidates, named, wives, cast)
    # "Sophia" is Mrs. Croft
    called = wives_called_by_name(text, candidates, named, where, cast)
    named, cast = _joined(candidates, named, called, cast)
    own = self_named(text, candidates, named, quotes, index)  # '"Call me Kit," said Christopher'
    named, cast = _joined(candidates, named, own, cast)
    apposed = apposed_titles(text, candidates, named)  # "Otto Lidenbrock, professor of"
    named, cast = _joined(candidates, named, apposed, cast)
    styles = apposed_styles(text, candidates, named)  # "Tippoo, Sultan of Seringapatam"
    named, cast = _joined(candidates, named, styles, cast)
    clergy = clergy_titles(candidates, named, cast)  # "Father Flynn" is "Rev. James Flynn"
    named, cast = _joined(candidates, named, clergy, cast)
    # "Mrs. Winthrop," to Dolly Winthrop
    answered = answered_titles(candidates, named, where, cast)
    named, cast = _joined(candidates, named, answered, cast)
    # "Winifred," answered by Miss Penrose
    given = answered_given(text, paragraphs, candidates, named, where, quotes, cast, first_person)
    named, cast = _joined(candidates, named, given, cast)
    # "Miss Tilney" once, of the Tilneys, and "Eleanor" about her
    daughters = family_given(candidates, named, where, cast)
    named, cast = _joined(candidates, named, daughters, cast)
    canon = link_canon(text, paragraphs, candidates, named, chars, fandoms, order, tags)
    if canon is not None and (canon[1].moved or canon[1].joins):
        # "Marmee" is Mrs. March; "Cesario" is Viola
        moved, joins = canon[1].moved, canon[1].joins
        named = [joins.get(moved.get(i, who), moved.get(i, who)) for i, who in enumerate(named)]
        cast = CastView(candidates, named)
    for cand, who in zip(candidates, named, strict=True):
        confidence = 1.0 if cand.speech or cand.vocative or cand.title else 0.85
        # (labelled now: ``characters._spans`` keeps a mention that still carries its
        # character's name)
        chars[who].mentions.append(Span(cand.start, cand.end, chars[who].name, confidence))
        chars[who].dialogue += cand.speech or cand.vocative
    return chars, named, canon, cast


def _joined(
    candidates: Sequence[Candidate],
    named: list[int],
    joins: Mapping[int, int],
    cast: CastView | None,
) -> tuple[list[int], CastView]:
    """Return each candidate's character after ``joins`` (character -> the one it is
    another name of) and the cast view of that assignment: ``cast`` itself when there is
    one and ``joins`` moves nothing."""
    if cast is not None and not joins:
        return named, cast
    named = [joins.get(who, who) for who in named]
    return named, CastView(candidates, named)
