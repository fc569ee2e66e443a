"""What an importer returns: the suggested stack, the guests and the report.

The report is data (field ids and reason codes), not sentences, so the CLI
prints it in English and the GUI translates it (``gui/dialogs/import_report``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.model.kinds import Mode, Product
from core.model.objects import ContainerConfig, VmConfig

# What a report line is about (the GUI has a translated label for each).
FIELDS = {
    "hypervisor": "hypervisor", "name": "name", "os": "guest OS", "vcpus": "vCPUs",
    "memory": "memory", "disks": "disks", "disk_size": "disks without a size", "disk_type": "disk provisioning",
    "nics": "NICs", "nic_model": "NIC model", "network": "network", "firmware": "firmware",
    "technique": "technique", "mmu": "memory virtualization", "image": "image",
    "cpu_limit": "CPU limit", "memory_limit": "memory limit", "ports": "ports",
    "workload": "workload", "setting": "setting", "placement": "placement",
}

# Why something was adapted or left out (English here; translated in the GUI).
REASONS = {
    "": "",
    "not_simulated": "VirtLab does not simulate this",
    "reference": "a path or URL inside the file: never followed",
    "unknown_value": "value not recognised",
    "assumed": "not stated in the file: VirtLab's default",
    "stand_in": "not in VirtLab's catalog: nearest stand-in",
    "summed": "VirtLab gives a VM one virtual disk: sizes added up",
    "first_nic": "VirtLab gives a VM one network: the first NIC's is used",
    "bad_number": "not a usable number",
    "rounded": "rounded to what VirtLab can hold",
    "refused": "refused by the host",
    "too_many": "too many entries: the rest were skipped",
}


class FormatError(ValueError):
    """A file that cannot be imported; ``str()`` names the file and the problem on one line."""

    def __init__(self, path: str, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")


def _brief(value: object, depth: int = 0) -> str:
    """``str`` of a parsed value with bounded work: a YAML alias bomb makes ``str`` explode."""
    if isinstance(value, dict):
        items = list(value.items())[:4]
        inner = ", ".join(f"{_brief(k, 2)}: {_brief(v, depth + 1)}" for k, v in items) if depth < 2 else "…"
        return "{" + inner + (", …" if len(value) > 4 else "") + "}"
    if isinstance(value, (list, tuple)):
        inner = ", ".join(_brief(v, depth + 1) for v in value[:4]) if depth < 2 else "…"
        return "[" + inner + (", …" if len(value) > 4 else "") + "]"
    return str(value)[:200]


def shown(value: object, limit: int = 80) -> str:
    """A value from an untrusted file, safe to quote: one line, at most ``limit`` characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in _brief(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Note:
    """One line of the report: ``what`` of ``guest`` was ``value`` in the file and became ``result``.

    ``mapped`` is False for what was left out; ``reason`` is a key of REASONS.
    """

    guest: str
    what: str
    value: str
    result: str = ""
    reason: str = ""
    mapped: bool = True

    def text(self) -> str:
        label = FIELDS.get(self.what, self.what)
        who = f"{self.guest}: " if self.guest else ""
        if self.mapped:
            line = f"{who}{label} {self.value!r} → {self.result}" if self.value else f"{who}{label} → {self.result}"
        else:
            line = f"{who}{label} {self.value!r} ignored"
        why = REASONS.get(self.reason, self.reason)
        return f"{line} ({why})" if why else line


@dataclass
class ImportedGuest:
    name: str
    config: VmConfig | ContainerConfig
    workload: str


@dataclass
class Imported:
    """One file's content: the stack it was written for, its guests and the report."""

    source: str
    format: str  # "vmx", "vbox", "libvirt", "ovf", "compose"
    mode: Mode
    product: Product | None
    guests: list[ImportedGuest] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def mapped(self, guest: str, what: str, value: object, result: object, reason: str = "") -> None:
        self.notes.append(Note(guest, what, shown(value), shown(result), reason, True))

    def ignored(self, guest: str, what: str, value: object, reason: str) -> None:
        self.notes.append(Note(guest, what, shown(value), "", reason, False))

    def report_lines(self) -> list[str]:
        mapped = [n.text() for n in self.notes if n.mapped]
        ignored = [n.text() for n in self.notes if not n.mapped]
        out = [f"{self.source} ({self.format}): {len(self.guests)} guest{'' if len(self.guests) == 1 else 's'} for "
               f"{self.mode.value}{'/' + self.product.value if self.product else ''}"]
        out += [f"  mapped: {t}" for t in mapped]
        out += [f"  ignored: {t}" for t in ignored]
        return out

    def report_json(self) -> dict:
        return {"source": self.source, "format": self.format, "mode": self.mode.value,
                "product": self.product.value if self.product else None,
                "guests": [g.name for g in self.guests],
                "notes": [{"guest": n.guest, "what": n.what, "value": n.value, "result": n.result,
                           "reason": n.reason, "mapped": n.mapped, "text": n.text()} for n in self.notes]}
