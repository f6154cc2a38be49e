"""A network module with a mistake in it (for the plug-in test): it fails while loading."""

raise ImportError("a dependency this made-up network needs is missing")
