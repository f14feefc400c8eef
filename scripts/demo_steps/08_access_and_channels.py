"""Access and channels by customer type: who lives within a 15-minute walk of a proposed office (the Sheerness
table), and where face-to-face demand is and what moving contacts to cheaper channels could save."""

from __future__ import annotations

#: Contacts a year by service and channel: illustrative figures made up for the demo (no real council's).
CONTACTS = [
    ("Council tax", "web", 21000),
    ("Council tax", "phone", 34000),
    ("Council tax", "face to face", 9000),
    ("Housing benefit", "web", 4000),
    ("Housing benefit", "phone", 12000),
    ("Housing benefit", "face to face", 15000),
    ("Waste and recycling", "web", 16000),
    ("Waste and recycling", "phone", 18000),
    ("Waste and recycling", "face to face", 1500),
    ("Parking permits", "web", 7000),
    ("Parking permits", "phone", 3000),
    ("Parking permits", "face to face", 2500),
]
#: Maidstone's published cost per contact (pounds): the example of the help, not a default.
MAIDSTONE = "internet=0.32, telephone=1.86, face_to_face=9.66"


def contacts_layer():
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("None?field=service:string&field=channel:string&field=contacts:double", "contacts", "memory")
    features = []
    for row in CONTACTS:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def style_demand(layer, field: str) -> None:
    """Five classes (natural breaks) from pale to dark red, as the plugin styles its outputs."""
    from place_insight.plugin.bridge.styling import graduated_renderer

    layer.setRenderer(graduated_renderer(layer, field, colours=("#fee5d9", "#a50f15")))


def run(ctx) -> list[dict]:
    from qgis.core import QgsProject, QgsVectorLayer

    gateway = ctx.run(
        "native:extractbyattribute",
        {
            "INPUT": ctx.layer_uri("candidate_sites"),
            "FIELD": "site_id",
            "OPERATOR": 0,
            "VALUE": "8",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    catchment = ctx.run(
        "placeinsight:catchments",
        {
            "NETWORK": ctx.layer_uri("roads"),
            "SPEED_FIELD": "speed_mph",
            "SPEED_UNIT": 1,
            "PROFILE": 0,
            "FACILITIES": gateway,
            "ID_FIELD": "site_id",
            "NAME_FIELD": "name",
            "BANDS": "5,10,15",
            "BASE": ctx.layer_uri("postcodes"),
            "COUNT_FIELDS": ["households", "population"],
            "BASE_SEGMENT_FIELD": "segment",
            "BASE_COUNT_FIELD": "households",
            "CATALOGUE": 0,
            "LEVEL": "group",
            "OUTPUT": str(ctx.path("gateway_catchment.gpkg")),
            "SEGMENTS": str(ctx.path("gateway_by_segment.csv")),
            "SEGMENT_REPORT": str(ctx.path("gateway_by_segment.html")),
        },
    )
    channels = ctx.run(
        "placeinsight:channeldemand",
        {
            "ZONES": ctx.layer_uri("wards"),
            "ZONE_NAME_FIELD": "ward_name",
            "BASE": ctx.layer_uri("postcodes"),
            "BASE_SEGMENT_FIELD": "segment",
            "BASE_COUNT_FIELD": "households",
            "CATALOGUE": 0,
            "LEVEL": "group",
            "COSTS": MAIDSTONE,
            "REALISED": 50,
            "SERVICES": contacts_layer(),
            "SERVICE_FIELD": "service",
            "SERVICE_CHANNEL_FIELD": "channel",
            "SERVICE_VOLUME_FIELD": "contacts",
            "OUTPUT": str(ctx.path("channel_demand.gpkg")),
            "SERVICES_OUTPUT": str(ctx.path("channel_shift_by_service.csv")),
            "SURFACE": str(ctx.path("face_to_face_surface.tif")),
            "REPORT": str(ctx.path("channel_demand.html")),
        },
    )
    wards = QgsVectorLayer(channels["OUTPUT"], "Households preferring face to face", "ogr")
    style_demand(wards, "service_face_to_face")
    QgsProject.instance().addMapLayer(wards, False)
    roads = ctx.load("roads", "Roads")
    from qgis.core import QgsLineSymbol, QgsSingleSymbolRenderer

    roads.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "#9a9a9a", "width": "0.15"})))
    image = ctx.render_map(
        [roads, wards],
        "channel_demand.png",
        title="Where face-to-face demand is: expected households preferring face to face, by ward",
        legend=[wards],
    )
    zones = sorted(wards.getFeatures(), key=lambda f: f["face_to_face_rank"])
    within = [f for f in QgsVectorLayer(catchment["OUTPUT"], "c", "ogr").getFeatures() if f["band"] == 15.0][0]
    return [
        {
            "title": "Access and channels by customer type",
            "description": (
                "Who lives within a 15-minute walk of a proposed office at Southbank Library, by group of the demo "
                "classification, with the key groups starred and the over- and under-represented ones named (the "
                "Sheerness table, from one run of Catchments with the postcodes' segment field). Then, from each "
                "ward's segment mix and the catalogue's channel ratings, the households expected to prefer each "
                "service channel, the wards ranked by face-to-face demand, and a channel-shift scenario: made-up "
                "contacts a year for four services, priced at Maidstone's published costs per contact (£0.32 web, "
                "£1.86 phone, £9.66 face to face), half of each segment's preference for a cheaper channel realised."
            ),
            "images": [("Expected households preferring face-to-face service, by ward", image)],
            "files": [
                ("Who lives within 5, 10, 15 minutes' walk of Southbank Library, by segment (HTML)", "gateway_by_segment.html"),
                ("The same as a table (CSV)", "gateway_by_segment.csv"),
                ("Channel demand and shift: report (HTML)", "channel_demand.html"),
                ("Wards with expected demand per channel and the saving (GeoPackage)", "channel_demand.gpkg"),
                ("Channel shift by service (CSV)", "channel_shift_by_service.csv"),
                ("Surface of expected face-to-face demand (GeoTIFF)", "face_to_face_surface.tif"),
            ],
            "numbers": {
                "Households within a 15-minute walk of Southbank Library": f"{within['households']:,.0f}",
                "Households expected to prefer face-to-face service": f"{channels['FACE_TO_FACE']:,.0f}",
                "Wards with most face-to-face demand": ", ".join(f["ward_name"] for f in zones[:3]),
                "Contacts today, cost today": f"{sum(c for *_, c in CONTACTS):,} contacts, £{channels['TODAY_COST']:,.0f}",
                "Contacts moved, saving (half the preference realised)": (
                    f"{channels['MOVED']:,.0f} contacts, £{channels['SAVING']:,.0f} a year"
                ),
            },
        }
    ]
