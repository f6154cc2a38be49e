"""Scheduling: when posts go out, and the calendar that shows them."""
