"""Errors a user can cause and fix; the CLI prints them without a traceback."""


class UserError(Exception):
    """A mistake in the input or the options: printed as one line, exit code 2."""


class InputError(UserError):
    """A file that cannot be read as text (missing, binary, bad encoding, ...)."""


class BinaryFileError(InputError):
    """A file that looks binary; batch runs skip it with a note."""
