"""Uses of illness and death cues in which nobody suffers the thing (round warn37; pure data,
regular-expression sources, lower case: they are read in the lower-cased text too).
``theme_context`` joins them to its ``FIGURATIVE`` uses, so a cue inside one counts for
nothing: it leaves the tag's evidence and its weight leaves the tag's confidence. Each is a
class of English usage, not a phrase of one story:

* an illness told as over or as a trifle ("nothing serious, a chill, she is quite recovered"),
  or an ailment too slight for a warning (hay fever, "a touch of cold", the sniffles);
* an illness had once, long ago, told in passing ("he had the measles as a boy", "she had
  the croup one time", "caught a fever years ago");
* an illness only thought or read of, not had: a disease someone thinks, reads, dreams or
  wonders about, named with an indefinite article or by its discoverer's name ("lay
  thinking about a fever", "reading about Lyme disease"), and a disease told as something
  one can catch ("typhoid, which you can get from wells");
* a cough with another cause: laughter ("laughed until she coughed", a laugh turned into a
  cough), a drink or smoke going down the wrong way ("swallowed the gin and coughed",
  "coughed on the smoke"), a polite cough behind a hand;
* a death that nearly happened ("nearly killed him", "almost drowned"): nobody died.
"""

from __future__ import annotations

# An illness told as over, or as nothing to worry about, in the same sentence as its cue.
_OVER = (
    r"nothing (?:serious|much|alarming|to worry about|to be alarmed about)\b[^.;:!?]{0,50}"
    r"|(?:[\w'’-]+[ ,]+){0,8}?(?:is|was|are|were|['’]s|seems|seemed|looks|looked) (?:now |since "
    r"|long since )?(?:quite|fully|completely|entirely|perfectly|all) (?:recovered|better"
    r"|well again)"
)
# An ailment too slight for a warning: hay fever, a touch of cold, the sniffles.
_TRIFLES = (
    r"hay.?fever|(?:slight|touch of(?: a)?|bit of(?: a)?) (?:cold|chill|sniffles?)|the sniffles"
)
# An illness had once, long ago: "had the measles as a boy", "had de fever one time".
_ONCE = (
    r"(?:had|got|caught|took) (?:[\w'’-]+ ){0,3}[\w'’-]+,? (?:one time|once"
    r"|as a (?:child|boy|girl|baby|babe|lad|lass|kid|youngster)"
    r"|when (?:[\w'’]+ ){1,2}(?:was|were) (?:little|small|young|a (?:child|boy|girl|baby|kid))"
    r"|(?:(?:some|many|a few|two|three|four|five|ten|twenty) )?years (?:ago|before|back)"
    r"|long ago|last (?:year|winter|spring|summer|autumn|fall))"
)
# A disease thought, read, dreamt or wondered about (named with "a" or "an", or a disease
# by its discoverer's name; not someone's: "his fever" is his), also as the later item of a
# list of thoughts ("thought about the sea, and about a fever"); a disease as something one
# can catch.
_THOUGHT_OF = (
    r"(?:think|thinks|thinking|thought|read|reads|reading|dream|dreams|dreamed|dreamt"
    r"|dreaming|wonder|wonders|wondered|wondering|imagine|imagines|imagined|imagining)"
    r" (?:about|of) (?:[^.;:!?]{0,60}?,? and (?:about|of) )?(?:(?:a|an) (?:[\w'’-]+ ){0,2}"
    r"[\w'’-]+|[\w-]+['’]s (?:disease|syndrome|palsy))"
    r"|[\w'’-]+,? (?:which|that) (?:you|one|people|anyone|anybody|a man|a person|a body)"
    r" (?:can|could|might|may|will) (?:get|catch)"
)
# A cough of laughter, of a drink or smoke gone down the wrong way, or of politeness.
_OTHER_COUGHS = (
    r"(?:laughed|laughing|laughs|laugh|giggled|giggling|chuckled|chuckling) (?:till|until"
    r"|so hard|so much that|so hard that|hard enough that) (?:[\w'’]+ )?(?:coughed|coughs"
    r"|cough|coughing|choked)"
    r"|turn(?:ed|s|ing)? (?:it|a laugh|the laugh|(?:his|her|my|their|your) (?:laugh|laughter"
    r"|snort|snigger|giggle)) into (?:a )?(?:cough|coughing)"
    r"|(?:drank|drinks|swallowed|swallows|gulped|gulps|sipped|sips|inhaled|inhales|took a"
    r" (?:drag|pull|puff|swig|gulp|sip)) (?:[\w'’-]+ ){0,6}and (?:coughed|choked|spluttered"
    r"|sputtered)"
    r"|(?:cough|coughs|coughed|coughing|choked|choking) (?:on|at|from) (?:the |a |his |her "
    r"|their |my |some )?(?:smoke|dust|fumes|ash|soot|crumbs?|spirits?|whiske?y|gin|brandy"
    r"|rum|liquor|vodka|water|tea|coffee|cigar|cigarette|pipe)"
    r"|(?:cough|coughs|coughed|coughing) behind (?:his|her|my|their|your|a) hand"
)

NOT_SUFFERED: dict[str, str] = {
    "illness": _OVER + "|" + _TRIFLES + "|" + _ONCE + "|" + _THOUGHT_OF + "|" + _OTHER_COUGHS,
    # a death nearly had: nobody died
    "death/grief": r"(?:nearly|almost|all but|practically) (?:killed|kills|kill|drowned"
    r"|drowns|drown)",
}
