"""Place Insight engine: pure-Python computation behind the plugin.

Nothing in this package imports qgis, Qt, processing or osgeo (a test walks
every module to make sure). The engine works on plain numpy arrays and pandas
DataFrames, so it can be tested in milliseconds and used outside QGIS.
"""
