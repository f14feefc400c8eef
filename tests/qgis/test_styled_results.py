"""Every output layer loads styled, with a legend in the user's language (layer post-processors)."""

from __future__ import annotations

import pytest
from algorithm_catalogue import ALGORITHMS
from qgis.core import QgsProject, QgsRenderContext, QgsVectorLayer

from place_insight.plugin.bridge.styling import STYLED_BY

UNSAFE = "Very unsafe;Fairly unsafe"
THIN = "\u202f"  # French groups thousands with a narrow no-break space

#: Legend texts in each language (what the translator must give).
WORDS = {
    "en": {
        "within": "Within {n} minutes",
        "between": "{low} to {high} minutes",
        "more": "More than {n} minutes",
        "none": "No facility within reach",
        "other": "Other roads",
        "main": "Main network",
        "drive island": "Drive island (cut off from the main network)",
        "serves": "Serves ",
        "per km2": " chosen answers per km²",
        "raster per km2": " per km²",
        "fear without crime": "Fear without crime",
        "verified": "Verified: response rate not above the district's",
        "verdict": "Verdict",
        "range": "{low} to {high}",
    },
    "fr": {
        "within": "À moins de {n} minutes",
        "between": "De {low} à {high} minutes",
        "more": "Plus de {n} minutes",
        "none": "Aucun équipement à portée",
        "other": "Autres routes",
        "main": "Réseau principal",
        "drive island": "Îlot voiture (coupé du réseau principal)",
        "serves": "Dessert ",
        "per km2": " réponses choisies par km²",
        "raster per km2": " par km²",
        "fear without crime": "Peur sans délinquance",
        "verified": "Vérifié : taux de réponse pas plus élevé que sur le territoire",
        "verdict": "Verdict",
        "range": "De {low} à {high}",
    },
}


def uri(town, layer):
    return f"{town}|layername={layer}"


@pytest.fixture(params=["en", "fr"])
def language(request, project):
    """Each test runs in English and in French (the translator installed, the locale set)."""
    if request.param == "fr":
        request.getfixturevalue("french")
    return request.param


def run_loaded(algorithm_id: str, parameters: dict) -> dict:
    """Run as the toolbox does with "Open output file after running": results loaded, post-processors applied."""
    import processing

    return processing.runAndLoadResults(algorithm_id, parameters)


def loaded(results: dict, key: str):
    """The layer Processing loaded for output ``key`` (results give a layer id, or a file for rasters)."""
    project = QgsProject.instance()
    layer = project.mapLayer(results[key]) or next(
        (layer for layer in project.mapLayers().values() if layer.source() == results[key]), None
    )
    assert layer is not None, f"{key} was not loaded: {results[key]}"
    return layer


def labels(renderer) -> list[str]:
    if renderer.type() == "graduatedSymbol":
        return [r.label() for r in renderer.ranges()]
    if renderer.type() == "categorizedSymbol":
        return [c.label() for c in renderer.categories()]
    return [rule.label() for rule in renderer.rootRule().children()]


def every_feature_is_drawn(layer) -> None:
    """Each feature gets a symbol from the renderer (the classes cover the data)."""
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        missing = [f.id() for f in layer.getFeatures() if not renderer.symbolsForFeature(f, context)]
    finally:
        renderer.stopRender(context)
    assert not missing, f"{layer.name()}: {len(missing)} features without a symbol"


def order_by(renderer) -> list[tuple[str, bool]]:
    assert renderer.orderByEnabled()
    return [(clause.expression().expression(), clause.ascending()) for clause in renderer.orderBy().list()]


def test_catchments_are_graduated_by_band_small_on_top(provider, sample_town, language):
    words = WORDS[language]
    results = run_loaded(
        "placeinsight:catchments",
        {
            "FACILITIES": uri(sample_town, "facilities"),
            "NETWORK": uri(sample_town, "roads"),
            "PROFILE": 0,
            "BANDS": "5,7.5,15",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "EDGES": "TEMPORARY_OUTPUT",
        },
    )
    catchments = loaded(results, "OUTPUT")
    renderer = catchments.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "band"
    seven = "7,5" if language == "fr" else "7.5"
    assert labels(renderer) == [words["within"].format(n=n) for n in ("5", seven, "15")]
    assert [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()] == [(0, 5), (5, 7.5), (7.5, 15)]
    assert order_by(renderer) == [('"band"', False)]  # the 15-minute areas first, the 5-minute ones on top
    fills = [r.symbol().color() for r in renderer.ranges()]
    assert all(0 < c.alpha() < 128 for c in fills) and len({c.name() for c in fills}) == 3
    every_feature_is_drawn(catchments)
    roads = loaded(results, "EDGES").renderer()
    assert roads.type() == "graduatedSymbol" and labels(roads) == labels(renderer)


def test_nearest_facility_demand_by_minutes_and_centres(provider, sample_town, language):
    words = WORDS[language]
    results = run_loaded(
        "placeinsight:nearestfacility",
        {
            "DEMAND": uri(sample_town, "postcodes"),
            "WEIGHT": "households",
            "FACILITIES": uri(sample_town, "facilities"),
            "NETWORK": uri(sample_town, "roads"),
            "PROFILE": 0,
            "BANDS": "5,10,15",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CENTRES": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    demand = loaded(results, "OUTPUT")
    renderer = demand.renderer()
    assert renderer.type() == "RuleRenderer"
    assert labels(renderer) == [
        words["within"].format(n=5),
        words["between"].format(low=5, high=10),
        words["between"].format(low=10, high=15),
        words["more"].format(n=15),
        words["none"],
    ]
    assert renderer.rootRule().children()[-1].isElse()
    every_feature_is_drawn(demand)
    centres = loaded(results, "CENTRES").renderer()
    assert centres.type() == "singleSymbol" and centres.symbol().size() >= 4


def test_travel_time_lines_are_graduated_by_minutes(provider, sample_town, language):
    results = run_loaded(
        "placeinsight:traveltimematrix",
        {
            "ORIGINS": uri(sample_town, "facilities"),
            "DESTINATIONS": uri(sample_town, "candidate_sites"),
            "NETWORK": uri(sample_town, "roads"),
            "PROFILE": 2,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "LINES": "TEMPORARY_OUTPUT",
        },
    )
    lines = loaded(results, "LINES")
    renderer = lines.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "minutes"
    ranges = renderer.ranges()
    assert 3 <= len(ranges) <= 8 and ranges[0].lowerValue() == 0
    unit = " minutes"
    assert all(label.endswith(unit) for label in labels(renderer))
    assert labels(renderer)[0] == WORDS[language]["between"].format(low=0, high=f"{ranges[0].upperValue():g}")
    assert all(r.symbol().width() <= 0.3 and r.symbol().color().alpha() < 255 for r in ranges)
    every_feature_is_drawn(lines)


def test_network_edges_by_road_class_and_islands(provider, sample_town, language):
    words = WORDS[language]
    results = run_loaded(
        "placeinsight:buildnetwork",
        {"NETWORK": uri(sample_town, "roads"), "OUTPUT": "TEMPORARY_OUTPUT", "ISLANDS": "TEMPORARY_OUTPUT"},
    )
    edges = loaded(results, "OUTPUT")
    renderer = edges.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "road_class"
    present = {f["road_class"] for f in edges.getFeatures()} - {None}
    categories = {c.value(): c for c in renderer.categories()}
    assert set(categories) - {None, ""} == present
    assert categories[None].label() == words["other"]
    assert categories["primary"].symbol().width() > categories["residential"].symbol().width()
    if "footway" in categories:
        dashes = [categories[c].symbol().symbolLayer(0).penStyle() for c in ("footway", "primary")]
        assert dashes[0] != dashes[1]
    every_feature_is_drawn(edges)
    islands = loaded(results, "ISLANDS").renderer()
    assert islands.type() == "categorizedSymbol"
    assert {c.value(): c.label() for c in islands.categories()}["main"] == words["main"]
    assert words["drive island"] in labels(islands)
    assert order_by(islands) == [('"main"', False)]  # the main network underneath


def test_selected_sites_sized_by_demand_and_light_allocation_lines(provider, sample_town, language):
    words = WORDS[language]
    results = run_loaded(
        "placeinsight:optimiselocations",
        {
            "DEMAND": uri(sample_town, "postcodes"),
            "WEIGHT_FIELD": "households",
            "CANDIDATES": uri(sample_town, "candidate_sites"),
            "SITE_ID_FIELD": "site_id",
            "SITE_NAME_FIELD": "name",
            "COST": 0,
            "P": 5,
            "SITES": "TEMPORARY_OUTPUT",
            "ALLOCATION": "TEMPORARY_OUTPUT",
            "REPORT": "TEMPORARY_OUTPUT",
        },
    )
    sites = loaded(results, "SITES")
    renderer = sites.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "demand"
    sizes = [r.symbol().size() for r in renderer.ranges()]
    assert sizes == sorted(sizes) and sizes[-1] > sizes[0]
    assert all(label.startswith(words["serves"]) for label in labels(renderer))
    if language == "fr":
        assert any(THIN in label for label in labels(renderer))  # thousands in the French way
    every_feature_is_drawn(sites)
    lines = loaded(results, "ALLOCATION")
    allocation = lines.renderer()
    assert allocation.type() == "categorizedSymbol" and allocation.classAttribute() == "site_id"
    names = {str(f["site_id"]): f["name"] for f in sites.getFeatures()}
    assert {c.value(): c.label() for c in allocation.categories()} == names
    colours = [c.symbol().color() for c in allocation.categories()]
    assert len({c.name() for c in colours}) == 5 and all(c.alpha() < 160 for c in colours)
    assert all(c.symbol().width() <= 0.25 for c in allocation.categories())
    every_feature_is_drawn(lines)


def test_survey_clusters_and_density_then_verified_clusters(provider, sample_town, language):
    words = WORDS[language]
    survey = {
        "KEY_FIELD": "postcode",
        "POSTCODES": uri(sample_town, "postcodes"),
        "POSTCODE_FIELD": "postcode",
        "ANSWER_FIELD": "feel_safe",
        "ANSWERS": UNSAFE,
    }
    found = run_loaded(
        "placeinsight:surveyclusters",
        {**survey, "INPUT": uri(sample_town, "survey_responses"), "OUTPUT": "TEMPORARY_OUTPUT", "DENSITY": "TEMPORARY_OUTPUT"},
    )
    clusters = loaded(found, "OUTPUT")
    renderer = clusters.renderer()
    assert clusters.featureCount() >= 2
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "density"
    assert all(label.endswith(words["per km2"]) for label in labels(renderer))
    assert order_by(renderer) == [('"order"', False)]
    every_feature_is_drawn(clusters)
    density = loaded(found, "DENSITY").renderer()
    assert density.type() == "singlebandpseudocolor"
    items = density.shader().rasterShaderFunction().colorRampItemList()
    assert items[0].color.alpha() == 0 and all(item.label.endswith(words["raster per km2"]) for item in items)

    verified = run_loaded(
        "placeinsight:verifyclusters",
        {
            **survey,
            "RESPONSES": uri(sample_town, "survey_responses"),
            "CLUSTERS": clusters.source(),
            "HOUSEHOLDS": "households",
            "INCIDENTS": uri(sample_town, "incidents"),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    layer = loaded(verified, "OUTPUT")
    renderer = layer.renderer()
    assert renderer.type() == "RuleRenderer"
    disparity, verdict = renderer.rootRule().children()
    assert verdict.label() == words["verdict"]
    assert words["fear without crime"] in labels_of(disparity) and words["verified"] in labels_of(verdict)
    every_feature_is_drawn(layer)
    assert_disparity_matches_the_field(layer, renderer)


def labels_of(rule) -> list[str]:
    return [child.label() for child in rule.children()]


def assert_disparity_matches_the_field(layer: QgsVectorLayer, renderer) -> None:
    """The fill each cluster gets is the one of its disparity (the styles test booleans, the field holds it in words)."""
    from place_insight.engine.survey.report import disparity_label
    from place_insight.plugin.bridge.styling.survey import DISPARITY_RULES

    codes = [disparity_label(code) for code, _expression, _colour in DISPARITY_RULES]  # in the language of the run
    disparity = renderer.rootRule().children()[0]
    context = QgsRenderContext()
    clone = renderer.clone()
    clone.startRender(context, layer.fields())
    try:
        for feature in layer.getFeatures():
            keys = clone.legendKeysForFeature(feature, context)
            chosen = [i for i, rule in enumerate(disparity.children()) if rule.ruleKey() in keys]
            expected = codes.index(feature["disparity"]) if feature["disparity"] in codes else len(codes)
            assert chosen == [expected], (feature["cluster_id"], feature["disparity"])
    finally:
        clone.stopRender(context)


def range_labels_follow(renderer, words: dict, decimals: int, unit: str = "") -> None:
    """Each class is labelled with its limits as the language writes numbers (and the unit)."""
    from place_insight.plugin.bridge.styling.common import number_text

    for bounds in renderer.ranges():
        text = words["range"].format(
            low=number_text(bounds.lowerValue(), decimals), high=number_text(bounds.upperValue(), decimals)
        )
        assert bounds.label() == f"{text} {unit}".strip()


def test_target_areas_and_list_by_potential(provider, sample_town, language):
    words = WORDS[language]
    town = {"TARGET": uri(sample_town, "service_clients"), "BASE": uri(sample_town, "postcodes")}
    results = run_loaded(
        "placeinsight:targetareas",
        {
            **town,
            "PLACEMENT": "key",
            "TARGET_KEY_FIELD": "postcode",
            "BASE_SEGMENT_FIELD": "segment",
            "BASE_COUNT_FIELD": "households",
            "BASE_KEY_FIELD": "postcode",
            "LEVEL": "group",
            "ZONES": uri(sample_town, "wards"),
            "BENCHMARK_RATE": 15,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "TARGET_LIST": "TEMPORARY_OUTPUT",
            "REPORT": "TEMPORARY_OUTPUT",
        },
    )
    zones = loaded(results, "OUTPUT")
    renderer = zones.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "benchmark_potential"
    assert len(renderer.ranges()) == 5
    range_labels_follow(renderer, words, 0)
    every_feature_is_drawn(zones)
    listed = loaded(results, "TARGET_LIST")
    assert listed.renderer().type() == "graduatedSymbol" and listed.renderer().classAttribute() == "expected"
    every_feature_is_drawn(listed)  # suppressed potentials would leave units undrawn: the expected count is never hidden


def test_channel_demand_by_face_to_face_share_and_its_surface(provider, sample_town, language):
    words = WORDS[language]
    results = run_loaded(
        "placeinsight:channeldemand",
        {
            "ZONES": uri(sample_town, "wards"),
            "BASE": uri(sample_town, "postcodes"),
            "BASE_SEGMENT_FIELD": "segment",
            "BASE_COUNT_FIELD": "households",
            "LEVEL": "group",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SURFACE": "TEMPORARY_OUTPUT",
        },
    )
    zones = loaded(results, "OUTPUT")
    renderer = zones.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "service_face_to_face_pct"
    range_labels_follow(renderer, words, 1, "%")
    every_feature_is_drawn(zones)
    surface = loaded(results, "SURFACE").renderer()
    assert surface.type() == "singlebandpseudocolor"
    items = surface.shader().rasterShaderFunction().colorRampItemList()
    assert items[0].color.alpha() == 0 and all(item.label.endswith(words["raster per km2"]) for item in items)


def styled_outputs(name: str, sample_town, folder, destination: str) -> dict[str, str]:
    """Which styler styled each layer output of algorithm ``name``, its vector outputs sent to ``destination``."""
    from algorithm_catalogue import OUTPUTS, parameters

    vectors = [key for key, file in OUTPUTS[name].items() if file.endswith(".gpkg")]
    changes = {
        "file": {},
        "table": {key: f"ogr:dbname='{folder / 'results.gpkg'}' table=\"{key.lower()}\" (geom)" for key in vectors},
        "memory": dict.fromkeys(vectors, "memory:"),
        "temporary": dict.fromkeys(vectors, "TEMPORARY_OUTPUT"),
    }[destination]
    folder.mkdir()
    QgsProject.instance().removeAllMapLayers()
    results = run_loaded(f"placeinsight:{name}", parameters(name, sample_town, folder, **changes))
    layers = [key for key, file in OUTPUTS[name].items() if file.endswith((".gpkg", ".tif"))]
    return {key: loaded(results, key).customProperty(STYLED_BY) for key in layers}


#: Algorithms whose outputs load with QGIS's default style (tables, and profiles read through their reports).
UNSTYLED = ("exportcatalogue", "segmentprofile", "compareprofiles")


@pytest.mark.parametrize("name", [name for name in ALGORITHMS if name not in UNSTYLED])
def test_every_output_is_styled_whatever_its_destination(provider, project, sample_town, tmp_path, name):
    in_files = styled_outputs(name, sample_town, tmp_path / "file", "file")
    assert any(in_files.values()), "the algorithm styles some output"
    for destination in ("table", "memory", "temporary"):
        assert styled_outputs(name, sample_town, tmp_path / destination, destination) == in_files, destination
