"""Export sinks for filed occurrences (drop folder, webhook, e-mail), fed by the outbox."""

from tasks.sinks.base import Sink, SinkError, SinkRefused

__all__ = ["Sink", "SinkError", "SinkRefused"]
