"""The pre-commit hooks and the GitHub Action, run for real against a sample repository.

The pre-commit test installs this checkout into pre-commit's own environment (about a
minute: it is the path a user's ``pre-commit install`` takes); it skips without git or
pre-commit.  The Action test runs the composite action's check step with bash, the way
a runner does after the install step, on the mt-repair installed here.
"""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BAD = "We met for trainswhich run daily.\n"
CLEAN = "We met for trains that run daily.\n"


@pytest.fixture
def sample_repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "site"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "bad.md").write_text("# Notes\n\n" + BAD)
    (repo / "docs" / "clean.md").write_text(CLEAN)
    (repo / "build").mkdir()
    (repo / "build" / "out.md").write_text(BAD)          # ignored by .gitignore
    (repo / ".gitignore").write_text("build/\n")
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    for cmd in (["init", "-q"], ["add", "."]):
        subprocess.run(["git", *cmd], cwd=repo, check=True, env=env)
    return repo


def test_pre_commit_hooks_check_then_fix(sample_repo, tmp_path):
    pre_commit = shutil.which("pre-commit") or shutil.which("pre-commit", path=os.path.dirname(sys.executable))
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NO_COLOR="1")
    # try-repo: run the hooks this checkout defines (uncommitted changes included) on the
    # sample repository's staged files, installing mt-repair into a fresh environment.
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env["PATH"]   # for mt-repair-system
    proc = subprocess.run([pre_commit, "try-repo", ROOT, "--all-files"], cwd=sample_repo, env=env,
                          capture_output=True, text=True, timeout=900)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert re.search(r"mt-repair check\.+Failed", out), out
    assert "docs/bad.md:3:12: warning merged-words" in out, out
    assert "clean.md:" not in out.split("mt-repair fix")[0]
    assert re.search(r"mt-repair fix\.+Failed.*?files were modified by this hook", out, re.S), out
    assert (sample_repo / "docs" / "bad.md").read_text() == "# Notes\n\nWe met for trains, which run daily.\n"
    assert (sample_repo / "docs" / "clean.md").read_text() == CLEAN


def test_pre_commit_system_hook_uses_the_installed_tool(sample_repo, tmp_path):
    """mt-repair-system installs nothing: it runs the mt-repair on PATH (offline teams)."""
    pre_commit = shutil.which("pre-commit") or shutil.which("pre-commit", path=os.path.dirname(sys.executable))
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NO_COLOR="1")
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env["PATH"]
    proc = subprocess.run([pre_commit, "try-repo", ROOT, "mt-repair-system", "--all-files"], cwd=sample_repo,
                          env=env, capture_output=True, text=True, timeout=300)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "docs/bad.md:3:12: warning merged-words" in out, out
    assert "Installing environment" not in out


def _render(script: str, inputs: dict) -> str:
    out = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m[1]], script)
    assert "${{" not in out, f"unrendered expression in {out!r}"
    return out


@pytest.mark.parametrize("fail_on, code", [("warning", 1), ("never", 0)])
def test_github_action_check_step(sample_repo, tmp_path, fail_on, code):
    yaml = pytest.importorskip("yaml")
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    action = yaml.safe_load(open(os.path.join(ROOT, "action.yml")))
    inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
    inputs.update({"paths": "docs build/out.md", "fail-on": fail_on, "sarif": str(tmp_path / "r.sarif")})
    [step] = [s for s in action["runs"]["steps"] if s["name"] == "Check"]
    env = dict(os.environ, **{k: _render(v, inputs) for k, v in step.get("env", {}).items()})
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env["PATH"]
    proc = subprocess.run(["bash", "-e", "-c", _render(step["run"], inputs)], cwd=sample_repo, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == code, proc.stdout + proc.stderr
    lines = [l for l in proc.stdout.splitlines() if l.startswith("::")]
    files = sorted(re.search(r"file=([^,]+)", l)[1] for l in lines if l.startswith("::warning"))
    assert files == ["build/out.md", "docs/bad.md"]      # a named file is checked even if ignored
    sarif = json.loads((tmp_path / "r.sarif").read_text())
    assert sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) == 2


def test_hugging_face_datasets_recipe_from_the_readme(tmp_path):
    """The README's ``datasets.map`` recipe, run as written (two JSONL shards, 2 processes)."""
    datasets = pytest.importorskip("datasets")
    from mt_repair.dask import repair_batch
    rows = [{"id": i, "text": BAD.strip() if i % 2 else CLEAN.strip(), "body": BAD.strip()} for i in range(6)]
    for n in range(2):
        with open(tmp_path / f"shard-{n}.jsonl", "w") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in rows[n * 3:(n + 1) * 3])
    ds = datasets.load_dataset("json", data_files=str(tmp_path / "shard-*.jsonl"), split="train",
                               cache_dir=str(tmp_path / "cache"))
    out = ds.map(repair_batch, batched=True, batch_size=2, num_proc=2)
    assert out["id"] == list(range(6)) and out["body"] == ds["body"]       # order and other columns kept
    assert out["text"] == [CLEAN.strip() if i % 2 == 0 else "We met for trains, which run daily."
                           for i in range(6)]
    other = ds.map(repair_batch, batched=True, fn_kwargs={"column": "body"})
    assert set(other["body"]) == {"We met for trains, which run daily."} and other["text"] == ds["text"]
