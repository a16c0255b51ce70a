"""The HTTP server: the JSON API under /api (api.py), and a place for the web UI.

``create_app(db)`` builds the FastAPI application; ``eventwire serve`` runs it with uvicorn.
A web UI can be added beside it as ``static/`` plus a route registered in ``create_app``;
the API keeps every path under ``/api`` so the two never collide.
"""

from eventwire.serve.app import create_app

__all__ = ["create_app"]
