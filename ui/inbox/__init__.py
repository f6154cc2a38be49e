"""The Inbox section: every comment, reply and mention in one list."""
