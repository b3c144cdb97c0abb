"""Evidence that units share: word frequencies, protected spans, punctuation statistics.

Each piece is data loaded once, lazily, on first use.
"""
