"""The Accounts section: connected accounts by organisation, and the password store's state."""
