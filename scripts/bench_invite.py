"""The recipient list of the invite benchmarks, kept under this name for
`bench_bounds.py`; the invite benchmark itself is part of `scripts/bench.py`."""

from scripts.benchlib import write_recipients

__all__ = ["write_recipients"]
