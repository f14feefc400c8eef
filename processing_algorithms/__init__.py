"""Place Insight's Processing provider and algorithms (one algorithm per file)."""
