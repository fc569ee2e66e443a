"""Compare Stacks view: the same numbers as `virtlab-sim compare --json`, grouped, sorted, exported."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtGui import QImage

from core import cli
from core.course.compare import LAYER_KEYS, WORKLOAD_NAMES
from gui.dialogs.compare_view import COL_OVERHEAD, COL_REL, MODE_ORDER, RESULT_ROLE, CompareView


@pytest.fixture
def view(qtbot):
    v = CompareView()
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    qtbot.wait_exposed(v)
    return v


def cli_json(capsys, workload: str) -> dict:
    assert cli.main(["compare", "--workload", workload, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def key(r: dict) -> tuple:
    return (r["mode"], r["technique"], r["ept"], r["io"], r["network"])


def full_key(r: dict) -> tuple:
    """Tells every row apart: the micro-VM and the containers inside VMs share a ``key`` with others."""
    return (r["mode"], r["product"] or "", r["technique"] or "", str(r["ept"]), r["io"] or "", r["network"] or "",
            r.get("in_vm") or "")


@pytest.mark.parametrize("workload", ["os-heavy", "disk-rand", "startup"])
def test_matches_cli_number_for_number(view, capsys, workload):
    view.set_workload(workload)
    data = cli_json(capsys, workload)
    shown = view.results()
    assert sorted(shown, key=full_key) == sorted(data["results"], key=full_key)
    assert view.data["unit"] == data["unit"]


def test_every_workload_is_offered(view):
    assert [view.workload.itemData(i) for i in range(view.workload.count())] == list(WORKLOAD_NAMES)


def test_grouped_by_mode_and_sorted_fastest_first(view):
    view.set_workload("os-heavy")
    modes = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert len(modes) == len(MODE_ORDER)
    rows = view.results()
    order = [MODE_ORDER.index(r["mode"]) for r in rows]
    assert order == sorted(order)
    for mode in MODE_ORDER:
        rel = [r["relative"] for r in rows if r["mode"] == mode]
        assert rel == sorted(rel, reverse=True)
    view.sort_check.setChecked(False)  # back to core's display order within each group
    assert [key(r) for r in view.results() if r["mode"] == "hosted"] == \
        [key(r) for r in view.data["results"] if r["mode"] == "hosted"]


def test_opens_on_a_workload_where_the_stacks_differ(qtbot):
    v = CompareView()
    qtbot.addWidget(v)
    assert v.current_workload() != "cpu"
    rel = [r["relative"] for r in v.data["results"]]
    assert max(rel) - min(rel) > 0.2


def test_overhead_by_layer_and_tooltips(view):
    view.set_workload("disk-rand")
    rows = {key(r): r for r in view.results()}
    kvm = rows[("hybrid", "hardware", True, "paravirtual", "bridged")]
    assert kvm["relative"] < 0.7
    assert max(kvm["overhead"], key=kvm["overhead"].get) == "qemu"  # QEMU moves the I/O
    hosted = rows[("hosted", "hardware", True, "emulated", "bridged")]
    assert max(hosted["overhead"], key=hosted["overhead"].get) == "hostos"
    group = view.tree.topLevelItem(MODE_ORDER.index("hybrid"))
    item = next(group.child(j) for j in range(group.childCount()) if key(group.child(j).data(0, RESULT_ROLE)) == key(kvm))
    assert "IOPS" in item.toolTip(COL_REL) and f"{kvm['relative']:.3f}" in item.toolTip(COL_REL)
    assert "QEMU" in item.toolTip(COL_OVERHEAD)
    used = {k for r in view.results() for k in r["overhead"]}
    assert view.legend.keys == [k for k in LAYER_KEYS if k in used] and "qemu" in used


def test_bare_metal_rows_name_their_product(view):
    view.set_workload("os-heavy")
    group = view.tree.topLevelItem(MODE_ORDER.index("bare-metal"))
    texts = {group.child(j).data(0, RESULT_ROLE)["technique"]: group.child(j).text(0)
             for j in range(group.childCount())}
    assert "Xen" in texts["para"] and "ESXi" in texts["hardware"]


def test_export_csv_has_the_json_numbers(view, capsys, tmp_path):
    view.set_workload("net-throughput")
    path = tmp_path / "c.csv"
    assert view.export_csv(path)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    data = cli_json(capsys, "net-throughput")
    assert len(rows) == len(data["results"])
    for row, r in zip(rows, data["results"], strict=True):
        assert row["mode"] == r["mode"] and float(row["value"]) == r["value"]
        assert float(row["relative"]) == r["relative"] and float(row["startup_s"]) == r["startup_s"]
        assert sum(float(row[f"overhead_{k}"]) for k in r["overhead"]) == pytest.approx(sum(r["overhead"].values()))
    assert not view.export_csv(tmp_path / "no-such-dir" / "c.csv")


def test_export_png_shows_every_row(view, tmp_path):
    path = tmp_path / "c.png"
    old = view.size()
    assert view.export_png(path)
    img = QImage(str(path))
    assert img.width() == old.width() and img.height() > old.height()  # grown to fit all rows
    assert view.size() == old


def _overhead_pixels(view, item) -> tuple[int, int]:
    """(coloured overhead pixels along the middle of ``item``'s overhead bar, the bar's width)."""
    from gui.dialogs.compare_view import COL_OVERHEAD, LAYER_KEYS, layer_color  # noqa: PLC0415

    tree = view.tree
    rect = tree.visualItemRect(item)
    left = tree.header().sectionPosition(COL_OVERHEAD)
    width = tree.header().sectionSize(COL_OVERHEAD)
    img = tree.viewport().grab().toImage()
    colours = {layer_color(k).rgb() for k in LAYER_KEYS}
    y = rect.center().y()
    filled = sum(1 for x in range(left, left + width) if img.pixel(x, y) in colours)
    return filled, width - 64  # the delegate keeps 64 px for the margin and the "+12 %" label


def test_a_small_overhead_draws_a_small_bar(qtbot, view):
    from gui.dialogs.compare_view import RESULT_ROLE  # noqa: PLC0415

    view.set_workload("cpu")  # every stack within 0-2 % of native
    items = [view.tree.topLevelItem(i).child(j) for i in range(view.tree.topLevelItemCount())
             for j in range(view.tree.topLevelItem(i).childCount())]
    worst = max(items, key=lambda it: sum(it.data(0, RESULT_ROLE)["overhead"].values()))
    total = sum(worst.data(0, RESULT_ROLE)["overhead"].values())
    assert 0 < total < 0.05
    view.tree.scrollToItem(worst)
    filled, width = _overhead_pixels(view, worst)
    assert 0 < filled <= max(4, width * 0.06), (filled, width)  # a sliver, not half a bar
    view.set_workload("mmu-heavy")  # big overheads still use the whole width for the worst stack
    items = [view.tree.topLevelItem(i).child(j) for i in range(view.tree.topLevelItemCount())
             for j in range(view.tree.topLevelItem(i).childCount())]
    worst = max(items, key=lambda it: sum(it.data(0, RESULT_ROLE)["overhead"].values()))
    view.tree.scrollToItem(worst)
    filled, width = _overhead_pixels(view, worst)
    assert filled >= width * 0.9, (filled, width)
