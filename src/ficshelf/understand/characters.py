"""The "characters" stage.

Layers:

* ``mentions`` — one span per mention of a character by name, title or descriptor
  ("Theo", "Dr. Vance", "her father"; pronouns are not mentions), in text order, label = the
  character's canonical name, score = confidence. Mentions inside quotes (vocatives) count;
  mentions inside notes do not. A character's aliases are the distinct surface forms of its
  mentions.
* ``characters`` — one span per character, at its first mention, label = canonical name
  (the fullest name the text gives: "Theodora Vance", "Christopher Marlowe Hale"; a descriptor
  such as "her father" for an unnamed one; "Narrator" for an unnamed first-person narrator who
  speaks), score = salience in [0, 1] (1 = the main character), ordered by salience.
* ``narrator`` — for a first- or second-person story whose narrator is named, one span: the
  evidence that names them (often in another character's line of dialogue), label = the
  narrator's canonical name; otherwise empty.

CONTRACT SKELETON: returns empty layers until H2 implements it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage


@stage(
    "characters",
    requires=("paragraphs", "sentences", "notes", "body", "quotes", "pov", "language"),
    assigns=("mentions", "characters", "narrator"),
)
def find_characters(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the mentions, characters, narrator layers (see the module docstring)."""
    return {"mentions": (), "characters": (), "narrator": ()}
