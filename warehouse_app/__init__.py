"""Aid Warehouse: stock, intake scanning and truck dispatch for a humanitarian staging warehouse."""

__version__ = "0.1.0"
