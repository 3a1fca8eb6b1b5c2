"""The bottom layer: what every other layer may import (errors, paths, station constants).

Nothing here imports Qt, SQLAlchemy or another package of the app.
"""
