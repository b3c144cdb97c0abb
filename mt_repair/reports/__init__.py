"""Report writers: turn findings or edits into text for people and machines."""

from .locate import LineIndex  # noqa: F401
