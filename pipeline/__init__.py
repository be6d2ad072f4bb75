"""zh-extract: rule-based information extraction from Chinese articles, with exact source offsets."""
