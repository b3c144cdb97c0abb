"""`mt-repair check`: config, collection, exit codes, suppressions, baseline, density."""

import json
import os

import pytest
from typer.testing import CliRunner

from mt_repair.check import collect_files, run_check
from mt_repair.cli import app
from mt_repair.config import Config, DEFAULT_TOML, load, parse
from mt_repair.errors import UserError

BAD = "We met for trainswhich run daily.\n"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(args))


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "bad.md").write_text("# Notes\n\n" + BAD)
    (tmp_path / "docs" / "clean.md").write_text("We met for trains that run daily.\n")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "x.md").write_text(BAD)
    return tmp_path


def test_exit_codes_and_formats(repo):
    r = run("check", "docs/clean.md")
    assert r.exit_code == 0
    r = run("check")
    assert r.exit_code == 1 and "docs/bad.md:3:12: warning merged-words:" in r.output
    assert "node_modules" not in r.output
    assert run("check", "--fail-on", "error").exit_code == 0
    assert run("check", "--fail-on", "never").exit_code == 0
    r = run("check", "--format", "json")
    data = json.loads(r.stdout)
    assert data["summary"]["findings"] == 1 and data["findings"][0]["rule"] == "merged-words"
    assert run("check", "missing.md").exit_code == 2
    assert run("check", "--format", "yaml").exit_code == 2


def test_config_severity_rules_off_and_density(repo):
    (repo / ".mt-repair.toml").write_text('fail-on = "error"\n[rules]\nmerged-words = "error"\n')
    r = run("check")
    assert r.exit_code == 1 and "error merged-words" in r.output
    (repo / ".mt-repair.toml").write_text('[rules]\nmerged-words = "off"\n')
    assert run("check").exit_code == 0
    (repo / ".mt-repair.toml").write_text("fail-on = \"never\"\nmax-per-1000-words = 50\n")
    r = run("check", "docs/bad.md")
    assert r.exit_code == 1 and "per 1000 words (limit 50)" in r.output
    assert run("check", "docs/bad.md", "--max-per-1000-words", "200").exit_code == 0


def test_pyproject_config_and_errors(repo):
    (repo / "pyproject.toml").write_text('[tool.mt-repair]\nfail-on = "never"\n')
    assert load().fail_on == "never" and run("check").exit_code == 0
    with pytest.raises(UserError, match="unknown setting"):
        parse({"fail_on": "error"})
    with pytest.raises(UserError, match="unknown rule"):
        parse({"rules": {"merged-word": "off"}})
    (repo / ".mt-repair.toml").write_text("fail-on = [")
    r = run("check")
    assert r.exit_code == 2 and "not valid TOML" in r.output


def test_init_writes_a_config_that_loads(repo):
    assert run("init").exit_code == 0
    assert (repo / ".mt-repair.toml").read_text() == DEFAULT_TOML
    assert load().fail_on == "warning"
    assert run("init").exit_code == 2          # will not overwrite without --force


def test_baseline_gates_only_new_findings(repo):
    r = run("check", "--write-baseline", "base.json")
    assert r.exit_code == 0 and json.loads((repo / "base.json").read_text())["findings"]
    # the old finding moves down a line: still known
    (repo / "docs" / "bad.md").write_text("# Notes\n\nIntro.\n" + BAD)
    assert run("check", "--baseline", "base.json").exit_code == 0
    (repo / "docs" / "new.md").write_text("They rode trainswhich were late.\n")
    r = run("check", "--baseline", "base.json")
    assert r.exit_code == 1 and "new.md" in r.output and "bad.md" not in r.output


@pytest.mark.parametrize("name,doc,kept", [
    ("a.md", "<!-- mt-repair: ignore -->\n" + BAD + "\n" + BAD, [4]),
    ("a.md", "<!-- mt-repair: ignore glued-quote -->\n" + BAD, [2]),
    ("a.md", "<!-- mt-repair: ignore merged-words -->\n" + BAD, []),
    ("a.html", "<p>" + BAD + "</p>\n<!-- mt-repair: ignore -->\n<p>" + BAD + "</p>\n", [1]),
    ("a.po", 'msgid "a"\nmsgstr "We met for trainswhich run daily."\n\n# mt-repair: ignore\n'
             'msgid "b"\nmsgstr "We met for trainswhich run daily."\n', [2]),
    ("a.md", "<!-- mt-repair: ignore-file -->\n" + BAD, []),
])
def test_inline_suppressions(tmp_path, name, doc, kept):
    (tmp_path / name).write_text(doc)
    rep = run_check([str(tmp_path / name)], Config())
    assert [r["line"] for r in rep.records] == kept
    assert rep.suppressed == doc.count("trainswhich") - len(kept)


def test_accepted_words_are_never_flagged(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    assert run_check([str(tmp_path)], parse({"accept": ["trainswhich"]})).records == []


def test_an_accepted_word_before_a_stray_capital_does_not_excuse_it(tmp_path):
    """A run-on stray capital's span takes in the word before it ('iPhone On')."""
    (tmp_path / "a.md").write_text("She bought a new iPhone On the other side of town.\n")
    recs = run_check([str(tmp_path)], parse({"accept": ["iPhone"]})).records
    assert [r["rule"] for r in recs] == ["stray-capital"]


def test_glossary_files_add_the_glossary_rule(tmp_path):
    pytest.importorskip("mt_repair.knowledge.glossary")
    (tmp_path / "g.csv").write_text("term,replacement\nAcme Widget,Acme Gadget\n")
    (tmp_path / "a.md").write_text("We sell the Acme Widget.\n")
    cfg = parse({"glossary": ["g.csv"], "rules": {"glossary": "error"}}, str(tmp_path / ".mt-repair.toml"))
    [rec] = run_check([str(tmp_path / "a.md")], cfg).records
    assert (rec["rule"], rec["severity"], rec["suggestion"]) == ("glossary", "error", "Acme Gadget")


def test_collect_include_exclude(tmp_path):
    for rel in ["a.md", "b.py", "sub/c.html", "vendor/d.md", "sub/node_modules/e.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    cfg = parse({"extend-exclude": ["vendor/*"]})
    got = [os.path.relpath(p, tmp_path) for p in collect_files([str(tmp_path)], cfg)]
    assert got == ["a.md", os.path.join("sub", "c.html")]


def test_hook_and_action_files_are_consistent():
    yaml = pytest.importorskip("yaml")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    hooks = yaml.safe_load(open(os.path.join(root, ".pre-commit-hooks.yaml")))
    assert hooks[0]["id"] == "mt-repair" and hooks[0]["entry"].startswith("mt-repair check")
    action = yaml.safe_load(open(os.path.join(root, "action.yml")))
    assert action["runs"]["using"] == "composite"
    assert any("mt-repair check" in s.get("run", "") for s in action["runs"]["steps"])


def _tree(root, files):
    for rel, body in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(body)


def test_collect_respects_gitignore_files_at_every_level(tmp_path):
    repo = tmp_path / "repo"
    _tree(repo, {".git/HEAD": "ref", ".gitignore": "generated/\n*.tmp.md\n",
                 "docs/.gitignore": "drafts/*\n!drafts/keep.md\n",
                 "docs/a.md": "x", "docs/b.tmp.md": "x", "docs/drafts/c.md": "x",
                 "docs/drafts/keep.md": "x", "generated/d.md": "x", "e.md": "x"})
    rel = lambda ps: sorted(os.path.relpath(p, repo).replace(os.sep, "/") for p in ps)
    # from the repository root, and from a folder inside it (root .gitignore still applies)
    assert rel(collect_files([str(repo)], Config())) == ["docs/a.md", "docs/drafts/keep.md", "e.md"]
    assert rel(collect_files([str(repo / "docs")], Config())) == ["docs/a.md", "docs/drafts/keep.md"]
    # switched off, and named files are checked even when ignored
    off = parse({"respect-gitignore": False})
    assert len(rel(collect_files([str(repo)], off))) == 6
    assert rel(collect_files([str(repo / "generated/d.md")], Config())) == ["generated/d.md"]
    with pytest.raises(UserError, match="respect-gitignore"):
        parse({"respect-gitignore": "yes"})


def test_gitignore_above_a_folder_outside_a_repository_is_not_used(tmp_path):
    _tree(tmp_path, {".gitignore": "*.md\n", "sub/a.md": "x"})
    assert [os.path.basename(p) for p in collect_files([str(tmp_path / "sub")], Config())] == ["a.md"]
