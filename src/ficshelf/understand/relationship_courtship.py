"""Romance read from how a man and a woman talk, for the relationships stage.

A man and a woman whom the story shows at length as each one's strongest tie (they talk
and share paragraphs more than either does with anyone else: ``relationships._courtship``
checks that) and who seldom call each other by name are a courtship, not a friendship:
brothers and sisters and old friends call each other by name all through a talk ("Tom,
don't.", "Oh, Jo!"), while lovers talk with hardly a name between them (or with a title,
"Mademoiselle", "Mr. Tilney": period courtship). Such a pair is a romance though no
romantic word is said: the novel's couple told by scene, not by word. A woman the story
calls "Mrs." or "Madame" is someone's wife, no sweetheart; a kin word between the two makes
them family, as ever.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ficshelf.understand.relationship_tally import Pair

# Names said to the other at most this often: friends and siblings say more ("Tom, don't").
COURTSHIP_NAMES = 2
# A woman the story calls by her married title is some other man's wife, not a sweetheart.
_MARRIED_TITLE = re.compile(r"(?:mrs|madame|mme)\b", re.IGNORECASE)


def courting(pair: Pair, a: str, b: str, gender_of: Mapping[str, str]) -> bool:
    """Whether ``a`` and ``b`` are a man and a woman
    (``gender_of``: name to "M" or "F") who call each other by name at most
    ``COURTSHIP_NAMES`` times, with no kin word between them."""
    genders = {gender_of.get(a, ""), gender_of.get(b, "")}
    if genders != {"M", "F"} or pair.family > 0:
        return False
    if _MARRIED_TITLE.match(a) or _MARRIED_TITLE.match(b):
        return False
    return pair.familiar <= COURTSHIP_NAMES
