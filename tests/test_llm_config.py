"""LLM configuration: off by default, read from the environment and CLI flags, errors that name the setting."""

from __future__ import annotations

import argparse

import pytest

from assistant.llm.config import (
    DEFAULT_TIMEOUT,
    LlmConfig,
    LlmConfigError,
    add_llm_arguments,
    build_chat_model,
    config_from_args,
    config_from_env,
)
from assistant.llm.prompts import UnknownPromptError, load_prompt, prompt_names


def test_no_provider_means_no_llm() -> None:
    assert config_from_env({}) is None
    assert config_from_env({"JIXIAO_LLM_PROVIDER": "  ", "JIXIAO_LLM_MODEL": "qwen-plus"}) is None


def test_full_environment_is_read() -> None:
    config = config_from_env({
        "JIXIAO_LLM_PROVIDER": "OpenAI",
        "JIXIAO_LLM_MODEL": "qwen-plus",
        "JIXIAO_LLM_BASE_URL": "https://dashscope.aliyuncs.com/compatible-mode/v1",
        "JIXIAO_LLM_API_KEY": "sk-test",
        "JIXIAO_LLM_TIMEOUT": "12.5",
    })
    assert config == LlmConfig("openai", "qwen-plus", "https://dashscope.aliyuncs.com/compatible-mode/v1", "sk-test", 12.5)
    assert "sk-test" not in config.describe() and "sk-test" not in repr(config)


def test_timeout_defaults() -> None:
    config = config_from_env({"JIXIAO_LLM_PROVIDER": "ollama", "JIXIAO_LLM_MODEL": "qwen2.5:7b"})
    assert config is not None and config.timeout == DEFAULT_TIMEOUT and config.base_url is None


@pytest.mark.parametrize(("env", "named"), [
    ({"JIXIAO_LLM_PROVIDER": "gemini", "JIXIAO_LLM_MODEL": "x"}, "JIXIAO_LLM_PROVIDER"),
    ({"JIXIAO_LLM_PROVIDER": "ollama"}, "JIXIAO_LLM_MODEL"),
    ({"JIXIAO_LLM_PROVIDER": "ollama", "JIXIAO_LLM_MODEL": "x", "JIXIAO_LLM_TIMEOUT": "半分钟"}, "JIXIAO_LLM_TIMEOUT"),
    ({"JIXIAO_LLM_PROVIDER": "ollama", "JIXIAO_LLM_MODEL": "x", "JIXIAO_LLM_TIMEOUT": "0"}, "JIXIAO_LLM_TIMEOUT"),
])
def test_bad_settings_name_the_variable(env: dict[str, str], named: str) -> None:
    with pytest.raises(LlmConfigError, match=named):
        config_from_env(env)


def test_flags_override_environment() -> None:
    parser = argparse.ArgumentParser()
    add_llm_arguments(parser)
    env = {"JIXIAO_LLM_PROVIDER": "openai", "JIXIAO_LLM_MODEL": "deepseek-chat", "JIXIAO_LLM_API_KEY": "k"}
    assert config_from_args(parser.parse_args([]), {}) is None
    config = config_from_args(parser.parse_args(["--llm-provider", "ollama", "--llm-model", "qwen2.5:7b"]), env)
    assert (config.provider, config.model, config.api_key) == ("ollama", "qwen2.5:7b", "k")
    config = config_from_args(parser.parse_args(["--llm-base-url", "http://127.0.0.1:8000/v1"]), env)
    assert (config.provider, config.model, config.base_url) == ("openai", "deepseek-chat", "http://127.0.0.1:8000/v1")


def test_chat_models_are_built_without_network() -> None:
    openai = build_chat_model(LlmConfig("openai", "qwen-plus", "http://127.0.0.1:9/v1", "sk-test", timeout=7))
    assert (openai.model_name, openai.request_timeout, openai.max_retries) == ("qwen-plus", 7, 0)
    ollama = build_chat_model(LlmConfig("ollama", "qwen2.5:7b", "http://127.0.0.1:9", timeout=7))
    assert (ollama.model, ollama.client_kwargs) == ("qwen2.5:7b", {"timeout": 7})


def test_official_openai_endpoint_needs_a_key() -> None:
    with pytest.raises(LlmConfigError, match="JIXIAO_LLM_API_KEY"):
        build_chat_model(LlmConfig("openai", "gpt-4o-mini"))


def test_prompts_load_by_name() -> None:
    assert "system_tools" in prompt_names()
    assert "工具" in load_prompt("system_tools")
    with pytest.raises(UnknownPromptError, match="system_tools"):
        load_prompt("no_such_prompt")
