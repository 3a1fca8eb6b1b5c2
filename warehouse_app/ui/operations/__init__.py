"""One function per user action: a typed Op the runner executes off the GUI thread."""
