"""Export sinks for filed occurrences (drop folder, webhook, e-mail), fed by the outbox."""

from tasks.sinks.base import Sink

__all__ = ["Sink"]
