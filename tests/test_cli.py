"""The command line, run in-process through ``kzcite.cli.main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzcite.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = str(SEEDS / "000_c16310cb0e8891f0.txt")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_convert_seed_to_csl_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "convert", SEED, "--to", "csl-json", "--no-dedupe")
    items = json.loads(out)
    assert len(items) == 7
    assert items[5]["author"] == [{"family": "Kressa", "given": "Kaarel"}]
    assert items[3]["issued"] == {"date-parts": [[2021, 12, 22]]}
    assert code == 0
    assert "truncated-title" in err
    assert "000_c16310cb0e8891f0.txt:11:" in err


def test_convert_folder_to_bibtex_reads_back(capsys: pytest.CaptureFixture[str]) -> None:
    from pybtex.database import parse_string

    code, out, _ = run(capsys, "convert", str(SEEDS), "--to", "bibtex", "--no-dedupe")
    assert code == 0
    data = parse_string(out, "bibtex")
    assert len(data.entries) == 7
    titles = [e.fields["title"] for e in data.entries.values()]
    assert any("Kasahstan liigub Venemaa" in t for t in titles)


def test_output_file_is_written_atomically(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "convert", SEED, "-o", str(target))
    assert code == 0 and out == ""
    assert isinstance(json.loads(target.read_text(encoding="utf-8")), list)
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    text = "Allikad:\nERR, 01.06.2022, „Pealkiri“;\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, _ = run(capsys, "convert", "-", "--to", "csl-json")
    assert code == 0
    assert json.loads(out)[0]["title"] == "Pealkiri"


def test_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "convert", "/nonexistent/file.txt")
    assert code == 2
    assert "/nonexistent/file.txt" in err


def test_binary_file_is_skipped_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "a.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    code, out, err = run(capsys, "convert", str(bad), SEED, "--to", "csl-json", "--no-dedupe")
    assert code == 1
    assert "a.txt" in err and "binary" in err
    assert len(json.loads(out)) == 7


def test_cp1251_input_is_detected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "ru.txt"
    text = (
        "Текст статьи о политике.\n\nИсточники:\n"
        "ТАСС, 12.03.2021, «Казахстан и Россия подписали соглашение»;\n"
    )
    doc.write_bytes(text.encode("cp1251"))
    code, out, _ = run(capsys, "convert", str(doc), "--to", "csl-json")
    assert code == 0
    assert json.loads(out)[0]["title"] == "Казахстан и Россия подписали соглашение"


def test_unparsed_entries_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "x.txt"
    doc.write_text("Sources:\nBBC, 01.02.2020, “Title one”;\n;;;\n", encoding="utf-8")
    code, out, _ = run(capsys, "convert", str(doc), "--to", "csl-json")
    assert len(json.loads(out)) == 1
    assert code in (0, 1)


def test_scan_lists_blocks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scan", SEED, "--color", "never")
    assert code == 0
    assert "Loe lähemalt" in out
    assert "7 entries" in out


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert "kzcite" in capsys.readouterr().out
    assert main([]) == 2


def test_diagnostics_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "convert", SEED, "--diagnostics", "json", "--to", "ris")
    assert code == 0
    diags = json.loads(err)
    assert diags[0]["code"] == "truncated-title"
    assert diags[0]["line"] == 11


def test_strict_fails_on_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "convert", SEED, "--strict", "--to", "ris")
    assert code == 3


def test_jobs_give_identical_output(capsys: pytest.CaptureFixture[str]) -> None:
    _, one, _ = run(capsys, "convert", str(SEEDS), "--to", "csl-json", "--no-dedupe")
    _, two, _ = run(capsys, "convert", str(SEEDS), "--to", "csl-json", "--no-dedupe", "--jobs", "2")
    assert one == two


def test_eval_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    row = {
        "id": "t1",
        "raw": "ERR, 01.06.2022, „Pealkiri“;",
        "notes": "",
        "gold": {
            "outlet": "ERR",
            "authors": [],
            "date": "2022-06-01",
            "title": "Pealkiri",
            "url": None,
        },
    }
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "eval", str(gold))
    assert code == 0
    assert "micro" in out and "1.000" in out


def test_user_registry_extends_the_shipped_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reg = tmp_path / "mine.csv"
    reg.write_text(
        "id,name,names,aliases,domains,country,kind,language\n"
        "steppe-post,The Steppe Post,Степная почта,SP,steppepost.kz,kz,newspaper,ru\n",
        encoding="utf-8",
    )
    doc = tmp_path / "a.txt"
    doc.write_text("Sources:\nSP, 01.02.2024, “Wheat prices rise”;\n", encoding="utf-8")
    code, out, _ = run(capsys, "convert", str(doc), "--to", "json", "--registry", str(reg))
    assert code == 0
    assert json.loads(out)["references"][0]["outlet_id"] == "steppe-post"


def test_outlets_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "outlets", "lookup", "Капитал.кз", "https://www.rferl.org/a/1.html")
    assert code == 0
    assert "Kapital.kz" in out and "RFE/RL" in out


def test_styles_and_render(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "styles", "list")
    assert code == 0 and "gost-r-7.0.100-2018" in out
    code, out, _ = run(capsys, "render", SEED, "--style", "apa-7", "--format", "html")
    assert code == 0
    assert out.startswith('<ol class="bibliography">')
    assert "Kressa, K." in out


def test_dedupe_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "clusters.json"
    code, out, _ = run(capsys, "dedupe", SEED, SEED, "--to", "csl-json", "--report", str(report))
    assert code == 0
    assert len(json.loads(out)) == 7
    clusters = json.loads(report.read_text(encoding="utf-8"))
    assert any(c.get("members") == [0, 7] for c in clusters)


def test_convert_dedupes_by_default_but_keeps_same_work_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the same ratification act at Әділет and at the Senate is linked, never merged
    code, out, _ = run(capsys, "convert", SEED, SEED, "--to", "csl-json")
    assert code == 0
    items = json.loads(out)
    assert len(items) == 7
    assert [i.get("container-title") or i.get("publisher") for i in items][:2] == [
        "Әділет",
        "Сенат Парламента Республики Казахстан",
    ]


def test_mixed_encoding_lines_are_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    lines = ["Дереккөздер:", "Tengrinews, 12.03.2022, «Заголовок»", "Azattyq, 01.02.2022, «Другой»"]
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        b"\n".join(x.encode("cp1251" if k == 2 else "utf-8") for k, x in enumerate(lines))
    )
    code, out, err = run(capsys, "convert", str(path), "--to", "csl-json", "--no-dedupe")
    assert code == 0
    assert [item["title"] for item in json.loads(out)] == ["Заголовок", "Другой"]
    assert f"{path}:3: warning mixed-encoding" in err
