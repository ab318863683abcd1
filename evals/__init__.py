"""Question sets and the grader that checks the assistant's answers against them."""
