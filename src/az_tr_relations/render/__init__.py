"""Showing records to people: text (`render.text`, `render.show`) and HTML for notebooks
(`render.record` for one record, `render.html` for datasets and query results)."""
