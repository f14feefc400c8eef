"""Attribute values between QGIS and Python/pandas, both ways.

Reading: :func:`python_value` (QVariant NULL, QDate… to plain Python) and
:func:`attribute_column` (a column of raw attribute values as a pandas
Series). Writing: :func:`field_kind` (the field type a column needs) and
:func:`qgis_value` (NaN and numpy scalars to what a QgsFeature accepts).
"""

from __future__ import annotations

import datetime as _dt
import math

import numpy as np
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None


def python_value(value):
    """A QGIS attribute value as a plain Python value (NULL → None)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def attribute_column(values: list) -> object:
    """Turn raw attribute values into a numpy/pandas-friendly column."""
    converted = [python_value(v) if isinstance(v, (QVariant, QDate, QDateTime, QTime)) else v for v in values]
    return pd.Series(converted, dtype=object).infer_objects()


def field_kind(series: pd.Series) -> str:
    """The QGIS field kind (see :func:`compat.field_type`) suited to a column."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(dtype):
        values = series.dropna()
        if len(values) and (values.max() > 2**31 - 1 or values.min() < -(2**31)):
            return "longlong"
        return "int"
    if pd.api.types.is_float_dtype(dtype):
        return "double"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "datetime"
    sample = series.dropna()
    if len(sample):
        first = sample.iloc[0]
        if isinstance(first, (bool, np.bool_)):
            return "bool"
        if isinstance(first, _dt.datetime):
            return "datetime"
        if isinstance(first, _dt.date):
            return "date"
        if isinstance(first, (int, np.integer)) and all(isinstance(v, (int, np.integer)) for v in sample):
            return "longlong"
        if isinstance(first, (float, np.floating, int, np.integer)) and all(
            isinstance(v, (int, float, np.integer, np.floating)) for v in sample
        ):
            return "double"
    return "string"


def qgis_value(value):
    """A Python/numpy value as something a QgsFeature attribute accepts (NaN → NULL)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, pd.Timestamp):
        return QDateTime(value.to_pydatetime())
    if isinstance(value, _dt.datetime):
        return QDateTime(value)
    if isinstance(value, _dt.date):
        return QDate(value)
    return value
