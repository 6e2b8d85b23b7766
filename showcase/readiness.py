"""The "adapt this model" checklist: which prerequisites a visitor has ticked, and what is still missing."""

from dataclasses import dataclass, field

SUBMITTED_PARAMETER = "readiness"
TICKED_PARAMETER = "have"


@dataclass
class Readiness:
    items: list = field(default_factory=list)  # (prerequisite, ticked)
    submitted: bool = False

    @classmethod
    def from_query(cls, prerequisites, query):
        """Read the ticked boxes from a GET query; anything that is not one of this page's boxes is ignored."""
        ticked = {value for value in query.getlist(TICKED_PARAMETER) if value.isdigit()}
        return cls(
            items=[(prerequisite, str(prerequisite.pk) in ticked) for prerequisite in prerequisites],
            submitted=query.get(SUBMITTED_PARAMETER) == "1",
        )

    @property
    def missing(self):
        return [prerequisite for prerequisite, ticked in self.items if not ticked]

    @property
    def ready(self):
        return self.submitted and bool(self.items) and not self.missing
