"""The artifact units: one module per kind of damage.

Each unit has a ``rule`` id, a docstring example, and a table of cases in
``tests/units/``.  :data:`UNITS` is the registry the engine runs, in order.
"""

from __future__ import annotations

from .base import Doc, Unit
from .boilerplate import Boilerplate
from .doubled_initial import DoubledInitial
from .entities import HtmlEntity
from .invisible import InvisibleChar
from .inverted_marks import InvertedMarks
from .lost_periods import LostPeriod
from .false_friends import FalseFriend
from .fullwidth import FullwidthPunct
from .guillemets import Guillemets
from .merged_words import MergedWords
from .mojibake import Mojibake
from .names import TranslatedName
from .numbers import DateFormat, NumberFormat
from .pronouns import PronounGender
from .quotes import GluedQuote
from .relative_what import RelativeWhat
from .repeated_words import RepeatedWords
from .spacing import MissingSpaceAfterPunct, SpaceBeforePunct
from .stray_capitals import StrayCapital
from .titles import WrongTitle
from .untranslated import Untranslated

UNITS: tuple[Unit, ...] = (
    Mojibake(),
    HtmlEntity(),
    InvisibleChar(),
    FullwidthPunct(),
    MergedWords(),
    DoubledInitial(),
    GluedQuote(),
    SpaceBeforePunct(),
    MissingSpaceAfterPunct(),
    InvertedMarks(),
    Guillemets(),
    StrayCapital(),
    LostPeriod(),
    RepeatedWords(),
    Boilerplate(),
    # mistranslations, from the knowledge base (mt_repair/knowledge/)
    WrongTitle(),
    TranslatedName(),
    FalseFriend(),
    RelativeWhat(),
    PronounGender(),
    Untranslated(),
    NumberFormat(),
    DateFormat(),
)

RULES: dict[str, Unit] = {u.rule: u for u in UNITS}

__all__ = ["Doc", "Unit", "UNITS", "RULES"]
