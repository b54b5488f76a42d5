"""Writers: JSON per document, long-form CSVs per batch; every file lands atomically."""
