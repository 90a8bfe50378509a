"""The friendship filter of the relationships stage: which platonic pairs carry the story.

Friendship is the default between people who meet, so a platonic pair is listed only when
the two keep meeting (``sustained``), do not keep calling each other by title
(``distant``, unless ``mannerly``), and are each other's strongest tie (``mutual``, against
``strongest_ties``) or a friendship the story dwells on (``dwelt_on``); friends in canon
need less (``lead_friend``). ``relationships.candidates`` applies these tests with the
score and share thresholds of its own.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.understand.relationship_tally import Pair

SUSTAINED_SCENES = 3  # scenes a story needs before a friendship must span two of them
DISTANCE_TITLES = 2  # title addresses that make a pair distant (one "sir" is courtesy)
# paragraphs together that make a friendship the story dwells on (``dwelt_on``)
FRIEND_PARAGRAPHS = 5


def distant(pair: Pair) -> bool:
    """Whether one keeps calling the other by title ("my lord", "madam", "Mr. Holmes")
    more often than by name: deference or distance, not friendship. A single title is
    courtesy (a boy's "Mrs. Hudson", a servant's "Monsieur" in a story of period manners),
    so it takes ``DISTANCE_TITLES`` of them."""
    return pair.formal >= DISTANCE_TITLES and pair.formal > pair.familiar


def sustained(pair: Pair, scene_count: int) -> bool:
    """Whether the two keep meeting: in a story of ``SUSTAINED_SCENES`` scenes or more,
    together or talking in at least two of them; in a shorter story, always."""
    return scene_count < SUSTAINED_SCENES or len(pair.scenes) >= 2


def lead_friend(pair: Pair, a: str, b: str, lead: str | None) -> bool:
    """Whether the pair is the story's lead with someone they meet in two scenes or more: a
    friendship that comes back through the lead's story (Utterson walking with Jekyll's
    friends and then at Jekyll's door) is part of what it tells, though others talk more."""
    return lead in (a, b) and len(pair.scenes) >= 2


def mutual(strength: float, a: str, b: str, best: Mapping[str, float]) -> bool:
    """Whether a tie of ``strength`` is the strongest of both ``a`` and ``b`` (``best``: per
    character, the strength of their strongest sustained pair). A friendship canon does not
    know is a focus of the story only between two who each belong most to the other: the
    servant, rival or colleague who talks with someone as much as a friend would, while
    that one's own story is with a lover, a sibling or another friend, is no such tie."""
    return strength >= max(best.get(a, 0.0), best.get(b, 0.0))


def dwelt_on(pair: Pair) -> bool:
    """Whether the story dwells on the two: together in ``FRIEND_PARAGRAPHS`` paragraphs,
    and one calls the other by name. Such a friendship is a focus of the story though one
    of them has a stronger tie (a heroine's friend beside her suitor, two mates beside the
    harpooneer one of them talks with most); a servant or a colleague called by title, or
    met in fewer paragraphs, is not."""
    return pair.paragraphs >= FRIEND_PARAGRAPHS and pair.familiar >= 1


def mannerly(pair: Pair, a: str, b: str, best: Mapping[str, float]) -> bool:
    """Whether two who keep calling each other by title (``distant``) are still each
    other's strongest tie (``mutual``), together in ``FRIEND_PARAGRAPHS`` paragraphs: a
    friendship in period manners (a maid's "Miss" to the girl she shares an attic with, the
    "Sergeant" of the detective a steward walks with day after day), not distance."""
    return pair.paragraphs >= FRIEND_PARAGRAPHS and mutual(pair.strength, a, b, best)


def strongest_ties(pairs: Mapping[tuple[str, str], Pair], scene_count: int) -> dict[str, float]:
    """Return, per character, the strength of their strongest sustained pair."""
    best: dict[str, float] = {}
    for (a, b), pair in pairs.items():
        if sustained(pair, scene_count):
            for name in (a, b):
                best[name] = max(best.get(name, 0.0), pair.strength)
    return best
