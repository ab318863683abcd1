"""Release the Gradio session each HTTP call to ``/ask`` leaves behind: the memory that grew under sustained load.

Gradio gives every ``call/v2`` request a session of its own (its event id) and
keeps it, with a copy of the whole page's configuration — about 110 KB for
this page's 71 blocks, measured with tracemalloc — until
``state_session_capacity`` newer sessions push it out; its queue also keeps an
empty set of event ids per session for ever, and scans all of them whenever a
caller fetches a finished result. A script calling ``/ask`` never returns to
that session (its conversation lives in ``service.ConversationBook``, by id),
so under load memory grew by the cap's worth of dead API sessions, a
per-second expiry sweep over all of them ran on Gradio's event loop, the scan
grew with every call (throughput halved), and script traffic evicted browser
tabs' sessions. Each API call's session is therefore dropped shortly after the
call ends; browser sessions are left to Gradio's cap and time-to-live.

This reaches into Gradio's state holder and queue (``_queue``), so it runs on
Gradio's event loop, as Gradio's own reads and evictions of them do: the API
handlers are coroutines that answer in a worker thread and release here.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

import gradio as gr

RELEASE_AFTER_SECONDS = 10.0
"""How long after an API call's answer its session is dropped: Gradio finishes the event (output, run history) in
milliseconds; the margin keeps a slow finish on a loaded machine from finding its session gone."""


class ApiSessions:
    """The sessions of answered API calls, dropped from Gradio's state once they are old enough. Used on Gradio's
    event loop only (see the module's note), so it needs no lock of its own."""

    def __init__(self, app: gr.Blocks, delay: float | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._app = app
        self._delay = RELEASE_AFTER_SECONDS if delay is None else delay
        self._clock = clock
        self._answered: deque[tuple[float, str]] = deque()

    def answered(self, request: gr.Request | None) -> None:
        """Note that ``request``'s call has been answered, and drop the sessions of calls answered long enough ago
        whose results were all delivered (one still being fetched is tried again at the next call)."""
        now = self._clock()
        if request is not None and request.session_hash:
            self._answered.append((now, request.session_hash))
        due = []
        while self._answered and now - self._answered[0][0] >= self._delay:
            due.append(self._answered.popleft()[1])
        for session_hash in due:
            if not self._drop(session_hash):
                self._answered.append((now, session_hash))

    def _drop(self, session_hash: str) -> bool:
        """Forget one session whose results were all delivered — its state (under the holder's lock, as Gradio's
        eviction takes it), its queue's message box and empty event-id set; False, changing nothing, while a
        result of it is still on its way."""
        queue = getattr(self._app, "_queue", None)
        if queue is not None and queue.pending_event_ids_session.get(session_hash):
            return False
        holder = getattr(self._app, "state_holder", None)  # set when the app is launched
        if holder is not None:
            with holder.lock:
                holder.session_data.pop(session_hash, None)
                holder.time_last_used.pop(session_hash, None)
        if queue is not None:
            queue.pending_event_ids_session.pop(session_hash, None)
            queue.pending_messages_per_session.pop(session_hash, None)
        return True
