"""Tables every parse worker reads, built once in the fork server, which imports this module
(`parsers.sandbox_worker.PRELOAD`); nothing else imports it.

A worker is a fork of the fork server, and is replaced after 200 jobs (`parsers.sandbox`): a
table a worker builds at its first use is built again by each replacement — over a batch of
1,000 emails, six or seven times. Built here, it is built once and every worker starts with it.

- the given names (`parsers.given_names`, 0.08-0.1 s): asked in the first emails of nearly
  every worker over the benchmark's mail (a name with a place word, two first names after a
  kin word).

The fork server's resident memory grows by the table (14 MB); a worker's does not, as each
worker built its own copy before.
"""

from __future__ import annotations

from parsers.given_names import given_names

given_names()
