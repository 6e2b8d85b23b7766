"""The benchmark of the public pages: `make bench` (or `python -m bench`). See docs/performance.md."""
