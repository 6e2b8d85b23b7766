from .site import DEMO_PASSWORD, load

__all__ = ["DEMO_PASSWORD", "load"]
