"""Who may use the app, and who may change the store: an optional accounts file with hashed passwords and roles.

Without an accounts file the app is open, as on one's own machine (it listens
on 127.0.0.1 by default). With one, every visitor logs in; a 查看 (viewer)
account asks questions, a 管理 (operator) account may also upload reports. The
upload handler checks the role itself, so calling it over HTTP without the page
changes nothing either. Passwords are stored as PBKDF2-SHA256 with a salt.

    python -m webapp.accounts add 张三 --role operator     # asks for the password
    python app.py --accounts accounts.txt --host 0.0.0.0
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import hmac
import os
import secrets
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ACCOUNTS_ENV = "JIXIAO_ACCOUNTS"
ROLES = {"viewer": "查看", "operator": "管理"}
ITERATIONS = 200_000
DEFAULT_MAX_UPLOAD_MB = 50


@dataclass(frozen=True)
class Account:
    """One line of the accounts file: ``name:role:salt:digest`` (hex)."""

    name: str
    role: str
    salt: str
    digest: str

    def line(self) -> str:
        return f"{self.name}:{self.role}:{self.salt}:{self.digest}"


def _digest(password: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), ITERATIONS).hex()


def new_account(name: str, role: str, password: str) -> Account:
    """An account with a fresh salt; the name may not hold ``:`` and the role must be one of ROLES."""
    if not name or ":" in name or role not in ROLES or not password:
        raise ValueError("用户名不能为空或含冒号，角色须为 viewer 或 operator，密码不能为空")
    salt = secrets.token_hex(16)
    return Account(name, role, salt, _digest(password, salt))


def load_accounts(path: Path) -> dict[str, Account]:
    """The accounts of a file (blank lines and ``#`` comments skipped); ValueError naming a bad line."""
    accounts: dict[str, Account] = {}
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) != 4 or parts[1] not in ROLES:
            raise ValueError(f"账号文件第 {number} 行格式不对（应为 用户名:角色:盐:摘要）")
        accounts[parts[0]] = Account(*parts)
    return accounts


@dataclass(frozen=True)
class Access:
    """The app's access rules: its accounts (none: open to anyone who can reach it) and its upload limit."""

    accounts: dict[str, Account]
    max_upload_mb: int = DEFAULT_MAX_UPLOAD_MB

    @property
    def login_required(self) -> bool:
        return bool(self.accounts)

    def check(self, name: str, password: str) -> bool:
        """Whether ``password`` is ``name``'s (Gradio's ``auth`` callable); constant-time on the digest."""
        account = self.accounts.get(name)
        return account is not None and hmac.compare_digest(account.digest, _digest(password, account.salt))

    def may_upload(self, name: str | None) -> bool:
        """Whether a visitor may change the store: anyone on an open app, only operators on one with accounts."""
        if not self.login_required:
            return True
        account = self.accounts.get(name or "")
        return account is not None and account.role == "operator"


OPEN = Access({})
"""An app with no accounts file."""


def access_from(path: Path | None, max_upload_mb: int = DEFAULT_MAX_UPLOAD_MB) -> Access:
    """The access rules for an accounts file (``$JIXIAO_ACCOUNTS`` when None and set), or an open app."""
    path = path or (Path(os.environ[ACCOUNTS_ENV]) if os.environ.get(ACCOUNTS_ENV) else None)
    return Access(load_accounts(path) if path else {}, max_upload_mb)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m webapp.accounts add NAME --role operator [--file F]``: add or replace an account."""
    parser = argparse.ArgumentParser(prog="python -m webapp.accounts", description="管理绩效问答的登录账号（口令加盐哈希保存）。")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="新增或更新一个账号")
    add.add_argument("name", help="用户名")
    add.add_argument("--role", choices=sorted(ROLES), default="viewer", help="viewer 只能提问；operator 还能上传报告")
    add.add_argument("--file", type=Path, default=Path(os.environ.get(ACCOUNTS_ENV, "accounts.txt")),
                     help="账号文件（默认 $JIXIAO_ACCOUNTS 或 accounts.txt）")
    add.add_argument("--password-stdin", action="store_true", help="从标准输入读口令（脚本用）")
    args = parser.parse_args(argv)
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("口令：")
    try:
        account = new_account(args.name, args.role, password)
    except ValueError as err:
        print(err, file=sys.stderr)
        return 2
    accounts = load_accounts(args.file) if args.file.exists() else {}
    accounts[account.name] = account
    args.file.write_text("".join(a.line() + "\n" for a in accounts.values()), encoding="utf-8")
    os.chmod(args.file, 0o600)
    print(f"已保存账号 {account.name}（{ROLES[account.role]}）到 {args.file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
