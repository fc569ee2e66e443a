"""The instructors' pytest plugin: registered by entry point, and its fixture works."""

from __future__ import annotations

import importlib.metadata

import pytest

from core.model.kinds import Mode


def test_registered_by_entry_point(request):
    eps = [e for e in importlib.metadata.entry_points(group="pytest11") if e.name == "virtlab"]
    assert eps and eps[0].value == "gui.testing"
    assert request.config.pluginmanager.has_plugin("virtlab")


def test_fixture_drives_the_window(virtlab):
    assert virtlab.open("docker-image-registry-container")
    assert virtlab.drag_template("container", "nginx", "docker-pc") is None  # not a container host yet
    assert "container" in virtlab.refusal().lower()
    assert virtlab.set_mode("docker-pc", "container")
    assert virtlab.world.hosts["docker-pc"].mode is Mode.CONTAINER
    c1 = virtlab.drag_template("container", "nginx", "Lab PC (Linux)")
    assert c1 and virtlab.power_on(c1)
    assert virtlab.state(c1) == "pulling"  # the image comes from the registry first
    virtlab.advance(10)
    assert virtlab.state(c1) == "running"
    # The meter reads the engine's last tick: a serving web container uses some CPU, and a
    # guest that is not running reads 0.
    assert 0 < virtlab.meter(c1, "cpu_pct") <= 100
    c2 = virtlab.drag_template("container", "nginx", "docker-pc")
    assert virtlab.meter(c2, "cpu_pct") == 0.0
    virtlab.power_on(c2)
    virtlab.advance(1)
    assert virtlab.all_goals_met()
    virtlab.undo()
    assert len(virtlab.world.guests) == 2


def test_fixture_reports_bad_files_and_saves(virtlab, tmp_path):
    bad = tmp_path / "bad.vlab"
    bad.write_text('{"format": "virtlab-scenario", "version": 2, "title": 5, "hosts": []}', encoding="utf-8")
    assert not virtlab.open(bad)
    assert "title" in virtlab.load_error()
    virtlab.open("kvm-qemu")
    virtlab.set_mode("pc", "hybrid")
    assert virtlab.save(tmp_path / "done.vlab") and (tmp_path / "done.vlab").exists()


def test_power_on_refused_is_false(virtlab):
    virtlab.open("four-properties")
    assert virtlab.power_on("Web VM")
    assert not virtlab.power_on("web")  # already starting: the button is disabled


def test_fixture_answers_questions_by_clicking(virtlab):
    virtlab.open("kvm-qemu")
    virtlab.set_mode("pc", "hybrid")
    virtlab.window.actions.new_lab.trigger()  # unsaved changes: VirtLab asks, without blocking
    with pytest.raises(LookupError, match="no answer 'maybe'"):
        virtlab.answer("unsavedBox", "maybe")
    virtlab.answer("unsavedBox", "cancel")
    assert "pc" in virtlab.world.hosts
    with pytest.raises(LookupError, match="not asking"):
        virtlab.answer("unsavedBox", "discard")  # the box is gone
    virtlab.window.actions.new_lab.trigger()
    virtlab.answer("unsavedBox", "discard")
    assert not virtlab.world.hosts
