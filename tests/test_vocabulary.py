"""One vocabulary (lib/vocabulary.py): code keeps stable keys, and each label, colour and action name
is declared once."""

from __future__ import annotations

import ast

from lib import vocabulary
from lib.config import ROOT
from tests.test_architecture import sources

LABEL_SETS = {
    "progress": {p.label for p in vocabulary.PROGRESS.values()},
    "returns": set(vocabulary.RETURN_STATUSES.values()),
    "batches": set(vocabulary.BATCH_STATUSES.values()) | set(vocabulary.BATCH_SOURCES.values()),
    "flags": set(vocabulary.FLAG_KINDS.values()) | set(vocabulary.NOTE_STATUSES.values()),
}  # role and action labels are ordinary verbs and nouns ("添加用户") that messages use too


def constants(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node


def test_labels_are_written_only_in_the_vocabulary():
    every = set().union(*LABEL_SETS.values())
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.value}"
        for path in sources("lib", "pages", "app.py")
        if path != ROOT / "lib" / "vocabulary.py"
        for node in constants(path)
        if node.value in every
    ]
    assert not found, "labels written outside lib/vocabulary.py:\n" + "\n".join(found)


def test_every_recorded_action_has_a_label():
    """Each action a store command or sign-in step records is one the audit log page can name."""
    recorders = {"record": 2, "record_signin": 2, "audit_signin": 2}
    actions: dict[str, str] = {}
    for path in sources("lib", "pages", "app.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in recorders and len(node.args) > recorders[name]:
                arg = node.args[recorders[name]]
                options = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
                for option in options:
                    if isinstance(option, ast.Constant) and isinstance(option.value, str):
                        actions[option.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    assert len(actions) >= 15  # the scan sees the application's actions
    missing = {a: where for a, where in actions.items() if a not in vocabulary.ACTIONS}
    assert not missing, missing


def test_progress_colours_are_distinct_and_no_target_is_the_fallback():
    colours = [p.rgb for p in vocabulary.PROGRESS.values()]
    assert len(set(colours)) == len(colours)
    assert vocabulary.progress(None).key == vocabulary.NO_TARGET
    assert vocabulary.progress(float("nan")).label == "未设目标"
    assert vocabulary.progress(vocabulary.BEHIND).label == "滞后"
