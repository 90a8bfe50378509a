"""Harm to a partner told by a hard grip and its marks (round warn40; pure data, for the
"themes" stage's prefilter, ``theme_matcher``): a man who takes a woman by the wrist or the
arm hard enough to hurt, twists her arm up behind her, is told "you're hurting me", and
leaves marks that go blue by evening. Fan fiction of a period canon tells a husband's or a
betrothed's violence this way more than by a blow: the odd-numbered tuning stories showed it
in four stories with no cue the lexicons knew (a bride's wrist the morning of her wedding, a
wife's arm held until she let go of the pen, a wife pulled up by the arm at a fair, an arm
twisted up behind a wife's back).

The cues are ``domestic violence`` only where the story names a partner (a husband, a wife,
a marriage: the anchor ``partner in the story`` of ``theme_conditional.ANCHORS``, searched in
the whole story, not the paragraph: the grip is told in the scene, the marriage elsewhere);
each weighs less than the threshold, so one grip alone is no warning, a grip and its marks
or its pain are. The grip needs its force in the words after it ("took her by the arm" is a
courtesy; "took her by the arm, hard enough that she cried out" is not).
"""

from __future__ import annotations

from ficshelf.understand.theme_told import after

# Who is gripped, and where.
_HELD = (
    r"(?:hold of )?(?:her|him|me|you|your|my|his|their)(?: by the)? (?:wrists?|arms?|upper arm"
    r"|forearm|elbow)"
)
# What says the grip hurt, a few words after it.
_FORCE = (
    r"[^.;!?\n]{0,40}?\b(?:hard|so tight(?:ly)?|too tight(?:ly)?|till (?:it|she|I|you|he) "
    r"(?:hurt|cried|gasped|let go)|until (?:it|she|I|you|he) (?:hurt|cried|gasped|let go)"
    r"|enough (?:that|to) (?:hurt|bruise|make (?:her|me|you|him) cry)|cried out"
    r"|bones? (?:grind|ground|grated|creaked)|hurting|bruising)"
)

ANCHORED: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {
    ("domestic violence", "partner in the story"): (
        # the grip with its force ("takes hold of your wrist, hard, so that the bones grind")
        # and the arm forced up behind the back
        (
            r"(?:took|taken|takes|take|taking|seized|seizes|grabbed|grabs|caught|catches"
            r"|gripped|grips|clutched|clutches|got|gets) "
            + _HELD
            + _FORCE
            + r"|(?:twisted|twists|wrenched|wrenches|forced|forces|bent|bends|jerked|jerks"
            r"|yanked|yanks) (?:her|my|your|his) arm (?:up )?behind (?:her|my|your|his)"
            r"|arm (?:went|was wrenched|was twisted|was forced) up behind (?:her|my|your|his)",
            0.6,
        ),
        # the pain said, and the marks the grip leaves
        (
            after(
                ("you're", "you’re", "you are", "he's", "he’s", "he is", "he was"),
                r"hurting (?:me|her)",
            )
            + r"|(?:finger|fingers['’]?|thumb|grip) ?marks|marks of (?:his|a man['’]s|the)"
            r" (?:fingers|hand|grip)|(?:red|purple) (?:already|now),? and (?:it )?(?:will|would"
            r"|['’]ll) be (?:blue|black|purple)|the way (?:such )?(?:marks|bruises) do",
            0.4,
        ),
    ),
}
