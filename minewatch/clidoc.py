"""docs/cli.md, generated from the commands' own --help (tests/test_docs.py checks that the
file is current):

    uv run python -m minewatch.clidoc > docs/cli.md
"""

from __future__ import annotations

import click

from .cli import cli

HEAD = """# minewatch command line

Generated from `minewatch --help` by `uv run python -m minewatch.clidoc > docs/cli.md`;
`tests/test_docs.py` fails when it is out of date. Exit codes: 0 done; 1 something the
command names failed (a publication, a file, a source, a floor); 2 it could not start (a bad
sources file, no warehouse yet, another run holding the warehouse, no Prefect server);
130 interrupted.
"""


def commands(group: click.Group = cli, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    """(path, command) of every command, groups first, in name order."""
    found = [(path, group)]
    for name in sorted(group.commands):
        command = group.commands[name]
        if isinstance(command, click.Group):
            found += commands(command, path + (name,))
        else:
            found.append((path + (name,), command))
    return found


def render() -> str:
    parts = [HEAD]
    for path, command in commands():
        name = " ".join(("minewatch",) + path)
        with click.Context(command, info_name=name, terminal_width=100, max_content_width=100,
                           help_option_names=["-h", "--help"]) as ctx:
            text = command.get_help(ctx)
        parts.append(f"## `{name}`\n\n```\n{text}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
