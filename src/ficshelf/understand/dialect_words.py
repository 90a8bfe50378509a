"""Words of the West Country's voicing written capitalised at a sentence's start.

Writers of Somerset, Devon and Dorset speech voice an opening "s" as "z" and an "f" as "v"
("Zeventy ewes gone under", "Zure enough", "Vather's abed"); such a word opens a sentence,
capitalised, and reads as an unknown name. ``voiced_english_word`` says whether a word,
with its first letter unvoiced back, is an English word; the characters stage then weighs
it as it weighs any English word (a person only where the text uses it as one). A given
name is never read so ("Zack", "Vera").
"""

from __future__ import annotations

from collections.abc import Callable

_UNVOICED = {"z": "s", "v": "f"}


def voiced_english_word(low: str, english: Callable[[str], bool]) -> bool:
    """Whether the lower-case word ``low`` opens with "z" or "v" for "s" or "f" and is,
    with that letter given back, an English word by ``english`` (which is to say no for
    given names: ``person_evidence._english_word``)."""
    plain = _UNVOICED.get(low[:1])
    return plain is not None and len(low) > 3 and english(plain + low[1:])
