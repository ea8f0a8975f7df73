"""One family of exceptions whose messages can be shown to a user as they are."""


class ArgmapError(Exception):
    """Base class: the CLI prints the message on one line and exits 1."""


class InputError(ArgmapError):
    """The article could not be read: missing, unreadable, empty, binary, too large."""


class UnknownFormatError(ArgmapError):
    """An output format argmap does not have."""


class GraphvizMissingError(ArgmapError):
    """The Graphviz ``dot`` program is needed for this format but is not installed."""


class ArgmapWarning(UserWarning):
    """Something the user should know about an input argmap could still map (bad bytes
    replaced, say). The CLI prints it as ``argmap: warning: ...``."""


class DiagramTooLargeError(ArgmapError):
    """The map has too many nodes for Graphviz to lay out in reasonable time."""
