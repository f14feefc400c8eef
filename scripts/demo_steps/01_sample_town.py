"""The sample town, styled by segment, and its classification catalogue."""

from __future__ import annotations


def style_roads(layer) -> None:
    from qgis.core import QgsCategorizedSymbolRenderer, QgsLineSymbol, QgsRendererCategory

    styles = {
        "trunk": ("#c0392b", 1.1),
        "primary": ("#e67e22", 0.9),
        "secondary": ("#f1c40f", 0.7),
        "tertiary": ("#7f8c8d", 0.5),
        "footway": ("#27ae60", 0.25),
        "path": ("#27ae60", 0.25),
        "cycleway": ("#2980b9", 0.25),
    }
    categories = [
        QgsRendererCategory(k, QgsLineSymbol.createSimple({"color": c, "width": str(w)}), k) for k, (c, w) in styles.items()
    ]
    categories.append(QgsRendererCategory(None, QgsLineSymbol.createSimple({"color": "#b0b0b0", "width": "0.2"}), "other"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("highway", categories))


def run(ctx) -> list[dict]:
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
    from place_insight.plugin.bridge.styling import style_by_segment

    catalogue = load_catalogue(builtin_catalogues()["demo"])
    postcodes = ctx.load("postcodes", "Postcodes by demo group")
    style_by_segment(postcodes, "segment", catalogue, "group", "en")
    roads = ctx.load("roads", "Roads")
    style_roads(roads)
    river = ctx.load("river", "River")
    river.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#9ecae1", "outline_style": "no"})))
    wards = ctx.load("wards", "Wards")
    wards.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#444444", "outline_width": "0.4", "outline_style": "dash"}
            )
        )
    )
    image = ctx.render_map(
        [postcodes, wards, roads, river],
        "sample_town.png",
        title="The sample town: postcode units by demo group",
        legend=[postcodes],
    )
    result = ctx.run(
        "placeinsight:exportcatalogue", {"CATALOGUE": 0, "ALL_LEVELS": True, "OUTPUT": str(ctx.path("demo_catalogue.csv"))}
    )
    return [
        {
            "title": "The sample town",
            "description": (
                f"{postcodes.featureCount():,} postcode units, {roads.featureCount():,} road segments and "
                f"{wards.featureCount()} wards of a fictional town (EPSG:27700). Each postcode carries a type "
                "of the illustrative demo classification; the map shows its group."
            ),
            "images": [("Postcode units coloured by demo group", image)],
            "files": [("Demo classification catalogue as a table (CSV)", "demo_catalogue.csv")],
            "numbers": {"Segments in the catalogue": str(result["SEGMENTS"])},
        }
    ]
