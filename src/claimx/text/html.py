"""HTML input: the article body of a web page as plain text, by trafilatura (issue 17.2).

claimx reads plain text; a page's markup is not interpreted. :func:`html_to_text` hands the
page to trafilatura (Barbaresi 2021, "Trafilatura: A Web Scraping Library and Command-Line
Tool for Text Discovery and Extraction", ACL demos), which keeps the main text and drops
navigation, footers and most teasers, and returns one paragraph per line. Claims found in
that text carry offsets into it, not into the HTML: keep the text (``extract_html`` returns
it) to use them. The same page gives the same text for one trafilatura version; another
version may cut it differently.

trafilatura is an optional dependency: ``pip install "claimx[html]"``.
"""

from __future__ import annotations

__all__ = ["MISSING_HTML", "html_to_text"]

MISSING_HTML = 'reading HTML needs trafilatura: pip install "claimx[html]"'


def html_to_text(html: str | bytes, *, url: str | None = None) -> str:
    """The article text of one HTML page, one paragraph a line, with its headline first when found.

    Args:
        html: the page's markup (``bytes`` are decoded by trafilatura from the page's charset).
        url: the page's address, if known (helps trafilatura with some sites).

    Returns:
        The text, or ``""`` when trafilatura finds no article in the page.

    Raises:
        TypeError: ``html`` is neither ``str`` nor ``bytes``.
        ImportError: trafilatura is not installed (the message names the ``html`` extra).

    >>> html_to_text("<html><body><article><h1>Mayor speaks</h1><p>The mayor said the bridge was safe.</p></article></body></html>")  # doctest: +SKIP
    'Mayor speaks\\nThe mayor said the bridge was safe.'
    """
    if not isinstance(html, (str, bytes)):
        raise TypeError(f"html must be a str or bytes, got {type(html).__name__}")
    try:
        import trafilatura  # optional: only HTML input needs it
    except ImportError as e:
        raise ImportError(MISSING_HTML) from e
    if not (html.strip() if isinstance(html, str) else html.strip()):
        return ""
    text = trafilatura.extract(
        html,
        url=url,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=False,
        favor_precision=True,
        deduplicate=False,  # trafilatura's deduplication remembers paragraphs across calls: a page read twice came back empty
    )
    if not text:
        return ""
    title = _title(trafilatura, html)
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return text


def _title(trafilatura: object, html: str | bytes) -> str:
    """The page's headline, which trafilatura's text leaves out: claims in "Source: claim" headlines."""
    try:
        metadata = trafilatura.extract_metadata(html)  # type: ignore[attr-defined]
    except Exception:  # metadata is a nicety: a page trafilatura cannot read it from still gives its text
        return ""
    title = getattr(metadata, "title", None) if metadata is not None else None
    return " ".join(title.split()) if isinstance(title, str) else ""
