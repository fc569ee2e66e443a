"""Build, push and pull as edits (issue 15): shared layers are not sent again; undo is exact."""

from __future__ import annotations

from core import edits
from core.course.images import transfer
from core.edits.images import pushed
from core.model.catalog import IMAGES
from core.model.kinds import Mode
from core.sim import rules
from core.sim.world import World

from .helpers import make_host

APP = "FROM python\nRUN pip install flask\nCOPY app.py /app.py\nCMD python /app.py\n"


def _lab() -> World:
    w = World()
    make_host(w, "dev", mode=Mode.CONTAINER)
    make_host(w, "prod", mode=Mode.CONTAINER)
    make_host(w, "esx", mode=Mode.BARE_METAL)
    return w


def test_build_push_pull_moves_only_the_missing_layers():
    w = _lab()
    w.hosts["prod"].image_cache.update(IMAGES["python"].layers)  # prod ran python before
    seen = []
    w.subscribe(lambda e: seen.append((e.kind, e.detail)))
    edits.perform(w, edits.BuildImage("dev", "app", APP))
    image = w.built_images["app"][1]
    assert set(image.digests) <= w.hosts["dev"].image_cache
    edits.perform(w, edits.PushImage("app"))
    assert pushed(w, "app") and ("image_pushed", "app") in seen
    plan = transfer(image, w.hosts["prod"].image_cache)
    assert plan.saved_mb == IMAGES["python"].size_mb and plan.send_mb == 22.0
    undo = edits.perform(w, edits.PullImage("app", "prod"))
    assert set(image.digests) <= w.hosts["prod"].image_cache
    assert ("image_pulled", "app") in seen
    undo.apply(w)
    assert w.hosts["prod"].image_cache == set(IMAGES["python"].layers)


def test_refusals_name_what_is_missing():
    w = _lab()
    assert edits.BuildImage("esx", "app", APP).check(w).code == "no_container_engine"
    assert edits.BuildImage("dev", "app", "FROM python\nADD x y\n").check(w).code == "bad_dockerfile"
    assert "line 2" in edits.BuildImage("dev", "app", "FROM python\nADD x y\n").check(w).message
    assert edits.PushImage("app").check(w).code == "no_such_image"
    edits.perform(w, edits.BuildImage("dev", "app", APP))
    assert edits.BuildImage("dev", "app", APP).check(w).code == "image_exists"
    assert edits.PullImage("app", "prod").check(w).code == "image_not_pushed"
    assert edits.PullImage("app", "gone").check(w).code == "no_such_object"


def test_undo_of_a_build_and_a_push_puts_back_exactly_what_was_there():
    w = _lab()
    before = set(w.hosts["dev"].image_cache)
    undo_build = edits.perform(w, edits.BuildImage("dev", "app", APP))
    undo_push = edits.perform(w, edits.PushImage("app"))
    redo_push = undo_push.apply(w)
    assert not w.registry_layers
    undo_build.apply(w)
    assert "app" not in w.built_images and w.hosts["dev"].image_cache == before
    assert isinstance(redo_push, edits.PushImage)
    try:
        edits.perform(w, redo_push)
    except rules.RuleError as e:
        assert e.verdict.code == "no_such_image"
    else:
        raise AssertionError("a push of an image no longer built must be refused")


def test_built_and_pushed_images_are_saved_with_the_lab_and_rebuilt_on_load(tmp_path):
    from core.files.scenario import load_scenario, loads_scenario, save_scenario

    w = _lab()
    edits.perform(w, edits.BuildImage("dev", "app", APP))
    edits.perform(w, edits.PushImage("app"))
    edits.perform(w, edits.BuildImage("dev", "tool", "FROM busybox\nCOPY t /t\n"))
    path = tmp_path / "lab.vlab"
    save_scenario(w, path)
    again = load_scenario(path).world
    assert {k: v[2] for k, v in again.built_images.items()} == {"app": APP, "tool": "FROM busybox\nCOPY t /t\n"}
    assert pushed(again, "app") and not pushed(again, "tool")
    assert again.registry_layers == w.registry_layers
    # a hand-edited file with a bad Dockerfile names the entry and the line
    text = path.read_text(encoding="utf-8").replace("COPY t /t", "VOLUME /t")
    try:
        loads_scenario(text, "bad.vlab")
    except Exception as e:  # ScenarioError: one message naming where
        assert "images.1" in str(e) and "line 2" in str(e)
    else:
        raise AssertionError("a bad Dockerfile in a lab file must be refused")


def test_a_container_from_a_built_image_pulls_only_the_layers_its_host_lacks(tmp_path):
    from core.files.scenario import load_scenario, save_scenario
    from core.model.kinds import GuestState
    from core.model.objects import ContainerConfig, Guest
    from core.sim.power import REGISTRY_MBS

    w = _lab()
    w.hosts["prod"].image_cache.update(IMAGES["python"].layers)
    edits.perform(w, edits.BuildImage("dev", "app", APP))
    g = Guest("c", "app", "prod", ContainerConfig("python", built="app"), "cpu")
    edits.perform(w, edits.AddGuest(g))
    assert w.check_power_on("c").code == "image_not_pushed"  # prod lacks the app's own layers
    edits.perform(w, edits.PushImage("app"))
    edits.perform(w, edits.Power("c", "power_on"))
    c = w.guests["c"]
    assert c.state is GuestState.PULLING and c.timer_total == 22.0 / REGISTRY_MBS  # 20 + 2 MB, not 1022
    while w.guests["c"].state is not GuestState.RUNNING:
        w.step(0.1)
    assert set(w.built_images["app"][1].digests) <= w.hosts["prod"].image_cache
    path = tmp_path / "lab.vlab"
    save_scenario(w, path)
    again = load_scenario(path).world
    assert again.guests["c"].config.built == "app" and again.guests["c"].state is GuestState.RUNNING
    # on the host where it was built, nothing is pulled
    edits.perform(w, edits.AddGuest(Guest("d", "app2", "dev", ContainerConfig("python", built="app"), "cpu")))
    edits.perform(w, edits.Power("d", "power_on"))
    assert w.guests["d"].state is GuestState.STARTING


def test_a_container_whose_image_was_undone_is_refused_at_power_on():
    from core.model.objects import ContainerConfig, Guest

    w = _lab()
    undo = edits.perform(w, edits.BuildImage("dev", "app", APP))
    edits.perform(w, edits.AddGuest(Guest("c", "app", "dev", ContainerConfig("python", built="app"), "cpu")))
    undo.apply(w)
    assert w.check_power_on("c").code == "no_such_image"


def test_a_built_image_in_a_container_inside_a_vm_is_cached_per_vm():
    from core.model.kinds import GuestState
    from core.model.objects import ContainerConfig, Guest

    from .helpers import make_vm

    w = World(seed=1)
    make_host(w, "dev", mode=Mode.CONTAINER)
    make_host(w, "kvm", mode=Mode.HYBRID)
    make_vm(w, "vm", "kvm", memory_mb=4096)
    edits.perform(w, edits.Power("vm", "power_on"))
    while w.guests["vm"].state is not GuestState.RUNNING:
        w.step(1.0)
    edits.perform(w, edits.BuildImage("dev", "app", APP))
    edits.perform(w, edits.PushImage("app"))
    g = Guest("c", "app", "kvm", ContainerConfig("python", memory_limit_mb=512, built="app"), "cpu", in_vm="vm")
    edits.perform(w, edits.AddGuest(g))
    edits.perform(w, edits.Power("c", "power_on"))
    assert w.guests["c"].state is GuestState.PULLING
    while w.guests["c"].state is not GuestState.RUNNING:
        w.step(0.5)
    cache = w.hosts["kvm"].image_cache
    assert {f"vm/{d}" for d in w.built_images["app"][1].digests} <= cache
    assert not set(w.built_images["app"][1].digests) & cache  # the host kernel's own cache is not the VM's
