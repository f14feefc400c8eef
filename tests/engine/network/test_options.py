"""The options of the network build are checked."""

from __future__ import annotations

import pytest

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.network.options import NetworkOptions


def test_options_are_checked():
    with pytest.raises(InvalidInputError, match="positive"):
        NetworkOptions(walk_kmh=0)
    with pytest.raises(InvalidInputError, match="country"):
        NetworkOptions(country="de")
    assert NetworkOptions().key() != NetworkOptions(walk_kmh=5).key()
