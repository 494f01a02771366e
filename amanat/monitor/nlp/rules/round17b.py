"""Round 17b: tactics on texts rightly found as transnational repression — what a killing told
first makes of the acts told after it.

Codebook: an assassination is a killing *or an attempt*; the attack is that act. A text that
tells a killing (or attempt) and then goes on to the arrests, extraditions and handovers that
followed is telling the host's justice pursuing the killers — their detention, their
extradition, their transfer to the host — not acts against the diaspora; and an attack told
after the killing (a bodyguard wounded in the same shooting, the knife in the victim's body, an
earlier or another person's attack given as background) is the same act or its background, not
a separate assault. The labels of every development split agree: no text is labelled with an
assassination and a detention, an extradition request or a deportation.

The reading is positional and in no language's words: the tactics whose first sentence comes
*after* the first sentence read as assassination are dropped (:func:`after_killing`). A text
whose lead is the detention or the extradition ("detained in Prague at Uzbekistan's request …
blames him for explosions that killed 16") keeps them: the killing is then the background. An
attack told in the same sentence as the killing or before it ("was attacked with a hammer …
a court convicted two men of attempted murder") keeps its assault.

Measured on check splits before being kept: docs/monitor.md (Round 17b). Tested in
``tests/test_round17b.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

# The acts that, told after a killing, are its suspects' fate (the host's justice).
SUSPECTS_FATE = frozenset({"detention", "extradition_request", "deportation"})
# The act that, told after a killing, is the same attack or its background.
SAME_ATTACK = frozenset({"assault"})
AFTER_KILLING = SUSPECTS_FATE | SAME_ATTACK


def after_killing(first: Mapping[str, str], where: Callable[[str], int]) -> set[str]:
    """The tactics (of :data:`AFTER_KILLING`) whose first sentence comes after the first
    sentence read as assassination. ``first`` maps a tactic to the first sentence it was read
    in, ``where`` gives a sentence's position in the text."""
    if "assassination" not in first:
        return set()
    killing = where(first["assassination"])
    return {value for value in AFTER_KILLING & first.keys() if where(first[value]) > killing}
