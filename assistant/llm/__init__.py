"""Optional LLM mode (LangChain): tools over the rule operations, a checked tool-calling loop, and routing."""
