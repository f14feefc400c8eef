"""Side-by-side benchmarks of Place Insight against its peers (``make bench``)."""
