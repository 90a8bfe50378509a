"""Who is who: clustering the accepted name forms of a story into characters, and the
canonical name of each.

``cluster`` places distinct name forms (title, key) longest first through dictionaries keyed
by name parts: "Vance" and "Dr. Vance" join "Theodora Vance" (last part), "Theo" joins her too
(first part or nickname table), "Miss Pryor" joins the Pryor whose pronouns are feminine,
"Mrs. Todd" joins the one "Mrs. Almira Todd" the text never names bare, "the Doctor" joins the
one "Dr X"; "Mr. Sedley" joins the one Sedley who may be a man (of male gender, or of none
and no census woman's given name); "Miss X" and "Dr X" (or "Captain X") stay apart, a daughter
and her father; "Mrs. Joe Gargery" (a wife by her husband's whole name) is not Joe Gargery,
and "Mr. Tulliver" is not the Tom Tulliver the text calls "Master Tom" (his son); "Mr. X" or
"Captain X" beside two men of surname X is the one the title fits (no knight), and of two it
fits the one the text has named before it, if only one is ("Mr. Surface" after Joseph
Surface, before Charles). "Mrs. Bold", which only talk uses to call someone, is the one
Eleanor Bold the narration names; "Mrs Glegg" the one "Aunt Glegg"; "Madame Diver", which
only talk uses, the one Nicole Diver beside men of that surname, and "Father Malory" the
one man Malory (``titled_surnames``); "Mr. Emerson" is not
George Emerson where the text tells "old Mr. Emerson" from "young Emerson". No pass
compares mentions pairwise.

``canonical_name``: the fullest form the text gives, without a title of rank ("Sir Kay" is
"Kay") but with a civil title when the text gives no given name ("Mrs. Hudson"), and not a
full name whose given name another cluster goes by alone ("Miss Jemima Pinkerton" beside
two sisters, "Miss Jemima" and "Miss Pinkerton").

The cluster record and the tests that read one cluster are ``name_cluster_facts``'; where
the text uses each form, and the joins of a titled surname that read it ("Mr. Surface",
"Mrs. Bold", "Mrs Glegg"), are ``name_uses``'. Which candidates are people at all is
``person_evidence``'s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.bare_surnames import mans_surname
from ficshelf.understand.first_word_namesakes import narrated_apart, other_bearer
from ficshelf.understand.kin_given_names import kin_of_unlisted_given_name
from ficshelf.understand.name_cluster_facts import (
    ORDINAL,
    REGNAL,
    SOVEREIGNS,
    Cluster,
    always_titled,
    another_rank,
    bare_in_talk_only,
    census_female,
    known_by_given_name,
    may_be_a_man,
    may_be_mister,
    namesakes,
    only_mrs,
    other_surname,
    regnal,
    shares_first,
    unique,
    unknown_given,
    wife_and_husband,
)
from ficshelf.understand.name_uses import (
    Uses,
    aged_surnames,
    aunt_of_surname,
    surname_rivals,
    talked_of_woman,
    whole_line,
)
from ficshelf.understand.names import Candidate
from ficshelf.understand.nicknames import NICKNAMES
from ficshelf.understand.person_nouns import TITLE_NOUNS
from ficshelf.understand.styled_titles import styled_gender
from ficshelf.understand.title_rules import (
    MARRIED_TITLES,
    OTHER_TITLES,
    RANKS,
    UNMARRIED_TITLES,
    husbands_name,
    is_given_name,
    married,
    mother_and_daughter,
    rank_and_miss,
)
from ficshelf.understand.titled_surnames import one_wife_of_surname, parent_of_surname

_REVERSE_NICKNAMES: dict[str, set[str]] = {}
for _short, _fulls in NICKNAMES.items():
    for _full in _fulls:
        _REVERSE_NICKNAMES.setdefault(_full, set()).add(_short)
# The title a household gives a son ("Master Tom"; ``name_cluster_facts._son_of_the_house``).
_SONS_TITLES = frozenset(("master",))


def _form(cand: Candidate) -> tuple[str, str]:
    return (cand.title, cand.key)


def cluster(candidates: Sequence[Candidate], text: str = "") -> dict[tuple[str, str], int]:
    """Return the cluster number of each accepted name form (title, key), clustering longest
    forms first through indexes of name parts (see the module docstring, step 2); ``text``,
    the story the candidates are read from, for the words before a name ("old Mr.
    Emerson", ``aged_surnames``)."""
    counts: Counter[tuple[str, str]] = Counter()
    parts_of: dict[tuple[str, str], tuple[str, ...]] = {}
    votes: dict[tuple[str, str], list[int]] = {}
    # Forms the text uses of someone present: in the narration, as a call or a speech tag.
    present: set[tuple[str, str]] = set()
    # Where each form occurs, for the most recently named of two people of one surname.
    where: dict[tuple[str, str], list[int]] = {}
    # Forms the narration uses (outside quotes) and never a call inside a quote names.
    narrated: set[tuple[str, str]] = set()
    called: set[tuple[str, str]] = set()
    told: set[tuple[str, str]] = set()  # every form the narration uses, called or not
    # Forms the narration tells acting or owning: a verb or a possessive after the name.
    acting: set[tuple[str, str]] = set()
    # Where each form is a call in a quote, and where a speech tag ("said Polly").
    calls: dict[tuple[str, str], list[int]] = {}
    tags: dict[tuple[str, str], list[int]] = {}
    for cand in candidates:
        form = _form(cand)
        counts[form] += 1
        where.setdefault(form, []).append(cand.start)
        if not cand.in_quote or cand.vocative or cand.speech:
            present.add(form)
        if not cand.in_quote:
            narrated.add(form)
            told.add(form)
            if cand.finite_verb or cand.possessive:
                acting.add(form)
        elif cand.vocative:
            called.add(form)
        if cand.in_quote and cand.vocative:
            calls.setdefault(form, []).append(cand.start)
        elif cand.speech and not cand.in_quote:
            tags.setdefault(form, []).append(cand.start)
        parts_of[form] = cand.parts
        if form not in votes and len(cand.parts) > 1:
            # The census gender of a given name is a prior worth two pronouns.
            prior = tables.GIVEN_NAMES.get(cand.parts[0].lower(), "")
            votes[form] = [2 * (prior == "m"), 2 * (prior == "f")]
        v = votes.setdefault(form, [0, 0])
        v[0] += cand.gender == "m"
        v[1] += cand.gender == "f"
    # "Mrs. X" comes after the other one-word names, so that whether the text calls a
    # woman of that surname by her given name alone is known when it is placed. A bare
    # surname comes after "Mr. X" of the same surname: a bare surname is a man's ("squire
    # Allworthy" is Mr Allworthy, not his sister Miss Bridget Allworthy) unless its own
    # pronouns say otherwise.
    order = sorted(
        counts,
        key=lambda f: (
            -len(parts_of[f]),
            not parts_of[f],
            married(f[0], f[1]) and len(parts_of[f]) == 1,
            not f[0] and len(parts_of[f]) == 1 and ("mr", f[1]) in counts,
            -counts[f],
        ),
    )
    clusters: list[Cluster] = []
    by_key: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    by_last: dict[str, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    assigned: dict[tuple[str, str], int] = {}
    narrated -= called
    sons = {f[1].lower() for f in counts if f[0] in _SONS_TITLES and len(parts_of[f]) == 1}
    for starts in where.values():
        starts.sort()
    alone = {f[1] for f in counts if not f[0] and len(parts_of[f]) == 1}
    # A line that is a name alone ('"Madame Olenska."') greets, calls the one it names.
    greeted = {_form(c) for c in candidates if c.in_quote and whole_line(text, c)}
    uses = Uses(where, alone, told, counts, called | greeted, text, calls, tags)
    generations = aged_surnames(text, candidates)
    for form in order:
        title, key = form
        parts = parts_of[form]
        gender = tables.TITLES.get(title, "")
        male, female = votes[form]
        found = _find(
            form,
            parts,
            gender,
            male,
            female,
            clusters,
            by_key,
            by_first,
            by_last,
            by_title,
            form in present,
            narrated,
            sons,
            uses,
            generations,
            acting,
        )
        if found < 0:
            found = len(clusters)
            clusters.append(Cluster())
        c = clusters[found]
        c.forms.append((title, key, parts))
        if len(parts) > 1:
            c.full_names += 1
            c.husband_named += husbands_name(title, parts)
        c.count += counts[form]
        c.male += male
        c.female += female
        if gender and not c.title_gender:
            c.title_gender = gender
        if not c.title_gender:  # "the Countess of Chell" is a woman, as "the Countess" is
            c.title_gender = styled_gender(title, key, parts)
        assigned[form] = found
        _index(by_key, key.lower(), found)
        if title:
            c.titles.add(title)
            _index(by_title, TITLE_NOUNS.get(title, title), found)
        if parts:
            _index(by_first, parts[0].lower(), found)
            _index(by_last, parts[-1].lower(), found)
    return assigned


def _index(index: dict[str, list[int]], key: str, value: int) -> None:
    found = index.setdefault(key, [])
    if value not in found:
        found.append(value)


def _find(
    form: tuple[str, str],
    parts: tuple[str, ...],
    gender: str,
    male: int,
    female: int,
    clusters: list[Cluster],
    by_key: dict[str, list[int]],
    by_first: dict[str, list[int]],
    by_last: dict[str, list[int]],
    by_title: dict[str, list[int]],
    present: bool,
    narrated: set[tuple[str, str]],
    sons: set[str],
    uses: Uses,
    generations: frozenset[str] = frozenset(),
    acting: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
) -> int:
    """Return the cluster a form joins, or -1 for a new one. ``present``: the text uses the
    form in the narration, as a call or as a speech tag, not only in talk about someone;
    ``narrated``: the forms the narration uses and no call in a quote (``namesakes``);
    ``sons``: the words the text titles "Master" alone (``may_be_mister``); ``uses``:
    where the text uses each form (``surname_rivals``); ``generations``: the surnames the text
    tells an old and a young bearer of (``aged_surnames``); ``acting``: the forms the
    narration tells with a verb or a possessive after them (``narrated_apart``)."""
    title, key = form

    def clash(i: int) -> bool:
        other = clusters[i].gender()
        return bool(gender and other and gender != other)

    def fits(i: int) -> bool:
        other = clusters[i].gender()
        if gender and other:
            return gender == other
        if title in RANKS and other == "f" and female <= male:
            return False  # "Captain Harville" is not Fanny Harville without a "she"
        if gender == "f" and not other:
            # A bare surname in a story is usually a man's; "Mrs. X" needs her own evidence.
            # "Miss Fairfax" is Gwendolen Fairfax, the one Fairfax, whose given name no list
            # knows and whom no "he" follows.
            c = clusters[i]
            return (
                c.female > c.male
                or census_female(c)
                or (not c.male and unknown_given(c) and len(by_last.get(low, [])) == 1)
            )
        # Pronouns after a name often belong to someone else: a titled cluster's gender
        # yields only to a clear majority of them.
        least = 2 if clusters[i].title_gender else 1
        own = "m" if male > max(least, 2 * female) else "f" if female > max(least, 2 * male) else ""
        return not (own and other and own != other)

    def pick(found: Iterable[int], lenient: bool = False, titled: bool = False) -> int:
        best = [
            i
            for i in dict.fromkeys(found)
            if (fits(i) or (lenient and not clash(i)))
            and not rank_and_miss(title, clusters[i].titles)
            and not wife_and_husband(title, parts, clusters[i])
            and not mother_and_daughter(form, clusters[i].titles, clusters[i].forms)
            and not another_rank(title, clusters[i].titles)
        ]
        if not best:
            return -1
        # A cluster known to share the form's gender first, then (for a title alone) the one
        # the text gives the title most, then the most mentioned.
        return max(
            best,
            key=lambda i: (
                bool(gender) and clusters[i].gender() == gender,
                uses.titled(clusters[i], title) if titled else 0,
                clusters[i].count,
            ),
        )

    low = key.lower()
    if not parts:  # a title alone: the one character holding it, or a name it opens
        # "the Doctor" is the one "Dr Marjoribanks"
        # "the Captain" is Captain Cuttle, called so throughout, not Sol Gills, whom one
        # slip calls "Captain Gills" and the text names more often.
        titled = by_title.get(TITLE_NOUNS.get(title, title), [])
        return pick(titled or by_first.get(low, []), titled=bool(titled))
    if title in tables.KINSHIP_TITLES:
        # "Aunt March" is not Jo March, but "Uncle John" is the one John Linden.
        if len(parts) == 1 and is_given_name(low):
            return pick(unique(by_first.get(low, [])))
        if len(parts) == 1:  # "Cousin Worm" is the one "Worm", a nickname no full name holds
            found = pick(
                unique(
                    i
                    for i in by_key.get(low, [])
                    if all(not t and len(p) == 1 for t, _, p in clusters[i].forms)
                ),
                lenient=True,
            )
            if found < 0:  # "Father Malory" is Julian Malory, the one man of the surname
                parent = parent_of_surname(title, by_last.get(low, []), clusters)
                found = pick((parent,)) if parent >= 0 else -1
            if found < 0:  # "Uncle Everard" is Everard Grey, a given name no list knows
                found = pick(kin_of_unlisted_given_name(low, by_first, by_last, clusters))
            return found
        return -1
    if married(title, key) and len(parts) == 1:
        # A married woman is known by her title: "Mrs. Morel" is not "Morel" (her husband)
        # nor "Georgiana Reed" (a daughter the text calls "Georgiana"), nor "Miss Squeers"
        # (a daughter the text never calls by her given name alone: another civil title).
        found = pick(i for i in by_key.get(low, []) if title in clusters[i].titles)
        other_titles = OTHER_TITLES.get(title, set())
        # "Mrs. de Vil" is of the surname "Vil", as "Cruella de Vil" is
        last = parts[-1].lower()
        surnamed = [i for i in by_last.get(last, []) if not clusters[i].titles & other_titles]
        if found < 0:  # "Mrs. Rachel" is "Mrs. Rachel Lynde"
            found = pick(unique(i for i in by_first.get(low, []) if title in clusters[i].titles))
        if found < 0:  # "Mrs. Gargery" is "Mrs. Joe Gargery", the one wife of that surname
            found = pick(unique(i for i in surnamed if clusters[i].wife()))
        if found < 0:  # "Mrs. Todd" is "Mrs. Almira Todd", whom the text never names bare
            found = pick(
                unique(
                    i
                    for i in surnamed
                    if always_titled(clusters[i], title)
                    and all(by_key.get(k.lower()) == [i] for _, k, _ in clusters[i].forms)
                )
            )
        if found < 0:  # "Mrs. Todd" is Almira Todd, the one woman of that name
            found = pick(
                unique(
                    i
                    for i in surnamed
                    if clusters[i].gender() == "f"
                    and any(
                        len(p) > 1 and tables.GIVEN_NAMES.get(p[0].lower()) == "f"
                        for _, _, p in clusters[i].forms
                    )
                    and not known_by_given_name(clusters[i])
                )
            )
        if found < 0 and title == "mrs" and not any("mr" in clusters[i].titles for i in surnamed):
            # "Lecount, it's cold": the bare surname only talk uses, no "he" after it and no
            # "Mr. Lecount" in the story, is the one Mrs. Lecount, called so by an employer.
            found = pick(
                unique(i for i in surnamed if bare_in_talk_only(clusters[i], low, narrated)),
                lenient=True,
            )
        if found < 0 and title != "lady":
            found = talked_of_woman(form, surnamed, clusters, uses)
        if found < 0 and title == "mrs":  # "Mrs Glegg" is the one "Aunt Glegg"
            found = aunt_of_surname(form, surnamed, clusters, uses)
        if found < 0:  # "Madame Diver" is Nicole Diver, the one woman of the surname
            wife = one_wife_of_surname(form, surnamed, clusters, uses)
            found = pick((wife,)) if wife >= 0 else -1
        return found
    # "Miss March" is not "Mrs. March": a different civil title is a different person.
    exact = pick(
        i
        for i in by_key.get(low, [])
        if not (clusters[i].titles & OTHER_TITLES.get(title, set()))
        and not (not title and len(parts) == 1 and only_mrs(clusters[i]))
    )
    if exact >= 0:
        return exact
    if len(parts) > 1 and (REGNAL.fullmatch(parts[-1]) or ORDINAL.fullmatch(parts[-1])):
        return -1  # "Charles II", "Charles the Second" are not Charles Musgrove
    first, last = parts[0].lower(), parts[-1].lower()
    if title in SOVEREIGNS:  # "King John" is not Jack Durbeyfield, but "King Lear" is Lear
        return pick(i for i in by_first.get(first, []) if title in clusters[i].titles)
    firsts = [first, *NICKNAMES.get(first, ()), *_REVERSE_NICKNAMES.get(first, ())]
    if len(parts) > 1:
        same_last = [i for i in by_last.get(last, []) if shares_first(clusters[i], firsts)]
        if same_last:
            return pick(same_last)
        same_first = [
            i
            for name in firsts
            for i in by_first.get(name, [])
            if not regnal(clusters[i])
            and not other_surname(clusters[i], parts)
            and not other_bearer(clusters[i], parts)
            and (name == first or not uses.two_people(form, clusters[i], name))
        ]
        if len(set(same_first)) == 1 and not title:
            return pick(same_first)
        return -1
    if title and tables.TITLES.get(title) is not None and title not in tables.RANK_TITLES:
        # "Mr. Bennet", "Dr. Osei": a surname first; "Miss Lucy": a given name. A character
        # the text calls by a bare given name ("Jo") is not "Mrs. March": that is a parent.
        surname_of = [
            i
            for i in by_last.get(first, [])
            if not narrated_apart(form, clusters[i], acting, uses.told, uses.forms)
        ]
        rivals = surname_rivals(title, surname_of, clusters, sons - {first}, uses)
        if rivals:  # the one man of the surname the title fits; of two brothers named in
            # full ("Mr. Surface"), the one the text has named before it, if only one is
            chosen = rivals if len(rivals) == 1 else uses.named_before(rivals, clusters, form)
            found = pick(unique(chosen))
            if found >= 0:
                return found
        if title in ("mr", "mrs"):  # but "Mr. Worthing" is Jack Worthing, the one man
            surname_of = [
                i
                for i in surname_of
                if not known_by_given_name(clusters[i])
                or (title == "mr" and may_be_a_man(clusters[i]) and unique(surname_of))
            ]
        if title == "mr" and first in generations:  # "old Mr. Emerson" is not George
            surname_of = [i for i in surname_of if not known_by_given_name(clusters[i], uses.alone)]
        if title == "mr":  # "Mr Elliot" is not Sir Walter Elliot: a knight is never "Mr."
            # nor Tom Tulliver, whom the text calls "Master Tom": a boy, the son of the house
            surname_of = [i for i in surname_of if may_be_mister(clusters[i], sons - {first})]
        found = pick(surname_of)
        if found >= 0:
            return found
        if title in UNMARRIED_TITLES:
            found = talked_of_woman(form, by_last.get(first, []), clusters, uses)
            if found >= 0:
                return found
        # "Miss Lucy", "Sir Kay": a given name; "Mrs. Watson" is a surname nonetheless.
        lenient = title not in ("mr", "mrs", "ms")
        return pick((i for n in firsts for i in by_first.get(n, [])), lenient=lenient)
    if not present:
        # A short form only talked about ("You know about Harry", to Sir Henry) names no one
        # else by the nickname table alone: the text must use it of someone present.
        firsts = [first]
    by_nickname = [
        i
        for n in firsts
        for i in by_first.get(n, [])
        if n == first
        or not (namesakes(form, clusters[i], n, narrated) or uses.two_people(form, clusters[i], n))
    ]
    surnamed = by_last.get(first, [])
    if title in MARRIED_TITLES:
        # "Lady Elliot" is not the Anne Elliot the text calls "Anne": that is a daughter,
        # as "Mrs. March" is not Jo March.
        surnamed = [i for i in surnamed if not known_by_given_name(clusters[i])]
    elif not title:  # "Boyle" is Jack Boyle, not his wife Juno, when a "he" follows it
        surnamed = mans_surname(surnamed, clusters, male, female)
    found_all = [*by_nickname, *surnamed]
    plain = [i for i in found_all if not regnal(clusters[i])]  # "Henry" is Henry Jones
    # A given name is the one it spells before a nickname's: "Sir John" is John
    # Durbeyfield, not the "Jack Dollop" of a tale, however often that one is named.
    spelled = set(by_first.get(first, []))
    if spelled and len(firsts) > 1:
        found = pick(i for i in (plain or found_all) if i in spelled or i in surnamed)
        if found >= 0:
            return found
    return pick(plain) if plain else pick(found_all)


def canonical_name(
    forms: Sequence[tuple[str, str, tuple[str, ...]]],
    surfaces: Counter[str],
    elsewhere: frozenset[str] = frozenset(),
) -> str:
    """Return the canonical name of a cluster of name forms (title, key, parts), given how
    often each surface form occurs: the fullest name, its title dropped ("Sir Lancelot du
    Lac" is "Lancelot du Lac") unless the text gives nothing but a title and one name ("Mrs.
    Hudson", "Monsieur de Tréville"); a bare name beats a titled one ("Sir Kay" is "Kay"),
    but not one of its short forms ("Sir Henry" is "Sir Henry", not "Harry").

    ``elsewhere`` holds the one-word names (lower case) other clusters go by: a full name
    whose given name is one of them ("Miss Jemima Pinkerton" where "Miss Jemima" is another
    cluster than "Miss Pinkerton": two sisters) names either, so the cluster is called by its
    other forms when it has any (``given_name_elsewhere``)."""
    plain = [f for f in forms if len(f[2]) < 2 or f[2][0].lower() not in elsewhere]
    forms = plain or forms
    fuller = {p.lower() for _, _, parts in forms for p in parts}

    def short(parts: tuple[str, ...]) -> bool:
        if len(parts) != 1:
            return False
        return not NICKNAMES.get(parts[0].lower(), frozenset()).isdisjoint(fuller)

    title, key, parts = max(
        forms,
        key=lambda f: (len(f[2]), not short(f[2]), not f[0], surfaces[f[1]], len(f[1])),
    )
    if title and (len(parts) == 1 or husbands_name(title, parts)):  # "Mrs Charles Musgrove"
        titled = [s for s in surfaces if s != key and s.endswith(key)]
        if titled:
            return max(titled, key=lambda s: (surfaces[s], s))
    return key


def given_name_elsewhere(
    members: Mapping[int, Sequence[tuple[str, str, tuple[str, ...]]]],
    joined: Mapping[int, int],
) -> dict[int, frozenset[str]]:
    """Return, for each cluster of ``members`` (cluster number to its forms: title, key,
    parts), the one-word names (lower case) that some other cluster goes by and that are the
    given name of one of its own full names: the ``elsewhere`` of ``canonical_name``.
    ``joined`` maps a cluster to the one it is another name of ("Laurie" to Theodore
    Laurence: ``diminutives``); such a cluster is no other one."""
    owners: dict[str, set[int]] = {}
    for cid, forms in members.items():
        for _, key, parts in forms:
            if len(parts) == 1:
                owners.setdefault(key.lower(), set()).add(joined.get(cid, cid))
    found: dict[int, frozenset[str]] = {}
    for cid, forms in members.items():
        given = {
            parts[0].lower()
            for _, _, parts in forms
            if len(parts) > 1 and owners.get(parts[0].lower(), set()) - {cid}
        }
        if given:
            found[cid] = frozenset(given)
    return found
