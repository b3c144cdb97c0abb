from mt_repair.units.inverted_marks import InvertedMarks

from .helpers import case_table

MUST_CHANGE = [
    ("¿What will happen to the migrants? asked the minister.", "What will happen to the migrants? asked the minister."),
    ("The president said: ¡We will not allow it!", "The president said: We will not allow it!"),
    ("He asked ¿ how long will the talks last?", "He asked how long will the talks last?"),
]

MUST_NOT_CHANGE = [
    "The crowd chanted ¡Viva México! outside the palace.",
    "The song ¿Quién será? was a hit in 1953.",
    "plain English text with a question? and an answer!",
]

test_must_change, test_must_not_change = case_table(InvertedMarks(), MUST_CHANGE, MUST_NOT_CHANGE)
