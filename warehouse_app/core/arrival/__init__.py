"""The far end of a truck: its truck file, the arrival checked at the receiving hub, and the
confirmation the sender imports (docs/truck-file.md)."""
