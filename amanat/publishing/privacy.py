"""Differentially private counts through OpenDP: the discrete Laplace (geometric) mechanism.

The unit of privacy is one incident: adding or removing an incident changes a table by at most
its *sensitivity* in L1 (1 for a table where each incident is in one cell; the contribution
bound for the tactic table, where an incident counts under each of its tactics, at most
:data:`TACTIC_BOUND` of them). The noise scale is sensitivity / epsilon, and the epsilon
recorded is the one OpenDP's privacy map reports for that scale, never a value assumed.
One person may appear in several incidents; their protection is then the sum of those
incidents' epsilons — said on the public page.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import opendp.prelude as dp

MECHANISM = "discrete Laplace (OpenDP make_laplace over integers)"
TACTIC_BOUND = 3


@dataclass(frozen=True)
class Noise:
    mechanism: str
    epsilon: float
    scale: float
    sensitivity: int
    accuracy: int  # 95% of noisy counts lie within ± this of the true count


def _measurement(scale: float) -> dp.Measurement:
    dp.enable_features("contrib")
    space = dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int)
    return dp.m.make_laplace(*space, scale=scale)


def mechanism(epsilon: float, sensitivity: int) -> tuple[Callable[[list[int]], list[int]], Noise]:
    """The noise function for a count vector and the parameters it carries."""
    if epsilon <= 0 or sensitivity < 1:
        raise ValueError("epsilon must be positive and sensitivity at least 1")
    scale = sensitivity / epsilon
    measurement = _measurement(scale)
    spent = float(measurement.map(d_in=sensitivity))
    if spent > epsilon:  # OpenDP rounds its map conservatively: widen the noise a hair
        scale *= spent / epsilon * (1 + 1e-9)
        measurement = _measurement(scale)
        spent = float(measurement.map(d_in=sensitivity))
    accuracy = dp.discrete_laplacian_scale_to_accuracy(scale=scale, alpha=0.05)
    noise = Noise(MECHANISM, spent, scale, sensitivity, math.ceil(float(accuracy)))
    return measurement, noise


def noisy(counts: Sequence[int], epsilon: float, sensitivity: int) -> tuple[list[int], Noise]:
    """Noisy counts, clamped at zero (post-processing: no further privacy cost)."""
    apply, noise = mechanism(epsilon, sensitivity)
    released = apply(list(counts)) if counts else []
    return [max(0, int(value)) for value in released], noise
