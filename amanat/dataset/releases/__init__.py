"""Versioned releases: frozen filter and codebook, files with checksums (rows, writers)."""
