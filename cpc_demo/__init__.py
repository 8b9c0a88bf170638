"""Realistic labelled sample emails: the README's demo mail, the test corpus, the benchmarks.

`generate(out_dir, count=…, seed=…, mix="corpus"|"bench"|"demo")` writes `NNNN-<slug>.eml` with
`NNNN-<slug>.json` beside it, in the label format of `tests/corpus/samples/README.md`. All
people, addresses and references are invented.
"""

from cpc_demo.generator import generate

__all__ = ["generate"]
