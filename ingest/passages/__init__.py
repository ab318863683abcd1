"""The text passages of a report (goals, results, reasons, indicator sentences): what they are built from (build), how
a question's hits are ranked (rank), and the Chroma collection that holds them (store)."""
