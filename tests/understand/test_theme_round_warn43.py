"""Round warn43: "lying in" where someone lies is no lying-in, and "patient" the adjective is
no one under a doctor's care. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import cue_score

# Someone or something lying in a place, a state or the dark: no confinement.
LYING_SOMEWHERE = [
    "The old dog was lying in the long grass by the gate, watching the road.\n",
    "Her gloves were lying in her lap, forgotten, while the vicar talked.\n",
    "The mist was still lying in the valley when Tobias set out for the mill.\n",
    "Two of the smugglers were lying in wait behind the lime-kiln.\n",
]
# The lying-in itself, the noun of a confinement, still counts.
A_LYING_IN = [
    "Mrs. Penhallow's lying-in was a hard one, and the midwife stayed three nights.\n",
    "After her lying in, Martha kept to her room for a month.\n",
]


@pytest.mark.parametrize("text", LYING_SOMEWHERE)
def test_lying_somewhere_is_no_pregnancy(text: str) -> None:
    assert cue_score(text, "pregnancy") == 0.0


@pytest.mark.parametrize("text", A_LYING_IN)
def test_a_lying_in_is_still_a_pregnancy_cue(text: str) -> None:
    assert cue_score(text, "pregnancy") > 0.0


# "patient" the adjective, set off by a comma or a colon, or after a possessive.
PATIENT_THE_MANNER = [
    "The heron stood in the shallows for an hour, patient, and perfectly still.\n",
    "He watched the card table the way a fox watches a henhouse: patient, unhurried.\n",
    "Under her governess's patient instruction, Lucy learned to hem a handkerchief.\n",
]
# The patient a doctor sees still counts.
THE_PATIENT = [
    "The doctor went up to see his patient, who had not slept for two nights.\n",
    "Dr. Fennimore had three patients in the village that winter, and one was dying.\n",
]


@pytest.mark.parametrize("text", PATIENT_THE_MANNER)
def test_patient_the_adjective_is_no_illness(text: str) -> None:
    assert cue_score(text, "illness") == 0.0


@pytest.mark.parametrize("text", THE_PATIENT)
def test_a_doctors_patient_is_still_an_illness_cue(text: str) -> None:
    assert cue_score(text, "illness") > 0.0
