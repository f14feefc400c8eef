"""Place Insight engine: pure-Python computation behind the plugin.

Nothing in this package imports qgis, Qt, processing or osgeo (a test walks
every module to make sure). The engine works on plain numpy arrays and pandas
DataFrames, so it can be tested in milliseconds and used outside QGIS.

Where things live (capability → file, under ``engine/``):

================================  ==============================================
Segmentation                      ``segmentation/``
  classification catalogues        ``catalogue.py`` (hierarchy, names, portraits, colours, channel ratings)
  postcode / key matching          ``keys.py``
  segment profile, index, tests    ``profile.py`` (also area mixes and composition)
  profile report                   ``report.py``
  pen portraits                    ``portrait.py``
Network                           ``network/``
  travel modes, tags, speeds,      ``build.py`` (topology, snapping, save/load, session cache,
  topology, snapping, cache          OSM XML through osmnx)
Accessibility                     ``accessibility/``
  searches, travel-time matrix,    ``catchments.py`` (also nearest facility and catchment polygons)
  nearest facility, catchments
  reached roads as lines           ``catchment_lines.py``
Location planning                 ``location/`` (``__init__`` re-exports the public API)
  travel cost matrix               ``costs.py`` (straight line or along the network)
  model, options, checks, result   ``problem.py``
  solve (every model), curve in p  ``solve.py``
  evaluation of a configuration    ``evaluation.py`` (closest allocation, metrics, gap)
  HiGHS MILP helpers               ``milp.py``
  p-median (exact, heuristic)      ``pmedian.py``
  Lagrangian bound and fixing      ``lagrangian.py``
  k nearest candidates per row     ``neighbours.py``
  swap (vertex substitution)       ``swap_search.py``
  capacitated p-median             ``capacitated.py``
  MCLP and LSCP (covering)         ``covering.py``
  p-center                         ``pcenter.py``
  plan workflow, output tables     ``plan.py``
  plan report                      ``report.py``
Survey and hotspots               ``survey/``
  responses                        ``responses.py``
  cluster finders                  ``clusters/`` (``density.py`` kernel density, ``getis_ord.py`` Gi*,
                                     ``nearest_neighbour.py`` CrimeStat NNH)
  cluster verification             ``verification.py``
  verification report              ``report.py``
Shared                            ``errors.py``, ``progress.py``, ``i18n.py``, ``html.py`` (self-contained
                                  reports, inline SVG), ``arrays.py``, ``parallel.py``, ``dependencies.py``
================================  ==============================================
"""
