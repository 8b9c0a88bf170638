"""Settings for every test.

Hypothesis's per-example deadline (200 ms) times each example, and on a shared two-core machine
the first example of a test can wait that long for the other worker (a CI run failed a property
of the text cache at 292 ms, then passed it in 0.05 ms). Speed is measured in `benchmarks/`,
not in tests, so the property tests check behaviour only.
"""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("cpc-triage", deadline=None)
settings.load_profile("cpc-triage")
