"""A press office in the week of issue 11: what `archive` must and must not publish.

Around a day `today` (Berlin):

| file | status | public |
|---|---|---|
| 2020/067 the reference | published | yes, corrected by 2021/001 |
| 2020/068 | withdrawn | yes, marked withdrawn |
| 2021/001 correction of 067/2020 | published | yes |
| {year}/001 | draft made by `new` this morning, no body, no issuer | never |
| {year}/002 | discarded number | never |
| {year}/003 dated today | published, Sperrfrist in 3 days, 10:00 | from then on |
| {year}/004 dated in 5 days | published | from that day, 00:00 |
| {year}/005 dated today | published, Sperrfrist today 00:00 (passed) | yes |

`{year}` is the year of `today`; the release dated in 5 days is filed under its own
year, so the scenario holds on any day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pressetool.models import ReleaseNumber
from tests.builders import office_folder, write_release
from tests.readback import REFERENCE_RELEASE

WITHDRAWN = """status: withdrawn
withdrawal:
  date: 2020-03-05
  reason: Die Veranstaltung fällt aus.
"""
CORRECTION = """correction_of:
  number: "067/2020"
  date: 2020-03-02
"""
DRAFT = """# Pressemitteilung Nr. {label} vom {date_text}, angelegt mit „pressetool new“.
# Tragen Sie den Text ein und prüfen Sie die Datei danach mit pressetool check.

status: draft
number: {number}
date: {date}
title: Ein Entwurf, an dem noch geschrieben wird
issuer:
body: |

"""
DISCARDED = """number: {number}
date: {date}
title: Testnummer
status: discarded
"""
EMBARGO_TIME = dt.time(10)
EMBARGO_DAYS = 3
LATER_DAYS = 5


@dataclass(frozen=True)
class Scenario:
    office: Path
    today: dt.date
    draft: ReleaseNumber
    discarded: ReleaseNumber
    embargoed: ReleaseNumber
    later: ReleaseNumber
    embargo_passed: ReleaseNumber

    @property
    def embargo_ends(self) -> dt.datetime:
        """When the embargoed release becomes public (Berlin)."""
        from pressetool.office import OFFICE_TIME_ZONE

        day = self.today + dt.timedelta(days=EMBARGO_DAYS)
        return dt.datetime.combine(day, EMBARGO_TIME, OFFICE_TIME_ZONE)

    @property
    def later_date(self) -> dt.date:
        return self.today + dt.timedelta(days=LATER_DAYS)

    @property
    def always_public(self) -> list[ReleaseNumber]:
        """Public at any moment from `today` on."""
        return [
            ReleaseNumber(67, 2020),
            ReleaseNumber(68, 2020),
            ReleaseNumber(1, 2021),
            self.embargo_passed,
        ]


def reference_as(number: int, day: dt.date, title: str | None = None) -> str:
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    text = text.replace("number: 67", f"number: {number}")
    text = text.replace("date: 2020-03-02", f"date: {day.isoformat()}")
    if title is not None:
        start = text.index("title: ")
        end = text.index("\n", start)
        text = text[:start] + f"title: {title}" + text[end:]
    return text


def make_scenario(folder: Path, today: dt.date) -> Scenario:
    office = office_folder(folder)
    year = today.year
    later = today + dt.timedelta(days=LATER_DAYS)
    embargo_day = today + dt.timedelta(days=EMBARGO_DAYS)
    reference = REFERENCE_RELEASE.read_text(encoding="utf-8")
    embargoed = reference_as(3, today, "Neue Spielplätze für Mitte")
    embargoed += f"embargo: {embargo_day.isoformat()} {EMBARGO_TIME:%H:%M}\n"
    passed = reference_as(5, today, "Sperrfrist vorbei") + f"embargo: {today.isoformat()}\n"
    later_number = 1 if later.year != year else 4
    files = {
        "2020/067-voneinander-wissen-in-mitte.yaml": reference,
        "2020/068-abgesagt.yaml": reference.replace("number: 67", "number: 68") + WITHDRAWN,
        "2021/001-berichtigung.yaml": reference_as(1, dt.date(2021, 1, 4)) + CORRECTION,
        f"{year}/001-entwurf.yaml": DRAFT.format(
            label=f"001/{year}",
            date_text=today.strftime("%d.%m.%Y"),
            number=1,
            date=today.isoformat(),
        ),
        f"{year}/002-testnummer.yaml": DISCARDED.format(number=2, date=today.isoformat()),
        f"{year}/003-neue-spielplaetze.yaml": embargoed,
        f"{later.year}/{later_number:03d}-spaeter.yaml": reference_as(
            later_number, later, "Ein Termin nächste Woche"
        ),
        f"{year}/005-sperrfrist-vorbei.yaml": passed,
    }
    for name, text in files.items():
        write_release(office, name, text)
    return Scenario(
        office=office,
        today=today,
        draft=ReleaseNumber(1, year),
        discarded=ReleaseNumber(2, year),
        embargoed=ReleaseNumber(3, year),
        later=ReleaseNumber(later_number, later.year),
        embargo_passed=ReleaseNumber(5, year),
    )
