"""``jixiao``: the one console command of an installed 绩效问答, with a subcommand per job (ingest, ask, serve, eval)."""
