"""Installed libraries are at or above the floors set by known advisories (RELIABILITY.md S13)."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.version import Version

FLOORS = tomllib.loads(
    (Path(__file__).resolve().parents[2] / "config" / "dependency-floors.toml").read_text()
)["floors"]


@pytest.mark.parametrize("package", sorted(FLOORS))
def test_installed_version_is_at_or_above_its_advisory_floor(package: str) -> None:
    floor = FLOORS[package]
    assert Version(version(package)) >= Version(floor["version"]), floor["advisory"]


def test_every_floor_names_its_advisory() -> None:
    assert all(floor.get("advisory") for floor in FLOORS.values())
