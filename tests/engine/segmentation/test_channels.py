"""Channel demand and shift against hand computations and brute-force loops."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.segmentation.catalogue_format import catalogue_from_dict
from place_insight.engine.segmentation.channel_demand import Contacts, channel_demand
from place_insight.engine.segmentation.channel_shift import (
    channel_id,
    check_costs,
    check_split,
    parse_channel_values,
    service_volumes,
    shift_contacts,
)
from place_insight.engine.segmentation.channel_surface import channel_surface
from place_insight.engine.segmentation.channels import (
    ChannelModel,
    channel_propensities,
    expected_channels,
    rating_notes,
    unit_channel_people,
    zone_channel_table,
)
from place_insight.engine.segmentation.encoding import SegmentAxis

SERVICE_A = {"internet": 5, "telephone": 3, "mobile": 3, "post": 3, "face_to_face": 2}
SERVICE_B = {"internet": 1, "telephone": 4, "mobile": 2, "post": 4, "face_to_face": 5}
SERVICE_A2 = {"internet": 2, "telephone": 2, "mobile": 2, "post": 2, "face_to_face": 4}
INFO_A = {
    "internet": 4,
    "telephone": 3,
    "sms": 3,
    "interactive_tv": 1,
    "face_to_face": 2,
    "national_papers": 5,
    "local_papers": 3,
    "magazines": 1,
}
CATALOGUE = catalogue_from_dict(
    {
        "format": "placeinsight-catalogue/1",
        "id": "rated",
        "name": {"en": "Rated"},
        "levels": [{"id": "group", "name": {"en": "Group"}}, {"id": "type", "name": {"en": "Type"}}],
        "segments": [
            {
                "code": "A",
                "level": "group",
                "name": {"en": "Alpha"},
                "service_channels": SERVICE_A,
                "information_channels": INFO_A,
            },
            {"code": "B", "level": "group", "name": {"en": "Beta"}, "service_channels": SERVICE_B},
            {"code": "C", "level": "group", "name": {"en": "Gamma"}},
            {"code": "A1", "level": "type", "parent": "A", "name": {"en": "Alpha one"}},
            {"code": "A2", "level": "type", "parent": "A", "name": {"en": "Alpha two"}, "service_channels": SERVICE_A2},
            {"code": "B1", "level": "type", "parent": "B", "name": {"en": "Beta one"}},
            {"code": "C1", "level": "type", "parent": "C", "name": {"en": "Gamma one"}},
        ],
    }
)
GROUPS = SegmentAxis.of(CATALOGUE, "group")
TYPES = SegmentAxis.of(CATALOGUE, "type")
MAIDSTONE = {"internet": 0.32, "telephone": 1.86, "face_to_face": 9.66}


@pytest.fixture(autouse=True)
def warnings_are_errors():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def test_propensities_by_hand():
    p = channel_propensities(GROUPS, "service")
    assert p.channels == ("internet", "telephone", "mobile", "post", "face_to_face")
    # A: ratings 5,3,3,3,2 weigh 16,4,4,4,2 (sum 30)
    np.testing.assert_allclose(p.shares[0], np.array([16, 4, 4, 4, 2]) / 30)
    # B: ratings 1,4,2,4,5 weigh 1,8,2,8,16 (sum 35)
    np.testing.assert_allclose(p.shares[1], np.array([1, 8, 2, 8, 16]) / 35)
    assert np.isnan(p.shares[2]).all() and np.isnan(p.shares[3]).all()  # Gamma and Unclassified: no ratings
    assert p.unrated == ("C",) and p.inherited == {}
    linear = channel_propensities(GROUPS, "service", ChannelModel.parse("1,2,3,4,5"))
    np.testing.assert_allclose(linear.shares[0], np.array([5, 3, 3, 3, 2]) / 16)
    above_average = channel_propensities(GROUPS, "service", ChannelModel.parse("0;0;1;1;1"))
    np.testing.assert_allclose(above_average.shares[0], np.array([1, 1, 1, 1, 0]) / 4)


def test_types_inherit_their_groups_ratings_and_it_is_said():
    p = channel_propensities(TYPES, "service")
    np.testing.assert_allclose(p.shares[TYPES.codes.index("A1")], np.array([16, 4, 4, 4, 2]) / 30)
    np.testing.assert_allclose(p.shares[TYPES.codes.index("A2")], np.array([2, 2, 2, 2, 8]) / 16)  # its own ratings
    np.testing.assert_allclose(p.shares[TYPES.codes.index("B1")], np.array([1, 8, 2, 8, 16]) / 35)
    assert p.inherited == {"A1": "A", "B1": "B"} and p.unrated == ("C1",)
    base = np.array([10.0, 20.0, 30.0, 40.0, 5.0])  # A1, A2, B1, C1, Unclassified
    notes = rating_notes(p, base, what="households")
    assert "1 segments have no complete ratings of service channels" in notes[0] and "C1 Gamma one (40)" in notes[0]
    assert "they hold 40 households (38.1 % of the base)" in notes[0]
    assert notes[1] == "5 households of Unclassified segments are left out of the channel shares."
    assert "take the ratings of their group (A1 ← A, B1 ← B)" in notes[2]


def test_information_channels_rated_by_one_group_only():
    p = channel_propensities(GROUPS, "information")
    assert len(p.channels) == 8 and p.unrated == ("B", "C")
    weights = np.array([8, 4, 4, 1, 2, 16, 4, 1])
    np.testing.assert_allclose(p.shares[0], weights / weights.sum())


def test_a_catalogue_without_ratings_is_refused():
    bare = catalogue_from_dict(
        {
            "format": "placeinsight-catalogue/1",
            "id": "bare",
            "name": {"en": "Bare"},
            "levels": [{"id": "group"}],
            "segments": [{"code": "X", "level": "group", "name": {"en": "X"}}],
        }
    )
    with pytest.raises(InvalidInputError, match="rates no service channel for its groups"):
        channel_propensities(SegmentAxis.of(bare, "group"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,2,4", "Give five rating weights"),
        ("1,2,-4,8,16", "zero or more"),
        ("16,8,4,2,1", "must not decrease"),
        ("a,b", "five numbers"),
    ],
)
def test_bad_rating_weights(text, message):
    with pytest.raises(InvalidInputError, match=message):
        ChannelModel.parse(text)


def test_zone_demand_against_a_loop():
    p = channel_propensities(GROUPS, "service")
    rng = np.random.default_rng(1)
    matrix = rng.integers(0, 50, (6, GROUPS.size)).astype(float)
    matrix[5] = 0.0
    table, demand = zone_channel_table(matrix, p, channel_propensities(GROUPS, "information"))
    for zone in range(6):
        rated = matrix[zone, 0] + matrix[zone, 1]
        for column, channel in enumerate(p.channels):
            people = matrix[zone, 0] * p.shares[0, column] + matrix[zone, 1] * p.shares[1, column]
            assert table.loc[zone, f"service_{channel}"] == pytest.approx(people)
            if rated:
                assert table.loc[zone, f"service_{channel}_pct"] == pytest.approx(people / rated * 100)
        assert table.loc[zone, "base_total"] == matrix[zone].sum()
    f2f = demand.people[:5, 4]
    assert list(table["face_to_face_rank"][:5]) == list(np.argsort(np.argsort(-f2f, kind="stable")) + 1)
    assert table["face_to_face_rank"].isna().iloc[5] and math.isnan(table.loc[5, "service_internet_pct"])
    assert table.loc[0, "info_internet_pct"] == pytest.approx(8 / 40 * 100)  # only A rates information


def test_unit_people_and_surface():
    p = channel_propensities(GROUPS, "service")
    people = unit_channel_people(np.array([0, 1, 2, -1]), np.array([30.0, 35.0, 10.0, 5.0]), p, "face_to_face")
    np.testing.assert_allclose(people, [2.0, 16.0, 0.0, 0.0])
    xy = np.array([[0.0, 0.0], [1000.0, 0.0], [np.nan, np.nan]])
    surface = channel_surface(xy, np.array([2.0, 16.0, 5.0]), bandwidth=500.0, cell_size=50.0)
    cell_area_km2 = (50.0 / 1000) ** 2
    # the quartic kernel integrates to one: the surface holds the 18 expected residents
    assert surface.values.sum() * cell_area_km2 == pytest.approx(18.0, rel=0.01)
    peak = np.unravel_index(np.argmax(surface.values), surface.values.shape)
    centre = surface.grid.centres()[peak[0] * surface.grid.columns + peak[1]]
    assert abs(centre[0] - 1000.0) <= 50 and abs(centre[1]) <= 50


def test_channel_names_costs_and_splits():
    assert (
        channel_id("Web") == "internet"
        and channel_id("face-to-face") == "face_to_face"
        and channel_id("Face à face") == "face_to_face"
    )
    assert channel_id("Téléphone") == "telephone" and channel_id("owl") is None
    assert parse_channel_values("web=0.32, phone=1.86; f2f=9.66", what="Costs") == MAIDSTONE
    assert parse_channel_values("internet=0,32; telephone=1,86", what="Costs") == {"internet": 0.32, "telephone": 1.86}
    with pytest.raises(InvalidInputError, match="'pigeon' is not a service channel"):
        parse_channel_values("pigeon=3", what="Costs")
    with pytest.raises(InvalidInputError, match="given twice"):
        parse_channel_values("web=1, internet=2", what="Costs")
    with pytest.raises(InvalidInputError, match="telephone=0, face_to_face=-9.66 cannot be used"):
        check_costs({"internet": 0.32, "telephone": 0.0, "face_to_face": -9.66})
    with pytest.raises(InvalidInputError, match="at least two channels"):
        check_costs({"internet": 0.32})
    np.testing.assert_allclose(check_split({"internet": 30, "telephone": 70}, list(MAIDSTONE), what="Split"), [0.3, 0.7, 0.0])
    with pytest.raises(InvalidInputError, match="post has no cost per contact"):
        check_split({"post": 5}, list(MAIDSTONE), what="Split")


def test_shift_by_hand():
    # 1,000 contacts: 20 % web, 30 % phone, 50 % face to face; residents prefer 60 % web, 10 % phone, 30 % face to face
    shift = shift_contacts(np.array([1000.0]), np.array([0.2, 0.3, 0.5]), np.array([0.6, 0.1, 0.3]), MAIDSTONE, realised=0.5)
    # phone → web: 300 × 0.5 × 0.6 = 90; face to face → web: 500 × 0.5 × 0.6 = 150; face to face → phone: 500 × 0.5 × 0.1 = 25
    assert shift.moved[0] == pytest.approx(265)
    np.testing.assert_allclose(shift.after[0], [200 + 90 + 150, 300 - 90 + 25, 500 - 175])
    today = 200 * 0.32 + 300 * 1.86 + 500 * 9.66
    saving = 90 * (1.86 - 0.32) + 150 * (9.66 - 0.32) + 25 * (9.66 - 1.86)
    assert shift.today_cost[0] == pytest.approx(today) and shift.saving[0] == pytest.approx(saving)
    assert shift_contacts(np.array([1000.0]), [0.2, 0.3, 0.5], [np.nan] * 3, MAIDSTONE, realised=1.0).moved[0] == 0
    with pytest.raises(InvalidInputError, match="between 0 and 100"):
        shift_contacts(np.array([1.0]), [1, 0, 0], [1, 0, 0], MAIDSTONE, realised=1.5)


def test_service_volumes_from_a_long_table():
    names, volume, split, notes = service_volumes(
        ["Council tax", "Council tax", "Waste", "Waste", "Waste"],
        ["web", "Phone", "f2f", "post", "web"],
        np.array([100.0, 300.0, 50.0, 20.0, 150.0]),
        list(MAIDSTONE),
    )
    assert names == ["Council tax", "Waste"]
    np.testing.assert_allclose(volume, [400, 200])
    np.testing.assert_allclose(split, [[0.25, 0.75, 0.0], [0.75, 0.0, 0.25]])
    assert notes == ["Contacts through channels without a cost are left out of the costs: post (20)."]
    with pytest.raises(InvalidInputError, match="not service channels: carrier pigeon"):
        service_volumes(["x"], ["carrier pigeon"], np.array([1.0]), list(MAIDSTONE))


def test_workflow_zones_services_and_zones_without_base():
    matrix = np.array([[30.0, 0, 0, 0], [0, 35.0, 0, 0], [0, 0, 0, 0]])  # Alpha, Beta, an empty zone
    base = matrix.sum(axis=0)
    contacts = Contacts(
        costs=MAIDSTONE,
        realised=1.0,
        zone_volumes=np.array([100.0, 100.0, 40.0]),
        services=(["Tax", "Waste"], np.array([60.0, 40.0]), np.array([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])),
    )
    result = channel_demand(matrix, base, GROUPS, zone_labels=["north", "south", "empty"], what="households", contacts=contacts)
    zones = result.zones
    # the zones' today split is the services' overall split: 40 % phone, 60 % face to face
    alpha = np.array([16, 4, 2]) / 22  # A's preferences among the costed channels (web, phone, face to face)
    moved_north = 100 * (0.4 * alpha[0] + 0.6 * (alpha[0] + alpha[1]))
    assert zones.loc[0, "moved"] == pytest.approx(moved_north)
    assert zones.loc[2, "moved"] == 0 and zones.loc[2, "today_cost"] == pytest.approx(40 * (0.4 * 1.86 + 0.6 * 9.66))
    assert any("1 zones have contacts but no base units with ratings" in n and "empty" in n for n in result.notes)
    services = result.services.set_index("service")
    whole = expected_channels(base[None, :], result.service).people[0][[0, 1, 4]]
    preferred = whole / whole.sum()
    assert services.loc["Tax", "moved"] == pytest.approx(60 * (preferred[0] + preferred[1]))
    assert services.loc["Waste", "moved"] == pytest.approx(40 * preferred[0])
    assert result.totals["saving"] == pytest.approx(zones["saving"].sum())
    html = result.report.html()
    assert "Services ranked by saving" in html and "residents who prefer Mobile, Post are shared" in html


def test_workflow_needs_todays_split_without_channels():
    matrix = np.array([[30.0, 35.0, 0, 0]])
    with pytest.raises(InvalidInputError, match="Give today's split of contacts by channel"):
        channel_demand(
            matrix, matrix[0], GROUPS, zone_labels=["z"], what="households", contacts=Contacts(costs=MAIDSTONE, total=100.0)
        )
    spread = channel_demand(
        np.array([[30.0, 0, 0, 0], [0, 10.0, 0, 0]]),
        np.array([30.0, 10.0, 0, 0]),
        GROUPS,
        zone_labels=["a", "b"],
        what="households",
        contacts=Contacts(costs=MAIDSTONE, total=100.0, today_split={"face_to_face": 1}),
    )
    np.testing.assert_allclose(spread.zones["contacts"], [75.0, 25.0])
    assert any("shared between them in proportion to their residents" in n for n in spread.notes)


def test_area_channels_against_the_whole_base():
    from place_insight.engine.segmentation.channels import area_channels

    area = np.array([30.0, 10.0, 5.0, 0.0])
    base = np.array([100.0, 100.0, 50.0, 10.0])
    rows = {(r.kind, r.channel): r for r in area_channels(area, base, GROUPS)}
    a, b = np.array([16, 4, 4, 4, 2]) / 30, np.array([1, 8, 2, 8, 16]) / 35
    f2f = rows[("service", "face_to_face")]
    assert f2f.area_share == pytest.approx((30 * a[4] + 10 * b[4]) / 40 * 100)
    assert f2f.base_share == pytest.approx((100 * a[4] + 100 * b[4]) / 200 * 100)
    assert f2f.index == pytest.approx(f2f.area_share / f2f.base_share * 100)
    assert rows[("information", "internet")].area_share == pytest.approx(20.0)  # only A rates information channels
    assert len(rows) == 5 + 8
