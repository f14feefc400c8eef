"""Saving and loading networks, and the session cache."""

from __future__ import annotations

import json

import numpy as np
import pytest
from network_fixtures import lines

from place_insight.engine.accessibility.matrix import travel_times
from place_insight.engine.errors import InvalidInputError
from place_insight.engine.network.options import NetworkOptions
from place_insight.engine.network.storage import FORMAT, NetworkCache, load_network, save_network


def test_saved_network_gives_the_same_times(tmp_path):
    network = lines(
        [[(0, 0), (100, 0)], [(100, 0), (200, 0)]],
        highway=["residential", None],
        oneway=["yes", None],
        options=NetworkOptions(walk_kmh=6.0, class_speeds=(("residential", 20),)),
    )
    network.meta["crs"] = "EPSG:27700"
    path = save_network(network, tmp_path / "net.npz")
    loaded = load_network(path)
    assert loaded.options == network.options
    assert loaded.meta["crs"] == "EPSG:27700"
    assert loaded.edge_class.tolist() == ["residential", None]
    for name in ("walk", "drive"):
        np.testing.assert_array_equal(loaded.profile(name).forward, network.profile(name).forward)
        np.testing.assert_allclose(loaded.profile(name).time_s, network.profile(name).time_s)
    a = travel_times(network, "drive", [[0, 0]], [[100, 0]]).minutes
    b = travel_times(loaded, "drive", [[0, 0]], [[100, 0]]).minutes
    np.testing.assert_allclose(a, b)


def damaged_and_foreign_files(folder):
    """Files a user may give as a saved network: cut short, foreign, from another tool, incomplete, inconsistent."""
    network = lines([[(0, 0), (100, 0)], [(100, 0), (200, 0)]], highway=["residential", None])
    whole = save_network(network, folder / "whole.npz").read_bytes()
    (folder / "text.npz").write_bytes(b"not a network")
    (folder / "cut_short.npz").write_bytes(whole[: len(whole) // 2])  # zipfile.BadZipFile before
    np.savez(folder / "foreign.npz", a=np.arange(3))  # no header
    np.savez(folder / "no_options.npz", header=json.dumps({"format": FORMAT}))  # KeyError 'options' before
    with np.load(folder / "whole.npz") as data:
        arrays = dict(data)
    arrays["edge_u"] = arrays["edge_u"] + 100  # edges to nodes that do not exist
    np.savez(folder / "inconsistent.npz", **arrays)
    return ["text", "cut_short", "foreign", "no_options", "inconsistent"]


def test_damaged_or_foreign_files_are_refused_naming_the_file(tmp_path):
    for name in damaged_and_foreign_files(tmp_path):
        with pytest.raises(InvalidInputError, match=rf"{name}\.npz (cannot be read as|is not) a network"):
            load_network(tmp_path / f"{name}.npz")


def test_cache_keeps_the_most_recent_networks():
    cache = NetworkCache(capacity=2)
    a, b, c = object(), object(), object()
    cache.put("a", a)
    cache.put("b", b)
    assert cache.get("a") is a
    cache.put("c", c)
    assert "b" not in cache and cache.get("a") is a and cache.get("c") is c
    assert cache.get("b") is None
    assert (cache.hits, cache.misses) == (3, 1)


def test_the_cache_is_used_by_one_thread_at_a_time():
    """Processing runs algorithms in several threads: a put from another thread waits while the cache is in use."""
    import threading

    cache = NetworkCache(capacity=2)
    network = object()
    writer = threading.Thread(target=cache.put, args=("a", network))
    with cache._lock:  # as while another thread gets or puts
        writer.start()
        writer.join(timeout=0.3)
        assert writer.is_alive() and "a" not in cache._items
    writer.join(timeout=10)
    assert not writer.is_alive() and cache.get("a") is network
