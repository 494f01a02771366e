"""Analytics for staff: the Arrow snapshot, breakdowns, charts, the dashboard and the JSON API."""
