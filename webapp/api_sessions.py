"""Release the Gradio session each HTTP call to ``/ask`` leaves behind: the memory that grew under sustained load.

Gradio gives every ``call/v2`` request a session of its own (its event id) and
keeps it, with a copy of the whole page's configuration — about 110 KB for
this page's 71 blocks, measured with tracemalloc — until
``state_session_capacity`` newer sessions push it out. A script calling
``/ask`` never returns to that session (its conversation lives in
``service.ConversationBook``, by id), so under load the cap filled with dead
API sessions: hundreds of MB, a per-second expiry sweep over all of them on
Gradio's event loop (throughput halved), and browser tabs' sessions evicted by
script traffic. Each API call's session is therefore dropped shortly after the
call ends; browser sessions are left to Gradio's cap and time-to-live.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

import gradio as gr

RELEASE_AFTER_SECONDS = 10.0
"""How long after an API call's answer its session is dropped: Gradio finishes the event (output, run history) in
milliseconds; the margin keeps a slow finish on a loaded machine from finding its session gone."""


class ApiSessions:
    """The sessions of answered API calls, dropped from Gradio's state holder once they are old enough."""

    def __init__(self, app: gr.Blocks, delay: float | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._app = app
        self._delay = RELEASE_AFTER_SECONDS if delay is None else delay
        self._clock = clock
        self._answered: deque[tuple[float, str]] = deque()
        self._lock = threading.Lock()

    def answered(self, request: gr.Request | None) -> None:
        """Note that ``request``'s call has been answered, and drop the sessions of calls answered long enough ago."""
        now = self._clock()
        with self._lock:
            if request is not None and request.session_hash:
                self._answered.append((now, request.session_hash))
            while self._answered and now - self._answered[0][0] >= self._delay:
                self._drop(self._answered.popleft()[1])

    def _drop(self, session_hash: str) -> None:
        """Forget one session in Gradio's state holder (under its own lock, as its eviction does)."""
        holder = getattr(self._app, "state_holder", None)  # set when the app is launched
        if holder is None:
            return
        with holder.lock:
            holder.session_data.pop(session_hash, None)
            holder.time_last_used.pop(session_hash, None)
