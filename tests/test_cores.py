"""How many cores and threads a run uses: the worker pool and the model stage agree."""

import os

import pytest

from mt_repair import cores


@pytest.mark.parametrize("value, want", [("2", 2), ("", 0), ("auto", 0), ("-3", 0), ("0", 0), (" 3 ", 3)])
def test_thread_count_from_the_environment(monkeypatch, value, want):
    monkeypatch.setenv("MT_REPAIR_THREADS", value)
    assert cores.env_threads() == want


def test_affinity_mask_limits_the_model_threads(monkeypatch):
    # a host with 64 cores that lets this process run on 2 (taskset, a container cpuset)
    monkeypatch.delenv("MT_REPAIR_THREADS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert cores.usable_cores() == 2
    assert cores.model_threads() == 2


def test_model_threads_capped_and_overridden(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(32)), raising=False)
    monkeypatch.delenv("MT_REPAIR_THREADS", raising=False)
    assert cores.model_threads() == cores.MAX_MODEL_THREADS
    monkeypatch.setenv("MT_REPAIR_THREADS", "12")
    assert cores.model_threads() == 12


def test_no_affinity_call_falls_back_to_cpu_count(monkeypatch):
    def unsupported(pid):
        raise OSError("not on this system")
    monkeypatch.setattr(os, "sched_getaffinity", unsupported, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    assert cores.usable_cores() == 3
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert cores.usable_cores() == 1


def test_scorer_uses_the_shared_thread_count():
    from mt_repair.model import scorer
    assert scorer.model_threads is cores.model_threads
