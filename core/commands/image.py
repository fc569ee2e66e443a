"""``virtlab-sim image DOCKERFILE [--name NAME] [--cached IMAGE ...] [--json]``: the layers a
Dockerfile builds, and what a pull would send to a host that already holds some images.

The Dockerfile is parsed by ``core.course.images`` (never run).  A file that cannot
be read, or a Dockerfile with a bad line, raises ``CommandError``: one line on
stderr naming the line, exit status 2.
"""

from __future__ import annotations

import json

from core.commands import CommandError
from core.course import images
from core.formats.model import FormatError
from core.formats.safe_read import decode, read_bytes
from core.model.catalog import IMAGES


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("image", help="the layers a Dockerfile builds, and what a pull sends")
    p.add_argument("dockerfile", help="a Dockerfile (FROM, RUN, COPY, ENV, CMD, EXPOSE)")
    p.add_argument("--name", default="image", help="the image's name (default: image)")
    p.add_argument("--cached", action="append", default=[], metavar="IMAGE",
                   help=f"an image the pulling host already holds (repeatable): {', '.join(IMAGES)}")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(func=run)


def run(args) -> int:
    try:
        text = decode(read_bytes(args.dockerfile, images.MAX_CHARS * 4), args.dockerfile)
        image = images.build(text, args.name)
    except (FormatError, images.DockerfileError) as e:
        raise CommandError(f"{args.dockerfile}: {e}") from None
    unknown = [c for c in args.cached if c not in IMAGES]
    if unknown:
        raise CommandError(f"--cached: no image {unknown[0][:80]!r}; known: {', '.join(IMAGES)}")
    present = {layer for c in args.cached for layer in IMAGES[c].layers}
    plan = images.transfer(image, present)
    data = {
        "name": image.name, "base": image.base, "size_mb": image.size_mb,
        "layers": [{"digest": x.digest, "instruction": x.instruction, "size_mb": x.size_mb, "line": x.line}
                   for x in image.layers],
        "env": dict(image.env), "cmd": list(image.cmd), "ports": list(image.ports),
        "pull": {"send_mb": plan.send_mb, "saved_mb": plan.saved_mb},
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    out = [f"{image.name}: {len(image.layers)} layers, {image.size_mb:g} MB (top first; read-only, "
           "a container adds its own writable layer)", ""]
    for x in reversed(image.layers):
        out.append(f"  {x.size_mb:>8g} MB  {x.digest:<19}  {x.instruction}")
    out += ["", f"pull onto a host with {', '.join(args.cached) or 'no images'}: "
                f"{plan.send_mb:g} MB sent, {plan.saved_mb:g} MB saved by shared layers"]
    print("\n".join(out))
    return 0
