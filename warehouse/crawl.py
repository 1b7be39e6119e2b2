"""Crawl state: what each source listed (with its index pages' validators), and what is due
to be fetched: new publications, retries, revisits."""

from __future__ import annotations

from datetime import timedelta

from .connection import _now


class CrawlState:
    def note_listing(self, items: list, validators: list[tuple[str, dict]]) -> None:
        """What one source listed, and its index pages' validators, in one transaction (as dlt
        keeps pipeline state in the load of its data): a kill can leave neither, or both."""
        with self.transaction():
            self.note_discovered(items)
            for url, headers in validators:
                self.remember_validators(url, headers, None)

    def listed_before(self, source: str) -> bool:
        """Whether a source ever listed a publication."""
        return self.con.execute("SELECT 1 FROM discovered WHERE source = ? LIMIT 1", [source]).fetchone() is not None

    def note_discovered(self, items: list) -> list:
        """Remember what discovery found; returns the items never seen before."""
        if not items:
            return []
        now, urls = _now(), [item.url for item in items]
        with self.transaction():  # a few statements for the whole list, however long
            known = {r[0] for r in self.con.execute("SELECT url FROM discovered WHERE list_contains(?, url)",
                                                     [urls]).fetchall()}
            self.con.execute("UPDATE discovered SET last_seen = ? WHERE list_contains(?, url)", [now, sorted(known)])
            new = [item for item in items if item.url not in known]
            # first_seen a microsecond apart keeps discovery's order for the work list
            self._insert("discovered", [(item.url, item.source, item.publisher, item.title,
                                         now + timedelta(microseconds=i), now + timedelta(microseconds=i))
                                        for i, item in enumerate(new)])
        return new

    def work_list(self, revisit_days: float) -> list[tuple[str, str, str | None, str | None, str]]:
        """(url, source, publisher, title, reason) of discovered publications to fetch now:
        never loaded (new, or a retry after a failed fetch), or parsed and last checked
        revisit_days ago. Off-topic and unparseable ones are not fetched again; one whose
        last fetch failed for good (a 404, too large) not before revisit_days."""
        return self.rows("work_list", [_now() - timedelta(days=revisit_days)])

    def discovered_item(self, url: str) -> tuple[str, str | None, str | None] | None:
        """(source, publisher, title) under which discovery found url."""
        return self.con.execute("SELECT source, publisher, title FROM discovered WHERE url = ?", [url]).fetchone()

