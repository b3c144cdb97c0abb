"""The ``mt-repair`` command: a thin Typer shell over the library.

Parse options, call :mod:`mt_repair`, print.  The library never prints or exits;
this package never repairs.

One module per concern: :mod:`._shell` (the app and what every command shares),
:mod:`.fix`, :mod:`.report` (detect, check, init) and :mod:`.tools` (score, train,
bilingual, rules).  The commands are registered here, in the order ``--help`` lists them.
"""

from __future__ import annotations

from . import fix as _fix, report as _report, tools as _tools
from ._shell import EXIT_ERROR, EXIT_FOUND, EXIT_OK, app

__all__ = ["app", "EXIT_OK", "EXIT_FOUND", "EXIT_ERROR"]

for _command in (_report.detect, _fix.fix, _tools.score, _tools.train, _report.check, _report.init,
                 _tools.bilingual, _tools.rules):
    app.command()(_command)
