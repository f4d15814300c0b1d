"""A plain-text summary of an article that a person can scan."""

from __future__ import annotations

from collections.abc import Iterator

from ._records import Article, ImageCredit, Post, Quote, Source

_BOLD = "\033[1m"
_DIM = "\033[2m"
_CYAN = "\033[36m"
_RESET = "\033[0m"
_WIDTH = 72


def render_text(name: str, article: Article, *, color: bool = False) -> str:
    """The article's findings as aligned, optionally coloured, lines of text."""

    def style(code: str, value: str) -> str:
        return f"{code}{value}{_RESET}" if color else value

    lines = [style(_BOLD, name)]
    sections: tuple[tuple[str, tuple[object, ...]], ...] = (
        ("posts", article.posts),
        ("image credits", article.image_credits),
        ("quotes", article.quotes),
        ("sources", article.sources),
    )
    for title, records in sections:
        lines.append(style(_CYAN, f"  {title} ({len(records)})"))
        for record in records:
            first, *rest = list(_describe(record))
            lines.append(f"    - {first}")
            lines.extend(style(_DIM, f"      {line}") for line in rest)
    return "\n".join(lines) + "\n"


def _describe(record: object) -> Iterator[str]:
    if isinstance(record, Post):
        who = " ".join(
            p for p in (record.author, f"@{record.handle}" if record.handle else None) if p
        )
        when = record.date.isoformat() if record.date else record.date_text or "no date"
        yield f"{record.platform}: {who or 'unknown account'}, {when}"
        if record.text:
            yield _clip(record.text)
        yield from (*record.links, *record.media)
    elif isinstance(record, ImageCredit):
        creators = ", ".join(record.creators) or "-"
        agencies = ", ".join(record.agencies) or "-"
        kind = " (screenshot)" if record.screenshot else ""
        yield f"by {creators} / from {agencies}{kind}"
    elif isinstance(record, Quote):
        speaker = record.speaker.name if record.speaker else "unattributed"
        cue = f" ({record.speaker.cue})" if record.speaker and record.speaker.cue else ""
        yield f"{speaker}{cue}: “{_clip(record.text, _WIDTH - len(speaker) - 8)}”"
    elif isinstance(record, Source):
        title = f", {record.title}" if record.title else ""
        mentions = len(record.mentions)
        yield f"{record.name}{title} [{record.kind}], {mentions} mention{'s' * (mentions != 1)}"


def _clip(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    width = max(width, 20)
    return text if len(text) <= width else text[: width - 1] + "…"
