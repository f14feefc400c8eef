"""A synthetic district for the survey-cluster tests and benchmark (seeded, plain numpy).

Postcode units sit on a jittered square lattice with the same number of
households each. Every household returns the survey with ``rate`` (three
times that in the *high-return* circle; ``high_multiple``); a response is a chosen answer with
probability ``share`` (``fear_share`` in the *fear* circle, where returns are
ordinary). Incidents fall on postcode units in proportion to households
(60% of that in the fear circle) plus a crime hot spot elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class SyntheticSurvey:
    postcode_xy: np.ndarray
    postcode_keys: list[str]
    households: np.ndarray
    response_unit: np.ndarray
    chosen: np.ndarray
    incident_xy: np.ndarray
    fear: tuple[float, float, float]
    high: tuple[float, float, float]
    hotspot: tuple[float, float, float]

    @property
    def response_xy(self) -> np.ndarray:
        return self.postcode_xy[self.response_unit]

    def inside(self, xy: np.ndarray, circle: tuple[float, float, float]) -> np.ndarray:
        return np.hypot(xy[:, 0] - circle[0], xy[:, 1] - circle[1]) <= circle[2]


def synthetic_survey(
    seed: int = 1,
    *,
    side: int = 60,
    spacing: float = 100.0,
    households: int = 10,
    rate: float = 0.1,
    share: float = 0.2,
    fear_share: float = 0.7,
    radius: float = 400.0,
    incidents: int = 3000,
    high_multiple: float = 3.0,
) -> SyntheticSurvey:
    rng = np.random.default_rng(seed)
    cols, rows = np.meshgrid(np.arange(side), np.arange(side))
    xy = np.column_stack([cols.ravel(), rows.ravel()]).astype(float) * spacing + spacing / 2
    xy += rng.normal(0.0, spacing / 10, xy.shape)
    extent = side * spacing
    fear = (0.25 * extent, 0.25 * extent, radius)
    high = (0.75 * extent, 0.75 * extent, radius)
    hotspot = (0.75 * extent, 0.25 * extent, radius)
    hh = np.full(len(xy), households, dtype=float)

    def inside(circle):
        return np.hypot(xy[:, 0] - circle[0], xy[:, 1] - circle[1]) <= circle[2]

    in_fear, in_high, in_hot = inside(fear), inside(high), inside(hotspot)
    returned = rng.binomial(households, np.where(in_high, high_multiple * rate, rate))
    unit = np.repeat(np.arange(len(xy)), returned)
    chosen = rng.random(unit.size) < np.where(in_fear[unit], fear_share, share)
    weight = hh * np.where(in_fear, 0.6, 1.0) * np.where(in_hot, 4.0, 1.0)
    incident_unit = rng.choice(len(xy), size=incidents, p=weight / weight.sum())
    incident_xy = xy[incident_unit] + rng.normal(0.0, spacing / 4, (incidents, 2))
    keys = [f"ZZ{i // 1000} {i % 1000:03d}" for i in range(len(xy))]
    return SyntheticSurvey(xy, keys, hh, unit, chosen, incident_xy, fear, high, hotspot)


def outline(shape):
    """The polygon of an engine ``ClusterShape`` as the adapter draws it, built with shapely (independent of QGIS)."""
    import shapely
    from shapely.geometry import Polygon, box
    from shapely.ops import unary_union

    if len(shape.rectangles):
        return unary_union([box(*r) for r in shape.rectangles])
    parts = [Polygon(t) for t in shape.triangles] + [shapely.Point(p) for p in shape.points]
    return unary_union(parts).buffer(shape.margin)
