"""Graphic violence told by the blood a fight draws (round warn42; pure data, for the "themes"
stage's prefilter, ``theme_matcher``, and its finding, ``themes.find_tags``).

Stories of a fight rarely name a wound the lexicons know ("blood ran", "a gaping wound"):
the blow lands and the blood is simply there, on a face, a shoulder, a ruff, coming out of a
nose. The freshest tuning stories (291-300) showed it in three fights, each tagged graphic
violence by its readers and each missed: a troll killed by dwarves ("There was blood on his
face, not his own"), a warren's battle ("went back up with blood on his shoulder", "blood in
his ruff, and he hit Woundwort"), a detective's punches ("hit him once with the heel of his
hand, and Cairo sat down hard on the sofa with blood coming out of his nose").

``ANCHORED``: blood on or from a body part, a cue of ``graphic violence`` only in a paragraph
that shows a blow or a weapon (the anchor ``a blow``, ``BLOWS``): a cut finger in a kitchen
with no blow, a blush ("the blood in her cheeks"), guilt ("blood on his hands") count
nothing. ``themes.find_tags`` adds the reader's rule over the story: a story that fights
(the inner theme of violence past its threshold) and draws blood on the page (graphic
violence's cues weigh ``themes.BLOOD_DRAWN`` in the narration) depicts violence.
"""

from __future__ import annotations

# A blow struck or a weapon used, in the paragraph of the blood: the anchor ``a blow`` (not
# the knife or the axe of a kitchen or a woodpile).
BLOWS = (
    r"\b(?:hit|hits|hitting|struck|strikes|striking|punch(?:ed|es|ing)?|kick(?:ed|s|ing)?"
    r"|fought|fights?|fighting|slash(?:ed|es|ing)?|stab(?:s|bed|bing)?|swung|blows?"
    r"|sword|swords|dagger|spear|cudgel|fists?|claws?|clawed|bit (?:him|her|it)"
    r"|attack(?:ed|s|ing)?|arrows?|bullets?|shot|fired)\b"
)

# The body the blood is on or comes from.
_BODY = (
    r"(?:face|cheek|mouth|lips?|nose|chin|jaw|forehead|brow|head|scalp|ears?|neck|throat"
    r"|shoulders?|arms?|knuckles|fingers|wrists?|chest|side|ribs|back|legs?|knees?|thighs?"
    r"|ruff|fur|muzzle|flanks?|beard|shirt|collar|sleeves?|teeth)"
)
_WHOSE = r"(?:his|her|its|their|my|your|one|the \w+['’]s) (?:own )?(?:\w+ )?"

ANCHORED: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {
    ("graphic violence", "a blow"): (
        (
            # blood on a body ("blood on his shoulder", "blood in his ruff"; not a blush: "in"
            # only of fur, a beard, a mouth, and "from" only after a verb of flowing, never
            # "drained from her face")
            r"blood (?:on|over|down|across) " + _WHOSE + _BODY + r"\b"
            r"|blood in " + _WHOSE + r"(?:ruff|fur|beard|mouth|hair|teeth)\b"
            # blood coming out of it ("blood coming out of his nose")
            r"|blood (?:coming|came|comes|pouring|poured|trickling|trickled|dripping|dripped"
            r"|streaming|streamed|oozing|oozed|leaking|leaked|spurting|spurted) (?:out of|from"
            r"|down) " + _WHOSE + _BODY + r"\b"
            # the body bleeding ("his nose was bleeding", "a bloody nose")
            r"|(?:nose|mouth|lip|lips|scalp|ear|brow|knuckles)"
            r" (?:was |were |had been |still )?(?:bleeding|bloodied)|bloody (?:nose|lip|mouth)",
            0.8,
        ),
    ),
}
