"""The PySide6 desktop interface (built in a later issue)."""
