"""The 绩效问答 web app (Gradio): chat, sources, documents and findings, and the ``/ask`` HTTP endpoint.

Importing this package switches off Gradio's and Hugging Face's network
look-ups before any module here imports gradio: the app must start offline
and in seconds (STACK.md), whichever entry point (``app.py``, tests) comes first.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
