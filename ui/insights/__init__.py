"""The Insights section: followers, what posts did, how quickly we answer."""
