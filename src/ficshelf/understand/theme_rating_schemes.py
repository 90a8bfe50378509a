"""The rating schemes an author's note may state a rating in, mapped to AO3's scale (round
warn40; pure data and one lookup, for ``theme_stated``). Fans who cross-post from
FanFiction.net or an older archive rate a story in that site's scheme ("Rated K+", "Rating:
PG-13", "FR15"), and ``theme_stated.stated_rating`` reads the rating in the same frames as
AO3's ("Rated X", "Rating: X", "hence the X"); ``RATING_TOKEN`` is what may stand for X and
``ao3_rating`` gives its rung on AO3's scale.

Each step of the mapping and its reason (``SCHEME_RATINGS`` holds it):

=============================  ==========  ===================================================
stated                         AO3         why
=============================  ==========  ===================================================
K (FanFiction.net)             General     "suitable for most ages", free of coarse language
                                           and violence: AO3's General
K+ (FanFiction.net)            General     fit for children of 9 and over (mild language,
                                           action without serious injury); AO3's Teen begins
                                           at 13, so K+ stays below it
T (FanFiction.net)             Teen        13 and over, AO3's Teen line
M (FanFiction.net)             Mature      16 and over, strong but not explicit: AO3's Mature
                                           (adult themes short of explicit)
MA (FanFiction.net)            Explicit    adults only, explicit content: AO3's Explicit
G (film)                       General     all ages admitted
PG (film)                      General     FanFiction.net converted PG to K+ when it left the
                                           film scale (2002), and K+ is General (above)
PG-13 (film)                   Teen        converted to T; "inappropriate under 13" is AO3's
                                           Teen in the same words
R (film)                       Mature      converted to M; restricted, not adults only
NC-17 (film)                   Explicit    converted to MA; no one 17 and under admitted
FR7, FR13, FR15, FR18, FR21    by age      Fiction Ratings' labels of K, T, M and MA by the
                                           reader's age: under 13 General, 13 Teen, 15 Mature,
                                           18 and over Explicit (as K, T, M, MA above)
E for Everyone (video games)   General     the games scale's all-ages rung, a joke fans make;
                                           the bare "E" stays AO3's Explicit
=============================  ==========  ===================================================

AO3's own names and initials (General, Teen, Mature, Explicit; G, T, M, E) are the first
rows; a letter AO3 and another scheme share (G, T, M) means the same rung in both. The same
lookup reads a file's own rating tag in another scheme (a FanFicFare download of a
FanFiction.net story gives "Fiction T": ``report``).
"""

from __future__ import annotations

import re

# What may stand for the rating in a stating frame, longest first so that "K+", "PG-13" and
# "MA" are not read as "K", "PG" and "M"; the frame's pattern adds the lookahead that ends
# it (no letter, apostrophe or hyphen after: "Rated M-rated" nothing, "rated Ma's" nothing).
# One group: the token as written.
RATING_TOKEN = (
    r"((?-i:E) for everyone|E ?10\+|General|Teen|Mature|Explicit|NC[- ]?17|PG[- ]?13|PG"
    r"|FR[- ]?(?:[0-9]{1,2}|K\+?)|K\+|MA|[GTMEKR])"
)

# A stated rating in any scheme, written as ``_key`` writes it (capitals, no spaces or
# hyphens), and its rung on AO3's scale (the module docstring gives the reason of each).
SCHEME_RATINGS: dict[str, str] = {
    # AO3's own
    "GENERAL": "General",
    "G": "General",
    "TEEN": "Teen",
    "T": "Teen",
    "MATURE": "Mature",
    "M": "Mature",
    "EXPLICIT": "Explicit",
    "E": "Explicit",
    # FanFiction.net (Fiction Ratings' letters)
    "K": "General",
    "K+": "General",
    "MA": "Explicit",
    # the film scale, by FanFiction.net's own conversion of it (PG-13 → T, R → M, …)
    "PG": "General",
    "PG13": "Teen",
    "R": "Mature",
    "NC17": "Explicit",
    # Fiction Ratings' labels by age (and its letters after "FR")
    "FRK": "General",
    "FRK+": "General",
    "FR7": "General",
    "FR9": "General",
    "FR13": "Teen",
    "FR15": "Mature",
    "FR16": "Mature",
    "FR17": "Mature",
    "FR18": "Explicit",
    "FR21": "Explicit",
    # the video-game scale's all-ages rungs, as fans joke with them
    "EFOREVERYONE": "General",
    "E10+": "General",
}

_NOT_KEY = re.compile(r"[^0-9A-Z+]")
# FanFiction.net writes its ratings "Fiction K+", and a FanFicFare download keeps the word.
_FFN_PREFIX = re.compile(r"\A\s*fiction\s+", re.IGNORECASE)


def _key(token: str) -> str:
    """The form ``SCHEME_RATINGS`` knows ``token`` by: capitals, no spaces or hyphens, no
    "Fiction" before it."""
    return _NOT_KEY.sub("", _FFN_PREFIX.sub("", token).upper())


def ao3_rating(token: str) -> str | None:
    """Return the rung of AO3's scale ("General", "Teen", "Mature", "Explicit") that the
    rating ``token`` (a match of ``RATING_TOKEN``, "K+", "PG-13", "FR15", "Teen", or a
    file's rating tag, "Fiction T") stands for in its scheme, or ``None`` for a token no
    scheme knows (an age Fiction Ratings has no label for, "FR11"; "Not Rated")."""
    return SCHEME_RATINGS.get(_key(token))
