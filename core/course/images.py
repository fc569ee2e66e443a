"""Images built from a Dockerfile: a stack of layers with sizes, shared by digest.

The Dockerfile a student types is untrusted text.  It is parsed here and never
run: each instruction becomes one layer (or a metadata-only step), whose size
is a modelling estimate, and whose digest depends on the layer below it and the
instruction's text, as Docker's build cache keys do [DockerBuild].  Two images
that start with the same instructions therefore share those layers, and a host
that already holds a layer does not download it again [DockerStorage].

Only six instructions are taught (FROM, RUN, COPY, ENV, CMD, EXPOSE).  Anything
else, and any bad syntax, is refused with a ``DockerfileError`` that names the
line.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from core.model.catalog import IMAGES

MAX_CHARS = 20_000  # a lab Dockerfile is a few lines; refuse a pasted novel
MAX_LINES = 200
QUOTE = 80  # at most this much of a bad value is quoted back

# Sizes of the base layers of the catalog's images, in MB.  Assumption: rough
# compressed sizes of the public images, split so that each image's layers add
# up to its ``size_mb`` in ``core.model.catalog``.
BASE_LAYER_MB = {
    "debian-slim": 75, "nginx": 115, "redis": 65, "oracle-slim": 150, "mysql": 450,
    "debian": 120, "python": 880, "busybox": 5,
}
# Assumption: a package installed by RUN adds about 20 MB; any other RUN about
# 1 MB (files it writes); COPY brings the application, about 2 MB.
PACKAGE_MB = 20.0
RUN_MB = 1.0
COPY_MB = 2.0
_INSTALLERS = re.compile(r"\b(?:apt-get|apt|apk|yum|dnf|pip3?)\s+(?:install|add)\b(.*)", re.IGNORECASE)
# Instructions that change only the image's configuration: Docker records them
# as empty layers (0 bytes) in the image history [DockerBuild].
METADATA = frozenset({"ENV", "CMD", "EXPOSE"})
INSTRUCTIONS = ("FROM", "RUN", "COPY", "ENV", "CMD", "EXPOSE")
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")


class DockerfileError(ValueError):
    """A Dockerfile that cannot be built; ``line`` is 1-based (0: the whole text)."""

    def __init__(self, line: int, message: str):
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line
        self.message = message


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE else text[:QUOTE] + "…"


@dataclass(frozen=True)
class Layer:
    digest: str  # base layers keep their catalog names ("debian-slim")
    instruction: str  # the instruction that made it, as written (FROM for a base layer)
    size_mb: float
    line: int = 0


@dataclass(frozen=True)
class BuiltImage:
    name: str
    base: str  # the catalog image it starts FROM
    layers: tuple[Layer, ...]  # bottom (base) first
    env: tuple[tuple[str, str], ...] = ()
    cmd: tuple[str, ...] = ()
    ports: tuple[int, ...] = ()

    @property
    def size_mb(self) -> float:
        return sum(x.size_mb for x in self.layers)

    @property
    def digests(self) -> tuple[str, ...]:
        return tuple(x.digest for x in self.layers if x.size_mb > 0)


@dataclass(frozen=True)
class Transfer:
    """What a push or a pull moves: the layers missing at the other end."""

    send: tuple[Layer, ...]
    shared: tuple[Layer, ...]  # already there: not sent again

    @property
    def send_mb(self) -> float:
        return sum(x.size_mb for x in self.send)

    @property
    def saved_mb(self) -> float:
        return sum(x.size_mb for x in self.shared)


def _lines(text: str) -> list[tuple[int, str]]:
    """Logical lines with their first physical line number: comments and blanks dropped,
    backslash continuations joined."""
    if len(text) > MAX_CHARS:
        raise DockerfileError(0, f"the Dockerfile is longer than {MAX_CHARS} characters")
    physical = text.splitlines()
    if len(physical) > MAX_LINES:
        raise DockerfileError(0, f"the Dockerfile has more than {MAX_LINES} lines")
    out: list[tuple[int, str]] = []
    start, parts = 0, []
    for n, raw in enumerate(physical, 1):
        line = raw.strip()
        if not parts and (not line or line.startswith("#")):
            continue
        if not parts:
            start = n
        if line.endswith("\\"):
            parts.append(line[:-1].strip())
            continue
        parts.append(line)
        out.append((start, " ".join(p for p in parts if p)))
        parts = []
    if parts:
        raise DockerfileError(start, "the last instruction ends with '\\' and nothing follows")
    return out


def _split(line: int, rest: str) -> list[str]:
    if rest.startswith("["):  # exec form: a JSON array of strings
        try:
            value = json.loads(rest)
        except ValueError:
            raise DockerfileError(line, f"not a valid JSON list: {_quote(rest)}") from None
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise DockerfileError(line, f"expected a list of strings: {_quote(rest)}")
        return value
    return rest.split()


def _digest(parent: str, instruction: str) -> str:
    return "sha256:" + hashlib.sha256(f"{parent}\n{instruction}".encode()).hexdigest()[:12]


def _run_size(rest: str) -> float:
    m = _INSTALLERS.search(rest)
    if not m:
        return RUN_MB
    packages = [w for w in re.split(r"[\s&;|]+", m.group(1)) if w and not w.startswith("-")]
    return PACKAGE_MB * max(1, len(packages))


def build(text: str, name: str) -> BuiltImage:
    """Parse ``text`` and return the image it describes; raise ``DockerfileError`` if it is bad."""
    if not _NAME.match(name):
        raise DockerfileError(0, f"an image name is lower-case letters, digits, '.', '_' or '-': {_quote(name)}")
    steps = _lines(text)
    if not steps:
        raise DockerfileError(0, "the Dockerfile is empty: start with FROM and an image")
    layers: list[Layer] = []
    env: list[tuple[str, str]] = []
    cmd: tuple[str, ...] = ()
    ports: list[int] = []
    base = ""
    for line, logical in steps:
        word, _, rest = logical.partition(" ")
        op, rest = word.upper(), rest.strip()
        if op not in INSTRUCTIONS:
            raise DockerfileError(line, f"unknown instruction {_quote(word)!r} (VirtLab knows "
                                        + ", ".join(INSTRUCTIONS) + ")")
        if not rest:
            raise DockerfileError(line, f"{op} needs an argument")
        if (op == "FROM") != (not layers):
            raise DockerfileError(line, "FROM comes first, and only once" if layers else
                                  f"the first instruction must be FROM, not {op}")
        if op == "FROM":
            base = rest.split(":")[0].lower()
            if base not in IMAGES or len(rest.split()) != 1:
                raise DockerfileError(line, f"no image {_quote(rest)!r} in the lab (known: "
                                            + ", ".join(sorted(IMAGES)) + ")")
            layers.extend(Layer(d, "FROM " + base, BASE_LAYER_MB.get(d, 0.0), line) for d in IMAGES[base].layers)
            continue
        args = _split(line, rest)
        if op == "COPY" and len(args) < 2:
            raise DockerfileError(line, "COPY needs a source and a destination")
        if op == "ENV":
            env.extend(_env(line, rest))
        elif op == "CMD":
            cmd = tuple(args)
        elif op == "EXPOSE":
            ports.extend(_port(line, a) for a in args)
        size = 0.0 if op in METADATA else (_run_size(rest) if op == "RUN" else COPY_MB)
        layers.append(Layer(_digest(layers[-1].digest, f"{op} {rest}"), f"{op} {rest}", size, line))
    return BuiltImage(name, base, tuple(layers), tuple(env), cmd, tuple(ports))


def _env(line: int, rest: str) -> list[tuple[str, str]]:
    if "=" not in rest.split()[0]:  # legacy form: ENV KEY value
        key, _, value = rest.partition(" ")
        pairs = [(key, value.strip())]
    else:
        pairs = []
        for item in rest.split():
            key, eq, value = item.partition("=")
            if not eq:
                raise DockerfileError(line, f"ENV expects KEY=value: {_quote(item)}")
            pairs.append((key, value))
    for key, _ in pairs:
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", key):
            raise DockerfileError(line, f"not a variable name: {_quote(key)}")
    return pairs


def _port(line: int, arg: str) -> int:
    number, _, proto = arg.partition("/")
    if not number.isdigit() or not 0 < int(number) < 65536 or proto.lower() not in ("", "tcp", "udp"):
        raise DockerfileError(line, f"EXPOSE expects a port from 1 to 65535 (optionally /tcp or /udp): "
                                    f"{_quote(arg)}")
    return int(number)


def transfer(image: BuiltImage, present: set[str] | frozenset[str]) -> Transfer:
    """The layers of ``image`` to send to a place that holds ``present``, and those it already has."""
    data = [x for x in image.layers if x.size_mb > 0]
    return Transfer(tuple(x for x in data if x.digest not in present),
                    tuple(x for x in data if x.digest in present))


def transfer_seconds(mb: float, gbps: float) -> float:
    """Time to move ``mb`` over a ``gbps`` link.  Assumption: a registry reaches about
    half the link's rate (TLS, HTTP, decompression), so a pull is not instant on a lab LAN."""
    return 0.0 if mb <= 0 else mb * 8 / (gbps * 1000 * 0.5)
