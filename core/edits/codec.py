"""Edits as small JSON objects and back: what a recording keeps of each step.

An edit becomes ``{"edit": "SetMode", "host_id": "pc", "mode": "hybrid", ...}``:
its class name (inverses keep their leading underscore) and its fields, leaving
out fields that hold their default, so a line of a record stays short enough to
read.  Field values follow the dataclass annotations: enums as their value,
tuples and sets as lists, nested objects (hosts, guests, statuses, snapshots)
as objects; a VM's configuration uses the scenario format's own converters
(``core.files.scenario_course``), so it reads as it does in a ``.vlab`` file.

Decoding is strict because a record comes from a student's file: every value
is checked against its annotation, unknown fields are refused, and any problem
is one ``CodecError`` naming where it is (``edit.host.hardware.cpu.cores``).
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing

from pydantic import ValidationError

from core.edits import base, course, guests, hosts, images, power
from core.edits.base import Description, Edit
from core.files.scenario_course import vm_config, vm_hardware_dict
from core.files.scenario_schema import VmHardware
from core.model.hardware import Cpu, Disk, Hardware, Nic
from core.model.kinds import GuestState, IoPath, Mode, Network, Product, Technique
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim.migration import Migration
from core.sim.restore import GuestStatus
from core.sim.snapshots import Snapshot

TAG = "edit"
# Deep enough for a batch of batches; a record nests no further.  Guards the recursion.
MAX_DEPTH = 12


class CodecError(ValueError):
    """A recorded edit that cannot be read back; ``where`` is the field path."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where, self.problem = where, problem


def _edit_classes() -> dict[str, type[Edit]]:
    found: dict[str, type[Edit]] = {}
    for module in (base, hosts, guests, power, course, images):
        for name, obj in vars(module).items():
            if (isinstance(obj, type) and issubclass(obj, Edit) and obj is not Edit
                    and obj.__module__ == module.__name__ and dataclasses.is_dataclass(obj)):
                found[name] = obj
    return found


EDIT_CLASSES: dict[str, type[Edit]] = _edit_classes()
# Names the annotations use that their modules import only for type checkers.
_NAMES = {c.__name__: c for c in (Cpu, Disk, Hardware, Nic, GuestState, IoPath, Mode, Network, Product, Technique,
                                  ContainerConfig, Guest, Host, VmConfig, Migration, GuestStatus, Snapshot,
                                  Description, Edit)} | EDIT_CLASSES
_HINTS: dict[type, dict[str, object]] = {}


def _hints(cls: type) -> dict[str, object]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, localns=_NAMES)
    return _HINTS[cls]


def _default(f: dataclasses.Field):
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


# --- encoding ---------------------------------------------------------------------------

def encode(edit: Edit) -> dict:
    """The JSON object for ``edit`` (and everything it holds)."""
    return _encode_object(edit)


def _encode_object(obj) -> dict:
    out: dict = {TAG: type(obj).__name__} if isinstance(obj, Edit) else {}
    for f in dataclasses.fields(obj):
        if not f.compare:  # ``Hardware.extra`` and the like: not part of what the object is
            continue
        value = getattr(obj, f.name)
        if value == _default(f):
            continue
        out[f.name] = _encode_value(value)
    return out


def _encode_value(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, VmConfig):
        return vm_hardware_dict(value)
    if dataclasses.is_dataclass(value):
        return _encode_object(value)
    if isinstance(value, (set, frozenset)):
        return sorted(_encode_value(v) for v in value)
    if isinstance(value, (tuple, list)):
        return [_encode_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode_value(v) for k, v in value.items()}
    raise TypeError(f"cannot record a {type(value).__name__}")


# --- decoding ---------------------------------------------------------------------------

def decode(data: object, where: str = TAG) -> Edit:
    """The edit a JSON object describes; raises ``CodecError`` for anything else."""
    return _decode_edit(data, where, 0)


def _decode_edit(data: object, where: str, depth: int) -> Edit:
    if not isinstance(data, dict):
        raise CodecError(where, "expected an object")
    name = data.get(TAG)
    cls = EDIT_CLASSES.get(name) if isinstance(name, str) else None
    if cls is None:
        raise CodecError(f"{where}.{TAG}", f"not an edit VirtLab knows: {str(name)[:80]!r}")
    return _decode_object(cls, {k: v for k, v in data.items() if k != TAG}, where, depth)


def _decode_object(cls: type, data: object, where: str, depth: int):
    if depth > MAX_DEPTH:
        raise CodecError(where, "nested too deeply")
    if not isinstance(data, dict):
        raise CodecError(where, "expected an object")
    fields = {f.name: f for f in dataclasses.fields(cls) if f.compare}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise CodecError(f"{where}.{unknown[0][:80]}", "unknown field")
    hints, values = _hints(cls), {}
    for name, f in fields.items():
        if name in data:
            values[name] = _decode_value(hints[name], data[name], f"{where}.{name}", depth + 1)
        elif _default(f) is dataclasses.MISSING:
            raise CodecError(f"{where}.{name}", "missing")
    try:
        return cls(**values)
    except (TypeError, ValueError) as e:
        raise CodecError(where, str(e)[:120]) from None


def _decode_value(hint, value, where: str, depth: int):  # noqa: C901 -- one branch per kind of annotation
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        problems = []
        for option in (a for a in args if a is not type(None)):
            try:
                return _decode_value(option, value, where, depth)
            except CodecError as e:
                problems.append(e)
        raise problems[0] if len(problems) == 1 else CodecError(where, "matches none of the allowed kinds")
    if hint is typing.Any:
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise CodecError(where, "expected a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode_value(args[0], v, f"{where}[{i}]", depth + 1) for i, v in enumerate(value))
        if len(value) != len(args):
            raise CodecError(where, f"expected {len(args)} items")
        return tuple(_decode_value(a, v, f"{where}[{i}]", depth + 1) for i, (a, v) in enumerate(zip(args, value, strict=True)))
    if origin is set:
        if not isinstance(value, list):
            raise CodecError(where, "expected a list")
        return {_decode_value(args[0], v, f"{where}[{i}]", depth + 1) for i, v in enumerate(value)}
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            raise CodecError(where, "expected an object")
        return dict(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise CodecError(where, "expected true or false")
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise CodecError(where, "expected a whole number")
        return value
    if hint is float:
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value != value:
            raise CodecError(where, "expected a number")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise CodecError(where, "expected a string")
        return value
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            raise CodecError(where, f"unknown value {str(value)[:80]!r}") from None
    if hint is VmConfig:
        try:
            return vm_config(VmHardware.model_validate(value))
        except ValidationError as e:
            first = e.errors(include_url=False)[0]
            raise CodecError(where + "".join(f".{p}" for p in first["loc"]), first["msg"][:120]) from None
    if isinstance(hint, type) and issubclass(hint, Edit):
        edit = _decode_edit(value, where, depth + 1)
        if not isinstance(edit, hint):
            raise CodecError(f"{where}.{TAG}", f"expected a {hint.__name__}")
        return edit
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _decode_object(hint, value, where, depth + 1)
    raise CodecError(where, f"cannot read a {hint!r}")
