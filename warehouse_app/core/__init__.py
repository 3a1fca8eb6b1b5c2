"""Domain rules, barcode interpretation and the services (use cases). Never imports Qt."""
