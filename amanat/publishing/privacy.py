"""Differentially private counts through OpenDP: the discrete Laplace (geometric) mechanism,
and the continuous Laplace mechanism for the tactic shares.

The unit of privacy is one incident: adding or removing an incident changes a measured vector
by at most its *sensitivity* in L1 — 1 for every measurement we publish (each incident is in one
cell of a partition; in the tactic measurement an incident with k tactics adds 1/k to each, so
1 in all). The noise scale is sensitivity / epsilon, and the epsilon recorded is the one
OpenDP's privacy map reports for that scale, never a value assumed. One person may appear in
several incidents; their protection is then the sum of those incidents' epsilons — said on the
public page.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import opendp.prelude as dp

MECHANISM = "discrete Laplace (OpenDP make_laplace over integers)"


@dataclass(frozen=True)
class Noise:
    mechanism: str
    epsilon: float
    scale: float
    sensitivity: int
    accuracy: int  # 95% of noisy counts lie within ± this of the true count


FLOAT_MECHANISM = "Laplace (OpenDP make_laplace over floats)"


def _measurement(scale: float, discrete: bool = True) -> dp.Measurement:
    dp.enable_features("contrib")
    if discrete:
        space = dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int)
    else:
        space = dp.vector_domain(dp.atom_domain(T=float, nan=False)), dp.l1_distance(T=float)
    return dp.m.make_laplace(*space, scale=scale)


def mechanism(
    epsilon: float, sensitivity: int, *, discrete: bool = True
) -> tuple[Callable[[list[Any]], list[Any]], Noise]:
    """The noise function for a count vector and the parameters it carries."""
    if epsilon <= 0 or sensitivity < 1:
        raise ValueError("epsilon must be positive and sensitivity at least 1")
    scale = sensitivity / epsilon
    d_in: float = sensitivity if discrete else float(sensitivity)
    measurement = _measurement(scale, discrete)
    spent = float(measurement.map(d_in=d_in))
    for _attempt in range(5):  # OpenDP rounds its map conservatively: widen the noise a hair
        if spent <= epsilon:
            break
        scale *= spent / epsilon * (1 + 1e-9)
        measurement = _measurement(scale, discrete)
        spent = float(measurement.map(d_in=d_in))
    if discrete:
        accuracy = float(dp.discrete_laplacian_scale_to_accuracy(scale=scale, alpha=0.05))
    else:
        accuracy = scale * math.log(20)
    name = MECHANISM if discrete else FLOAT_MECHANISM
    noise = Noise(name, spent, scale, sensitivity, math.ceil(accuracy))
    return measurement, noise


def measure(
    values: Sequence[float], epsilon: float, *, discrete: bool = True
) -> tuple[list[float], Noise]:
    """One noisy measurement (sensitivity 1), drawn once: the caller stores it, never redraws."""
    apply, noise = mechanism(epsilon, 1, discrete=discrete)
    cast = [int(v) for v in values] if discrete else [float(v) for v in values]
    released = apply(cast) if cast else []
    return [float(v) for v in released], noise
