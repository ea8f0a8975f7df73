"""One module per audit check, each exposing ``CHECK`` (an :class:`argmap.audit.check.Check`).

They are registered, in the order they run and report, in :data:`argmap.audit.CHECKS`.
"""
