"""The Calendar section: scheduled and published posts."""
