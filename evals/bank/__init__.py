"""The question bank: staff-style questions with expectations computed from the stored records (see README.md)."""
