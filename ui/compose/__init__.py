"""The Compose section: drafts now; the composer itself comes with the composer issue."""
