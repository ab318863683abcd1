"""Whether an LLM is configured, which one, and how to build its LangChain chat model.

Off by default: with no ``JIXIAO_LLM_PROVIDER`` the assistant is the rule
assistant alone, offline (DESIGN.md "Offline by default"). The provider
packages (langchain-openai, langchain-ollama: the ``[llm]`` extra) are imported
only when a model is built, so a plain install never needs them.

Environment variables (command-line flags from ``add_llm_arguments`` win over them):

- ``JIXIAO_LLM_PROVIDER``: ``openai`` (any OpenAI-compatible endpoint) or ``ollama``
- ``JIXIAO_LLM_MODEL``: the model name, e.g. ``qwen-plus`` or ``qwen2.5:7b``
- ``JIXIAO_LLM_BASE_URL``: the endpoint; the provider's default when unset
- ``JIXIAO_LLM_API_KEY``: the key (openai only; never a flag, so it stays out of shell history and ``ps``)
- ``JIXIAO_LLM_TIMEOUT``: seconds per model call, default 30; also the question's budget
  (no new call starts after it, so a question waits at most about twice this)
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

PROVIDERS: tuple[str, ...] = ("openai", "ollama")
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_STEPS = 6
"""Model turns per question (tool rounds plus the final text); a loop that needs more is given up on."""

PROVIDER_ENV = "JIXIAO_LLM_PROVIDER"
MODEL_ENV = "JIXIAO_LLM_MODEL"
BASE_URL_ENV = "JIXIAO_LLM_BASE_URL"
API_KEY_ENV = "JIXIAO_LLM_API_KEY"
TIMEOUT_ENV = "JIXIAO_LLM_TIMEOUT"
_PROVIDER_PACKAGES: dict[str, str] = {"openai": "langchain-openai", "ollama": "langchain-ollama"}


class LlmConfigError(ValueError):
    """The LLM settings cannot be used; the Chinese message names the variable or flag at fault."""


@dataclass(frozen=True)
class LlmConfig:
    """One configured chat model. ``timeout`` is in seconds, for each model call."""

    provider: str
    model: str
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)  # a logged or printed config must not show the key
    timeout: float = DEFAULT_TIMEOUT
    max_steps: int = DEFAULT_MAX_STEPS

    def __post_init__(self) -> None:
        if self.provider not in PROVIDERS:
            raise LlmConfigError(f"{PROVIDER_ENV} / --llm-provider 只能是 {' 或 '.join(PROVIDERS)}，收到 {self.provider!r}")
        if not self.model:
            raise LlmConfigError(f"已选择大模型 {self.provider}，但未指定模型名（{MODEL_ENV} 或 --llm-model）")
        if self.timeout <= 0:
            raise LlmConfigError(f"{TIMEOUT_ENV} 必须是正数（秒），收到 {self.timeout}")

    def describe(self) -> str:
        """A one-line Chinese description for logs and status lines; never shows the key."""
        where = self.base_url or "默认地址"
        return f"{self.provider} · {self.model} · {where}"


def config_from_env(environ: Mapping[str, str] | None = None) -> LlmConfig | None:
    """The LLM configured by the environment, or None when ``JIXIAO_LLM_PROVIDER`` is unset or empty."""
    env = os.environ if environ is None else environ
    provider = _clean(env.get(PROVIDER_ENV))
    if provider is None:
        return None
    return LlmConfig(
        provider=provider.lower(),
        model=_clean(env.get(MODEL_ENV)) or "",
        base_url=_clean(env.get(BASE_URL_ENV)),
        api_key=_clean(env.get(API_KEY_ENV)),
        timeout=_parse_timeout(env.get(TIMEOUT_ENV)),
    )


def add_llm_arguments(parser: argparse.ArgumentParser) -> None:
    """Add --llm-provider, --llm-model and --llm-base-url to a CLI; read them back with ``config_from_args``."""
    group = parser.add_argument_group("大模型（可选，默认不用）")
    group.add_argument("--llm-provider", choices=PROVIDERS, default=None,
                       help=f"启用大模型：openai（兼容 OpenAI 接口的服务）或 ollama；默认读取 {PROVIDER_ENV}")
    group.add_argument("--llm-model", default=None, help=f"模型名；默认读取 {MODEL_ENV}")
    group.add_argument("--llm-base-url", default=None, help=f"接口地址；默认读取 {BASE_URL_ENV}")


def config_from_args(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> LlmConfig | None:
    """The LLM configured by the flags of ``add_llm_arguments`` over the environment; None when neither enables one."""
    env = dict(os.environ if environ is None else environ)
    overrides = {PROVIDER_ENV: args.llm_provider, MODEL_ENV: args.llm_model, BASE_URL_ENV: args.llm_base_url}
    env.update({name: value for name, value in overrides.items() if value})
    return config_from_env(env)


def build_chat_model(config: LlmConfig) -> BaseChatModel:
    """The LangChain chat model of ``config``; raises LlmConfigError when the provider's package is not installed.

    Retries are off (``max_retries=0``): a failed call falls back to the rule
    answer at once instead of keeping the user waiting through backoffs.
    """
    try:
        if config.provider == "openai":
            return _openai_model(config)
        return _ollama_model(config)
    except ImportError as err:
        package = _PROVIDER_PACKAGES[config.provider]
        raise LlmConfigError(f"使用 {config.provider} 需要安装 {package}：pip install -e '.[llm]'") from err


def _openai_model(config: LlmConfig) -> BaseChatModel:
    """ChatOpenAI for any OpenAI-compatible endpoint (OpenAI, DashScope/Qwen, DeepSeek, vLLM …)."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(model=config.model, base_url=config.base_url, api_key=config.api_key or _no_key(config),
                      timeout=config.timeout, max_retries=0, temperature=0)


def _ollama_model(config: LlmConfig) -> BaseChatModel:
    """ChatOllama; the timeout goes to its HTTP client, which otherwise waits forever."""
    from langchain_ollama import ChatOllama

    return ChatOllama(model=config.model, base_url=config.base_url, temperature=0,
                      client_kwargs={"timeout": config.timeout})


def _no_key(config: LlmConfig) -> str:
    """The placeholder key for a local endpoint that needs none; a hosted one without a key is a config error.

    ChatOpenAI refuses to start without some key, but vLLM or llama.cpp servers
    accept any; only the official endpoint (no base URL) certainly needs a real one.
    """
    if config.base_url is None:
        raise LlmConfigError(f"使用 openai 官方接口需要设置 {API_KEY_ENV}")
    return "not-needed"


def _clean(value: str | None) -> str | None:
    """A setting with surrounding blanks removed; an empty one counts as unset."""
    value = (value or "").strip()
    return value or None


def _parse_timeout(raw: str | None) -> float:
    """``JIXIAO_LLM_TIMEOUT`` in seconds, the default when unset; a non-number is an error naming the variable."""
    text = _clean(raw)
    if text is None:
        return DEFAULT_TIMEOUT
    try:
        return float(text)
    except ValueError as err:
        raise LlmConfigError(f"{TIMEOUT_ENV} 必须是秒数，收到 {text!r}") from err
