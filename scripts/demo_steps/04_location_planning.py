"""Location planning: 5 of the 150 candidate sites for face-to-face services, against today's 6 facilities."""

from __future__ import annotations


def _symbol_layer(layer, kind: str, properties: dict) -> None:
    from qgis.core import QgsLineSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer

    factory = {"marker": QgsMarkerSymbol, "line": QgsLineSymbol}[kind]
    layer.setRenderer(QgsSingleSymbolRenderer(factory.createSimple(properties)))


def run(ctx) -> list[dict]:
    from qgis.core import QgsProject, QgsVectorLayer

    parameters = {
        "DEMAND": ctx.layer_uri("postcodes"),
        "WEIGHT_FIELD": "households",
        "DEMAND_ID_FIELD": "postcode",
        "SEGMENT_FIELD": "segment",
        "CATALOGUE": 0,
        "LEVEL": "group",
        "CANDIDATES": ctx.layer_uri("candidate_sites"),
        "SITE_ID_FIELD": "site_id",
        "SITE_NAME_FIELD": "name",
        "REQUIRED_FIELD": "required",
        "CURRENT": ctx.layer_uri("facilities"),
        "COST": 2,
        "NETWORK": ctx.layer_uri("roads"),
        "SPEED_FIELD": "speed_mph",
        "SPEED_UNIT": 1,
        "PROFILE": 0,
        "OBJECTIVE": 0,
        "P": 5,
        "CUTOFF": 15.0,
        "SOLVER": 0,
        "TIME_LIMIT": 60.0,
        "CURVE_P": 10,
        "SITES": str(ctx.path("location_sites.gpkg")),
        "ALLOCATION": str(ctx.path("location_allocation.gpkg")),
        "REPORT": str(ctx.path("location_report.html")),
        "SEGMENTS": str(ctx.path("location_by_segment.csv")),
    }
    result = ctx.run("placeinsight:optimiselocations", parameters)
    covering = ctx.run(
        "placeinsight:optimiselocations",
        dict(
            parameters,
            OBJECTIVE=1,
            CURVE_P=0,
            SITES="TEMPORARY_OUTPUT",
            ALLOCATION="TEMPORARY_OUTPUT",
            SEGMENTS="TEMPORARY_OUTPUT",
            REPORT=str(ctx.path("location_report_mclp.html")),
        ),
    )

    lines = QgsVectorLayer(f"{ctx.path('location_allocation.gpkg')}", "Walk to the chosen site", "ogr")
    sites = QgsVectorLayer(f"{ctx.path('location_sites.gpkg')}", "Chosen sites (5)", "ogr")
    for layer in (lines, sites):
        QgsProject.instance().addMapLayer(layer, False)
    _symbol_layer(lines, "line", {"color": "120,120,120,90", "width": "0.15"})
    _symbol_layer(sites, "marker", {"name": "star", "color": "#d7301f", "size": "5", "outline_color": "black"})
    candidates = ctx.load("candidate_sites", "Candidate sites (150)")
    _symbol_layer(candidates, "marker", {"name": "circle", "color": "#bbbbbb", "size": "1.4", "outline_style": "no"})
    today = ctx.load("facilities", "Today's facilities (6)")
    _symbol_layer(today, "marker", {"name": "square", "color": "#2b6c8f", "size": "3.2", "outline_color": "white"})
    postcodes = ctx.load("postcodes", "Postcodes")
    _symbol_layer(postcodes, "marker", {"name": "circle", "color": "#f0c987", "size": "0.9", "outline_style": "no"})
    river = ctx.load("river", "River")
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    river.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#9ecae1", "outline_style": "no"})))
    image = ctx.render_map(
        [sites, today, candidates, lines, postcodes, river],
        "location_planning.png",
        title="Five sites for face-to-face services (p-median, walking time on the roads)",
        legend=[sites, today, candidates, lines],
    )
    return [
        {
            "title": "Location planning: where to deliver face-to-face services",
            "description": (
                "Choose 5 of the 150 candidate sites (the Civic Centre and the Police Station must stay open) so that "
                "households walk as little as possible (walking time along the roads and paths, crossing the river "
                "only on its bridges), and compare with the 6 facilities of today, all north of the river. The report "
                "gives the proof of optimality (objective, bound, gap), the comparison, which customer types gain "
                "and lose (mean walk and households within 15 minutes, by group) and the objective for 2 to 10 "
                "sites; a second run maximises the households within 15 minutes."
            ),
            "images": [("Chosen sites (stars), today's facilities (squares) and each postcode's walk", image)],
            "files": [
                ("Report: p-median with the comparison and the curve (HTML)", "location_report.html"),
                ("Report: maximal covering within 15 minutes (HTML)", "location_report_mclp.html"),
                ("Access by segment today and with the 5 sites (CSV)", "location_by_segment.csv"),
                ("Chosen sites (GeoPackage)", "location_sites.gpkg"),
                ("Allocation lines (GeoPackage)", "location_allocation.gpkg"),
            ],
            "numbers": {
                "Mean walking time, 5 chosen sites (min)": f"{result['MEAN_COST']:.1f}",
                "Households within 15 min, 5 chosen sites": f"{result['COVERED_SHARE']:.0%}",
                "Gap to the proven bound": f"{result['GAP']:.3%}",
                "Households within 15 min, maximal covering with 5 sites": f"{covering['COVERED_SHARE']:.0%}",
            },
        }
    ]
