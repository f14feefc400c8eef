"""Empty inputs are refused in words a GIS officer understands, naming the layer (silent empty outputs,
IndexError or an OGR error about fid before)."""

from __future__ import annotations

import pytest
from algorithm_catalogue import parameters, uri
from algorithm_runs import run_algorithm
from layer_copies import memory_copy
from qgis.core import QgsProcessingException

EMPTY = [
    ("catchments", "FACILITIES", "facilities"),
    ("traveltimematrix", "ORIGINS", "facilities"),
    ("traveltimematrix", "DESTINATIONS", "candidate_sites"),
    ("nearestfacility", "DEMAND", "postcodes"),
    ("nearestfacility", "FACILITIES", "facilities"),
    ("areacomposition", "ZONES", "wards"),
    ("areacomposition", "BASE", "postcodes"),
    ("segmentprofile", "BASE", "postcodes"),
    ("optimiselocations", "DEMAND", "postcodes"),
    ("optimiselocations", "CANDIDATES", "candidate_sites"),
]


@pytest.mark.parametrize(("name", "key", "layer"), EMPTY)
def test_an_empty_input_is_refused_naming_it(provider, sample_town, tmp_path, name, key, layer):
    empty = memory_copy(uri(sample_town, layer), name="nothing_here", limit=0)
    assert empty.featureCount() == 0
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(f"placeinsight:{name}", parameters(name, sample_town, tmp_path, **{key: empty}))
    message = str(error.value)
    assert "nothing_here has no features" in message or "empty" in message, message
    assert "Traceback" not in message and "IndexError" not in message, message
    assert not list(tmp_path.iterdir())
