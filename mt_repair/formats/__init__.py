"""Readers and writers.  Formats cut files into text and put it back; they never repair."""

from .text import Decoded, decode, encode, read_bytes, write_atomic  # noqa: F401
