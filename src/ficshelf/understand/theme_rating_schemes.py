"""The rating schemes an author's note may state a rating in, mapped to AO3's scale (round
warn40; pure data and one lookup, for ``theme_stated``). Fans who cross-post from
FanFiction.net or an older archive rate a story in that site's scheme ("Rated K+", "Rating:
PG-13", "FR15"), and ``theme_stated.stated_rating`` reads the rating in the same frames as
AO3's ("Rated X", "Rating: X", "hence the X"); ``RATING_TOKEN`` is what may stand for X and
``vocabulary.ao3_rating`` gives its rung on AO3's scale.

Each step of the mapping and its reason (``vocabulary.SCHEME_RATINGS`` holds it):

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
FanFiction.net story gives "Fiction T"), which the vocabulary then counts a synonym of AO3's
rung (``vocabulary.canonical_name``), so an import files it under "Teen". The mapping itself
is ``vocabulary.SCHEME_RATINGS`` (the tag vocabulary's), and ``vocabulary.ao3_rating`` the
lookup.
"""

from __future__ import annotations

# What may stand for the rating in a stating frame, longest first so that "K+", "PG-13" and
# "MA" are not read as "K", "PG" and "M"; the frame's pattern adds the lookahead that ends
# it (no letter, apostrophe or hyphen after: "Rated M-rated" nothing, "rated Ma's" nothing).
# One group: the token as written.
RATING_TOKEN = (
    r"((?-i:E) for everyone|E ?10\+|General|Teen|Mature|Explicit|NC[- ]?17|PG[- ]?13|PG"
    r"|FR[- ]?(?:[0-9]{1,2}|K\+?)|K\+|MA|[GTMEKR])"
)
