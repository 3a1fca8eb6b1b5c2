"""The settings dialog: this station (QSettings), the database, the warehouse, the operators."""
