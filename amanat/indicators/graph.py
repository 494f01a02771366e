"""A campaign as a picture: incidents on an outer circle, identifiers on an inner one.

Server-rendered SVG coordinates, no JavaScript. Identifier nodes are labelled by kind and row
number, never by value (the picture is a page anyone at the desk can glance at). Each
identifier sits at the mean angle of the incidents it links, which keeps most edges short.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SIZE = 560
CENTRE = SIZE / 2
OUTER, INNER = 230.0, 130.0
MAX_NODES = 80


@dataclass(frozen=True)
class Node:
    key: int
    x: float
    y: float
    label: str
    ref: str = ""  # an incident's public id, for its link

    @property
    def corner_x(self) -> float:
        """Top-left corner of an identifier's square (12 × 12, centred on the node)."""
        return round(self.x - 6, 1)

    @property
    def corner_y(self) -> float:
        return round(self.y - 6, 1)


@dataclass(frozen=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Graph:
    size: int
    incidents: list[Node]
    indicators: list[Node]
    edges: list[Edge]
    truncated: bool


def _point(angle: float, radius: float) -> tuple[float, float]:
    return (
        round(CENTRE + radius * math.cos(angle), 1),
        round(CENTRE + radius * math.sin(angle), 1),
    )


def _mean_angle(angles: list[float]) -> float:
    return math.atan2(sum(map(math.sin, angles)), sum(map(math.cos, angles)))


def layout(
    incidents: list[int],
    links: list[tuple[int, int]],
    labels: dict[int, str],
    names: dict[int, str] | None = None,
) -> Graph:
    """Place incident ids and the indicator ids linking them (``labels``: indicator → text;
    ``names``: incident → public id, what the picture shows and links to)."""
    names = names or {}
    shown = sorted(incidents)[:MAX_NODES]
    truncated = len(incidents) > len(shown)
    step = 2 * math.pi / max(len(shown), 1)
    angle = {pk: -math.pi / 2 + i * step for i, pk in enumerate(shown)}
    incident_nodes = {
        pk: Node(pk, *_point(angle[pk], OUTER), f"#{names.get(pk, pk)}", names.get(pk, ""))
        for pk in shown
    }
    linked: dict[int, list[int]] = {}
    for indicator_id, incident_id in links:
        if incident_id in angle:
            linked.setdefault(indicator_id, []).append(incident_id)
    order = sorted(linked, key=lambda i: (_mean_angle([angle[x] for x in linked[i]]), i))
    if len(order) > MAX_NODES:
        order, truncated = order[:MAX_NODES], True
    inner_step = 2 * math.pi / max(len(order), 1)
    indicator_nodes = {}
    for position, indicator_id in enumerate(order):
        point = _point(-math.pi / 2 + position * inner_step, INNER if len(order) > 1 else 0.0)
        indicator_nodes[indicator_id] = Node(indicator_id, *point, labels.get(indicator_id, ""))
    edges = [
        Edge(node.x, node.y, incident_nodes[incident_id].x, incident_nodes[incident_id].y)
        for indicator_id, node in indicator_nodes.items()
        for incident_id in linked[indicator_id]
    ]
    return Graph(
        size=SIZE,
        incidents=list(incident_nodes.values()),
        indicators=list(indicator_nodes.values()),
        edges=edges,
        truncated=truncated,
    )
