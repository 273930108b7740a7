import json

from typer.testing import CliRunner

from realpolitik.cli import app

runner = CliRunner()


def test_code_command_reads_stdin_and_writes_json_lines():
    line = json.dumps({"id": "x", "text": "China criticised Japan."})
    result = runner.invoke(app, ["code", "-"], input=line + "\nnot json\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert out[0]["id"] == "x" and "error" in out[1]


def test_run_command_reports_counts(tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nChina met Japan in Beijing on Monday.\n", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_run_command_on_missing_path_records_an_error(tmp_path):
    db = tmp_path / "x.duckdb"
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--db", str(db)])
    assert result.exit_code == 0
