"""The JSON Schema of the event file, for editors' completion and checks."""

from __future__ import annotations

import json
from pathlib import Path

from .schema import Event
from .yamlio import write_atomic

__all__ = ["SCHEMA_NAME", "schema_text", "write_schema_file"]

SCHEMA_NAME = "event.schema.json"


def schema_text() -> str:
    schema = Event.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Linimasa event"
    return json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_schema_file(timeline_dir: Path) -> bool:
    """Write ``timeline/event.schema.json`` (only when it changed)."""
    return write_atomic(timeline_dir / SCHEMA_NAME, schema_text(), inside=timeline_dir)
