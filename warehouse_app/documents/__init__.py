"""PDF and Excel writers and readers. Never imports Qt."""
