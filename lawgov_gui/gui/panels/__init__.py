"""The indicator panels dock: the chart tabs and the indicator table (its model and widget)."""
