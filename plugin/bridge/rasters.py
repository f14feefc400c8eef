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

    ``description`` names the band (QGIS shows it in the layer's legend and properties). GDAL's errors
    become a message naming the file, whether GDAL reports them by return values or, when another plugin
    has switched its exceptions on (``gdal.UseExceptions``), by raising.
    """
    from osgeo import gdal

    rows, columns = values.shape
    try:
        driver = gdal.GetDriverByName("GTiff")
        dataset = driver.Create(str(path), int(columns), int(rows), 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE"])
        if dataset is None:
            raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL could not create the file")
        dataset.SetGeoTransform((x0, cell, 0.0, y0 + rows * cell, 0.0, -cell))
        dataset.SetProjection(crs.toWkt())
        band = dataset.GetRasterBand(1)
        if description:
            band.SetDescription(description)
        if band.WriteArray(np.flipud(np.asarray(values, dtype=np.float32))) != 0:
            raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL could not write the values")
        band.FlushCache()
        band = None
        dataset = None  # closes the file
    except RuntimeError as error:
        raise QgsProcessingException(
            tr("Could not write the raster {path}: {error}. Check the free space and that you may write there.").format(
                path=path, error=error
            )
        ) from error
    return str(path)
