"""Short forms of a name part: "Laurie" is Theodore Laurence, "Algy" Algernon, "Tink" Tinker Bell.

Fan fiction and the books it follows shorten names in two regular ways the nickname table
cannot list: a stem of the name with a pet ending ("Laurie" from Laurence, "Algy" from
Algernon) and a bare clipping ("Tink" from Tinker). ``diminutive_links`` joins a character
known only by one bare word to the one other character with a longer name part that word
shortens:

- with a pet ending "-ie" or "-y", the part starts with the stem (the word without its
  ending) and is at least two letters longer than it;
- without one, the part starts with the whole word and is at least two letters longer.

The stem must be 3 letters or more, and 4 or more when the word is itself a census given
name ("Mary" is no short form of "Martin"; "Laurie" is of "Laurence"); a clipping must be
4 letters or more and no census given name ("Bella" is a name of its own, not "Bellamy").
The part belongs to a full name or is no census name itself (a lone "Lauren" is her own
name, not the source of "Laurie"). Two or more characters with such a part make the short
form ambiguous: it is left alone. A pet form the nickname table knows that the census lists
as no name of its own (a foreign one: "Enyusha", "Volodya") joins the one character with a
full name whose given name it is a pet form of ("Yevgeny Vassilyich", "Vladimir Sergeyich").

Round alias46 adds three shapes of pet form, each joining the one character it fits: a "y"
is the vowel of a doubled pet form's stem ("Lyddie" of Lydia, as "Lavvy" of Lavinia); a pet
form of a given name's inside drops the vowel that opens it ("Lizy" of Eliza, "Lizzie" of
Elizabeth: ``_inner_pet_of``); and a pet form with a title that goes before a given name
("Miss Melly", "Aunt Lizy"; never "Mrs.", which goes before a surname) is read as the bare
pet form is, against given names only (``_titled_pet``): "Miss Melly" is Melanie, "Aunt
Patty" is no Mr. Patterson.

A short form the text uses only to call someone ("I'm not pale, Prudy.") may shorten a lone
census name too: a pet ending on a stem of 4 letters or more that is itself no census name
("Prudy", "Winny") joins the one character whose lone given name starts with the stem and
is two letters or more longer ("Prudence", "Winifred"). A name said only in address is a
listener's name, and a listener is rarely a second person the text never names otherwise;
without the rule such a call joins whoever the exchange's other side seems to be
(``addressees.addressed_nicknames``), and the line calling its own speaker's sister by her
pet name is given to the sister.

An epithet before a given name ("Limping Lucy", "Poor Tom": an English word that is no given
name) is a name of the one other character whose name starts with that given name
(``epithet_links``); one before a word that is no given name ("Bully Bottom") is a name of
the one other character with that surname (``epithet_surnames``).

Parts are indexed by their first three letters, so each short form costs a look-up and a
scan of the few parts sharing them: linear in the number of distinct names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.epithet_surnames import surname_holders
from ficshelf.understand.nicknames import NICKNAMES

# A form: (title, key, parts), as ``name_clusters.cluster`` holds them.
Form = tuple[str, str, tuple[str, ...]]

_PET_ENDINGS = ("ie", "y")
# A letter written twice ("Lilly"): a spelling variant writes it once ("Lily").
_DOUBLED = re.compile(r"([a-z])\1")
# Titles before a given name ("Miss Maggie", "Master Tom"); not before a surname.
_GIVEN_TITLES = frozenset(("miss", "master", "sir", "dame", "lady", "lord", "aunt", "uncle"))
_GIVEN_TITLES_OR_NONE = _GIVEN_TITLES | {""}


def diminutive_links(
    members: Mapping[int, Sequence[Form]], called_only: frozenset[int] = frozenset()
) -> dict[int, int]:
    """Return cluster -> the cluster it is a short form of, for clusters whose every form
    is one untitled word shortening a longer name part of exactly one other cluster, or,
    when none, another form of the given name of exactly one other cluster
    (``_variant_of``: "Lilly" of Lily, "Elizabeth" of Elizabeth-Jane, "Magsie" of
    Maggie), or, for the clusters in ``called_only`` (every mention a call), a pet form of
    exactly one other cluster's lone census name (``_pet_of_lone``: "Prudy" of
    Prudence)."""
    index: dict[str, list[tuple[str, int]]] = {}
    lone: dict[str, list[tuple[str, int]]] = {}  # lone census names, for a called pet form
    # Given names (first parts), lone census names among them, for doubled pet forms.
    firsts: dict[str, list[tuple[str, int]]] = {}
    # Given names opening with a vowel, by their next three letters, for a pet form of
    # their inside ("Lizy" of Eliza).
    inner: dict[str, list[tuple[str, int]]] = {}
    for cid, forms in members.items():
        for _, _, parts in forms:
            if parts and len(parts[0]) >= 5 and parts[0].isalpha():
                first = parts[0].lower()
                firsts.setdefault(first[:3], []).append((first, cid))
                if first[0] in "aeiou":  # "Eliza" is found by "Lizy"
                    inner.setdefault(first[1:4], []).append((first, cid))
            for part in parts:
                low = part.lower()
                # A lone census name is someone's own ("Lauren" is no "Laurie").
                if len(parts) == 1 and low in tables.GIVEN_NAMES:
                    if called_only and len(low) >= 6:
                        lone.setdefault(low[:3], []).append((low, cid))
                    continue
                if len(low) >= 5 and low.isalpha():
                    index.setdefault(low[:3], []).append((low, cid))
    givens = _given_index(members)
    links: dict[int, int] = {}
    for cid, forms in members.items():
        words = {key.lower() for title, key, parts in forms if not title and len(parts) == 1}
        if len(words) != 1 or len(forms) != len({f[1] for f in forms}) or any(f[0] for f in forms):
            word = _titled_pet(forms)
            if word:  # "Miss Melly": a pet form of a given name only
                targets = (_doubled_pet_of(word, firsts) | _inner_pet_of(word, inner)) - {cid}
                if len(targets) == 1:
                    links[cid] = targets.pop()
            continue
        word = next(iter(words))
        targets = {other for other in _longer_parts(word, index) if other != cid}
        if not targets:
            targets = {other for other in _doubled_pet_of(word, firsts) if other != cid}
        if not targets:
            targets = {other for other in _inner_pet_of(word, inner) if other != cid}
        if not targets:
            targets = {other for other in _variant_of(word, givens) if other != cid}
        if not targets and cid in called_only:
            targets = {other for other in _pet_of_lone(word, lone) if other != cid}
        if len(targets) == 1:
            links[cid] = targets.pop()
    return links


def _given_index(members: Mapping[int, Sequence[Form]]) -> dict[str, set[tuple[str, int]]]:
    """Return each variant key (``_variant_keys``) of the clusters' given names (first
    name parts) → the (given name, cluster) pairs holding one."""
    givens: dict[str, set[tuple[str, int]]] = {}
    for cid, forms in members.items():
        for title, _, parts in forms:
            if parts and (len(parts) > 1 or not title or title in _GIVEN_TITLES):
                low = parts[0].lower()
                for key in _variant_keys(low):
                    givens.setdefault(key, set()).add((low, cid))
                if len(parts) > 1:  # a full name is found by the pet forms of its given name
                    givens.setdefault(f"={low}", set()).add((low, cid))
    return givens


def _variant_keys(low: str) -> set[str]:
    """The keys a given name is found by as a variant: its spelling without doubled
    letters ("lilly" → "lily"), the first name of a hyphenated one ("elizabeth-jane" →
    "elizabeth"), and the full names the nickname table gives it ("maggie" → "margaret")."""
    head = low.split("-", 1)[0]
    keys = {_DOUBLED.sub(r"\1", head)}
    keys.update(f"={full}" for full in NICKNAMES.get(head, ()))
    return {k for k in keys if len(k) >= 4}


def _variant_of(word: str, givens: Mapping[str, set[tuple[str, int]]]) -> set[int]:
    """Return the clusters whose given name ``word`` is another form of: the same name
    spelt with a letter doubled or not ("Lilly", "Lily"), the first name of a hyphenated
    one ("Elizabeth" of "Elizabeth-Jane"), or another short form, opening with the same
    three letters, of the full name a short form of theirs stands for ("Magsie" and
    "Maggie" are both Margaret; "Lizzie" and "Betty" may be two women)."""
    if not word.isalpha():
        return set()
    found: set[int] = set()
    for key in _variant_keys(word):
        for given, cid in givens.get(key, ()):
            if given != word and (
                not key.startswith("=")
                or given[:3] == word[:3]
                or (given == key[1:] and word not in tables.GIVEN_NAMES)
            ):
                found.add(cid)
    return found


def _longer_parts(word: str, index: Mapping[str, Sequence[tuple[str, int]]]) -> set[int]:
    """Return the clusters holding a name part that ``word`` shortens."""
    census = word in tables.GIVEN_NAMES
    stems = [word[: -len(end)] for end in _PET_ENDINGS if word.endswith(end)]
    stems = [s for s in stems if len(s) >= (4 if census else 3)]
    if not stems and len(word) >= 4 and not census:
        stems = [word]
    found: set[int] = set()
    for stem in stems:
        for part, cid in index.get(stem[:3], ()):
            if part.startswith(stem) and len(part) >= len(stem) + 2 and part != word:
                found.add(cid)
    return found


def _pet_of_lone(word: str, lone: Mapping[str, Sequence[tuple[str, int]]]) -> set[int]:
    """Return the clusters whose lone census name ``word`` is a pet form of: ``word`` is no
    census name, ends in "-ie" or "-y" after a stem of 4 letters or more, and the name
    starts with the stem and is two letters or more longer ("Prudy", "Winny")."""
    if word in tables.GIVEN_NAMES or not word.isalpha():
        return set()
    found: set[int] = set()
    for end in _PET_ENDINGS:
        stem = word[: -len(end)]
        if not word.endswith(end) or len(stem) < 4:
            continue
        for name, cid in lone.get(stem[:3], ()):
            if name.startswith(stem) and len(name) >= len(stem) + 2:
                found.add(cid)
    return found


# A pet form doubling the last consonant of a given name's start: "Lavvy" (Lavinia),
# "Matty" (Matilda), "Carrie" (Caroline).
# A "y" after the stem's first letter is its vowel ("Lyddie" of Lydia).
_DOUBLED_PET = re.compile(r"((?:[a-z]*[aeiou]|[a-z]+y)[a-z]*?([b-df-hj-np-tv-z]))\2(?:ie|ey|y)")


def _doubled_pet_of(word: str, firsts: Mapping[str, Sequence[tuple[str, int]]]) -> set[int]:
    """Return the clusters with a given name that ``word`` is a doubled pet form of: the
    word is a stem of 3 letters or more, its last consonant written twice and "-y", "-ie"
    or "-ey"; the given name starts with the stem, then a vowel ("Lav-inia" for "Lavvy",
    "Car-oline" for "Carrie"), and is two letters or more longer than the stem. The given
    name may be a lone census name: the doubled consonant marks the pet form, which "Laurie"
    beside a lone "Lauren" does not. A pet form the census gives one gender is no pet form of
    a given name it gives the other ("Danny" of "Daniela")."""
    match = _DOUBLED_PET.fullmatch(word)
    if match is None or len(match.group(1)) < 3:
        return set()
    stem = match.group(1)
    gender = tables.GIVEN_NAMES.get(word, "")
    return {
        cid
        for given, cid in firsts.get(stem[:3], ())
        if given.startswith(stem)
        and len(given) >= len(stem) + 2
        and given[len(stem)] in "aeiou"
        and given != word
        and (not gender or tables.GIVEN_NAMES.get(given, "") in (gender, ""))
    }


def _inner_pet_of(word: str, inner: Mapping[str, Sequence[tuple[str, int]]]) -> set[int]:
    """Return the clusters with a given name that ``word`` is a pet form of its inside: the
    name opens with a vowel that the pet form drops ("Lizy" of Eliza, "Lizzie" of
    Elizabeth); the word is a stem of 3 letters or more and "-y" or "-ie" (its last
    consonant perhaps written twice), the name after its vowel starts with the stem and is
    longer. The word is no census name ("Lucy" is no pet form of "Alucia")."""
    if word in tables.GIVEN_NAMES or not word.isalpha():
        return set()
    found: set[int] = set()
    for end in _PET_ENDINGS:
        if not word.endswith(end):
            continue
        stem = word[: -len(end)]
        if len(stem) >= 4 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # "Lizzie": the stem "liz"
        if len(stem) < 3:
            continue
        for given, cid in inner.get(stem[:3], ()):
            if given[1:].startswith(stem) and len(given) - 1 > len(stem):
                found.add(cid)
    return found


def _titled_pet(forms: Sequence[Form]) -> str:
    """Return the one word of a cluster known by a pet form with a title that goes before
    a given name ("Miss Melly", and "Melly" bare), or "" when it has another form."""
    words = {key.lower() for _, key, parts in forms if len(parts) == 1}
    if len(words) != 1 or any(
        len(parts) != 1 or t not in _GIVEN_TITLES_OR_NONE for t, _, parts in forms
    ):
        return ""
    return next(iter(words))


def epithet_links(members: Mapping[int, Sequence[Form]]) -> dict[int, int]:
    """Return cluster -> the cluster it is another name of, for a given name with an
    epithet before it ("Limping Lucy", "Poor Tom"): a cluster whose forms are the same
    untitled two words, an English word that is no given name and a census given name G
    (and perhaps G alone), joins the one other cluster whose name starts with G ("Lucy
    Yolland"); when the second word is no census given name, the one other cluster with
    it as a surname (``epithet_surnames.surname_holders``: "Bully Bottom" is Nick Bottom).
    Nothing when two clusters start with G, or G is the name of none."""
    firsts: dict[str, set[int]] = {}
    for cid, forms in members.items():
        for _, _, parts in forms:
            if parts:
                firsts.setdefault(parts[0].lower(), set()).add(cid)
    lasts = surname_holders(members)
    links: dict[int, int] = {}
    for cid, forms in members.items():
        shapes = {(title, tuple(p.lower() for p in parts)) for title, _, parts in forms}
        full = [parts for title, parts in shapes if len(parts) == 2 and not title]
        if len(full) != 1 or not _epithet(full[0][0]):
            continue
        given = full[0][1]
        if shapes - {("", full[0]), ("", (given,))}:  # "Lucy" alone may be in it too
            continue
        if given in tables.GIVEN_NAMES:
            targets = firsts.get(given, set()) - {cid}
        else:  # "Bully Bottom" is Nick Bottom
            targets = lasts.get(given, set()) - {cid}
        if len(targets) == 1:
            links[cid] = next(iter(targets))
    return links


def _epithet(low: str) -> bool:
    """Whether ``low`` is an English word and no given name ("limping", "poor", "little")."""
    return low in tables.ENGLISH_WORDS and low not in tables.GIVEN_NAMES
