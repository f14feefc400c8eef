"""Segment profiling: the clients of the stop-smoking service against households and population, and the wards'
segment mix."""

from __future__ import annotations


def run(ctx) -> list[dict]:
    from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer

    from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
    from place_insight.plugin.bridge.styling import segment_renderer

    demo_index = list(builtin_catalogues()).index("demo")  # position in the Classification catalogue list
    profiles = {}
    for count in ("households", "population"):
        profiles[count] = ctx.run(
            "placeinsight:segmentprofile",
            {
                "TARGET": ctx.layer_uri("service_clients"),
                "PLACEMENT": 1,
                "TARGET_KEY_FIELD": "postcode",
                "BASE": ctx.layer_uri("postcodes"),
                "BASE_SEGMENT_FIELD": "segment",
                "BASE_COUNT_FIELD": count,
                "BASE_KEY_FIELD": "postcode",
                "CATALOGUE": demo_index,
                "LEVEL": "group",
                "OUTPUT": str(ctx.path(f"client_profile_{count}.csv")),
                "REPORT": str(ctx.path(f"client_profile_{count}.html")),
            },
        )
    composition = ctx.run(
        "placeinsight:areacomposition",
        {
            "ZONES": ctx.layer_uri("wards"),
            "BASE": ctx.layer_uri("postcodes"),
            "BASE_SEGMENT_FIELD": "segment",
            "BASE_COUNT_FIELD": "households",
            "CATALOGUE": demo_index,
            "LEVEL": "group",
            "OUTPUT": str(ctx.path("ward_composition.gpkg")),
        },
    )
    catalogue = load_catalogue(builtin_catalogues()["demo"])
    wards = QgsVectorLayer(composition["OUTPUT"], "Wards by dominant group", "ogr")
    dominant = sorted({f["dominant"] for f in wards.getFeatures() if f["dominant"]})
    wards.setRenderer(segment_renderer(wards, "dominant", catalogue, "group", "en", codes=dominant))
    QgsProject.instance().addMapLayer(wards, False)
    roads = ctx.load("roads", "Roads")
    roads.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "#555555", "width": "0.15"})))
    river = ctx.load("river", "River")
    river.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#9ecae1", "outline_style": "no"})))
    image = ctx.render_map(
        [roads, river, wards], "ward_composition.png", title="Wards by dominant demo group (share of households)", legend=[wards]
    )
    southbank = next(f for f in wards.getFeatures() if f["ward_name"] == "Southbank")
    return [
        {
            "title": "Segment profile of the stop-smoking clients",
            "description": (
                "The 1,500 clients of the stop-smoking service (a table with postcodes) joined to the postcode units by "
                "postcode, case- and space-insensitively, and profiled by demo group against all households, then "
                "against the population. Index = client % ÷ base % × 100; the reports show the index chart "
                "(significant segments starred, low numbers hatched) and list the 45 clients whose postcode matched no "
                "unit."
            ),
            "files": [
                ("Report against households (HTML)", "client_profile_households.html"),
                ("Report against population (HTML)", "client_profile_population.html"),
                ("Profile table against households (CSV)", "client_profile_households.csv"),
                ("Profile table against population (CSV)", "client_profile_population.csv"),
            ],
            "numbers": {
                "Against households": profiles["households"]["HEADLINE"],
                "Against population": profiles["population"]["HEADLINE"],
                "Clients matched / unmatched": f"{profiles['households']['PLACED']:,} / {profiles['households']['UNMATCHED']}",
            },
        },
        {
            "title": "Ward composition",
            "description": (
                "Each ward's mix of demo groups among its households (postcode units assigned by point in polygon), "
                "with the dominant and second groups, the dominant group's index against the whole town and a "
                "diversity score; the map colours each ward by its dominant group."
            ),
            "images": [("Wards coloured by their dominant demo group", image)],
            "files": [("Ward composition (GeoPackage)", "ward_composition.gpkg")],
            "numbers": {
                "Wards": str(composition["ZONE_COUNT"]),
                "Southbank": f"{southbank['dominant']} {southbank['dominant_name']}, "
                f"{southbank['dominant_share']:.0f}% of households, index "
                f"{southbank['dominant_index']:.0f}, diversity {southbank['diversity']:.2f}",
            },
        },
    ]
