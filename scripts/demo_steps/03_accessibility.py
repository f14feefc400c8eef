"""Accessibility on the sample town: the road network, walking catchments of today's six facilities with the
households and residents inside them, and each postcode's nearest facility by car."""

from __future__ import annotations

BAND_COLOURS = {5.0: "#1a9850", 10.0: "#fee08b", 15.0: "#f46d43"}
FACILITY_COLOURS = ["#1f78b4", "#33a02c", "#e31a1c", "#ff7f00", "#6a3d9a", "#b15928"]


def style_bands(layer) -> None:
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFeatureRequest, QgsFillSymbol, QgsRendererCategory

    categories = []
    for band, colour in sorted(BAND_COLOURS.items(), reverse=True):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#555555", "outline_width": "0.2"})
        symbol.setOpacity(0.8)
        categories.append(QgsRendererCategory(band, symbol, f"within {band:g} minutes' walk"))
    renderer = QgsCategorizedSymbolRenderer("band", categories)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("band", False)]))
    renderer.setOrderByEnabled(True)  # the 15-minute area first, the 5-minute one on top
    layer.setRenderer(renderer)


def style_by_facility(layer, field: str, kind: str) -> None:
    from qgis.core import QgsCategorizedSymbolRenderer, QgsMarkerSymbol, QgsRendererCategory

    categories = []
    for number, colour in enumerate(FACILITY_COLOURS, start=1):
        if kind == "demand":
            symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "1.1", "outline_style": "no"})
        else:
            symbol = QgsMarkerSymbol.createSimple({"name": "star", "color": colour, "size": "5", "outline_color": "black"})
        categories.append(QgsRendererCategory(number, symbol, f"facility {number}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))


def facility_symbols(layer) -> None:
    from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer

    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsMarkerSymbol.createSimple(
                {"name": "square", "color": "white", "outline_color": "black", "outline_width": "0.6", "size": "3.5"}
            )
        )
    )


def run(ctx) -> list[dict]:
    from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer

    roads_uri = ctx.layer_uri("roads")
    network = ctx.run(
        "placeinsight:buildnetwork",
        {
            "NETWORK": roads_uri,
            "SPEED_FIELD": "speed_mph",
            "SPEED_UNIT": 1,
            "OUTPUT": str(ctx.path("network_edges.gpkg")),
            "ISLANDS": str(ctx.path("network_islands.gpkg")),
            "SAVE": str(ctx.path("sample_town_network.npz")),
        },
    )
    catch = ctx.run(
        "placeinsight:catchments",
        {
            "NETWORK_FILE": network["SAVE"],
            "PROFILE": 0,
            "FACILITIES": ctx.layer_uri("facilities"),
            "ID_FIELD": "facility_id",
            "NAME_FIELD": "name",
            "BANDS": "5,10,15",
            "BASE": ctx.layer_uri("postcodes"),
            "COUNT_FIELDS": ["households", "population"],
            "OUTPUT": str(ctx.path("walk_catchments.gpkg")),
            "EDGES": str(ctx.path("walk_reached_roads.gpkg")),
        },
    )
    dissolved = ctx.run(
        "placeinsight:catchments",
        {
            "NETWORK_FILE": network["SAVE"],
            "PROFILE": 0,
            "FACILITIES": ctx.layer_uri("facilities"),
            "BANDS": "5,10,15",
            "DISSOLVE": True,
            "BASE": ctx.layer_uri("postcodes"),
            "COUNT_FIELDS": ["households", "population"],
            "OUTPUT": str(ctx.path("walk_catchments_dissolved.gpkg")),
        },
    )
    nearest = ctx.run(
        "placeinsight:nearestfacility",
        {
            "NETWORK_FILE": network["SAVE"],
            "PROFILE": 2,
            "DEMAND": ctx.layer_uri("postcodes"),
            "DEMAND_ID": "postcode",
            "WEIGHT": "households",
            "FACILITIES": ctx.layer_uri("facilities"),
            "FACILITY_ID": "facility_id",
            "FACILITY_NAME": "name",
            "THRESHOLD": 5,
            "OUTPUT": str(ctx.path("nearest_facility.gpkg")),
            "CENTRES": str(ctx.path("demand_centres.gpkg")),
            "SUMMARY": str(ctx.path("drive_time_bands.csv")),
        },
    )

    project = QgsProject.instance()
    bands = QgsVectorLayer(dissolved["OUTPUT"], "Walking catchments (all facilities)", "ogr")
    style_bands(bands)
    roads = ctx.load("roads", "Roads")
    roads.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "#9a9a9a", "width": "0.2"})))
    river = ctx.load("river", "River")
    river.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#9ecae1", "outline_style": "no"})))
    facilities = ctx.load("facilities", "Today's facilities")
    facility_symbols(facilities)
    for layer in (bands,):
        project.addMapLayer(layer, False)
    image = ctx.render_map(
        [facilities, roads, river, bands],
        "walk_catchments.png",
        title="5, 10 and 15 minutes' walk from today's six facilities",
        legend=[bands, facilities],
        extent=roads.extent(),
    )
    demand = QgsVectorLayer(nearest["OUTPUT"], "Postcodes by nearest facility (drive)", "ogr")
    style_by_facility(demand, "facility_id", "demand")
    centres = QgsVectorLayer(nearest["CENTRES"], "Demand centre of each facility", "ogr")
    style_by_facility(centres, "facility_id", "centre")
    for layer in (demand, centres):
        project.addMapLayer(layer, False)
    nearest_image = ctx.render_map(
        [centres, facilities, demand, roads, river],
        "nearest_facility.png",
        title="Nearest facility by car, and where each facility's demand centres",
        legend=[centres, facilities],
        extent=roads.extent(),
    )

    rows = {(f["facility_id"], f["band"]): f for f in QgsVectorLayer(catch["OUTPUT"], "c", "ogr").getFeatures()}
    whole = {f["band"]: f for f in bands.getFeatures()}
    total = sum(f["households"] for f in QgsVectorLayer(ctx.layer_uri("postcodes"), "p", "ogr").getFeatures())
    numbers = {"Network": f"{network['NODES']:,} nodes, {network['EDGES']:,} edges, {network['DRIVE_ISLANDS']} drive island(s)"}
    for band in (5.0, 10.0, 15.0):
        numbers[f"Households within {band:g} min walk of a facility"] = (
            f"{whole[band]['households']:,.0f} of {total:,} ({whole[band]['households'] / total:.0%}); "
            f"{whole[band]['population']:,.0f} residents"
        )
    civic = rows[(1, 10.0)]
    numbers["Civic Centre, 10 min walk"] = (
        f"{civic['households']:,.0f} households, {civic['area_km2']:.2f} km², {civic['reached_km']:.1f} km of road"
    )
    numbers["Households within 5 min drive of a facility"] = f"{nearest['SHARE_WITHIN']:.0%}"
    far = max(QgsVectorLayer(nearest["CENTRES"], "c", "ogr").getFeatures(), key=lambda f: f["centre_offset_m"])
    numbers["Demand farthest from its facility"] = f"{far['name']}: its postcodes centre {far['centre_offset_m']:,.0f} m from it"
    return [
        {
            "title": "Accessibility: walking catchments and the nearest facility",
            "description": (
                "The roads become a routable network (one drive island: the river is crossed only on its "
                "bridges, the bypass flyover does not join the lane beneath). Walking catchments of 5, 10 and "
                "15 minutes around today's six facilities count the households and residents inside; every "
                "postcode's nearest facility by car shows where each facility's demand centres. All six are "
                "north of the river, so the south bank is the least served."
            ),
            "images": [
                ("Walking catchments (dissolved per band)", image),
                ("Postcodes coloured by their nearest facility by car; stars are the demand-weighted centres", nearest_image),
            ],
            "files": [
                ("Catchments per facility and band, with households and population", "walk_catchments.gpkg"),
                ("Reached roads, one multi-line per facility and band, cut where the time runs out", "walk_reached_roads.gpkg"),
                ("Network edges with minutes per mode", "network_edges.gpkg"),
                ("Nearest facility of every postcode", "nearest_facility.gpkg"),
                ("Demand within 5/10/15 minutes' drive", "drive_time_bands.csv"),
            ],
            "numbers": numbers,
        }
    ]
