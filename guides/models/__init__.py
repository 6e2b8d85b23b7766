from .events import EventIndexPage, EventPage, EventRelatedGuide, EventRelatedTool
from .guides import GuideIndexPage, GuidePage, GuideStep
from .training import (
    Registration,
    TrainingIndexPage,
    TrainingModulePage,
    TrainingModuleTool,
    TrainingModuleTrainer,
    TrainingSession,
)

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventRelatedGuide",
    "EventRelatedTool",
    "GuideIndexPage",
    "GuidePage",
    "GuideStep",
    "Registration",
    "TrainingIndexPage",
    "TrainingModulePage",
    "TrainingModuleTool",
    "TrainingModuleTrainer",
    "TrainingSession",
]
