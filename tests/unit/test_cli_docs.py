"""Every command has help, and the README documents every command (and nothing else)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from builder.cli import cli
from tests.conftest import ROOT

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name):
    result = CliRunner().invoke(cli, [name, "--help"], obj={})
    assert result.exit_code == 0, result.output
    doc = cli.commands[name].help or ""
    assert len(doc.split()) >= 5, f"timeline {name} needs a real help text"


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`timeline ([a-z]+)", readme))
    assert documented == set(COMMANDS), (
        f"undocumented: {sorted(set(COMMANDS) - documented)}; "
        f"documented but missing: {sorted(documented - set(COMMANDS))}"
    )
