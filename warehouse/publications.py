"""Publications: one loaded at a time, in one transaction with its figures and shares (a crash
leaves the old version or the new, never half of one); failures, off-topic pages, HTTP
validators, and what reparse and reprint detection read back."""

from __future__ import annotations

import hashlib
import json

from parsers.model import Document, Figure
from parsers.shares import Share

from .connection import _now


def publication_id(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def figure_id(pub_id: str, position: int, fig: Figure) -> str:
    key = json.dumps([pub_id, position, fig.metric, fig.value, fig.quote, fig.kind], default=str)
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def share_id(pub_id: str, position: int, share: Share) -> str:
    key = json.dumps(["share", pub_id, position, share.percent, share.quote])
    return hashlib.sha256(key.encode()).hexdigest()[:20]



class Publications:
    def known_content(self, url: str, sha256: str) -> bool:
        """Whether this exact content was already loaded, under this URL or another."""
        row = self.con.execute(
            "SELECT 1 FROM publications WHERE content_sha256 = ? AND (url = ? OR status = 'parsed') LIMIT 1",
            [sha256, url],
        ).fetchone()
        return row is not None

    def exists(self, url: str) -> bool:
        return self.con.execute("SELECT 1 FROM publications WHERE url = ?", [url]).fetchone() is not None

    def load_publication(self, *, url: str, source: str | None, publisher: str | None, content_type: str | None,
                         sha256: str, doc: Document, figures: list[Figure], extractor_version: str,
                         shares: list[Share] = (), reprint_of: str | None = None, new: bool = False) -> int:
        """Replace the publication, its figures and its shares in one transaction; returns figures loaded.
        reprint_of: the id of the publication this one reprints, if any; new: the caller knows
        there is nothing to replace (a backfill's statements are most of its time)."""
        pub_id = publication_id(url)
        now = _now()
        ids = [figure_id(pub_id, i, f) for i, f in enumerate(figures)]
        rows = [
            (ids[i], pub_id, f.metric, f.value, f.unit, f.kind, f.qualifier, f.period_start,
             f.period_end, f.district, f.operator, f.quote, f.note, f.table, f.total, f.flags, extractor_version)
            for i, f in enumerate(figures)
        ]
        share_rows = [
            (share_id(pub_id, i, s), pub_id, s.percent, s.qualifier, s.decimals, s.quote, s.part_metric,
             s.whole_metric, [ids[j] for j in s.part], [ids[j] for j in s.whole])
            for i, s in enumerate(shares)
        ]
        with self.transaction():
            if not new:
                self.con.execute("DELETE FROM figures WHERE publication_id = ?", [pub_id])
                self.con.execute("DELETE FROM shares WHERE publication_id = ?", [pub_id])
            self._put("publications", "id", {
                "id": pub_id, "url": url, "source": source, "publisher": publisher or doc.publisher,
                "title": doc.title, "published": doc.published, "language": doc.language,
                "content_type": content_type, "content_sha256": sha256, "text": doc.text, "status": "parsed",
                "error": None, "extractor_version": extractor_version, "first_seen": now, "last_changed": now,
                "reprint_of": reprint_of}, keep=("first_seen",), new=new)
            self._insert("figures", rows)
            self._insert("shares", share_rows)
        return len(rows)

    def archived_publications(self, since=None) -> list[tuple]:
        """(id, url, sha256, content_type, title, source, publisher, reprint_of) of every publication
        whose body is archived (parsed or failed, not off-topic), published on or after since."""
        return self.rows("archived_publications", [since])

    def figure_keys(self, pub_id: str) -> dict[tuple[str, str], list[tuple]]:
        """A publication's figures keyed by (metric, quote), for telling what a reparse changed."""
        out: dict[tuple[str, str], list[tuple]] = {}
        for row in self.rows("figure_keys", [pub_id]):
            out.setdefault((row[0], row[1]), []).append(row[2:])
        for rows in out.values():
            rows.sort(key=repr)
        return out

    def record_failure(self, *, url: str, source: str | None, publisher: str | None, content_type: str | None,
                       sha256: str, error: str) -> None:
        """Keep a publication that could not be parsed, with the reason; its old figures stay."""
        pub_id, now = publication_id(url), _now()
        with self.transaction():
            if self.exists(url):
                self.con.execute("""UPDATE publications SET content_sha256 = ?, error = ?, last_changed = ?,
                                      status = CASE WHEN text IS NULL THEN 'failed' ELSE status END
                                    WHERE id = ?""", [sha256, error, now, pub_id])
            else:
                self._put("publications", "id", {
                    "id": pub_id, "url": url, "source": source, "publisher": publisher, "content_type": content_type,
                    "content_sha256": sha256, "status": "failed", "error": error, "first_seen": now,
                    "last_changed": now})

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """(etag, last_modified) of the last answer for url, for a conditional GET."""
        row = self.con.execute("SELECT etag, last_modified FROM http_cache WHERE url = ?", [url]).fetchone()
        return row if row else (None, None)

    def remember_validators(self, url: str, headers: dict, sha256: str | None) -> None:
        lower = {k.lower(): v for k, v in headers.items()}
        self._put("http_cache", "url", {"url": url, "etag": lower.get("etag"), "last_modified": lower.get("last-modified"),
                                        "content_sha256": sha256, "checked_at": _now()})

    def touch(self, url: str) -> None:
        """A conditional GET answered 304: the page was checked now and has not changed."""
        self.con.execute("UPDATE http_cache SET checked_at = ? WHERE url = ?", [_now(), url])

    def record_off_topic(self, *, url: str, source: str | None, publisher: str | None, content_type: str | None,
                         sha256: str, title: str | None, reason: str) -> None:
        """Keep an off-topic publication as such (no text, no figures), so it is not fetched again each run."""
        pub_id, now = publication_id(url), _now()
        with self.transaction():
            self._put("publications", "id", {
                "id": pub_id, "url": url, "source": source, "publisher": publisher, "title": title,
                "content_type": content_type, "content_sha256": sha256, "status": "off_topic", "error": reason,
                "text": None, "first_seen": now, "last_changed": now}, keep=("source", "publisher", "title", "first_seen"))
            self.con.execute("DELETE FROM figures WHERE publication_id = ?", [pub_id])
            self.con.execute("DELETE FROM shares WHERE publication_id = ?", [pub_id])

    def reprint_candidates(self, url: str, published, days: int = 7) -> list[tuple[str, str, list]]:
        """(id, text, [(metric, value)]) of parsed originals published within days of published."""
        near = self.rows("reprint_candidates", [url, published, days])
        if not near:
            return []
        # Then their figures, by the index on publication_id (a join would read every figure).
        figures: dict[str, list] = {}
        for pid, metric, value in self.con.execute(
                f"SELECT publication_id, metric, value FROM figures WHERE publication_id IN ({', '.join('?' * len(near))})"
                " ORDER BY id", [pid for pid, _ in near]).fetchall():
            figures.setdefault(pid, []).append((metric, value))
        return [(pid, text, figures.get(pid, [])) for pid, text in near]

