"""What a cluster verification takes and gives: the clusters' contents, the district, the options, the result.

:func:`engine.survey.verification.verify_clusters` runs the verification;
these types are also available from :mod:`engine.survey.verification`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ..segmentation import composition, encoding

if TYPE_CHECKING:
    from .search import SearchAdjustment

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

#: Results resting on fewer responses than this are flagged.
LOW_NUMBERS = 30
#: The codes of the ``disparity`` column.
DISPARITIES = ("fear without crime", "crime without fear", "fear and crime", "neither")


@dataclass(frozen=True)
class Residents:
    """Who lives in each cluster: the segment mix of a segmented base inside it.

    ``mix`` is :func:`engine.segmentation.composition.mix_table`'s long table, ``zone``
    being the cluster's position; ``base`` names the base layer, ``count``
    what each unit counts (a field name; empty: one per unit), ``catalogue``
    and ``level`` the classification, in the user's language.
    """

    mix: pd.DataFrame
    base: str
    catalogue: str
    level: str
    count: str = ""

    @classmethod
    def of(
        cls,
        matrix: np.ndarray,
        base_counts: np.ndarray,
        axis: encoding.SegmentAxis,
        *,
        base: str,
        count: str = "",
        language: str = "en",
    ) -> Residents:
        """From the cluster × segment matrix of the base units inside the clusters and the whole base's counts."""
        mix = composition.mix_table(matrix, base_counts, axis, language=language)
        return cls(mix, base, axis.catalogue.name(language), axis.level_name(language), count)


@dataclass(frozen=True)
class ClusterContents:
    """What lies inside each cluster, as ``clusters × items`` 0/1 sparse matrices.

    ``postcodes`` over the district's postcode units, ``responses`` over its
    located responses, ``incidents`` over its incidents (None without incident
    points). ``area_km2`` is each cluster's area inside the district;
    ``incident_overlap`` the share (0–1) of that area inside incident
    clusters and ``incident_clusters`` their ids, when incident clusters are given.
    ``residents`` describes who lives in each cluster, when a segmented base is given.
    ``response_units`` gives, for responses that are points of their own
    (addresses), the position of each one's postcode unit among the
    district's (its nearest, :func:`engine.survey.search.nearest_units`):
    the return test then counts a response in the cluster that holds its
    unit, as it counts the households, and as the simulations of the search
    count theirs. None: responses placed at their unit (by postcode), which
    lie where their unit lies.
    """

    ids: list
    area_km2: np.ndarray
    postcodes: Any  # scipy.sparse matrices
    responses: Any
    incidents: Any | None = None
    incident_overlap: np.ndarray | None = None
    incident_clusters: list[str] | None = None
    residents: Residents | None = None
    response_units: np.ndarray | None = None


@dataclass(frozen=True)
class District:
    """The district the clusters are compared with.

    ``weights`` holds the households of each postcode unit (``basis`` =
    ``"households"``) or ones (``"postcodes"``); ``chosen`` says which
    located responses give a chosen answer; ``incidents`` is the number of
    incidents in the district (None when no incident points are given).
    """

    weights: np.ndarray
    chosen: np.ndarray
    area_km2: float
    basis: str = "households"
    incidents: int | None = None
    answer_label: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class VerificationOptions:
    """Settings of a verification.

    ``alpha``: significance level of the tests. ``confidence``: level of the
    rate ratios' confidence intervals. ``incident_basis``: incidents per
    household (``"households"``; per postcode unit when households are not
    known) or per km² (``"area"``). ``overlap_min``: without incident
    points, incidents count as elevated when at least this share of the
    cluster's area lies in incident clusters. ``low_numbers``: results
    resting on fewer responses are flagged. ``simulations`` and ``seed``:
    how many times, and from which seed, the search is simulated when the
    verification allows for it (99 by default, 999 for publication).
    """

    alpha: float = 0.05
    confidence: float = 0.95
    incident_basis: str = "households"  # or "area" ("postcodes" is used when households are not known)
    overlap_min: float = 0.10
    low_numbers: int = LOW_NUMBERS
    simulations: int = 99
    seed: int = 1


@dataclass(frozen=True)
class Verification:
    """Per-cluster results and the district's figures (:func:`engine.survey.verification.verify_clusters`).

    ``table`` has one row per cluster with the columns: ``cluster_id``,
    ``postcodes``, ``households`` (NULL without household counts),
    ``responses``, ``return_rate`` and ``district_return_rate`` (responses
    per household or per postcode unit), ``return_ratio``, ``return_p``,
    ``return_p_search`` (allowing for the search; NULL when it was not
    simulated), ``verified`` (the return rate is ordinary: not significantly
    higher, by the adjusted p-value when there is one); ``chosen``,
    ``share``, ``district_share``, ``share_ratio``, ``share_p``,
    ``share_p_search``, ``share_high`` (the chosen answers are significantly
    concentrated, by the adjusted p-value when there is one); ``incidents``, ``incident_rate`` and
    ``district_incident_rate`` (per 1,000 households or per km²),
    ``incident_ratio``, ``ratio_low``, ``ratio_high``, ``incident_p``,
    ``incident_overlap``, ``incident_clusters``, ``incidents_high``;
    ``disparity``, ``low_numbers`` and ``verdict`` (plain words, in the
    user's language). With ``residents``, the columns of
    :func:`engine.segmentation.composition.dominant_segments` come before ``verdict``
    and the verdict says who lives there. Tests that cannot be computed are NULL.
    ``district`` holds the district's counts, share, return and incident
    rates and notes; ``warnings`` what the verification warned about;
    ``search`` the simulations of the search (None when the clusters were
    taken as fixed in advance).
    """

    table: pd.DataFrame
    district: dict
    warnings: list[str]
    options: VerificationOptions
    basis: str
    incident_basis: str
    answer_label: str
    residents: Residents | None = None
    search: SearchAdjustment | None = None
