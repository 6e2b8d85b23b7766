"""“My workshop”: the tools a visitor chose, read from the address in their order, and the timed
agenda they make.

The break rule: a workshop runs its tools one after the other, each for its duration on the sheet
(`ToolPage.duration_minutes`); once 90 minutes or more of work have gone by since the start or
the last break, a 15-minute break comes before the next tool. A tool is never cut in two, so a
long tool runs to its end before its break. A tool without a duration takes no time in the agenda
and is named under the total.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext

MAX_TOOLS = 12
# What is read of an address at most: longer lists and slugs are someone's invention.
MAX_VALUES_READ = 50
MAX_SLUG_LENGTH = 255
BREAK_AFTER_MINUTES = 90
BREAK_MINUTES = 15
DEFAULT_START = "09:00"
START_PATTERN = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
MINUTES_PER_DAY = 24 * 60


def requested_slugs(params):
    """The tools named by the address, in order, each once: `tools=a,b` and `tools=a&tools=b` alike."""
    slugs = []
    for value in params.getlist("tools")[:MAX_VALUES_READ]:
        for part in value.split(",")[:MAX_VALUES_READ]:
            slug = part.strip()
            if slug and len(slug) <= MAX_SLUG_LENGTH and slug not in slugs:
                slugs.append(slug)
    return slugs[:MAX_VALUES_READ]


def start_of(params):
    """The start time the visitor gave ("HH:MM"), else 09:00: (the text, minutes after midnight)."""
    value = params.get("start", "")
    match = START_PATTERN.match(value) or START_PATTERN.match(DEFAULT_START)
    return match.group(0), int(match.group(1)) * 60 + int(match.group(2))


def clock(minutes):
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def duration_label(minutes):
    """A duration in the visitor's language: "45 min", "2 h", "2 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return gettext("%(minutes)s min") % {"minutes": rest}
    if not rest:
        return gettext("%(hours)s h") % {"hours": hours}
    return gettext("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": f"{rest:02d}"}


@dataclass
class AgendaItem:
    start: str
    end: str
    minutes: int
    tool: object = None  # None: a break

    @property
    def duration(self):
        return duration_label(self.minutes)


@dataclass
class Agenda:
    items: list = field(default_factory=list)
    work_minutes: int = 0
    break_minutes: int = 0
    untimed: list = field(default_factory=list)
    end: str = ""

    @property
    def total(self):
        return duration_label(self.work_minutes + self.break_minutes)

    @property
    def total_minutes(self):
        return self.work_minutes + self.break_minutes

    @property
    def work(self):
        return duration_label(self.work_minutes)

    @property
    def breaks(self):
        return duration_label(self.break_minutes)


def agenda(tools, start_minutes):
    """The tools one after the other from `start_minutes`, with the breaks of the rule above."""
    result = Agenda()
    now = start_minutes
    since_break = 0
    timed = [tool for tool in tools if tool.duration_minutes]
    result.untimed = [tool for tool in tools if not tool.duration_minutes]
    for tool in timed:
        if since_break >= BREAK_AFTER_MINUTES:
            result.items.append(AgendaItem(clock(now), clock(now + BREAK_MINUTES), BREAK_MINUTES))
            now += BREAK_MINUTES
            result.break_minutes += BREAK_MINUTES
            since_break = 0
        minutes = tool.duration_minutes
        result.items.append(AgendaItem(clock(now), clock(now + minutes), minutes, tool=tool))
        now += minutes
        since_break += minutes
        result.work_minutes += minutes
    result.end = clock(now)
    return result
