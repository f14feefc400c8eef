"""How lines become a routable network: the options, and the drive speeds by road class in the UK and France.

Every default of :class:`NetworkOptions` can be overridden; the road-class
tables give the drive speed of roads whose speed field and ``maxspeed`` say
nothing.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass

from ..errors import InvalidInputError
from ..i18n import tr

MPH = 1.609344

#: Typical drive speeds (km/h) by road class where no speed field or maxspeed says otherwise.
#: OpenStreetMap ``highway`` values and Ordnance Survey Open Roads ``roadClassification`` values.
UK_SPEEDS_MPH = {
    "motorway": 70,
    "motorway_link": 40,
    "trunk": 60,
    "trunk_link": 40,
    "primary": 40,
    "primary_link": 30,
    "secondary": 30,
    "secondary_link": 30,
    "tertiary": 30,
    "tertiary_link": 30,
    "unclassified": 30,
    "residential": 25,
    "living_street": 10,
    "service": 10,
    "road": 20,
    "a road": 50,
    "b road": 40,
    "classified unnumbered": 30,
    "not classified": 20,
    "unknown": 20,
}
FRANCE_SPEEDS_KMH = {
    "motorway": 130,
    "motorway_link": 70,
    "trunk": 110,
    "trunk_link": 70,
    "primary": 80,
    "primary_link": 50,
    "secondary": 80,
    "secondary_link": 50,
    "tertiary": 70,
    "tertiary_link": 50,
    "unclassified": 50,
    "residential": 30,
    "living_street": 20,
    "service": 20,
    "road": 30,
    # IGN BD TOPO ``nature`` (versions 2 and 3); chemins, sentiers, escaliers and pistes cyclables carry no cars
    "autoroute": 130,
    "type autoroutier": 130,
    "quasi-autoroute": 110,
    "route à 2 chaussées": 110,
    "route à 1 chaussée": 80,
    "route empierrée": 30,
    "bretelle": 70,
    "rond-point": 30,
}
COUNTRY_SPEEDS = {
    "uk": {k: v * MPH for k, v in UK_SPEEDS_MPH.items()},
    "fr": {k: float(v) for k, v in FRANCE_SPEEDS_KMH.items()},
}

#: BD TOPO motorways, which walkers and cyclists may not use either.
_FR_MOTORWAYS = ("autoroute", "type autoroutier", "quasi-autoroute")
WALK_EXCLUDED = ("motorway", "motorway_link", "trunk", "trunk_link", *_FR_MOTORWAYS)
CYCLE_EXCLUDED = (
    "motorway",
    "motorway_link",
    "footway",
    "steps",
    "corridor",
    "escalator",
    "platform",
    "pedestrian",
    *_FR_MOTORWAYS,
    "escalier",
)


@dataclass(frozen=True)
class NetworkOptions:
    """How lines become a routable network; every default can be overridden.

    Attributes
    ----------
    walk_kmh, cycle_kmh
        Walking (4.8 km/h) and cycling (15 km/h) speeds.
    country
        ``"uk"`` or ``"fr"``: the table of drive speeds by road class used when
        neither the speed field nor ``maxspeed`` gives one (UK: motorway 70 mph,
        trunk 60, primary 40, secondary/tertiary/unclassified 30, residential
        25, service 10…; France: autoroute 130 km/h, trunk 110, primary and
        secondary 80, tertiary 70, unclassified 50, residential 30…).
    class_speeds
        Overrides of that table, ``(("residential", 32.0), …)`` in km/h.
    default_drive_kmh
        Drive speed of roads without any class, speed or maxspeed (30 km/h).
    speed_unit
        Unit of the speed field: ``"kmh"`` or ``"mph"``.
    forward_values, backward_values, both_values
        Spellings of the direction field (compared trimmed and in lower case)
        meaning one-way along the line, one-way against it, or two-way. The
        defaults read OpenStreetMap's ``oneway`` and OS-style values.
    cycle_oneway
        Whether one-way streets bind cyclists (True). OpenStreetMap's
        ``oneway:bicycle`` then decides street by street: ``no`` opens a
        one-way street to cyclists both ways, ``yes`` or ``-1`` makes a
        street one-way for them.
    walk_excluded, cycle_excluded
        Road classes walkers / cyclists may not use (motorways and trunk roads
        for walking; motorways, footways, steps and pedestrian streets for
        cycling) unless ``foot``/``bicycle`` says yes.
    snap_tolerance
        Line ends closer than this (metres) to another line's vertex are joined.
    connect_crossings
        Whether lines that cross without a shared vertex are joined there
        (never where either is a bridge or tunnel, or their layers differ).
    """

    walk_kmh: float = 4.8
    cycle_kmh: float = 15.0
    country: str = "uk"
    class_speeds: tuple[tuple[str, float], ...] = ()
    default_drive_kmh: float = 30.0
    speed_unit: str = "kmh"
    forward_values: tuple[str, ...] = (
        "yes",
        "true",
        "1",
        "forward",
        "f",
        "y",
        "t",
        "ft",
        "indirection",
        "in direction",
        "one way",
        "oneway",
    )
    backward_values: tuple[str, ...] = (
        "-1",
        "reverse",
        "backward",
        "tf",
        "inoppositedirection",
        "in opposite direction",
        "opposite",
    )
    both_values: tuple[str, ...] = (
        "no",
        "false",
        "0",
        "both",
        "n",
        "bothdirections",
        "both directions",
        "two way",
        "twoway",
        "reversible",
        "alternating",
    )
    cycle_oneway: bool = True
    walk_excluded: tuple[str, ...] = WALK_EXCLUDED
    cycle_excluded: tuple[str, ...] = CYCLE_EXCLUDED
    snap_tolerance: float = 0.0
    connect_crossings: bool = False

    def __post_init__(self) -> None:
        for name in ("walk_kmh", "cycle_kmh", "default_drive_kmh"):
            value = getattr(self, name)
            if not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
                raise InvalidInputError(
                    tr("The speed {name} must be a positive number of km/h, not {value}.").format(name=name, value=value)
                )
        if self.country not in COUNTRY_SPEEDS:
            raise InvalidInputError(
                tr("Unknown country {country} for road-class speeds; use one of: {known}.").format(
                    country=self.country, known=", ".join(COUNTRY_SPEEDS)
                )
            )
        if self.speed_unit not in ("kmh", "mph"):
            raise InvalidInputError(tr("The speed unit must be kmh or mph, not {unit}.").format(unit=self.speed_unit))
        if not math.isfinite(self.snap_tolerance) or self.snap_tolerance < 0:
            raise InvalidInputError(tr("The snapping tolerance must be zero or a positive number of metres."))

    def class_speed_table(self) -> dict[str, float]:
        table = dict(COUNTRY_SPEEDS[self.country])
        table.update({str(k).strip().lower(): float(v) for k, v in self.class_speeds})
        return table

    def key(self) -> str:
        """A stable text of every option (part of cache keys)."""
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
