"""Rasters written with GDAL (survey cluster density surfaces)."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from .i18n import tr


def write_raster(
    path: str,
    values: np.ndarray,
    *,
    x0: float,
    y0: float,
    cell: float,
    crs: QgsCoordinateReferenceSystem,
    description: str | None = None,
) -> str:
    """Write a single-band float GeoTIFF; ``values`` is ``(rows, columns)`` with row 0 the southern row.

    ``description`` names the band (QGIS shows it in the layer's legend and properties).
    """
    from osgeo import gdal

    rows, columns = values.shape
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), int(columns), int(rows), 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE"])
    if dataset is None:
        raise QgsProcessingException(tr("Could not write the raster {path}.").format(path=path))
    dataset.SetGeoTransform((x0, cell, 0.0, y0 + rows * cell, 0.0, -cell))
    dataset.SetProjection(crs.toWkt())
    band = dataset.GetRasterBand(1)
    if description:
        band.SetDescription(description)
    band.WriteArray(np.flipud(np.asarray(values, dtype=np.float32)))
    band.FlushCache()
    dataset = None  # closes the file
    return str(path)
