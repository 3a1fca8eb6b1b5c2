"""This machine's stored settings (QtCore only), shared by the GUI and the command line."""
