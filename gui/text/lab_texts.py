"""What a lab file says, in the UI language: title, brief, goals, names.

Lab files are untrusted: texts are read as plain text and shown escaped.  A
lab's ``i18n.zh_CN`` texts replace the English ones when the window is
Chinese.  The Lab panel, the Home tab, the Learn panel and the document's
title all read labs through here.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from core.course.goals import Goal, GoalError
from gui.text.reasons import enum_word
from gui.text.substitute import fill

MAX_HEADER_BYTES = 5 * 1024 * 1024  # as core.files.scenario.MAX_BYTES


def ui_language() -> str:
    """The language of the user interface, e.g. "zh_CN" (app.py sets QLocale's default)."""
    return QLocale().name()


def _language_key(i18n: dict, lang: str | None = None) -> str | None:
    """The key of ``i18n`` for ``lang`` (exact, else the same language), or None."""
    lang = lang or ui_language()
    if lang in i18n:
        return lang
    base = lang.split("_")[0]
    return next((code for code in i18n if code.split("_")[0] == base), None)


def localized(i18n: dict, lang: str | None = None) -> dict:
    """The lab's texts for ``lang`` (exact, else same language), or {}."""
    code = _language_key(i18n, lang)
    return i18n[code] if code is not None else {}


# A step number ("2. ") after the end of a sentence or a colon, Latin or Chinese.
_STEP = re.compile(r"(?<=[.:;!?。：；！？)）])\s*(?=(\d{1,2})\.\s)")


def brief_text(text: str) -> str:
    """A lab's brief with its numbered steps on lines of their own (plain text).

    Bundled labs put a line break before each step; a brief written as one
    paragraph whose steps are numbered 1., 2., ... in order is split the same
    way.  Anything else is left as it is.
    """
    text = text.strip()
    if "\n" in text:
        return text
    lines, start, want = [], 0, 1
    for m in _STEP.finditer(text):
        if int(m.group(1)) == want:
            lines.append(text[start:m.start()].rstrip())
            start, want = m.end(), want + 1
    if want < 3:  # fewer than two steps: not a list
        return text
    lines.append(text[start:])
    return "\n".join(line for line in lines if line)


def brief_html(text: str) -> str:
    """The brief for a rich-text tooltip: escaped, a line per step."""
    return escape(brief_text(text)).replace("\n", "<br>")


def lab_summary(path: Path) -> tuple[str, str, list[str]]:
    """(title, brief, goal texts) of a lab file in the UI language, from its JSON alone.

    Validating every bundled lab in full would cost half a second at start-up
    (pydantic, building each world); a lab is validated when it is opened.
    A file that cannot be read gives its name and the reason.  The Home tab,
    the Learn and Lab panels all list the bundled labs at start-up: each file
    is read once per version of it and language (``_summary``).
    """
    try:
        st = path.stat()
    except OSError as e:
        return path.stem, str(e), []
    title, brief, goals = _summary(str(path), st.st_mtime_ns, st.st_size, ui_language())
    return title, brief, list(goals)


@lru_cache(maxsize=256)
def _summary(name: str, _mtime_ns: int, size: int, _lang: str) -> tuple[str, str, tuple[str, ...]]:
    """``lab_summary`` of the file ``name`` as it is now (its time and size and the language are the key)."""
    path = Path(name)
    try:
        if size > MAX_HEADER_BYTES:
            return path.stem, "", ()
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return path.stem, str(e), ()
    if not isinstance(data, dict):
        return path.stem, "", ()
    i18n = data.get("i18n") if isinstance(data.get("i18n"), dict) else {}
    t = localized({k: v for k, v in i18n.items() if isinstance(v, dict)})
    title = t.get("title") or data.get("title")
    brief = t.get("description") or data.get("description")
    goals = []
    raw_goals = data.get("goals") if isinstance(data.get("goals"), list) else []
    texts = t.get("goals") if isinstance(t.get("goals"), list) else []
    for i, raw in enumerate(raw_goals):
        if i < len(texts) and isinstance(texts[i], str) and texts[i]:
            goals.append(texts[i])
            continue
        try:
            goals.append(goal_text(Goal.from_dict(raw)))
        except (GoalError, TypeError, ValueError):
            continue
    return (title if isinstance(title, str) and title else path.stem,
            brief if isinstance(brief, str) else "", tuple(goals))


def lab_header(path: Path) -> tuple[str, str]:
    """(title, brief) of a lab file in the UI language; see ``lab_summary``."""
    title, brief, _goals = lab_summary(path)
    return title, brief


def lab_texts(title: str, description: str, goals: list[Goal], i18n: dict,
              lang: str | None = None) -> tuple[str, str, list[str]]:
    """(title, brief, goal texts) in the UI language where the lab translates them."""
    t = localized(i18n, lang)
    texts = list(t.get("goals", ()))
    goal_texts = [texts[i] if i < len(texts) and texts[i] else goal_text(g) for i, g in enumerate(goals)]
    return t.get("title") or title, t.get("description") or description, goal_texts


def localize_names(world, i18n: dict, lang: str | None = None) -> dict:
    """Give the hosts and guests of a just-opened lab its names in the UI language.

    Returns ``i18n`` without the names it used: from now on the names are the
    world's own, so what the student sees is what is saved, and a lab saved
    after a rename reopens with that rename.  Names stay plain text.
    """
    code = _language_key(i18n, lang)
    names = i18n[code].get("names") if code is not None else None
    if not names:
        return i18n
    for obj_id, name in names.items():
        if (obj_id in world.hosts or obj_id in world.guests) and isinstance(name, str) and name:
            world.rename(obj_id, name)
    rest = {k: v for k, v in i18n[code].items() if k != "names"}
    return {**i18n, code: rest}


def _tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("LabPanel", ...) above (lupdate sees only literals)."""
    return QCoreApplication.translate("LabPanel", text)


# One sentence per goal type; %1 is always the host (or "any host").  The
# fields each sentence needs follow, in order, as %2, %3 ...
_GOAL_SENTENCES = {
    "host_mode": QT_TRANSLATE_NOOP("LabPanel", "Host %1 runs in %2 mode"),
    "running_guests": QT_TRANSLATE_NOOP("LabPanel", "At least %2 guests (%3) run on %1"),
    "guest_on_mode": QT_TRANSLATE_NOOP("LabPanel", "At least %2 guests run on %3 hosts"),
    "technique_used": QT_TRANSLATE_NOOP("LabPanel", "At least %2 running VMs use %3 virtualization"),
    "cpu_below": QT_TRANSLATE_NOOP("LabPanel", "CPU of %1 stays below %2 % for %3 s"),
    "image_cached": QT_TRANSLATE_NOOP("LabPanel", "Image %2 is pulled to %1"),
    "perf_at_least": QT_TRANSLATE_NOOP("LabPanel", "At least %2 guests reach %3 % of native speed on %1"),
    "host_metric_above": QT_TRANSLATE_NOOP("LabPanel", "%2 of %1 rises above %3"),
    "guest_on_host": QT_TRANSLATE_NOOP("LabPanel", "Guest %2 runs on %1"),
    "migration_done": QT_TRANSLATE_NOOP("LabPanel", "Guest %2 arrives on %1 by live migration, still running"),
    "snapshot_reverted": QT_TRANSLATE_NOOP("LabPanel", "Guest %2 on %1 is reverted to a snapshot"),
    "image_pulled": QT_TRANSLATE_NOOP("LabPanel", "Image %2 is pulled from the registry to %1"),
    "mode_changed": QT_TRANSLATE_NOOP("LabPanel", "Host %1 is changed from %2 mode to %3 mode"),
    "path_watched": QT_TRANSLATE_NOOP("LabPanel", "%2 is stepped through to its end on a guest of %1"),
}
# What a path_watched goal names: a step-through view (the operation, if named, follows).
_PATH_VIEWS = {"instruction": QT_TRANSLATE_NOOP("LabPanel", "A privileged instruction"),
               "memory": QT_TRANSLATE_NOOP("LabPanel", "A memory access"),
               "io": QT_TRANSLATE_NOOP("LabPanel", "An I/O request")}
_GUEST_EVENT_SENTENCES = {
    "reset": QT_TRANSLATE_NOOP("LabPanel", "Guest %2 on %1 is reset while at least %3 other guests keep running"),
    "crashed": QT_TRANSLATE_NOOP("LabPanel", "Guest %2 on %1 crashes while at least %3 other guests keep running"),
    "powered_off": QT_TRANSLATE_NOOP("LabPanel",
                                     "Guest %2 on %1 is powered off while at least %3 other guests keep running"),
    "stopped": QT_TRANSLATE_NOOP("LabPanel", "Guest %2 on %1 is reset, crashes or is powered off while at least %3 "
                                             "other guests keep running"),
}


_KINDS = {"vm": QT_TRANSLATE_NOOP("LabPanel", "VMs"), "container": QT_TRANSLATE_NOOP("LabPanel", "containers"),
          "*": QT_TRANSLATE_NOOP("LabPanel", "VMs or containers")}


def _goal_fields(goal: Goal) -> list[str]:
    """The %2, %3 ... of the goal's sentence, in the user's words."""
    any_guest = QCoreApplication.translate("LabPanel", "any guest")
    any_mode = QCoreApplication.translate("LabPanel", "any")
    t = goal.type
    if t == "host_mode":
        return [enum_word("mode", str(goal.mode))]
    if t == "running_guests":
        return [str(goal.at_least), _tr(_KINDS.get(str(goal.kind), _KINDS["*"]))]
    if t == "guest_on_mode":
        return [str(goal.at_least), enum_word("mode", str(goal.mode))]
    if t == "technique_used":
        return [str(goal.at_least), enum_word("technique", str(goal.technique))]
    if t == "cpu_below":
        return [f"{goal.pct:g}", f"{goal.for_seconds:g}"]
    if t in ("image_cached", "image_pulled"):
        return [goal.image or QCoreApplication.translate("LabPanel", "any image")]
    if t == "perf_at_least":
        return [str(goal.at_least), f"{goal.pct:g}"]
    if t == "host_metric_above":
        return [str(goal.metric), f"{goal.value:g}"]
    if t == "guest_event":
        return [goal.guest or any_guest, str(goal.at_least)]
    if t == "path_watched":
        view, _, op = str(goal.path).partition(":")
        what = _tr(_PATH_VIEWS.get(view, _PATH_VIEWS["instruction"]))
        return [f"{what} ({op})" if op else what]
    if t == "mode_changed":
        return [enum_word("mode", goal.from_mode) if goal.from_mode else any_mode,
                enum_word("mode", goal.mode) if goal.mode else any_mode]
    return [goal.guest or any_guest]  # guest_on_host, migration_done, snapshot_reverted


def goal_text(goal: Goal) -> str:
    """The goal's own ``text``, or a sentence made from its fields."""
    if goal.text:
        return goal.text
    host = goal.host if goal.host != "*" else QCoreApplication.translate("LabPanel", "any host")
    if goal.type == "guest_event":
        sentence = _GUEST_EVENT_SENTENCES.get(str(goal.event), _GUEST_EVENT_SENTENCES["stopped"])
    else:
        sentence = _GOAL_SENTENCES[goal.type]
    return fill(_tr(sentence), host, *_goal_fields(goal))
