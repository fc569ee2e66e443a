"""The lab file's ``images``: images built from Dockerfiles, saved as their text and rebuilt on load.

The Dockerfile is kept rather than the layers: the parse is deterministic
(``core.course.images``), so the same text gives the same layers and digests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.edits.images import BuildImage, PushImage
from core.files.errors import ScenarioError

if TYPE_CHECKING:
    from core.files.scenario_schema import ImageSpec
    from core.sim.world import World


def build_images(specs: list[ImageSpec], world: World, source: str) -> World:
    """Rebuild the lab's images on their hosts, and push those that were pushed; a refusal names the entry."""
    for i, img in enumerate(specs):
        steps = [BuildImage(img.host, img.name, img.dockerfile)] + ([PushImage(img.name)] if img.pushed else [])
        for edit in steps:
            verdict = edit.check(world)
            if not verdict:
                raise ScenarioError(source, f"images.{i}", verdict.message)
            edit.apply(world)
    return world


def images_entry(world: World) -> dict:
    """``{"images": [...]}`` for a lab file, or ``{}`` when no image was built (the key is optional)."""
    if not world.built_images:
        return {}
    return {"images": [{"name": name, "host": host_id, "dockerfile": text,
                        "pushed": set(image.digests) <= world.registry_layers}
                       for name, (host_id, image, text) in world.built_images.items()]}
