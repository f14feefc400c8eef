"""Every algorithm reads weights and counts by the one numeric-field policy (engine/values.py).

Before the policy, nearest facility took negative weights, turned NULL into 0
and stopped with a Python error on text; the catchments summed NULL counts as
0 without a word and stopped on text.
"""

from __future__ import annotations

import pytest
from algorithm_runs import RecordingFeedback, run_algorithm
from layer_copies import memory_copy
from qgis.core import QgsProcessingException, QgsVectorLayer


def uri(sample_town, layer):
    return f"{sample_town}|layername={layer}"


def nearest(sample_town, tmp_path, demand, **extra):
    parameters = {
        "NETWORK": uri(sample_town, "roads"),
        "DEMAND": demand,
        "DEMAND_ID": "postcode",
        "WEIGHT": "households",
        "FACILITIES": uri(sample_town, "facilities"),
        "OUTPUT": str(tmp_path / "n.gpkg"),
        "CENTRES": str(tmp_path / "c.gpkg"),
        "SUMMARY": str(tmp_path / "s.gpkg"),
        **extra,
    }
    feedback = RecordingFeedback()
    return run_algorithm("placeinsight:nearestfacility", parameters, feedback=feedback), feedback


def postcodes(sample_town, bad=None, *, text=False, rows=(3, 7)):
    def change(i, values):
        if i in rows:
            values["households"] = bad
        return values

    return memory_copy(
        uri(sample_town, "postcodes"),
        name="homes",
        limit=40,
        change=change,
        text_fields=("households",) if text else (),
        double_fields=() if text else ("households",),
    )


@pytest.mark.parametrize(
    ("bad", "text", "message"),
    [
        (-4, False, r"2 features of homes have a negative value in the field households \(e\.g\. features ZZ1 1AG, ZZ1 1AP\)"),
        (None, False, r"2 features of homes have no value \(NULL\) in the field households"),
        ("about 30", True, r"The field households of homes holds text that is not a number in 2 features \(e\.g\. 'about 30'"),
        (1e308, False, r"2 features of homes have an infinite or implausibly large value"),
    ],
)
def test_nearest_facility_refuses_weights_the_others_refuse(provider, sample_town, tmp_path, bad, text, message):
    with pytest.raises(QgsProcessingException, match=message):
        nearest(sample_town, tmp_path, postcodes(sample_town, bad, text=text))
    assert not (tmp_path / "n.gpkg").exists()


def test_nearest_facility_reads_weights_stored_as_text(provider, sample_town, tmp_path):
    result, _ = nearest(sample_town, tmp_path, postcodes(sample_town, "12", text=True))
    weights = {f["demand_id"]: f["weight"] for f in QgsVectorLayer(result["OUTPUT"], "n", "ogr").getFeatures()}
    assert len(weights) == 40 and sorted(weights.values()).count(12.0) >= 2


def test_nearest_facility_refuses_weights_that_are_all_zero(provider, sample_town, tmp_path):
    zero = postcodes(sample_town, 0, rows=range(40))
    with pytest.raises(QgsProcessingException, match="Every value of the field households of homes is zero"):
        nearest(sample_town, tmp_path, zero)


def catchments(sample_town, tmp_path, base):
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:catchments",
        {
            "NETWORK": uri(sample_town, "roads"),
            "FACILITIES": uri(sample_town, "facilities"),
            "BANDS": "5",
            "BASE": base,
            "COUNT_FIELDS": ["households"],
            "OUTPUT": str(tmp_path / "catchments.gpkg"),
        },
        feedback=feedback,
    )
    return result, feedback


def test_catchment_counts_say_which_null_counts_were_taken_as_zero(provider, sample_town, tmp_path):
    _, feedback = catchments(sample_town, tmp_path, postcodes(sample_town, None))
    assert any("2 features of homes have no value (NULL) in the field households and count as 0" in w for w in feedback.warnings)


def test_catchment_counts_refuse_text(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match="holds text that is not a number"):
        catchments(sample_town, tmp_path, postcodes(sample_town, "many", text=True))
