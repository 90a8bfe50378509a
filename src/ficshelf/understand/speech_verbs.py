"""Verbs of speaking, as the "dialogue" and "speakers" stages look for them.

``SPEECH_VERB`` matches one inflected form of a verb that introduces or tags direct speech
("said", "asks", "whispered", "snapping", "cried", "went on" is not a single word and is left
out). The lexicon is deliberately broad: a tag is only read as one next to a quotation, so a
verb such as "added" or "returned" costs nothing elsewhere. It holds the verbs fiction tags
speech with in general, not those of one story: besides saying, asking and answering, the
voice's manner ("lisped", "croaked", "wheezed"), its mood ("taunted", "soothed", "lamented"),
and speech that is sung, recited or quoted ("she sang", "recited Ann"). Left out: "read",
mostly a verb of the narration (Buck did not read the newspapers), and the base form "sing"
(to hear her sing "See-Saw": a song's title, not speech).
"""

from __future__ import annotations

import re

from ficshelf.understand.regex_tries import compile_embedding, trie_regex

# A manner set off by commas between a tag's verb and its subject ('"…," interposed, more
# softly, a young wife'): at most three lower-case words, the last an adverb in -ly, a comma
# before and after. The one definition of the form: ``speaker_cues`` reads it forward from the
# verb, ``descriptor_evidence`` backward from the subject.
MANNER_ASIDE = r",[ \t]+(?:[a-z]+[ \t]+){0,2}[a-z]{2,}ly,[ \t]+"

# Base forms with their regular inflections generated below; irregular forms listed as is.
_REGULAR = """
    add admit advise agree announce answer argue ask bark bawl beg bellow blurt boast breathe
    call chirp chide chuckle comment complain concede confess confirm continue croak cry declare
    demand drawl echo exclaim explain fret gasp greet groan growl grumble grunt guess hiss holler
    howl inquire enquire insist interject interrupt joke laugh lie mumble murmur muse mutter
    nod note object observe offer order plead point pray proclaim promise propose protest purr
    question quip rasp reason recall reflect rejoin remark remind repeat reply report reproach
    respond resume retort return roar sigh scoff scold scream screech shout shriek shrug smile
    smirk snap snarl sneer snort sob squeak squeal stammer state storm stutter suggest tease
    thunder urge venture vow wail warn whimper whine whisper wonder yell huff grin hum pant
    persist prompt coax counter caution correct chant giggle assert challenge acknowledge affirm
    assent interpose inform pronounce concur ejaculate instruct conclude moan falter volunteer
    expostulate remonstrate entreat implore insinuate pursue recite quote chorus coo croon lisp
    confide sputter splutter babble gush intone trill warble wheeze sniff choke command jeer
    taunt mock soothe assure reassure hazard speculate lament apologize apologise rant cheer
    cajole wheedle simper titter cackle snicker snigger bleat chatter jabber blubber bluster
    yelp squawk quaver pipe sniffle mimic yawn
"""
_IRREGULAR = """
    say says said saying tell tells told telling begin begins began beginning speak speaks spoke
    speaking think thinks thought thinking go goes went cry cries cried crying reply replies replied
    replying query queries queried try tries tried sings sang singing
"""


def _inflect(verb: str) -> list[str]:
    """Return the forms of a regular verb: base, -s, -ed, -ing (with the usual spelling rules)."""
    if verb.endswith("e"):
        stem = verb[:-1]
        return [verb, verb + "s", verb + "d", stem + "ing"]
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        stem = verb[:-1]
        return [verb, stem + "ies", stem + "ied", verb + "ing"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    if verb == "mimic":
        return [verb, verb + "s", verb + "ked", verb + "king"]
    if _DOUBLES_LAST.fullmatch(verb) or verb in _STRESSED_LAST:
        doubled = verb + verb[-1]
        return [verb, verb + "s", doubled + "ed", doubled + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


# A verb of one syllable ending in one vowel and one consonant doubles that consonant before
# "-ed" and "-ing" ("beg", "begged"; "quip", "quipping"; not "plead", "prompt", "bow"), and
# so does a longer one stressed on that syllable (``_STRESSED_LAST``: "admitted", "concurred";
# "muttered" is not).
_DOUBLES_LAST = re.compile(r"(?:qu|[^aeiou])*[aeiou][^aeiouwxy]")
_STRESSED_LAST = frozenset({"admit", "concur"})


SPEECH_VERBS: frozenset[str] = frozenset(
    [form for verb in _REGULAR.split() for form in _inflect(verb)] + _IRREGULAR.split()
)

# The forms as a trie (``regex_tries.trie_regex``): the engine reads a word letter by letter
# instead of trying some 850 forms in turn (each case-blind, where the engine has no quick
# test of an alternative's first letter). Each form is letters, and the pattern ends on a word
# edge, so at a given place only the whole word there can match, whatever the order of the
# forms: the matches are those of the longest-first alternation this was.
_SPEECH_TRIE = trie_regex(SPEECH_VERBS)
_SORTED_FORMS = sorted(SPEECH_VERBS)
# The trie and its forms, for a pattern that embeds the trie among others
# (``regex_tries.compile_embedding``).
SPEECH_VERB_TRIE = (_SPEECH_TRIE, _SORTED_FORMS)


def compile_with_verbs(source: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``re.compile(source, flags)`` for a ``source`` that embeds
    ``SPEECH_VERB.pattern`` (as "(?:" + ``SPEECH_VERB.pattern`` + ")" or alone): the forms'
    trie is built from them, not parsed again (``regex_tries.compile_embedding``; some 8,000
    characters a pattern, four patterns besides this one's)."""
    return compile_embedding(source, [SPEECH_VERB_TRIE], flags)


SPEECH_VERB = compile_with_verbs(r"\b(?:" + _SPEECH_TRIE + r")\b", re.IGNORECASE)


# Verbs of manner ("she laughed") that tag a quote only when they continue its sentence
# ("Yes," she laughed); after a quote that ends its sentence they are an action beat.
_MANNER = """laugh smile grin nod shrug sigh sob snort huff scoff smirk sneer chuckle pant gasp
    groan grunt giggle hum titter cackle snicker snigger sniff sniffle wheeze choke cheer
    blubber"""
MANNER_VERBS: frozenset[str] = frozenset(
    form for verb in _MANNER.split() for form in _inflect(verb)
)


# Verbs that speak only with a particle after them ("Griffin put in.", "broke in a thin,
# elderly gentleman", "spoke up"): the lexicon leaves them out, as "put" or "cut" alone is
# no speech.
PARTICLE_VERBS = frozenset(
    "broke breaks put puts chimed chimes spoke speaks struck strikes cut cuts called".split()
)


def is_speech_verb(word: str) -> bool:
    """Return whether ``word`` (any case) is a form of a verb of speaking."""
    return word.lower() in SPEECH_VERBS
