"""Place Insight engine: pure-Python computation behind the plugin.

Nothing in this package imports qgis, Qt, processing or osgeo (a test walks
every module to make sure). The engine works on plain numpy arrays and pandas
DataFrames, so it can be tested in milliseconds and used outside QGIS.

Where things live (capability → file, under ``engine/``):

================================  ==============================================
Segmentation                      ``segmentation/``
  classification catalogues        ``catalogue.py`` (hierarchy, names, portraits, colours, channel ratings)
  catalogue format and checks      ``catalogue_format.py`` (``placeinsight-catalogue/1``), ``catalogue_csv.py``
                                     (one row per segment)
  catalogue files                  ``catalogue_files.py`` (reading JSON or CSV, built-in catalogues, the catalogue
                                     as a table)
  postcode / key matching          ``keys.py``
  segment codes on a level         ``encoding.py`` (the segment axis, Unclassified, counts and weights)
  target records to base units     ``joins.py`` (on a shared key, or the nearest base point)
  segment profile, index, tests    ``profile.py``
  area mixes and composition       ``composition.py`` (dominant segments, diversity)
  profile report                   ``report.py``
  target market, take-up rates     ``target_market.py`` (segments chosen, by coverage or by index; benchmark
                                     rates)
  target areas and potential       ``targeting.py`` (expected and actual, potential, target list),
                                     ``targeting_report.py``
  compared profiles                ``comparison.py`` (categories against the rest or each other, tests),
                                     ``comparison_report.py`` (tests in words, small multiples)
  campaign evaluation              ``campaign.py`` (response rates, targeted ÷ not targeted ratio)
  pen portraits                    ``portrait.py``
  channel demand and shift         ``channels.py`` (the channel model: ratings → preferences), ``channel_shift.py``
                                     (costs, contact volumes, the shift scenario), ``channel_surface.py`` (hot-spot
                                     surface), ``channel_demand.py`` (the workflow), ``channel_report.py``
Network                           ``network/`` (``__init__`` re-exports the public API)
  options, road-class speeds       ``options.py``
  OSM tags, speed parsing          ``tags.py``
  travel modes and their graphs    ``modes.py`` (access, directions, speeds per mode, CSR graph, islands)
  the network                      ``model.py``
  topology from lines              ``build.py``
  Build network's edges, as built  ``edges.py`` (read back with their junctions, speeds, directions)
  snapping points onto edges       ``snapping.py``
  edge vertices as flat arrays     ``geometry.py`` (whole edges and pieces cut along them)
  strokes (edges chained)          ``strokes.py``
  save/load, session cache         ``storage.py``
  messages, edge/island tables     ``summary.py``
  OSM XML through osmnx            ``osm.py``
Accessibility                     ``accessibility/``
  bounded Dijkstra searches        ``search.py`` (also the helper process's share)
  travel-time matrix               ``matrix.py``
  nearest facility                 ``nearest.py``
  catchments, bands, tables        ``catchments.py``
  reached edges and cut pieces     ``reach.py``
  catchment polygons               ``polygons.py`` (alpha shapes, buffers traced on a grid)
  reached roads as lines           ``catchment_lines.py``
  breakdowns by segment            ``breakdown.py`` (who is within reach by customer type, for catchments, nearest
                                     facility and plans), ``breakdown_report.py`` (in words and tables)
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
                                     ``nearest_neighbour.py`` CrimeStat NNH; ``result.py`` what they find)
  cluster verification             ``verification.py`` (the workflow), ``verification_types.py`` (its inputs,
                                     options and result)
  exact tests                      ``inference.py`` (binomial tests, Clopper–Pearson; Benjamini–Hochberg from
                                     ``significance.py``)
  tests allowing for the search    ``search.py`` (Monte Carlo: the finder run again on simulated nulls)
  verdicts in plain words          ``verdicts.py``
  verification report              ``report.py``
Shared                            ``errors.py``, ``progress.py``, ``i18n.py``, ``html.py`` (self-contained
                                  reports, inline SVG), ``arrays.py``, ``dependencies.py``,
                                  ``lists.py`` (lists typed in one text: separators, decimal commas)
  process pools, helper process    ``parallel.py`` (``spawn_bootstrap.py`` runs first in each process)
  tests and intervals of counts    ``significance.py`` (two proportions, Fisher, chi-square with Monte Carlo,
                                     Clopper–Pearson, rate ratios, Holm and Benjamini–Hochberg)
  reading numbers of a field       ``values.py`` (the one policy for weights, counts, capacities: NULL, text,
                                     negative, infinite, too large)
  "within the cut-off"             ``cutoff.py`` (the one rule, on double-precision costs, for the location models'
                                     coverage, allocation lines and reports and the nearest facility's bands)
================================  ==============================================
"""
