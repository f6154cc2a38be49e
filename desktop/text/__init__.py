"""Text rules: how each network counts a post's length, and the links, mentions and tags in it."""
