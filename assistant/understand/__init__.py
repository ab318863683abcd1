"""Question understanding in parts that each return spans: numbers, times, departments, sounds, and the accounting
that checks every word of a question went into the query (see ARCHITECTURE.md)."""
