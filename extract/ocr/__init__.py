"""Reading pages that have no text layer: scans and images (issue 16)."""
