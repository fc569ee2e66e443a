"""Write the JSON Schema of scenario files to ``resources/scenario.schema.json``.

The schema comes from the pydantic model (``core.files.scenario_schema``), so it can
never drift from what the loader accepts.  Editors (VS Code, PyCharm) use it
for completion and checking once ``*.vlab`` is mapped to it (docs/instructors.md
shows how).  Rules that need the world (a guest must fit its host) are not in
the schema; the loader checks those.

    python -m core.files.schema_export           # rewrite the file
    python -m core.files.schema_export --check   # exit 1 if the file is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from core.course.goals import GOAL_TYPES, GUEST_EVENTS
from core.files.locations import resources_dir
from core.files.scenario_schema import ScenarioSpec
from core.model.catalog import GUEST_OSES, IMAGES
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import IoPath, Mode, Network, Product, Technique
from core.model.workloads import WORKLOADS
from core.sim.metrics import HOST_METRICS

SCHEMA_ID = "https://virtlab.example/scenario.schema.json"  # a name, not a download


_VM_NETS = [n.value for n in Network if n is not Network.HOST]
_CHOICES = {
    "HostSpec": {"template": [*HOST_TEMPLATES, "custom"], "mode": [m.value for m in Mode],
                 "product": [p.value for p in Product]},
    "VmSpec": {"os": list(GUEST_OSES), "workload": list(WORKLOADS), "technique": [t.value for t in Technique],
               "io": [i.value for i in IoPath], "network": _VM_NETS},
    "ContainerSpec": {"image": list(IMAGES), "workload": list(WORKLOADS), "network": ["nat", "host"]},
}


def _goal_schema() -> dict:
    """Goals are checked by core.course.goals, not pydantic: describe them here for editors."""
    text = {"type": "string", "maxLength": 500}
    return {
        "type": "object",
        "description": "A lab goal: a condition on the world's state or an event in it (see docs/scenario-format.md).",
        "required": ["type"],
        "additionalProperties": False,
        "properties": {
            "type": {"enum": list(GOAL_TYPES)},
            "text": text | {"description": "what the lab sheet says; shown to students"},
            "host": {"type": "string", "description": "a host id, or \"*\" for every host"},
            "mode": {"enum": ["native", "hosted", "bare-metal", "hybrid", "container"]},
            "kind": {"enum": ["vm", "container"]},
            "technique": {"enum": ["full", "para", "hardware"]},
            "at_least": {"type": "integer", "minimum": 0},
            "pct": {"type": "number"},
            "for_seconds": {"type": "number", "minimum": 0},
            "image": {"type": "string"},
            "metric": {"enum": list(HOST_METRICS)},
            "value": {"type": "number"},
            "guest": {"type": "string", "description": "a guest id"},
            "id": {"type": "string", "maxLength": 200, "description": "a name for this goal, for other goals' after"},
            "after": {"type": ["string", "integer"],
                      "description": "count this goal only once that one (an id, or an index of a goal "
                                     "listed earlier) is met"},
            "event": {"enum": list(GUEST_EVENTS), "description": "guest_event: what happened to the guest"},
            "workload": {"enum": list(WORKLOADS), "description": "count only guests running this workload"},
            "from_mode": {"enum": ["native", "hosted", "bare-metal", "hybrid", "container"],
                          "description": "mode_changed: the mode the host left"},
            "path": {"type": "string", "pattern": "^(instruction|memory|io)(:[a-z-]+)?$",
                     "description": "path_watched: a step-through view, optionally with its operation "
                                    "(\"memory:page-fault\")"},
        },
    }


def scenario_schema() -> dict:
    schema = ScenarioSpec.model_json_schema()
    schema["properties"]["goals"]["items"] = _goal_schema()
    # Fields checked by a validator function have no enum in pydantic's output: add the
    # choices, so an editor can complete them.
    for model, fields in _CHOICES.items():
        props = schema["$defs"][model]["properties"]
        for name, values in fields.items():
            target = props[name]
            if "anyOf" in target:  # optional: "X or null"
                target = next(t for t in target["anyOf"] if t.get("type") == "string")
            target["enum"] = list(values)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": "VirtLab scenario (.vlab)", **schema}


def schema_text() -> str:
    return json.dumps(scenario_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schema_path() -> Path:
    return resources_dir() / "scenario.schema.json"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path, text = schema_path(), schema_text()
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is out of date: run python -m core.files.schema_export", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
