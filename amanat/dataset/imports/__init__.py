"""Bringing coded incidents in: CSV/XLSX imports with a dry run, the bulk loader, the synthetic
generator."""
