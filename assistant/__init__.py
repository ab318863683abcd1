"""Answering Chinese questions over the ingested reports, with every figure computed from the side table."""
