"""How many CPU cores and threads a run may use: one answer for the worker pool and the
model stage, so both respect a CPU affinity mask (``taskset``, a container's cpuset).

>>> usable_cores() >= 1
True
"""

from __future__ import annotations

import os

#: the model stage's default thread count is the usable cores, up to this many (more
#: threads than four gained nothing for batches of short spans on the benchmark machine)
MAX_MODEL_THREADS = 4


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system says, else all)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def env_threads() -> int:
    """``$MT_REPAIR_THREADS`` as a positive number of threads; 0 when unset or not one."""
    value = os.environ.get("MT_REPAIR_THREADS", "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else 0


def model_threads() -> int:
    """The model stage's threads: ``$MT_REPAIR_THREADS`` if set, else the usable cores up
    to :data:`MAX_MODEL_THREADS`."""
    return env_threads() or min(MAX_MODEL_THREADS, usable_cores())
