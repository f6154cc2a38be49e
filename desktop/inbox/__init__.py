"""The unified inbox: comments, replies and mentions from every account."""
