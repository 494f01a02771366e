"""Benchmarks of Amanat. ``python -m bench.run`` runs them and prints one markdown table each."""
