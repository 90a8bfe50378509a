"""Round spk45 (docs/history/speakers.md): a name that holds a person noun where a given
name would stand is a role or a kind, not a given name (``name_cluster_facts``). "Nanny
Cobb" is not "Nanny Fairweather", and a bare "Wumpet" is not "Wumpet Maiden". Each on a
short text written for the test."""

from __future__ import annotations

from cast_builders import people

_TWO_NANNIES = (
    "Nanny Fairweather folded the sheets, and Nanny Cobb put the kettle on.\n\n"
    '"The twins have gone to sleep at last," said Nanny Fairweather.\n\n'
    '"Then we shall have our tea in peace," said Nanny Cobb.\n\n'
    '"Not for long," said Nanny Fairweather, and Nanny Cobb laughed.\n'
)

_KIND = (
    "Wumpet Maiden sat by the fire with her comb, and the Wumpet came in with a ledger.\n\n"
    '"We must vote on it," said the Wumpet. "Properly, with a show of paws."\n\n'
    '"How dull," said Wumpet Maiden, and the Wumpet wrote that down too.\n\n'
    '"Carried," said the Wumpet.\n'
)


def test_two_full_names_opening_on_one_role_are_two_people() -> None:
    found = people(_TWO_NANNIES)
    holders = [name for name, forms in found.items() if "Nanny Cobb" in forms]
    assert holders and "Nanny Fairweather" not in found[holders[0]]


def test_a_bare_word_is_not_the_name_a_person_noun_ends() -> None:
    found = people(_KIND)
    holders = [name for name, forms in found.items() if "Wumpet" in forms]
    assert holders and "Wumpet Maiden" not in found[holders[0]]
