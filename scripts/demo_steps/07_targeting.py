"""From profile to action: where the stop-smoking service's target market lives, how many more could be reached, the
list to send leaflets to, contacts by channel, and afterwards whether a (simulated) leafleting campaign worked."""

from __future__ import annotations


def network_file(ctx) -> str:
    """The sample town's network, saved by the accessibility step (built here when that step has not run)."""
    saved = ctx.path("sample_town_network.npz")
    if saved.exists():
        return str(saved)
    return ctx.run(
        "placeinsight:buildnetwork",
        {"NETWORK": ctx.layer_uri("roads"), "SPEED_FIELD": "speed_mph", "SPEED_UNIT": 1, "SAVE": str(saved), "OUTPUT": "memory:"},
    )["SAVE"]


def common(ctx, demo_index: int) -> dict:
    return {
        "TARGET": ctx.layer_uri("service_clients"),
        "PLACEMENT": 1,
        "TARGET_KEY_FIELD": "postcode",
        "BASE": ctx.layer_uri("postcodes"),
        "BASE_SEGMENT_FIELD": "segment",
        "BASE_COUNT_FIELD": "households",
        "BASE_KEY_FIELD": "postcode",
        "CATALOGUE": demo_index,
        "LEVEL": "group",
    }


def campaign_contacts(ctx, target_list: str):
    """A leafleting round as Dartford ran it, simulated: the likeliest postcodes of the target list get a leaflet,
    100 others get none; responses are drawn at 16 % and 4 %. Returns the contacts and the market's codes."""
    import numpy as np
    from qgis.core import QgsFeature, QgsVectorLayer

    listed = [f["unit_key"] for f in QgsVectorLayer(target_list, "list", "ogr").getFeatures()][:400]
    chosen = set(listed)
    others = [
        f["postcode"] for f in QgsVectorLayer(ctx.layer_uri("postcodes"), "p", "ogr").getFeatures() if f["postcode"] not in chosen
    ]
    rng = np.random.default_rng(2007)
    control = [str(p) for p in rng.choice(others, size=100, replace=False)]
    layer = QgsVectorLayer("None?field=postcode:string&field=leaflet:string&field=responded:integer", "leaflet round", "memory")
    features = []
    for postcodes, group, rate in ((listed, "leaflet", 0.16), (control, "no leaflet", 0.04)):
        for postcode in postcodes:
            feature = QgsFeature(layer.fields())
            feature.setAttributes([postcode, group, int(rng.random() < rate)])
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer, sorted({f["code"] for f in QgsVectorLayer(target_list, "list", "ogr").getFeatures()})


def run(ctx) -> list[dict]:
    from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer

    from place_insight.engine.segmentation.catalogue_files import builtin_catalogues
    from place_insight.plugin.bridge.styling import graduated_renderer

    demo_index = list(builtin_catalogues()).index("demo")
    base = common(ctx, demo_index)
    wards = ctx.run(
        "placeinsight:targetareas",
        {
            **base,
            "ZONES": ctx.layer_uri("wards"),
            "ZONE_NAME_FIELD": "ward_name",
            "BENCHMARK_RATE": 10,
            "LIST_ZONES": 4,
            "SUPPRESS_BELOW": 5,
            "OUTPUT": str(ctx.path("target_wards.gpkg")),
            "TARGET_LIST": str(ctx.path("target_list_wards.csv")),
            "REPORT": str(ctx.path("target_wards.html")),
        },
    )
    civic_centre = ctx.run(
        "native:extractbyattribute",
        {"INPUT": ctx.layer_uri("facilities"), "FIELD": "facility_id", "OPERATOR": 0, "VALUE": "1", "OUTPUT": "memory:"},
    )["OUTPUT"]
    gateway = ctx.run(
        "placeinsight:catchments",
        {
            "NETWORK_FILE": network_file(ctx),
            "PROFILE": 0,
            "FACILITIES": civic_centre,
            "ID_FIELD": "facility_id",
            "NAME_FIELD": "name",
            "BANDS": "15",
            "DISSOLVE": True,
            "OUTPUT": str(ctx.path("gateway_15_minutes.gpkg")),
        },
    )
    catchment = ctx.run(
        "placeinsight:targetareas",
        {
            **base,
            "ZONES": gateway["OUTPUT"],
            "OUTPUT": str(ctx.path("target_catchment.gpkg")),
            "TARGET_LIST": str(ctx.path("target_list_catchment.csv")),
            "REPORT": str(ctx.path("target_catchment.html")),
        },
    )
    named_roads = ctx.run(
        "native:dissolve",
        {"INPUT": ctx.layer_uri("roads"), "FIELD": ["name"], "OUTPUT": str(ctx.path("roads_by_name.gpkg"))},
    )["OUTPUT"]
    roads = ctx.run(
        "placeinsight:targetareas",
        {
            **base,
            "ZONES": f"{named_roads}|layername=roads_by_name",
            "ZONE_NAME_FIELD": "name",
            "BUFFER": 50,
            "LIST_ZONES": 10,
            "OUTPUT": str(ctx.path("target_roads.gpkg")),
            "TARGET_LIST": str(ctx.path("target_list_roads.gpkg")),
            "REPORT": str(ctx.path("target_roads.html")),
        },
    )
    channels = ctx.run(
        "placeinsight:compareprofiles",
        {
            **base,
            "SPLIT": 0,
            "CATEGORY_FIELD": "service",
            "OUTPUT": str(ctx.path("profiles_by_channel.csv")),
            "REPORT": str(ctx.path("profiles_by_channel.html")),
        },
    )
    contacts, market = campaign_contacts(ctx, wards["TARGET_LIST"])
    campaign = ctx.run(
        "placeinsight:compareprofiles",
        {
            **base,
            "TARGET": contacts,
            "SPLIT": 0,
            "CATEGORY_FIELD": "leaflet",
            "RESPONSE_FIELD": "responded",
            "FIRST_CATEGORY": "leaflet",
            "SECOND_CATEGORY": "no leaflet",
            "TARGET_SEGMENTS": ", ".join(market),
            "OUTPUT": str(ctx.path("campaign.csv")),
            "REPORT": str(ctx.path("campaign.html")),
        },
    )

    project = QgsProject.instance()
    ward_layer = QgsVectorLayer(wards["OUTPUT"], "Wards by potential at a 10 % take-up", "ogr")
    ward_layer.setRenderer(graduated_renderer(ward_layer, "benchmark_potential"))
    road_layer = QgsVectorLayer(roads["OUTPUT"], "Roads by potential", "ogr")
    road_layer.setRenderer(graduated_renderer(road_layer, "potential"))
    for layer in (ward_layer, road_layer):
        project.addMapLayer(layer, False)
    river = ctx.load("river", "River")
    river.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#9ecae1", "outline_style": "no"})))
    background = ctx.load("roads", "Roads")
    background.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "#bbbbbb", "width": "0.1"})))
    ward_map = ctx.render_map(
        [background, river, ward_layer],
        "target_wards.png",
        title="Wards by how many more would use the service at a 10 % take-up",
        legend=[ward_layer],
    )
    road_map = ctx.render_map(
        [road_layer, river, background],
        "target_roads.png",
        title="Roads (50 m either side) by potential",
        legend=[road_layer],
        extent=background.extent(),
    )
    return [
        {
            "title": "Target areas and potential",
            "description": (
                "The stop-smoking profile applied to places. The target market is the fewest groups holding 75 % of "
                "the clients; each ward, road (dissolved by name, 50 m either side) and the 15-minute walking catchment "
                "of the Civic Centre (the Gateway) gets its households in the market, the clients there today, the number "
                "expected at each group's take-up across the town, and at a 10 % benchmark take-up; the potential is "
                "the difference. The target lists hold the postcodes of the market in the zones of most potential "
                "(counts below 5 suppressed in the wards' list)."
            ),
            "images": [("Wards by potential at a 10 % take-up", ward_map), ("Roads by potential", road_map)],
            "files": [
                ("Wards: report (HTML)", "target_wards.html"),
                ("Wards with market, expected, actual, potential (GeoPackage)", "target_wards.gpkg"),
                ("Target list of the 4 wards of most potential (CSV)", "target_list_wards.csv"),
                ("15-minute walk of the Civic Centre: report (HTML)", "target_catchment.html"),
                ("Roads: report (HTML)", "target_roads.html"),
                ("Target list of the 10 roads of most potential (GeoPackage)", "target_list_roads.gpkg"),
            ],
            "numbers": {
                "Wards (4 of most potential)": wards["HEADLINE"],
                "Within 15 minutes' walk of the Civic Centre": catchment["HEADLINE"],
                "Roads (10 of most potential)": roads["HEADLINE"],
            },
        },
        {
            "title": "Compared profiles and a campaign",
            "description": (
                "The clients by channel (clinic, pharmacy, telephone) against the rest, with chi-square tests "
                "(Monte Carlo where counts are small) and per-group tests adjusted by Holm's method. Then a "
                "leafleting round as Dartford ran it, simulated on the sample town: leaflets to the 400 likeliest "
                "postcodes of the wards' target list, none to 100 others; responses drawn at 16 % and 4 %."
            ),
            "files": [
                ("Profiles by channel: report (HTML)", "profiles_by_channel.html"),
                ("Profiles by channel: long table (CSV)", "profiles_by_channel.csv"),
                ("Campaign: report (HTML)", "campaign.html"),
                ("Campaign: long table (CSV)", "campaign.csv"),
            ],
            "numbers": {"Channels": channels["HEADLINE"], "Campaign (simulated responses)": campaign["HEADLINE"]},
        },
    ]
