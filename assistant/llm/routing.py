"""Rules first, the LLM for the rest: ``build_assistant`` and the ``RoutedAssistant`` it returns when an LLM is configured.

The rule planner answers every question it understands: its answers are
deterministic and cost milliseconds. A question it does not understand — a
word of it went into no part of the plan, or its plan is ``not_found``
although the documents it asks about are stored (a report we do not hold stays
the rule "not found": no model can find it) — goes to the LLM path. Refusals
(``invalid``: empty, too long, injection-like) and ask-backs (``clarify``) stay
with the rules.

The LLM path first asks the model for a structured query (``llm/query.py``:
JSON, validated, every name resolved in the store), run as a rule plan — same
execution, wording and citations, no number the model wrote. When the model's
query does not resolve, the tool-calling loop (``llm/agent.py``) is tried,
whose numbers are checked against its tool results. When that fails too, the
user gets the rule answer with a one-line note saying why; never an exception.

``Answer.mode`` says which path answered: "rules", "llm" or "rules_fallback".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.catalog import Catalog
from assistant.compose import AnswerBuilder
from assistant.contract import SOURCES_HEADING, Answer
from assistant.conversation import Conversation
from assistant.engine import Assistant
from assistant.llm.agent import LlmFailure, ToolLoop, checked_answer, failure_note
from assistant.llm.prompts import load_prompt
from assistant.llm.query import QueryError, parse_query, query_plan
from assistant.metrics import METRICS
from assistant.llm.config import DEFAULT_MAX_STEPS, DEFAULT_TIMEOUT, LlmConfig, build_chat_model
from assistant.llm.tools import OperationTools
from assistant.plan import Plan, ProjectKey, of_kind
from ingest.store import Store

log = logging.getLogger(__name__)

QUERY_PROMPT = "system_query"
HISTORY_TURNS = 3
"""Earlier exchanges the model sees: enough for 那它呢 follow-ups, few enough to keep prompts short."""


@dataclass
class RoutedConversation(Conversation):
    """A rule conversation that also keeps the recent exchanges as text, for the model's context."""

    exchanges: list[tuple[str, str]] = field(default_factory=list)

    def history(self) -> list[BaseMessage]:
        """The last exchanges as chat messages, answers without their source lists."""
        messages: list[BaseMessage] = []
        for question, answer in self.exchanges[-HISTORY_TURNS:]:
            messages += [HumanMessage(question), AIMessage(answer.partition(SOURCES_HEADING)[0])]
        return messages


def wants_llm(plan: Plan, complete: bool = True) -> bool:
    """Whether the rule planner did not understand ``plan``'s question (see the module docstring); ``complete``:
    whether the accounting found every word of it in the plan."""
    if plan.intent in ("invalid", "clarify") or not plan.scope.documents:
        return False
    return plan.intent == "not_found" or not complete


class RoutedAssistant:
    """The rule ``Assistant`` with an LLM for the questions its planner does not understand; same interface."""

    def __init__(self, rules: Assistant, model: BaseChatModel, max_steps: int = DEFAULT_MAX_STEPS,
                 budget: float = DEFAULT_TIMEOUT) -> None:
        self.rules = rules
        self.store = rules.store
        self._model = model
        tools = OperationTools(self._catalog, rules.store.passages).tools()
        self._loop = ToolLoop(model, tools, max_steps, budget)

    def new_conversation(self) -> RoutedConversation:
        """A fresh conversation (one per user)."""
        return RoutedConversation()

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer by rules when the planner understands the question, else by the LLM, else by rules with a note."""
        plan, complete = self._rule_reading(question, conversation)
        if plan is None or not wants_llm(plan, complete):
            answer = self.rules.ask(question, conversation)
        else:
            answer = self._ask_llm(question, plan, conversation)
        if isinstance(conversation, RoutedConversation):
            conversation.exchanges.append((answer.question, answer.answer))  # the question as the answer read it
        return answer

    def _rule_reading(self, question: str, conversation: Conversation | None) -> tuple[Plan | None, bool]:
        """The rule plan and whether it accounts for the whole question; no plan when planning fails (then
        ``Assistant.ask`` answers, and reports the error)."""
        try:
            return self.rules.understands(question, conversation)
        except Exception:  # noqa: BLE001 - Assistant.ask turns the same failure into an apology
            log.warning("planning failed: %r", question, exc_info=True)
            return None, False

    def _ask_llm(self, question: str, plan: Plan, conversation: Conversation | None) -> Answer:
        """The checked LLM answer (remembered for follow-ups), or the rule answer with the failure's note."""
        history = conversation.history() if isinstance(conversation, RoutedConversation) else []
        catalog = self._catalog()
        try:
            answer = self._answer_by_query(question, catalog, history)
        except QueryError as err:
            log.info("LLM query not usable (%s), trying tools: %r", err, question)
        except LlmFailure as failure:
            return self._fallback(question, conversation, failure.note)
        else:
            self._remember(question, plan, answer, conversation)
            return answer
        try:
            reply = self._loop.run(question, catalog.describe_contents(), history)
            answer = checked_answer(reply, AnswerBuilder(question, plan, catalog))
        except LlmFailure as failure:
            return self._fallback(question, conversation, failure.note)
        except Exception:  # noqa: BLE001 - a bug on the optional path must not cost the user the rule answer
            log.exception("LLM path failed: %r", question)
            return self._fallback(question, conversation, "大模型模式出错")
        self._remember(question, plan, answer, conversation)
        return answer

    def _answer_by_query(self, question: str, catalog: Catalog, history: list[BaseMessage]) -> Answer:
        """The model's structured query, validated and run as a rule plan (QueryError when it does not resolve)."""
        prompt = load_prompt(QUERY_PROMPT).replace("{contents}", catalog.describe_contents())
        prompt = prompt.replace("{metrics}", "、".join(f"{m.key}（{m.label}）" for m in METRICS if m.numeric))
        try:
            reply = self._model.invoke([SystemMessage(prompt), *history, HumanMessage(question)])
        except Exception as err:  # noqa: BLE001 - every provider error becomes the note the user sees
            raise LlmFailure(failure_note(err)) from err
        plan = query_plan(parse_query(str(reply.content)), self.rules.planner())
        return replace(self.rules.answer_plan(plan, question), mode="llm")

    @staticmethod
    def _remember(question: str, plan: Plan, answer: Answer, conversation: Conversation | None) -> None:
        """Keep the LLM answer's projects for follow-ups, as a rule answer's are kept."""
        if conversation is not None:
            listed = tuple(ProjectKey(p.document, p.seq) for p in answer.projects)
            conversation.remember(question, replace(of_kind(plan, answer.intent), projects=listed), listed)

    def _fallback(self, question: str, conversation: Conversation | None, note: str) -> Answer:
        """The rule answer, introduced by why the LLM's was not shown."""
        answer = self.rules.ask(question, conversation)
        return replace(answer, answer=f"（{note}，以下是规则模式的回答。）\n\n{answer.answer}", mode="rules_fallback")

    def _catalog(self) -> Catalog:
        """The stored documents as a catalog; built per call, so the tools see every ingest at once."""
        return Catalog(self.store.documents())


def build_assistant(store: Store, llm_config: LlmConfig | None = None,
                    chat_model: Callable[[LlmConfig], BaseChatModel] = build_chat_model) -> Assistant | RoutedAssistant:
    """The assistant for ``store``: the plain rule ``Assistant`` when no LLM is configured, else a RoutedAssistant.

    Pass ``config_from_env()`` or ``config_from_args(args)`` (assistant.llm.config)
    as ``llm_config``; None keeps the behaviour exactly as without LLM support.
    ``chat_model`` builds the model from the config (tests and other providers
    may pass their own). Raises LlmConfigError when the provider package is missing.
    """
    rules = Assistant(store)
    if llm_config is None:
        return rules
    log.info("LLM mode on: %s", llm_config.describe())
    return RoutedAssistant(rules, chat_model(llm_config), llm_config.max_steps, budget=llm_config.timeout)
