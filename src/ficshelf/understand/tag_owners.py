"""Whose kinsman a tag's "his"/"her" names, for the conversation model of the "speakers"
stage (``conversation._against``; round spk36).

'"I should like to read it," her mother added' gives the line to someone's mother, never
to the one whose mother she is. ``_against`` took that owner to be the last speaker of the
possessive's gender; but when narration stands between the last line and the tag, the
"her" is the person that narration follows: "Ann found that she could not see very well. /
'I should like to read it,' her mother added" is Ann's mother, even when the last woman to
speak was that mother herself ("'I am proud of you,' said Mrs. Pike."). So the owner is
the latest subject of that narration of the possessive's gender (a name that opens its
sentence, or a later clause's: ``clause_subjects``), and only failing one the last speaker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def narrated_owner(
    narrated: Sequence[tuple[str, bool]],
    clause: Sequence[bool],
    gender: Mapping[str, str | None],
    want: str,
) -> str:
    """Return the latest subject of the narration since the last line (``narrated``: its
    mentions as (name, opens its sentence); ``clause``: whether each is a later clause's
    subject) whose gender is ``want``; "" when there is none."""
    for (name, subject), later in zip(reversed(narrated), reversed(clause), strict=True):
        if (subject or later) and name and gender.get(name) == want:
            return name
    return ""
