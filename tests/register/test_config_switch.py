"""`register migrate` switches `[register] database_url` in pressetool.toml as text:
only that line changes, every comment stays."""

from __future__ import annotations

import pytest

from pressetool.problems import Code, InputError
from pressetool.register.maintenance import switched_config_text

NEW = "postgresql://presse@db/presse"

TOML_CASES = [
    (
        '# Kopf\n[register]\n# Kommentar\ndatabase_url = "sqlite:///releases/register.sqlite"\n'
        "[office]\nname = 'A'\n",
        f"# Kopf\n[register]\n# Kommentar\ndatabase_url = \"{NEW}\"\n[office]\nname = 'A'\n",
    ),
    (
        "[register]\ndatabase_url = 'sqlite:///x.sqlite'  # die alte Datei\n",
        f'[register]\ndatabase_url = "{NEW}"  # die alte Datei\n',
    ),
    (
        '[office]\nname = "A"\n[register]\n# noch nichts\n',
        f'[office]\nname = "A"\n[register]\ndatabase_url = "{NEW}"\n# noch nichts\n',
    ),
    ('[office]\nname = "A"', f'[office]\nname = "A"\n\n[register]\ndatabase_url = "{NEW}"\n'),
    (
        '[register]\n# Erklärung\n# database_url = "sqlite:///releases/register.sqlite"\n\n[x]\n',
        '[register]\n# Erklärung\n# database_url = "sqlite:///releases/register.sqlite"\n'
        f'database_url = "{NEW}"\n\n[x]\n',
    ),
    (
        '[other]\ndatabase_url = "bleibt"\n[register]\ndatabase_url = "x"\n',
        f'[other]\ndatabase_url = "bleibt"\n[register]\ndatabase_url = "{NEW}"\n',
    ),
]


@pytest.mark.parametrize(("before", "after"), TOML_CASES)
def test_migrate_changes_only_the_line_of_database_url(before: str, after: str) -> None:
    assert switched_config_text(before, NEW) == after


def test_a_database_url_that_is_no_single_line_is_left_alone() -> None:
    text = '[register]\ndatabase_url = """\nsqlite:///releases/register.sqlite"""\n'
    with pytest.raises(InputError) as raised:
        switched_config_text(text, NEW)
    assert [p.code for p in raised.value.problems] == [Code.MIGRATE_CONFIG_NOT_SWITCHABLE]
