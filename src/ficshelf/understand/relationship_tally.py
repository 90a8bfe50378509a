"""The tally the relationships pass keeps per pair of characters (``Pair``, gathered in
``Pairs``), and whether a pair is shown together (``shown``): the data the passes of
``relationship_pairs`` and ``relationship_sentences`` fill and ``relationships`` scores."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_EVIDENCE = 12


@dataclass(slots=True)
class Pair:
    """What a story shows about one pair: paragraphs together (0.5 for the narrator present
    only by "I"), paragraphs where both are present (named in the narration or speaking, not
    only talked about), shared sentences (and those naming both in the narration, outside
    quotes), exchanges and addresses in dialogue, romantic and family
    cue weights (and the part of the romantic weight that is only endearments, "my
    love" or "darling" said to the other; and the part of the family weight a kin word
    right beside a name states: "your cousin Lucy", "Cedric, father of Wilfred"), whether
    a spouse word or canon ties them, how often one calls the other by a title ("my
    lord", "Mr. Holmes": ``formal``) or by name (``familiar``), the scenes (numbered from
    0) where they are together or talk, the kind of pairing the story's notes name them as
    ("romantic", "platonic" or "": ``relationship_notes``), and evidence spans by kind."""

    paragraphs: float = 0.0
    present: float = 0.0
    sentences: int = 0
    narrated_sentences: int = 0
    exchanges: int = 0
    addresses: int = 0
    romantic: float = 0.0
    endearment: float = 0.0
    family: float = 0.0
    stated_family: float = 0.0
    spouse: bool = False
    canon: str = ""
    formal: int = 0
    familiar: int = 0
    scenes: set[int] = field(default_factory=set)
    noted: str = ""
    tag: str = ""  # the file's relationship tag that declares the pair (``relationship_tags``)
    tag_major: bool = False  # the first of the file's relationship tags
    cue_spans: list[tuple[int, int]] = field(default_factory=list)
    talk_spans: list[tuple[int, int]] = field(default_factory=list)
    together_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def romance(self) -> float:
        """The romantic cue weight, or 0 when it is only endearments ("Yes, my love."
        between sisters, "darling" from an aunt): a pet name alone is affection, whatever
        the kin."""
        return self.romantic if self.romantic > self.endearment else 0.0

    @property
    def strength(self) -> float:
        return self.paragraphs + 2 * self.exchanges + self.addresses + 0.5 * self.sentences

    def together(self, weight: float, present: bool, scene: int, span: tuple[int, int]) -> None:
        """Count a paragraph (``span``, in scene number ``scene``) the two share, at
        ``weight`` (1, or 0.5 for a narrator there only as "I"), as present together when
        ``present``."""
        self.paragraphs += weight
        self.present += weight * present
        self.scenes.add(scene)
        add_span(self.together_spans, span)


def add_span(spans: list[tuple[int, int]], span: tuple[int, int]) -> None:
    """Append ``span`` to evidence ``spans`` unless it repeats the last one or they hold
    ``MAX_EVIDENCE`` already."""
    if len(spans) < MAX_EVIDENCE and (not spans or spans[-1] != span):
        spans.append(span)


def shown(pair: Pair) -> bool:
    """Whether the story shows the two together: talking to each other, or present together
    (not only talked about) in a paragraph and together again or in one sentence."""
    together = pair.strength >= 2 or pair.sentences >= 1
    return pair.exchanges + pair.addresses >= 1 or (pair.present >= 1 and together)


class Pairs:
    """Accumulates a ``Pair`` per unordered pair of canonical names (``pairs``, keys sorted)
    and the story's number of scenes (``scene_count``: chapters and scene breaks cut them)."""

    def __init__(self, scene_count: int = 1) -> None:
        self.pairs: dict[tuple[str, str], Pair] = {}
        self.scene_count = scene_count

    def get(self, a: str, b: str) -> Pair | None:
        if not a or not b or a == b or "|" in a or "|" in b:
            return None
        key = (a, b) if a < b else (b, a)
        pair = self.pairs.get(key)
        if pair is None:
            pair = self.pairs[key] = Pair()
        return pair
