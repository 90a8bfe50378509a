"""Names of animals and things: how the text shows that a capitalised name is a dog, a horse,
a doll, a tree or a ship rather than a person.

``thing_cue`` reads the text around one name occurrence and says whether the text gives
that name to an animal or a thing, and whether it says so outright (a name given with
"called", which outweighs a title: "The doll is called Lady Margery"):

- the name follows a word for an animal or a thing and "called"/"named" ("a tall bay
  called Cavalier", "the doll is called Lady Margery", "the dog's name was Bran"; after a
  place phrase too, "the boiler in the flat is called Gerald"), or a relative about one
  ("the old pear tree in the garden, the one the girls call Methuselah");
- the name is given to an "it" ("She named it Fluffy", "he called it Cavalier");
- the name follows a word for an animal or a doll directly and ends its phrase ("the doll
  Catherine on her lap", "her pony Snowdrop,", "Farfrae's mare, Bonnie,", "The dog Nero,"
  at a sentence's start);
- a word for an animal or a thing stands in apposition ("Bran, the old dog,");
- a plural owner of common words comes right before it: a society, a home or a fund that
  a kind of people holds ("the Ladies’ Aid", "the Sailors' Rest"), no one's name;
- what only an animal does or has follows the name: right after it ("Jip comes barking",
  "Snap's rough head", "Fangs's paws"), or later in the same clause with no other name
  between ("Sancho ran on ahead of me, barking at everything", "Mumps is lying by the door
  with his nose on his paws"), or carried under an arm ("with Pug under her arm"), or
  a fit of its noise ("Snap went off into a frenzy of barking");
- the name is whistled, as a dog is called ("whistled George out from under the cart");
- (``owns_a_named_thing``) the name owns a capitalised English word that is no name, person
  noun or title: a thing's or a place's own name ("Jacob's Ladder"), not a work's with its
  author ("Gibbon's Decline and Fall");
- the text says what kind of animal it is, right after the name or at the start of the
  next sentence ("Sancho was a spaniel", "Mumps is lying by the door. He is a
  bull-terrier"; never the words that are also insults: "Tom was a mule"), or which one,
  with "the" or an owner, the word ending its phrase ("(Dinah was the cat.)", "It is
  Carlo. It is Mrs. Jamieson's little dog, who is fat"; not "the cat burglar").

``noted_things`` reads the author's notes for the names they say are an animal or a thing:
a name with "the" and a word for one after it ("Bismarck the horse is mine"), or a name
said to be someone's ("Killdeer is Hawkeye's rifle", "Jolly is my own dog").

Each cue is a fixed number of anchored regex matches over a window of a few dozen
characters, so a pass over the names stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.regex_tries import trie_regex
from ficshelf.understand.title_rules import is_given_name

_THING_WORDS = trie_regex(tables.THING_NOUNS)
_PET_WORDS = trie_regex(tables.PET_NOUNS)
# Kinds of animal a sentence may say a name is ("He is a bull-terrier"); not the words that
# also call a person names ("a mule", "a cur", "a puppy", "a cat").
_KINDS = trie_regex(
    (tables.PET_NOUNS | tables.DOG_BREEDS)
    - {"mule", "donkey", "cur", "mongrel", "pup", "puppy", "cat", "kitten", "tabby", "tomcat"}
)

# "a tall bay called Cavalier", "her old mare, named Duchess", "the doll is called Lady
# Margery", "the dog's name was Bran": an animal or a thing's name.
_THING_CALLED = compile_fast(
    rf"\b(?:{_THING_WORDS})"
    r"(?:[ \t]*,?[ \t]+(?:(?:is|was)[ \t]+)?(?:called|named|christened)"
    # a place phrase between: "The boiler in the flat is called Gerald", "the pony at the
    # end of the lane was named Dapple" (a place preposition, then at most five words)
    r"|[ \t]+(?:in|at|on|under|behind|beside|by|near)"
    r"(?:[ \t]+[A-Za-z]+(?:['’]s?)?){1,5}?[ \t]+(?:is|was)[ \t]+(?:called|named)"
    r"|['’]s[ \t]+name[ \t]+(?:was|is))[ \t]+(?:the[ \t]+)?\Z"
)
# "the old pear tree in the garden, the one the girls call Methuselah", "the mare that
# everyone called Duchess": a relative about an animal or a thing, in the same clause.
_THING_CALLED_AFTER = compile_fast(
    rf"\b(?:{_THING_WORDS})\b[^.!?;:\"“”\n]{{0,40}}?"
    r"(?:,[ \t]+the[ \t]+one|[ \t]+(?:that|which))[ \t]+(?:[a-z]+[ \t]+){0,3}?"
    r"call(?:s|ed)?[ \t]+\Z"
)
# "the doll Catherine on her lap", "her pony Snowdrop,": a name right after a word for an
# animal or a doll, ending its phrase (not "the dog Jane fed", "the horse John rode").
_PET_BEFORE = compile_fast(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Oo]ur|[Tt]heir)|[A-Z][a-z]+['’]s)"
    rf"[ \t]+(?:[a-z]+[ \t]+)?(?:{_PET_WORDS}),?[ \t]+\Z"
)
# "She named it Fluffy", "he had called it Cavalier": a name given to an "it".
_IT_CALLED = compile_fast(r"\b(?:called|named|christened)[ \t]+it[ \t]+\Z")
_PET_NAME_ENDS = re.compile(
    r"[ \t]*(?:[,.;:!?)]|\Z)|[ \t]+(?:on|in|at|under|beside|by|with|and|from|into)\b"
)
# What only an animal does or has, right after its name: "Jip comes barking", "Snap
# wagged his tail", "Snap's rough head", "Fangs's paws" (never "Sapt barked an order": a
# speech verb's subject keeps its speech cue, and speech outweighs this).
_ANIMAL_AFTER = re.compile(
    r"(?:[ \t]+(?:\w+ly[ \t]+)?(?:comes?|came|went|ran|runs|was|is|began|started|kept)?[ \t]*"
    r"(?:bark(?:s|ed|ing)?|wag(?:s|ged|ging)|yelp(?:s|ed|ing)?|purr(?:s|ed|ing)?|mew(?:s|ed|ing)?"
    r"|neigh(?:s|ed|ing)?|whinn(?:y|ies|ied|ying)|pawed|pawing)\b)"
    r"|(?:['’]s?[ \t]+(?:[a-z]+[ \t]+)?(?:tail|paws?|muzzle|snout|mane|hooves|hocks)\b)"
    # carried under an arm, as a pet or a thing is, never a grown person: "came in with
    # Pug under her arm", "Ivanhoe tucked under his arm"
    r"|(?:[ \t]+(?:tucked[ \t]+)?under[ \t]+(?:his|her|my|your|their|one)[ \t]+arm\b)"
)
# The same later in the clause, only lower-case words between: "Sancho ran on ahead of
# me, barking at everything"; "Mumps is lying by the door with his nose on his paws".
_ANIMAL_IN_CLAUSE = re.compile(
    r"(?:[ \t]+[a-z]+){1,10}?"
    r"(?:,[ \t]+(?:barking|yelping|wagging|purring|mewing|neighing|whinnying)"
    r"|[ \t]+(?:his|her|its)[ \t]+(?:[a-z]+[ \t]+)?(?:tail|paws|muzzle|snout|mane|hooves)"
    # "Snap went off into a frenzy of barking": a dog's fit of its own noise
    r"|[ \t]+(?:fit|frenzy|fury|burst|volley|chorus|flurry|storm)[ \t]+of[ \t]+"
    r"(?:barking|yelping|yapping|whining|howling))\b"
)
# A name whistled, as a dog is called ("whistled George out from under the cart",
# "whistling up Bran"; not "whistled for a cab", nor "whistled to Tom").
_WHISTLED = compile_fast(r"\bwhistl(?:e|es|ed|ing)(?:[ \t]+up)?[ \t]+\Z")
# What kind of animal it is: "Sancho was a spaniel"; at the start of the next sentence,
# with no other capitalised word between, "He is a bull-terrier". (The run up to the
# sentence's end is possessive: it holds no end mark, so giving characters back never helps.)
_KIND_AFTER = re.compile(
    r"(?:[ \t]+(?:is|was)|[^.!?\n\"“”A-Z]{0,120}+[.!?][ \t]+(?:He|She|It)[ \t]+(?:is|was))"
    rf"[ \t]+(?:(?:a|an)[ \t]+(?:[a-z]+(?:-[a-z]+)?[ \t]+){{0,2}}?(?:[a-z]+-)?(?:{_KINDS})"
    # "(Nell was the cat.)", "It is the Honourable Mrs. Peploe's little dog, who": "the"
    # or an owner before the word, which ends the phrase (no "cat burglar", no "dog's
    # keeper"), says what the name is, and is no insult
    r"|(?:the|(?:my|his|her|their|our|your)|(?:the[ \t]+)?(?:[A-Z][\w.]*[ \t]+){0,3}?"
    r"[A-Z][\w-]*['’]s)"
    rf"[ \t]+(?:[a-z]+(?:-[a-z]+)?[ \t]+){{0,2}}?(?:{_PET_WORDS})"
    r"(?=[ \t]*(?:[,.;:!?)\u2014]|\Z|(?:who|that|which|and|with)\b)))"
)
# The two cues read as far as ``_REACH``, tried in one match (an alternation matches where
# either does; ``_ANIMAL_IN_CLAUSE`` opens with a space, so it needs no test of the
# character after the name).
_FAR_AFTER = re.compile(rf"(?:{_ANIMAL_IN_CLAUSE.pattern})|(?:{_KIND_AFTER.pattern})")
# The name's own window (as ``names`` reads it), and the reach of a clause or the next
# sentence.
_CONTEXT = 40
_REACH = 80
# The words a name given with "called" follows, and how far back the last word is read.
_CALLING_WORDS = frozenset(("called", "named", "christened", "was", "is", "call", "calls"))
_WORD_REACH = 24


def _word_before_the(before: str) -> str:
    """The lower-case word before a final "the" in ``before`` ("called" in "is called the"),
    or "the" when there is none."""
    words = before.rsplit(None, 2)
    return words[-2].lower() if len(words) > 1 else "the"


def thing_cue(text: str, start: int, end: int, para: Span, apposed: str) -> tuple[bool, bool]:
    """Return (whether the text gives the name ``text[start:end]`` to an animal or a thing,
    whether it says so outright with "called"), reading a few dozen characters around it
    within its paragraph ``para``. ``apposed`` is the lower-case noun of a phrase in
    apposition after the name ("Bran, the old dog,"), or "". Never raises."""
    back = max(para.start, start - _CONTEXT)
    far_back = max(para.start, start - _REACH)
    after_end = min(para.end, end + _CONTEXT)
    far_end = min(para.end, end + 2 * _REACH)
    follows = text[end : end + 1]  # the animal cues start with a space or an apostrophe
    # Every backward cue ends in a word the name follows: look at that word first.
    before = text[max(back, start - _WORD_REACH) : start].rstrip(" \t").rstrip(",")
    word = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if word == "the":  # "the inn was called the Plough": the word before "the"
        word = _word_before_the(before)
    called = (
        word in _CALLING_WORDS
        and (
            _THING_CALLED.search(text, far_back, start) is not None
            or _THING_CALLED_AFTER.search(text, far_back, start) is not None
        )
    ) or (word == "it" and _IT_CALLED.search(text, back, start) is not None)
    whistled = word[:6] == "whistl" or word == "up"
    return (
        called
        or (whistled and _WHISTLED.search(text, back, start) is not None)
        or _plural_owner(word)
        or (
            word in tables.PET_NOUNS
            and _PET_BEFORE.search(text, back, start) is not None
            and _PET_NAME_ENDS.match(text, end, after_end) is not None
        )
        or apposed in tables.THING_NOUNS
        or (follows in " \t'’" and _ANIMAL_AFTER.match(text, end, after_end) is not None)
        or _FAR_AFTER.match(text, end, far_end) is not None
    ), called


# "Jacob's Ladder", "Hadrian's Wall": a possessive before a capitalised English word (no
# given name, person noun or title; not a plural, as the bodies of people are: "the
# Cardinal's Guards") names a thing or a place after its owner, who is no one in the story;
# but a title running on with "and" or "of" is a work's, and its owner its author ("Gibbon's
# Decline and Fall").
_OWNED_NAME = re.compile(r"['’]s?[ \t]+([A-Z][a-z]+)\b(?!['’-])(?![ \t]+(?:and|of|&)[ \t]+[A-Z])")


def owns_a_named_thing(text: str, end: int, stop: int) -> bool:
    """Whether the name ending at ``end`` is the owner in a thing's or place's own name
    ("Jacob's Ladder"), reading no further than ``stop``."""
    m = _OWNED_NAME.match(text, end, stop)
    if m is None:
        return False
    word = m.group(1).lower()
    return (
        word in tables.ENGLISH_WORDS
        and not word.endswith("s")
        and not is_given_name(word)
        and word not in tables.PERSON_NOUNS
        and word not in tables.TITLES
        and word not in tables.KINSHIP_TITLES
    )


def _plural_owner(word: str) -> bool:
    """Whether ``word`` (lower case) is the plural possessive of a common word ("ladies’",
    "sailors'"): what it owns and the text capitalises is a body's name ("the Ladies’
    Aid")."""
    if len(word) < 4 or word[-1] not in "'’" or word[-2] != "s":
        return False
    plural = word[:-1]
    if plural.endswith("ies"):
        return plural[:-3] + "y" in tables.COMMON_WORDS
    return plural[:-1] in tables.COMMON_WORDS


# In a note: "Bismarck the horse is mine", "Beaufort the cat", "Killdeer is Hawkeye's rifle",
# "Mumps is Bob's dog", "Jolly is my own dog": a capitalised run (at most three words), then
# "the" and a word for an animal or a thing, or "is"/"was" and a possessive before one (at
# most two words between). "is a dog" is left out: a note says it of a person in jest.
_NOTED_THING = compile_fast(
    r"\b((?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)"
    rf"(?:[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:{_THING_WORDS})"
    r"|[ \t]+(?:is|was)[ \t]+(?:my|his|her|their|our|[A-Z][\w-]*['’]s)"
    rf"(?:[ \t]+[a-z]+){{0,2}}?[ \t]+(?:{_THING_WORDS}))\b"
)


def noted_things(text: str, notes: Sequence[Span]) -> frozenset[str]:
    """Return the names the ``notes`` spans of ``text`` say are an animal or a thing
    ("Bismarck the horse is mine"), each with the shorter names its last words make ("Also
    Bismarck" gives "Bismarck" too: a note's run may open with a capitalised word). Never
    raises."""
    names: set[str] = set()
    for note in notes:
        for m in _NOTED_THING.finditer(text, note.start, note.end):
            words = m.group(1).split()
            names.update(" ".join(words[i:]) for i in range(len(words)))
    return frozenset(names)
