"""``python -m webapp [--host HOST] [--port PORT] [--store DIR] [--accounts F] [--llm-provider …]``: the 绩效问答
web app and its HTTP API (``python app.py`` in a checkout, ``jixiao-app`` once installed).

A thin layer over ``webapp``: read the settings, open the store and the
assistant once (ingesting the bundled sample into an empty store), serve the
page. Flags win over the environment (JIXIAO_HOST, JIXIAO_PORT, JIXIAO_STORE).
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

import webapp  # noqa: F401 - switches off Gradio's network look-ups before gradio is imported
from assistant.llm.config import LlmConfigError, add_llm_arguments, config_from_args
from ingest.store import default_store_dir
from webapp.accounts import DEFAULT_MAX_UPLOAD_MB, access_from

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860


def build_parser() -> argparse.ArgumentParser:
    """The command line, with help in Chinese; defaults come from the environment."""
    parser = argparse.ArgumentParser(
        prog="python app.py",  # also `python -m webapp` and `jixiao-app`
        description="启动绩效问答网页（Gradio）和 HTTP 接口 /ask。库为空时自动导入 data/samples/ 下的示例报告。",
    )
    parser.add_argument(
        "--host",
        default=os.environ.get("JIXIAO_HOST", DEFAULT_HOST),
        help=f"监听地址（默认 $JIXIAO_HOST 或 {DEFAULT_HOST}；局域网访问用 0.0.0.0）",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("JIXIAO_PORT", DEFAULT_PORT)),
        help=f"端口（默认 $JIXIAO_PORT 或 {DEFAULT_PORT}）",
    )
    parser.add_argument("--store", type=Path, default=None, help=f"库目录（默认 $JIXIAO_STORE 或 {default_store_dir()}）")
    parser.add_argument(
        "--accounts", type=Path, default=None,
        help="账号文件（默认 $JIXIAO_ACCOUNTS；不设则不需登录、任何能访问的人都可上传）。用 python -m webapp.accounts add 创建",
    )
    parser.add_argument(
        "--max-upload-mb", type=int, default=int(os.environ.get("JIXIAO_MAX_UPLOAD_MB", DEFAULT_MAX_UPLOAD_MB)),
        help=f"单个上传文件的大小上限，MB（默认 $JIXIAO_MAX_UPLOAD_MB 或 {DEFAULT_MAX_UPLOAD_MB}）",
    )
    add_llm_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Open the service and serve until interrupted."""
    args = build_parser().parse_args(argv)
    from webapp.plain_api import plain_routes
    from webapp.service import open_service
    from webapp.ui import build_app, launch

    try:
        llm_config = config_from_args(args)
        access = access_from(args.accounts, args.max_upload_mb)
    except LlmConfigError as err:
        print(f"大模型配置有误：{err}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as err:
        print(f"账号文件无法使用：{err}", file=sys.stderr)
        return 2
    if args.host not in ("127.0.0.1", "localhost") and not access.login_required:
        print("提示：网页对局域网开放且没有账号文件，任何能访问的人都可上传报告；建议用 --accounts 开启登录。",
              file=sys.stderr)
    if not _port_free(args.host, args.port):
        print(f"端口 {args.port} 已被占用（也许绩效问答已在运行）。请换一个端口：python app.py --port {args.port + 1}",
              file=sys.stderr)
        return 2
    service = open_service(args.store, llm_config)
    app = build_app(service, access)
    launch(app, args.host, args.port, once_serving=service.warm_up, access=access, routes=plain_routes(service))
    return 0


def _port_free(host: str, port: int) -> bool:
    """Whether the app can listen on ``host:port`` — checked first, so a busy port is a Chinese sentence, not
    Gradio's English traceback after the sample was loaded."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host if host not in ("", "0.0.0.0") else "0.0.0.0", port))
        except OSError:
            return False
    return True


if __name__ == "__main__":
    sys.exit(main())
