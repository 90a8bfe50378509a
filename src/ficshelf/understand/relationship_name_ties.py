"""The ties a story's names and its canon make between characters, for the "relationships"
stage's pass (``NamedTies``, the base of ``relationship_pairs.PairFinder``, whose ``run``
calls these once the paragraphs, the dialogue and the sentences have been counted): each
character's fullest known name (``full_name``), characters of one surname (``_surnames``:
family, or spouses by their titles), the one called "Ma" and the one called "Pa"
(``_parents``), and the couples, families and friends of canon among the story's
characters, shown together (``_canon``) or apart (``_canon_pairs_apart``). Each reads the
pairs, the mentions or the characters once.
"""

from __future__ import annotations

from ficshelf.understand import relationship_cues as cues
from ficshelf.understand import relationship_text as rt
from ficshelf.understand.fandom_names import canon_friends, canon_relation, find_fandom
from ficshelf.understand.relationship_sentences import MAX_SENTENCE_CAST, SentenceCues
from ficshelf.understand.relationship_tally import Pair, add_span, shown


class NamedTies(SentenceCues):
    """The ties of names and canon, read after the pass has counted the pairs."""

    salience: dict[str, float]
    known: dict[str, list[tuple[str, str]]]
    mention_quote: list[int]
    narrated_paragraphs: dict[str, int]

    def full_name(self, name: str) -> str:
        """Return the fullest known name of character ``name`` (its canon name when the
        fandom table knows it, else ``name``)."""
        known = self.known.get(name)
        return known[0][1] if known else name

    def _surnames(self) -> None:
        """Characters who share a surname (in their fullest known name) and whom the story
        shows together (``shown``) are family; "Mr." and "Mrs." (or "Lord" and "Lady",
        "Captain" and "Mrs.", "Uncle" and "Aunt": ``spouse_titles``) of one surname, or a
        couple in canon, are spouses, and a titled couple only needs to be named
        together once (in one paragraph, even inside a quote: "Mrs. Elton has told me, and
        Mr. Elton too"). The titles the story gives count too ("Wackford Squeers" is
        "Mr. Squeers" in the text), when no kin cue ties the two and each is the other's
        only titled match (a young "Mr. Robert Audley" beside "Sir Michael" is no more
        Lady Audley's husband than her son "Mr. Nickleby" is Mrs. Nickleby's)."""
        spoken: dict[str, set[str]] = {}
        for m in self.mentions:
            spoken.setdefault(m.label, set()).add(self.text[m.start : m.end])
        by_surname: dict[str, list[str]] = {}
        for name in self.salience:
            surname = rt.surname(self.full_name(name))
            # one called by a bare surname ("Squeers", "Hall") is of the surname the story's
            # titled forms of them give ("Mr. Squeers"), as a reader takes it
            titled = {rt.titled_family_name(s) for s in spoken.get(name, ())} - {None}
            for family in {surname} if surname is not None else titled:
                if family is not None:
                    by_surname.setdefault(family, []).append(name)
        seen: set[tuple[str, str]] = set()
        for names in by_surname.values():
            names = names[:MAX_SENTENCE_CAST]
            # the story's own titles count as well as canon's ("Mr. Elton" is "Philip Elton")
            own = {n: {n, self.full_name(n)} for n in names}
            told = {n: own[n] | spoken.get(n, set()) for n in names}
            matches = {
                n: [o for o in names if o != n and rt.titled_pair(told[n], told[o])] for n in names
            }
            for a, b in rt.pairs_of(names):
                key = (a, b) if a < b else (b, a)
                pair = self.pairs.pairs.get(key)
                if pair is None or key in seen:
                    continue
                seen.add(key)
                titled_couple = rt.titled_pair(own[a], own[b]) or (
                    matches[a] == [b] and matches[b] == [a] and pair.family < 1
                )
                # "Mrs. Elton ... and Mr. Elton too": a titled couple named together is a
                # couple even when only talked about; other namesakes must be shown together.
                if not (shown(pair) or titled_couple and pair.paragraphs >= 1):
                    continue
                if titled_couple or pair.canon == "romantic":
                    pair.romantic += 1.0
                    pair.spouse = True
                else:
                    pair.family += 1.0

    def _parents(self) -> None:
        """The one a story calls "Ma" and the one it calls "Pa" ("Mother" and "Father",
        "Mamma" and "Papa", a narrator's "my mother" and "my father") are one child's
        parents, and a reader takes a child's parents for a couple: named together in a
        paragraph, they are spouses (a romantic cue), unless a cue already makes them kin."""
        for a, b in rt.pairs_of([n for n in self.salience if cues.parent_gender(n)]):
            if cues.parent_gender(a) == cues.parent_gender(b):
                continue
            key = (a, b) if a < b else (b, a)
            pair = self.pairs.pairs.get(key)
            if pair is None or pair.paragraphs < 1 or pair.family >= 1 or pair.romantic >= 1:
                continue
            pair.romantic += 1.0
            pair.spouse = True

    def _canon_pairs_apart(self) -> None:
        """A couple or a family of canon whom the story names both of is the story's couple
        or family even when it never shows them together (the king and the queen of a story
        told by their servant, each in scenes of their own; a father in one scene and his
        daughter in the next): one cue of that kind. On the scene means speaking, or named
        in the narration of two paragraphs (``narrated_paragraphs``, counted by
        ``_paragraphs``, which runs first): a couple needs one of them on the scene, the
        other named at least once, in the narration or in a line (a reader knows whom
        Bathsheba's suitor courts when the narration names him once, and whom Dorothea's
        absent husband is when her sister speaks of him: a romance of canon told in passing,
        background); a family one of them on the scene and the other too, or named in the
        narration (the brother lost at sea whom her memory goes back to). Someone only
        talked about in others' lines (a brother not yet arrived) is no family of the
        story's own, and two people each named once in passing are no pairing. Each canon
        name goes to its most salient character; the evidence is where each is first named
        in the narration, else in a line."""
        first: dict[str, tuple[int, int]] = {}
        talked: dict[str, tuple[int, int]] = {}  # first named in a line
        for m, quote in zip(self.mentions, self.mention_quote, strict=True):
            if quote < 0:  # named in the narration
                first.setdefault(m.label, (m.start, m.end))
            else:
                talked.setdefault(m.label, (m.start, m.end))
        for name, span in talked.items():
            first.setdefault(name, span)
        speakers = set(self.speaker)
        cast: dict[str, dict[str, str]] = {}
        on_scene: set[str] = set()
        for name in sorted(self.salience, key=lambda n: (-self.salience[n], n)):
            if name in speakers or self.narrated_paragraphs.get(name, 0) >= 2:
                on_scene.add(name)
            if name in first:
                for fandom, canonical in self.known.get(name, ()):
                    cast.setdefault(fandom, {}).setdefault(canonical, name)
        for fandom_name, names in cast.items():
            known = find_fandom(fandom_name)
            for a, b, kind in known.relations if known is not None else ():
                if a not in names or b not in names:
                    continue
                scene = (names[a] in on_scene) + (names[b] in on_scene)
                if scene < 1:
                    continue
                narrated = min(self.narrated_paragraphs.get(n, 0) for n in (names[a], names[b]))
                if kind == "family" and scene < 2 and narrated < 1:
                    continue  # a relative only talked about: no family of the story's own
                pair = self.pairs.get(names[a], names[b])
                if pair is None or pair.canon or pair.romantic >= 1 or pair.family >= 1:
                    continue
                if kind == "romantic":
                    pair.romantic += 1.0
                else:
                    pair.family += 1.0
                pair.canon = kind
                add_span(pair.together_spans, first[names[a]])
                add_span(pair.together_spans, first[names[b]])

    def _canon(self) -> None:
        """A pair the story shows together (present together in a paragraph and together at
        least twice, talking, or with any cue; or a first-person narrator and someone the
        narration names) whose known characters canon makes a couple or family counts as
        one cue of that kind. Two people only talked about in one line
        of dialogue ("tell Amy") are not shown together. A canon couple the narration names
        in one sentence ("Meg had been engaged to John Brooke since the spring") is a couple
        even when never shown together (a pairing told in passing: background); a canon
        family needs more, since the narration names siblings together all the time. Friends
        in canon (the table's ``friendships``) whom the story shows together get ``canon``
        "platonic" and no cue: it lets their friendship be listed, not its kind change."""
        friends: dict[tuple[str, str], list[Pair]] = {}
        for (a, b), pair in self.pairs.pairs.items():
            # A first-person narrator is present wherever the narration says "I" (counted
            # half): a canon partner named there is on the narrator's mind.
            narrated = self.narrator in (a, b) and pair.present >= 0.5
            together = shown(pair) or bool(pair.cue_spans) or narrated
            if not (together or pair.narrated_sentences >= 1):
                continue
            for fandom, known_a in self.known.get(a, ()):
                for other_fandom, known_b in self.known.get(b, ()):
                    kind = fandom == other_fandom and canon_relation(fandom, known_a, known_b)
                    if kind == "family" and not together:
                        continue
                    if kind == "romantic":
                        pair.romantic += 1.0
                    elif kind == "family":
                        pair.family += 1.0
                    if kind:
                        pair.canon = kind
                    elif together and fandom == other_fandom and known_a != known_b:
                        if canon_friends(fandom, known_a, known_b):
                            key = (min(known_a, known_b), max(known_a, known_b))
                            friends.setdefault(key, []).append(pair)
        # Friends in canon, shown together here: a friendship the story tells, however
        # briefly (Holmes and Watson named in passing). One pair of the story per pair of
        # canon: a character the story names two ways ("Jekyll", "Harry") is one friend.
        for candidates in friends.values():
            best = max(candidates, key=lambda p: p.strength)
            if not best.canon:
                best.canon = "platonic"
