"""Catalog names (guest OSes, VM templates, images) read in the student's language where they carry words."""

from __future__ import annotations

import re

from core.model.catalog import GUEST_OSES, IMAGES, VM_TEMPLATES
from core.model.kinds import Mode, Product
from core.sim import rules
from gui.text.reasons import reason_text
from gui.text.value_names import CATALOG_WORDS, catalog_text

# Words that are names in every language: brands, products and what versions are called.
BRAND_WORDS = {"Ubuntu", "Debian", "Rocky", "Linux", "Alpine", "Windows", "LTS", "Firecracker", "Xen", "PV",
               "nginx", "redis", "mysql", "python", "busybox"}


def _catalog_names() -> set[str]:
    return ({o.name for o in GUEST_OSES.values()} | {t.name for t in VM_TEMPLATES.values()}
            | {i.name for i in IMAGES.values()})


def test_every_catalog_name_with_a_word_is_marked_for_translation():
    for name in _catalog_names():
        words = {w for w in re.findall(r"[A-Za-z][A-Za-z-]*", name)} - BRAND_WORDS
        if words:
            assert name in CATALOG_WORDS, f"{name!r} has {sorted(words)}: mark it in value_names.CATALOG_WORDS"


def test_catalog_words_are_chinese_and_brands_stay(language):
    language("zh_CN")
    for name in CATALOG_WORDS:
        assert catalog_text(name) != name and re.search(r"[\u4e00-\u9fff]", catalog_text(name)), name
    assert catalog_text("Ubuntu 24.04 LTS") == "Ubuntu 24.04 LTS"
    assert catalog_text("") == ""


def test_a_reason_names_the_guest_os_in_chinese(language):
    """core fills {os} with the OS's English name; the sentence around it is Chinese, so is the name."""
    language("zh_CN")
    from core.model.hardware import HOST_TEMPLATES
    from core.model.objects import Host, VmConfig

    host = Host("h", "H", HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VMWARE_WORKSTATION)
    verdict = rules.check_vm_config(host, VmConfig("firecracker-linux"))
    assert not verdict and verdict.params["os"] == "Linux (Firecracker micro-VM)"
    text = reason_text(verdict)
    assert "Firecracker 微虚拟机" in text and "micro-VM" not in text


def test_the_palette_shows_template_names_in_chinese(qtbot, language):
    language("zh_CN")
    from gui.panels.palette import Palette

    palette = Palette()
    qtbot.addWidget(palette)
    texts = [palette.topLevelItem(i).child(k).text(0) for i in range(palette.topLevelItemCount())
             for k in range(palette.topLevelItem(i).childCount())]
    assert "Debian 12（32 位）" in texts and "Firecracker 微虚拟机" in texts
    assert "Debian 12 (32-bit)" not in texts


def test_a_template_dropped_in_chinese_names_its_guest_in_chinese(qtbot, tmp_path, language):
    """A palette row reads 'Debian 12（32 位）': the VM it makes is called that too, not core's English."""
    from tests.gui.test_dnd import drag_onto, palette_mime
    from tests.gui.test_main_window import make_window

    language("zh_CN")
    win = make_window(qtbot, tmp_path)
    before = set(win.doc.world.guests)
    drag_onto(win.library.view, "ws", palette_mime(win, "vm", "debian32"))
    (new,) = set(win.doc.world.guests) - before
    assert win.doc.world.guests[new].name == "Debian 12（32 位）"
    win.doc.add_guest_from_template("ws2", "vm", "debian32")  # the host's context menu, Add ▸
    assert "Debian 12（32 位） (2)" in {g.name for g in win.doc.world.guests.values()}
    win.doc.set_running(False)


def test_in_english_the_guest_keeps_the_template_name(qtbot, tmp_path, language):
    from tests.gui.test_main_window import make_window

    language("en")
    win = make_window(qtbot, tmp_path)
    verdict, gid = win.doc.add_guest_from_template("ws", "vm", "debian32")
    assert verdict and win.doc.world.guests[gid].name == "Debian 12 (32-bit)"
    win.doc.set_running(False)
