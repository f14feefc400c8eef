"""The routable road network: travel modes, tags and speeds, topology, snapping, saving and the session cache."""
