"""Optional LLM mode (LangChain): tools over the rule operations, a checked tool-calling loop, and routing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.engine import Assistant
    from assistant.llm.config import LlmConfig
    from assistant.llm.routing import RoutedAssistant
    from ingest.store import Store


def open_assistant(store: Store, llm_config: LlmConfig | None) -> Assistant | RoutedAssistant:
    """The assistant the CLI and the app serve: ``build_assistant``, with LangChain imported only for an LLM.

    Importing LangChain costs most of a second; without an LLM configured the
    rule Assistant starts without it, exactly as before LLM support existed.
    """
    if llm_config is None:
        from assistant.engine import Assistant

        return Assistant(store)
    from assistant.llm.routing import build_assistant

    return build_assistant(store, llm_config)
