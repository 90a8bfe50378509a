"""Word tables for telling the tense of English verbs (used by ``narration``,
``dash_dialogue`` and ``note_patterns``).

Irregular past forms, the past forms of the auxiliaries, words ending in "-ed" that are not
past forms, and words that can follow a subject without being its verb (function words,
modals, adverbs); ``is_past_form`` puts the first three together.
"""

from __future__ import annotations

# Simple past forms of irregular verbs (not the ones whose past is their base form:
# "put", "cut", "let", "set", "read" … tell nothing).
IRREGULAR_PAST = frozenset(
    """arose awoke bore beat became began bent bit bled blew broke bred brought built burnt
    bought caught chose clung came crept dealt dug drew dreamt drank drove ate fell fed felt
    fought found fled flung flew forbade forgot forgave froze got gave went ground grew hung
    heard hid held kept knelt knew laid led leant leapt learnt left lent lay lit lost made
    meant met paid rode rang rose ran sought sold sent shook shone shot shrank sang sank sat
    slept slid slung smelt spoke sped spent spilt spun spat stood stole stuck stung stank
    strode struck strung strove swore swept swam swung took taught tore told thought threw
    trod understood woke wore wove wept won wound wrung wrote overcame undertook withdrew
    withheld foresaw forbore mistook overheard overtook outgrew upheld became befell beheld
    sprang shrugged""".split()
)

# Past forms of "be", "have", "do" and "say", the commonest verbs of past narration.
PAST_AUXILIARIES = frozenset(
    {"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "said"}
)

# Words ending in "-ed" that are not past forms (present verbs, nouns, adjectives).
ED_NOT_PAST = frozenset(
    """need feed bleed breed exceed proceed succeed speed heed seed weed shed wed bed red
    embed shred sled plead indeed naked wicked sacred beloved ragged rugged crooked hundred
    kindred steed creed deed greed reed tweed""".split()
)

# Adverbs that stand between a subject and its verb without "-ly".
ADVERBS = frozenset(
    """just still only never always already also even then now too barely nearly almost
    suddenly finally simply really quite soon often sometimes perhaps maybe once again
    here there instead rather seldom ever somehow anyway all both""".split()
)

# Words that can follow a subject (or a capitalised word) and are not its finite verb.
NOT_VERBS = frozenset(
    """a an the and or but nor to of in on at for with from by as if so that than this these
    those his her its their our my your who whom whose which what when where why how not no
    every some any each one two three four five six seven eight nine ten first last next
    i you he she it we they me him us them himself herself itself myself yourself ourselves
    themselves yourselves alone again back away up down out off over into onto upon about
    around through across behind beside between under after before while since until though
    although because whether either neither yes oh well can could will would shall should
    may might must ought cannot can't couldn't won't wouldn't shouldn't mustn't mightn't
    shan't let's is's more most much many few less least very own other another such same
    thing things way time day night morning evening man woman boy girl men women people""".split()
)

# Words ending in "-s" that follow a third-person subject without being a present verb.
PRESENT_S_NOT_VERB = frozenset(
    """always perhaps sometimes towards afterwards besides unless thus as its whereas
    nevertheless upstairs downstairs outdoors indoors sideways backwards forwards nowadays
    anyways hers ours yours theirs years days weeks months hours minutes times others
    eyes hands words things""".split()
)


def is_past_form(word: str) -> bool:
    """Return whether the lower-cased ``word`` is a simple past form: an auxiliary's
    ("was", "didn't"), an irregular verb's ("took") or a regular one ending in "-ed" that
    is not one of ``ED_NOT_PAST`` ("looked", not "indeed")."""
    if word in PAST_AUXILIARIES or word in IRREGULAR_PAST:
        return True
    return word.endswith("ed") and word not in ED_NOT_PAST
