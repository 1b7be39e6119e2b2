"""The raw archive: every fetched body, content-addressed by sha256, with its headers."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path


class RawArchive:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def store(self, content: bytes, meta: dict) -> str:
        """Write the body (once) and its latest headers; returns the sha256."""
        sha = hashlib.sha256(content).hexdigest()
        path = self.path(sha)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".part")
            tmp.write_bytes(content)
            tmp.replace(path)  # atomic: a crash never leaves half a body under its hash
        path.with_suffix(".json").write_text(json.dumps(meta, indent=1, default=str))
        return sha

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()
