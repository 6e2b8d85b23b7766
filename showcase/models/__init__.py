from .index import OpenModelIndexPage
from .open_model import ImpactFigure, ModelMaterial, ModelTool, OpenModelPage, Prerequisite
from .sector import Sector
from .share import ShareModelPage

__all__ = [
    "ImpactFigure",
    "ModelMaterial",
    "ModelTool",
    "OpenModelIndexPage",
    "OpenModelPage",
    "Prerequisite",
    "Sector",
    "ShareModelPage",
]
