"""A VM's virtual hardware as a list of devices, as VMware's VM Settings shows it.

``DevicePages`` is a list on the left (``deviceList``: one row per device with
its summary, e.g. "Memory · 4 GB") and, on the right, the page of the device
picked (``devicePages``).  The settings dialog puts its existing inputs on the
pages; nothing here decides what is allowed (core does, through the dialog).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from gui.shell import icons

ICONS = {"cpu": "mdi6.cpu-64-bit", "memory": "mdi6.memory", "disk": "mdi6.harddisk", "nic": "mdi6.ethernet",
         "display": "mdi6.monitor", "workload": "mdi6.chart-line"}
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def info_label(text: str, parent=None) -> QLabel:
    """A read-only line on a device page (plain text: it may hold a VM's name)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class DevicePages(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("deviceBox")
        self.list = QListWidget(self)
        self.list.setObjectName("deviceList")
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("devicePages")
        self.keys: list[str] = []
        self.titles: dict[str, str] = {}
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 2)
        lay.addWidget(self.stack, 3)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)

    def add(self, key: str, title: str, rows: list[tuple[str | None, QWidget]]) -> QWidget:
        """A device ``key`` named ``title`` whose page holds ``rows`` of (label or None, widget)."""
        page = QWidget(self.stack)
        page.setObjectName(f"device_{key}")
        form = QFormLayout(page)
        head = QLabel(title, page)
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        form.addRow(head)
        for label, widget in rows:
            if label is None:
                form.addRow(widget)
            else:
                form.addRow(label, widget)
        self.stack.addWidget(page)
        item = QListWidgetItem(icons.glyph(ICONS.get(key, "mdi6.cog-outline")), f"{title}\n")  # two lines from the start
        item.setData(KEY_ROLE, key)
        self.list.addItem(item)
        self.keys.append(key)
        self.titles[key] = title
        if self.list.count() == 1:
            self.list.setCurrentRow(0)
        return page

    def fit_height(self) -> None:
        """Every device in sight without scrolling (six two-line rows)."""
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.list.count()))
        self.list.setMinimumHeight(rows + 2 * self.list.frameWidth() + 4)

    def set_summary(self, key: str, summary: str) -> None:
        item = self.list.item(self.keys.index(key))
        text = f"{self.titles[key]}\n{summary}"
        if item.text() != text:
            item.setText(text)
            item.setToolTip(text.replace("\n", ": "))

    def show_device(self, key: str) -> None:
        self.list.setCurrentRow(self.keys.index(key))

    def summary(self, key: str) -> str:
        return self.list.item(self.keys.index(key)).text().split("\n", 1)[-1]
