"""``python app.py [--host HOST] [--port PORT] [--store DIR] [--accounts F] [--llm-provider …]``: the 绩效问答 web app
and its HTTP API, from a checkout. The app itself is ``webapp/__main__.py`` (``python -m webapp``, or ``jixiao-app``
once the package is installed); ``python app.py --help`` explains every option in Chinese.
"""

from __future__ import annotations

import sys

from webapp.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
