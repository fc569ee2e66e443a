"""A small Dockerfile editor: build an image as a stack of layers, push it, pull it elsewhere.

The text is parsed by ``core.course.images`` as the student types (never run);
a bad line is named in one message.  Build, push and pull are undoable edits
(``core.edits.images``) applied through the document.  A push or a pull shows
its transfer: a bar over the bytes actually sent, and the bytes saved because
the other end already holds the shared layers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimeLine
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.course import images
from core.edits.guests import AddGuest, unique_name
from core.edits.images import BuildImage, PullImage, PushImage, has_engine, pushed
from core.model.catalog import IMAGES
from core.model.objects import ContainerConfig, Guest
from gui.text.substitute import fill

EXAMPLE = """# A small web application on the python image
FROM python
RUN pip install flask gunicorn
COPY app.py /srv/app.py
ENV PORT=8080
EXPOSE 8080
CMD ["gunicorn", "app:app"]
"""
# Assumption: the lab's registry is reached over a 1 Gb/s LAN; the bar plays
# the simulated transfer time, but never for more than this many real ms.
REGISTRY_GBPS = 1.0
MAX_ANIMATION_MS = 3000


class DockerfileDialog(QDialog):
    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("dockerfileDialog")
        self.setWindowTitle(self.tr("Build an Image from a Dockerfile"))
        self.document = document
        self.host = QComboBox()
        self.host.setObjectName("buildHost")
        self.name = QLineEdit("webapp")
        self.name.setObjectName("imageName")
        self.editor = QPlainTextEdit(EXAMPLE)
        self.editor.setObjectName("dockerfileText")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.error = QLabel()
        self.error.setObjectName("dockerfileError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes the student's text
        self.error.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("imageLayers")
        self.table.setHorizontalHeaderLabels([self.tr("Layer (top first)"), self.tr("Size"), self.tr("Digest")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setObjectName("imageSummary")
        self.summary.setWordWrap(True)

        self.build_button = QPushButton(self.tr("&Build"))
        self.build_button.setObjectName("buildImage")
        self.push_button = QPushButton(self.tr("&Push to registry"))
        self.push_button.setObjectName("pushImage")
        self.pull_host = QComboBox()
        self.pull_host.setObjectName("pullHost")
        self.pull_button = QPushButton(self.tr("P&ull onto"))
        self.pull_button.setObjectName("pullImage")
        self.run_button = QPushButton(self.tr("&Run a container there"))
        self.run_button.setObjectName("runImage")
        self.progress = QProgressBar()
        self.progress.setObjectName("transferProgress")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.transfer = QLabel()
        self.transfer.setObjectName("transferText")
        self.transfer.setWordWrap(True)
        self._timeline = QTimeLine(MAX_ANIMATION_MS, self)
        self._timeline.setUpdateInterval(40)
        self._timeline.frameChanged.connect(self.progress.setValue)
        self._timeline.setFrameRange(0, 1000)

        form = QFormLayout()
        form.addRow(self.tr("Build on host:"), self.host)
        form.addRow(self.tr("Image name:"), self.name)
        actions = QHBoxLayout()
        actions.addWidget(self.build_button)
        actions.addWidget(self.push_button)
        actions.addSpacing(12)
        actions.addWidget(self.pull_button)
        actions.addWidget(self.pull_host, 1)
        actions.addWidget(self.run_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Dockerfile (FROM, RUN, COPY, ENV, CMD, EXPOSE):")))
        lay.addWidget(self.editor, 2)
        lay.addWidget(self.error)
        lay.addWidget(self.table, 2)
        lay.addWidget(self.summary)
        lay.addLayout(actions)
        lay.addWidget(self.progress)
        lay.addWidget(self.transfer)
        lay.addWidget(buttons)

        self.editor.textChanged.connect(self.parse)
        self.name.textChanged.connect(self.parse)
        self.host.currentIndexChanged.connect(self.parse)
        self.pull_host.currentIndexChanged.connect(self._update_buttons)
        self.build_button.clicked.connect(self.build)
        self.push_button.clicked.connect(self.push)
        self.pull_button.clicked.connect(self.pull)
        self.run_button.clicked.connect(self.run_container)
        for sig in (document.host_added, document.host_removed, document.host_changed):
            sig.connect(self._fill_hosts)
        document.world_replaced.connect(self._fill_hosts)
        self.image: images.BuiltImage | None = None
        self._fill_hosts()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 36)

    # --- hosts -------------------------------------------------------------------------
    def _fill_hosts(self, *_args) -> None:
        world = self.document.world
        for combo in (self.host, self.pull_host):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for h in world.hosts.values():
                if has_engine(world, h.id):
                    combo.addItem(h.name, h.id)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        if self.pull_host.count() > 1 and self.pull_host.currentData() == self.host.currentData():
            self.pull_host.setCurrentIndex(1)  # another host: a pull is what moves the image
        self.parse()

    # --- parse as the student types ----------------------------------------------------
    def parse(self, *_args) -> None:
        try:
            self.image = images.build(self.editor.toPlainText(), self.name.text().strip())
            self.error.setText("")
        except images.DockerfileError as e:
            self.image = None
            where = fill(self.tr("Line %1: "), e.line) if e.line else ""
            self.error.setText(self.tr("Cannot build: ") + where + e.message)
        self._fill_table()
        self._update_buttons()

    def _fill_table(self) -> None:
        layers = list(reversed(self.image.layers)) if self.image else []
        host = self.document.world.hosts.get(self.host.currentData())
        cache = host.image_cache if host else set()
        self.table.setRowCount(len(layers))
        for r, layer in enumerate(layers):
            size = fill(self.tr("%1 MB"), f"{layer.size_mb:g}") if layer.size_mb else self.tr("0 (settings only)")
            cells = (layer.instruction, size, layer.digest)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: a table item never reads markup
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        if self.image is None:
            self.summary.setText("")
            return
        plan = images.transfer(self.image, cache)
        self.summary.setText(fill(
            self.tr("%1 layers, %2 MB in all. Read-only layers: a container of this image adds its own thin "
                    "writable layer on top. Already on this host: %3 MB."),
            len(self.image.layers), f"{self.image.size_mb:g}", f"{plan.saved_mb:g}"))

    def _update_buttons(self, *_args) -> None:
        world = self.document.world
        name = self.name.text().strip()
        built = name in world.built_images
        self.build_button.setEnabled(self.image is not None and not built and self.host.count() > 0)
        self.push_button.setEnabled(built)
        self.pull_button.setEnabled(built and pushed(world, name) and self.pull_host.count() > 0)
        self.run_button.setEnabled(built and self.pull_host.count() > 0)

    # --- build, push, pull -------------------------------------------------------------
    def build(self) -> bool:
        ok = bool(self.document.apply(BuildImage(self.host.currentData(), self.name.text().strip(),
                                                 self.editor.toPlainText())))
        self.parse()
        return ok

    def push(self) -> bool:
        name = self.name.text().strip()
        world = self.document.world
        if name not in world.built_images:
            return False
        plan = images.transfer(world.built_images[name][1], world.registry_layers)
        ok = bool(self.document.apply(PushImage(name)))
        if ok:
            self._show_transfer(self.tr("Pushed to the registry"), plan)
        self._update_buttons()
        return ok

    def pull(self) -> bool:
        name, target = self.name.text().strip(), self.pull_host.currentData()
        world = self.document.world
        if name not in world.built_images or target not in world.hosts:
            return False
        plan = images.transfer(world.built_images[name][1], world.hosts[target].image_cache)
        ok = bool(self.document.apply(PullImage(name, target)))
        if ok:
            self._show_transfer(fill(self.tr("Pulled onto %1"), world.hosts[target].name), plan)
        self.parse()
        return ok

    def run_container(self) -> str:
        """Add a container of the built image on the chosen host (an undoable edit); its id, or ""."""
        name, target = self.name.text().strip(), self.pull_host.currentData()
        world = self.document.world
        if name not in world.built_images or target not in world.hosts:
            return ""
        image = world.built_images[name][1]
        ports = tuple((p, p) for p in image.ports)  # EXPOSE'd ports published on the same host port
        config = ContainerConfig(image.base, ports=ports, built=name)
        guest = Guest(world.new_id("ctr"), unique_name(world, name), target, config, IMAGES[image.base].workload)
        return guest.id if self.document.apply(AddGuest(guest)) else ""

    def _show_transfer(self, what: str, plan: images.Transfer) -> None:
        seconds = images.transfer_seconds(plan.send_mb, REGISTRY_GBPS)
        self.transfer.setText(fill(
            self.tr("%1: %2 MB sent in %3 s of simulated time; %4 MB saved: those layers were already there."),
            what, f"{plan.send_mb:g}", f"{seconds:.1f}", f"{plan.saved_mb:g}"))
        self._timeline.stop()
        self.progress.setValue(0)
        self._timeline.setDuration(max(1, min(MAX_ANIMATION_MS, round(seconds * 1000))))
        self._timeline.start()


def install(window) -> None:
    """A "Build Image from Dockerfile…" entry in the VM menu, opening one dialog per window."""
    action = QAction(QCoreApplication.translate("DockerfileDialog", "&Build Image from Dockerfile…"), window)
    action.setObjectName("actionDockerfile")

    def show() -> None:
        dlg = getattr(window, "dockerfile_dialog", None)
        if dlg is None:
            dlg = window.dockerfile_dialog = DockerfileDialog(window.doc, window)
        dlg.show()
        dlg.raise_()

    action.triggered.connect(show)
    window.actions.menus["menuVm"].addAction(action)
    window.dockerfile_action = action
