"""What a network holds, told to the user: translated messages and the tables of its edges and islands."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..arrays import where_or_none
from ..i18n import format_count, format_examples, format_number, plural, tr
from .model import Network
from .modes import PROFILES


def network_messages(network: Network, profiles: Sequence[str] = PROFILES) -> tuple[list[str], list[str]]:
    """(information, warnings) describing what was built and what was left out, translated.

    Parameters
    ----------
    network
        The network (its ``report`` says what was left out or assumed).
    profiles
        The travel modes to describe (a run that uses one need not hear of the others).

    Returns
    -------
    infos : list of str
        Sizes of the network and of each travel mode, what was joined, road classes not open to cars.
    warnings : list of str
        Islands, lines left out, unreadable speeds and direction values.
    """
    report = network.report
    infos = [
        tr("Network: {nodes} nodes, {edges} edges from {features} lines.").format(
            nodes=format_count(network.n_nodes),
            edges=format_count(network.n_edges),
            features=format_count(report.get("features", 0)),
        )
    ]
    warnings = []
    for name in profiles:
        info, island_warnings = _profile_messages(network, name)
        infos.append(info)
        warnings.extend(island_warnings)
    warnings.extend(_left_out_warnings(network))
    infos.extend(_join_infos(report))
    return infos, warnings


def _profile_messages(network: Network, name: str) -> tuple[str, list[str]]:
    """What one travel mode can use, and a warning when parts of it are islands (none or one)."""
    profile = network.profiles[name]
    usable = profile.usable
    km = float(network.edge_length[usable].sum()) / 1000.0
    islands = profile.n_islands
    if islands <= 1:
        info = tr("{profile}: {edges} usable edges, {km} km, all connected.")
    else:
        info = tr("{profile}: {edges} usable edges, {km} km, in {islands} parts not connected to each other.")
    info = info.format(
        profile=profile_label(name), edges=format_count(int(usable.sum())), km=format_number(km, 1), islands=format_count(islands)
    )
    warnings = []
    if islands > 1:
        small = profile.island[usable] > 0
        text = plural(
            islands - 1,
            tr(
                "{profile}: {km} km of the network lie on {islands} island not connected to the main "
                "network; points snapped there reach only their island."
            ),
            tr(
                "{profile}: {km} km of the network lie on {islands} islands not connected to the main "
                "network; points snapped there reach only their island."
            ),
        )
        warnings.append(
            text.format(
                profile=profile_label(name),
                km=format_number(float(network.edge_length[usable][small].sum()) / 1000.0, 1),
                islands=format_count(islands - 1),
            )
        )
    return info, warnings


def _left_out_warnings(network: Network) -> list[str]:
    """Warnings about the lines left out of the network, or whose speed or direction could not be read."""
    report = network.report
    warnings = []
    if report.get("no_class"):
        warnings.append(
            tr("{n} lines have no road class and are left out of every profile.").format(n=format_count(report["no_class"]))
        )
    if report.get("zero_length_lines"):
        warnings.append(
            tr(
                "{n} lines have zero length, or are shorter than the join tolerance, and are left out (features {examples})."
            ).format(
                n=format_count(report["zero_length_lines"]),
                examples=format_examples([network.source_ids[i] for i in report.get("zero_length_features", [])]),
            )
        )
    if report.get("duplicate_lines"):
        warnings.append(
            tr(
                "{n} lines repeat another line (the same vertices, in either direction) and are left out, so that "
                "no road counts twice (features {examples})."
            ).format(
                n=format_count(report["duplicate_lines"]),
                examples=format_examples([network.source_ids[i] for i in report.get("duplicate_features", [])]),
            )
        )
    for kind, ids in report.get("speed_field_unusable", {}).items():
        label = {"null": tr("empty"), "zero_or_negative": tr("zero or negative"), "text": tr("not a number")}[kind]
        warnings.append(
            tr(
                "{n} lines have a speed that is {kind}; their speed comes from maxspeed or the road class "
                "instead (features {examples})."
            ).format(n=format_count(len(ids)), kind=label, examples=format_examples(ids))
        )
    for value, ids in report.get("unknown_directions", {}).items():
        warnings.append(
            tr(
                "{n} lines have the direction value '{value}', which is not one of the configured "
                "spellings; they are taken as two-way (features {examples})."
            ).format(n=format_count(len(ids)), value=value, examples=format_examples(ids))
        )
    return warnings


def _join_infos(report: dict) -> list[str]:
    """What was joined (line ends, crossings) and which road classes are not open to cars."""
    infos = []
    if report.get("ends_snapped"):
        n = report["ends_snapped"]
        text = plural(
            n,
            tr("{n} line end was joined to a vertex within the join tolerance."),
            tr("{n} line ends were joined to a vertex within the join tolerance."),
        )
        infos.append(text.format(n=format_count(n)))
    if "crossings_joined" in report:
        infos.append(
            tr(
                "{joined} crossings without a shared vertex were joined; {kept} on bridges, tunnels or other "
                "layers were kept apart."
            ).format(joined=format_count(report["crossings_joined"]), kept=format_count(report["crossings_not_joined"]))
        )
    classes = report.get("not_driveable_classes") or {}
    if classes:
        infos.append(
            tr("Not open to cars: {classes}.").format(
                classes=", ".join(f"{k} ({format_count(v)})" for k, v in sorted(classes.items(), key=lambda kv: -kv[1]))
            )
        )
    return infos


def profile_label(name: str) -> str:
    """The translated name of a travel profile.

    Parameters
    ----------
    name
        ``"walk"``, ``"cycle"`` or ``"drive"`` (any other name is returned as it is).

    Returns
    -------
    str
    """
    return {"walk": tr("Walk"), "cycle": tr("Cycle"), "drive": tr("Drive")}.get(name, name)


def edge_table(network: Network) -> pd.DataFrame:
    """One row per edge: ids, class, length, minutes per profile (NaN where unusable), drive speed, directions, islands.

    Parameters
    ----------
    network
        The network.

    Returns
    -------
    pandas.DataFrame
        ``edge_id``, ``source_id``, ``from_node``, ``to_node``, ``road_class``,
        ``length_m``, ``walk_min``/``cycle_min``/``drive_min``, ``drive_kmh``,
        ``drive_direction`` and ``cycle_direction`` (``both``, ``forward`` or
        ``backward``; None where cars, or bicycles, may not go) and
        ``walk_island``/``cycle_island``/``drive_island`` (NA where the mode
        may not use the edge). :func:`.edges.network_from_edges` reads the
        network back from this table.
    """
    frame = pd.DataFrame(
        {
            "edge_id": np.arange(network.n_edges),
            "source_id": np.asarray(network.source_ids)[network.edge_source],
            "from_node": network.edge_u,
            "to_node": network.edge_v,
            "road_class": network.edge_class,
            "length_m": network.edge_length,
        }
    )
    for name in PROFILES:
        profile = network.profiles[name]
        frame[f"{name}_min"] = network.edge_length * profile.seconds_per_metre / 60.0
    frame["drive_kmh"] = network.profiles["drive"].speed_kmh
    for name in ("drive", "cycle"):
        mode = network.profiles[name]
        direction = np.where(mode.forward & mode.backward, "both", np.where(mode.forward, "forward", "backward"))
        frame[f"{name}_direction"] = where_or_none(mode.usable, direction)
    for name in PROFILES:
        island = network.profiles[name].island
        frame[f"{name}_island"] = pd.array(np.where(island >= 0, island, -1), dtype="Int64")
        frame.loc[island < 0, f"{name}_island"] = pd.NA
    return frame


def island_table(network: Network) -> tuple[pd.DataFrame, list[np.ndarray]]:
    """One row per island of every profile (``profile``, ``island``, ``main``, ``edges``, ``length_km``) and its edges.

    Parameters
    ----------
    network
        The network.

    Returns
    -------
    table : pandas.DataFrame
        One row per island; ``main`` is True for island 0, the largest.
    members : list of numpy.ndarray
        The edges of each row's island.
    """
    rows, members = [], []
    for name in PROFILES:
        island = network.profiles[name].island
        for number in range(network.profiles[name].n_islands):
            edges = np.flatnonzero(island == number)
            rows.append(
                {
                    "profile": name,
                    "island": number,
                    "main": number == 0,
                    "edges": len(edges),
                    "length_km": float(network.edge_length[edges].sum()) / 1000.0,
                }
            )
            members.append(edges)
    return pd.DataFrame(rows, columns=["profile", "island", "main", "edges", "length_km"]), members
