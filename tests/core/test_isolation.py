"""Namespaces and cgroups (issue 15): the OOM killer and CFS throttling."""

from __future__ import annotations

from dataclasses import replace

from core.model.catalog import IMAGES
from core.model.kinds import GuestState, Mode
from core.sim import isolation
from core.sim.world import World

from .helpers import make_container, make_host, set_running


def _world(**cfg) -> World:
    w = World(seed=1)
    make_host(w, "h", mode=Mode.CONTAINER)
    make_container(w, "c", "h", image="mysql", workload="database", **cfg)
    return w


def test_a_container_over_its_memory_limit_is_oom_killed():
    w = _world(memory_limit_mb=256)  # mysql holds ~450 MB
    seen = []
    w.subscribe(lambda e: seen.append(e.kind))
    set_running(w)
    w.step()
    assert w.guests["c"].state is GuestState.CRASHED
    assert "c" in w.oom_killed
    assert "oom_killed" in seen


def test_within_its_limit_it_keeps_running_and_a_restart_clears_the_reason():
    w = _world(memory_limit_mb=1024)
    set_running(w)
    w.run(5)
    assert w.guests["c"].state is GuestState.RUNNING and not w.oom_killed
    w.restore_state("c", GuestState.OFF)
    w.update_guest("c", replace(w.guests["c"].config, memory_limit_mb=128))
    set_running(w)
    w.step()
    assert w.guests["c"].state is GuestState.CRASHED
    w.restore_state("c", GuestState.OFF)
    assert "c" not in w.oom_killed


def test_limits_say_what_the_engine_writes_to_the_cgroup():
    w = _world(cpu_limit=0.5, memory_limit_mb=1024)
    lim = isolation.limits(w.guests["c"].config)
    assert lim.cpu_max == "50000 100000"
    assert lim.memory_need_mb == IMAGES["mysql"].memory_mb and lim.fits
    assert [n for n, _ in isolation.NAMESPACES] == ["pid", "net", "mnt", "uts", "ipc", "user"]


def test_a_cpu_bound_container_uses_its_whole_quota_and_is_throttled():
    w = World(seed=2)
    make_host(w, "h", mode=Mode.CONTAINER)
    make_container(w, "busy", "h", image="python", workload="cpu", cpu_limit=0.5)
    make_container(w, "calm", "h", image="busybox", workload="idle", cpu_limit=0.5)
    set_running(w)
    s = w.run(5)
    assert isolation.is_throttled(isolation.throttled(s, w, "busy"))
    assert not isolation.is_throttled(isolation.throttled(s, w, "calm"))
    assert isolation.throttled(s, w, "nope") is None


def test_a_container_killed_for_its_memory_limit_saves_and_reopens_as_the_same_lab(tmp_path):
    from core.files.scenario import load_scenario, save_scenario, world_to_dict
    from core.model.hardware import HOST_TEMPLATES
    from core.model.kinds import GuestState, Mode, Product
    from core.model.objects import ContainerConfig, Guest, Host
    from core.sim.world import World

    w = World()
    w.add_host(Host("d", "Docker", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER))
    w.add_guest(Guest("c", "db", "d", ContainerConfig("mysql", memory_limit_mb=64), "database"))
    w.hosts["d"].image_cache.update(__import__("core.model.catalog", fromlist=["IMAGES"]).IMAGES["mysql"].layers)
    w.power_on("c")
    assert w.guests["c"].state is GuestState.STARTING  # not killed yet: it is not running
    path = tmp_path / "lab.vlab"
    save_scenario(w, path)
    again = load_scenario(path).world
    assert again.guests["c"].state is GuestState.OFF  # written as what it becomes: stopped (a crash saves as off)
    assert world_to_dict(again)["guests"] == world_to_dict(w)["guests"]
    again.step(1.0)
    assert again.guests["c"].state is GuestState.OFF  # the clock changes nothing more
