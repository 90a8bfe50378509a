"""What follows from the pairs a story shows, once they are gathered (``relationship_pairs``):
whose spouse an unnamed "his wife" is (``titled_spouses``, ``confirm_spouses``), the
in-laws a marriage makes, and the kin of one person who are kin of each other
(``shared_kin``).

The first passes are linear in the number of pairs (a pair list per character is built
once); ``shared_kin`` in the number of kin ties squared per character, a handful at most.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.understand import relationship_cues as cues
from ficshelf.understand import relationship_text as rt
from ficshelf.understand.relationship_pairs import PairFinder
from ficshelf.understand.relationship_tally import MAX_EVIDENCE, Pair, Pairs, add_span, shown


def _partners(pairs: Mapping[tuple[str, str], Pair]) -> dict[str, list[tuple[str, Pair]]]:
    """Return, per character, the others they are paired with and the pair."""
    out: dict[str, list[tuple[str, Pair]]] = {}
    for (a, b), pair in pairs.items():
        out.setdefault(a, []).append((b, pair))
        out.setdefault(b, []).append((a, pair))
    return out


def _romantic(pair: Pair) -> bool:
    return pair.spouse or pair.romance >= 1 or pair.canon == "romantic"


def _family(pair: Pair) -> bool:
    return pair.family >= 1 and pair.romance < 1 and not pair.spouse


def titled_spouses(finder: PairFinder) -> dict[str, str]:
    """Return, for each character a spouse word belongs to, the one other character
    named as their spouse: "Mrs. Watson" for Watson; for Mrs. Pell "Mr. Pell", else the
    one man of her surname ("Jonathan Harker" for Mrs. Harker). The spouse words say
    which is sought: a "wife" is a Mrs., a "husband" a man, even when the word was given
    to someone of the same gender (a line of dialogue given to the wrong speaker)."""
    by_surname: dict[tuple[str, str], list[str]] = {}
    for name in finder.salience:
        for form in dict.fromkeys((name, finder.full_name(name))):
            family_name = rt.surname(form)
            if family_name:
                by_surname.setdefault((rt.honorific(form), family_name), []).append(name)
                break
    out: dict[str, str] = {}
    for owner in finder.spouse_words:
        forms = list(dict.fromkeys((owner, finder.full_name(owner))))
        family_name = next((f for f in map(rt.surname, forms) if f), None)
        if family_name is None and owner.istitle() and " " not in owner:
            family_name = owner  # "Watson"
        female = finder.gender_of.get(owner) == "F" or "mrs" in map(rt.honorific, forms)
        sought = finder.spouse_genders.get(owner, set())
        if len(sought) == 1:
            # the word tells the spouse ("my wife": a woman), whatever the owner was taken
            # for: a woman given a man's "my wife's brother" has no husband by it
            female = sought == {"M"}
        if female:
            men = by_surname.get(("", family_name or ""), ())
            wanted = list(by_surname.get(("mr", family_name or ""), ())) or [
                n for n in men if finder.gender_of.get(n) != "F"
            ]
        else:
            wanted = list(by_surname.get(("mrs", family_name or ""), ()))
        wanted = [n for n in wanted if n != owner]
        if len(wanted) == 1:
            out[owner] = wanted[0]
    return out


def confirm_spouses(
    pairs: Pairs,
    spouse_words: Mapping[str, Sequence[tuple[int, int]]],
    titled: Mapping[str, str],
) -> None:
    """Mark as spouses the one romantic partner of each character a possessive spouse word
    belongs to ("Elizabeth stood with her husband": Elizabeth's only romance is her
    husband), else the character titled as their spouse in ``titled`` ("my wife" from
    Watson, and a Mrs. Watson in the story), adding the words' sentences as evidence.
    ``spouse_words`` maps a character to the spans of such sentences. A character with
    several romances is left alone."""
    partners = _partners(pairs.pairs)
    for owner, spans in spouse_words.items():
        romances = [pair for _, pair in partners.get(owner, ()) if _romantic(pair)]
        if len(romances) == 1:
            pair: Pair | None = romances[0]
        elif not romances and owner in titled:
            pair = pairs.get(owner, titled[owner])
        else:
            continue
        if pair is None:
            continue
        pair.spouse = True
        pair.romantic = max(pair.romantic, 1.0)
        for span in spans:
            if span not in pair.cue_spans and len(pair.cue_spans) < MAX_EVIDENCE:
                pair.cue_spans.append(span)


def in_laws(pairs: Mapping[tuple[str, str], Pair]) -> None:
    """Make family the in-laws a marriage makes: when A and B are spouses and B is family
    of C by a cue of the text (not by canon alone: an in-law two steps from anything the
    story says is no tie it tells), A and C (if the story shows them together and no cue of
    their own says more) count one family cue, with the two ties' first evidence."""
    partners = _partners(pairs)
    for (a, b), marriage in list(pairs.items()):
        if not marriage.spouse:
            continue
        for spouse, other in ((a, b), (b, a)):
            for relative, tie in partners.get(other, ()):
                if relative == spouse or not _family(tie) or not tie.cue_spans:
                    continue
                key = (spouse, relative) if spouse < relative else (relative, spouse)
                pair = pairs.get(key)
                if pair is None or not shown(pair) or pair.romantic or pair.family:
                    continue
                pair.family = 1.0
                evidence = marriage.cue_spans[:1] + tie.cue_spans[:1]
                pair.cue_spans.extend(evidence[: MAX_EVIDENCE - len(pair.cue_spans)])


def shared_kin(pairs: Pairs, relatives: Mapping[str, Mapping[str, str]]) -> None:
    """Make family the kin of one character, and the ones one character is kin to, when
    the kin words alone make them family of each other whatever the family tree.
    ``relatives`` maps each character to their relatives and the kin word or name each is
    called by ("Aunt Lavinia", "Papa"). Two relatives of one person are family when
    ``relationship_cues.kin_of_each_other`` says so (the "Aunt Lavinia" and "Aunt
    Elizabeth" of one niece are sisters or sisters-in-law, her aunt and her father brother
    and sister or in-laws); two who call one person by kin words of one generation (both
    "Ma", both "Aunt Lavinia") are her children, so brother and sister, or her nephews and
    nieces, so brothers, sisters or cousins. Each such pair the story has (together in a
    paragraph, or talking) with no cue of its own that says more gets one family cue,
    with the evidence of the two ties."""
    callers: dict[str, dict[str, str]] = {}
    for owner, kin in relatives.items():
        named = sorted(n for n in kin if n != owner)
        for index, a in enumerate(named):
            callers.setdefault(a, {})[owner] = kin[a]
            for b in named[index + 1 :]:
                if cues.kin_of_each_other(kin[a], kin[b]):
                    _kin_tie(pairs, a, b, owner)
    for relative, calling in callers.items():
        named = sorted(calling)
        for index, a in enumerate(named):
            for b in named[index + 1 :]:
                first, second = cues.kin_generation(calling[a]), cues.kin_generation(calling[b])
                if first is not None and second is not None and first[0] == second[0]:
                    _kin_tie(pairs, a, b, relative)


def _kin_tie(pairs: Pairs, a: str, b: str, through: str) -> None:
    """Give the pair ``a``, ``b`` one family cue, known through their ties to ``through``
    (whose first cue spans are its evidence), unless the story has no such pair or a cue
    of its own already says more."""
    pair = pairs.pairs.get((a, b) if a < b else (b, a))
    if pair is None or pair.romantic or pair.family >= 1:
        return
    pair.family += 1.0
    for other in (a, b):
        tie = pairs.pairs.get((other, through) if other < through else (through, other))
        if tie is not None and tie.cue_spans:
            add_span(pair.cue_spans, tie.cue_spans[0])
