"""Publishing: images prepared for the networks, and (later) the outbox."""
