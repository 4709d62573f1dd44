"""mkdocs hooks for the three-language handbook (fi, sv, en).

1. A visible note on a page built from its Finnish original under another language.
mkdocs-static-i18n (`fallback_to_default: true`) builds a page that is missing in a language
from the default language's file (Finnish, the original), so the nav and every link stay whole.
The reader must see that the text is not in the language they chose, and where the page exists
in English. The plugin marks each file with the folder it came from (`file.locale`) and the
language being built (`file.locale_alternate_of`).

2. Relative language-switcher links. On the home pages the plugin leaves the switcher's links
site-absolute (`/`, `/sv/`, `/en/`), which break when the site is served from a sub-path or
opened from disk. Made site-root-relative here, Material's `url` filter turns them into links
relative to the page, like the plugin already does on every other page.

3. No `<link rel="alternate" hreflang>` in the page head. Material's script fetches
`sitemap.xml` next to every such link, expecting it to point at a language's root; the plugin
points it at the same page in each language, so every page made three requests for
`<page>/sitemap.xml` that all failed (404). The switcher already leads to the same page in the
other language, and search engines get the language versions from the sitemap, which lists
every page with its `hreflang` alternates.

4. The error page (404.html) is the one page mkdocs builds with site-absolute links, made from
`site_url`'s path, because a server shows it at any missing address. Its switcher would
otherwise keep the links of whichever page was built last; it gets the three home pages.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

DEFAULT = "fi"
HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')
NOTES = {
    "sv": ('!!! note "Sidan finns ännu inte på svenska"\n'
           "    Nedan visas den finska originaltexten. Samma sida finns också "
           '<a href="{en}" hreflang="en">på engelska</a>.\n\n'),
    "en": ('!!! note "This page is not yet in English"\n'
           "    The Finnish original is shown below.\n\n"),
}


def _english_href(url: str, lang: str) -> str:
    """The relative address of the same page in the English build, from the page's own URL
    (`sv/data/cli/` → `../../../en/data/cli/`): relative, so the site works under a sub-path."""
    depth = url.count("/")
    rest = url[len(lang) + 1:] if url.startswith(lang + "/") else url
    return "../" * depth + "en/" + rest


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    built_as = getattr(page.file, "locale_alternate_of", None)
    source = getattr(page.file, "locale", None)
    if source != DEFAULT or built_as in (None, DEFAULT) or built_as not in NOTES:
        return markdown
    note = NOTES[built_as].format(en=_english_href(page.url, built_as))
    # After the leading H1: mkdocs takes the nav title from it.
    head, sep, body = markdown.partition("\n")
    if head.startswith("# "):
        return head + sep + "\n" + note + body
    return note + markdown


# After the i18n plugin, which resets the switcher's links on every page.
@event_priority(-100)
def on_page_context(context: dict[str, Any], page: Any, config: Any, **_: Any) -> dict[str, Any]:
    # The plugin sets `config.extra.alternate` as an attribute, which is what Jinja reads
    # first; the mapping item of the same name is the original value.
    extra = config["extra"]
    for alternate in getattr(extra, "alternate", None) or extra.get("alternate") or []:
        link = str(alternate.get("link", ""))
        if link.startswith("/") and not link.startswith("//"):
            alternate["link"] = link.lstrip("/") or "."
    return context


@event_priority(-100)
def on_template_context(context: dict[str, Any], template_name: str, config: Any,
                        **_: Any) -> dict[str, Any]:
    if template_name != "404.html":
        return context
    base = urlsplit(config.get("site_url") or "/").path.rstrip("/")
    extra = config["extra"]
    for alternate in getattr(extra, "alternate", None) or extra.get("alternate") or []:
        lang = alternate.get("lang")
        alternate["link"] = f"{base}/" if lang == DEFAULT else f"{base}/{lang}/"
    return context


def on_post_page(output: str, **_: Any) -> str:
    return HEAD_ALTERNATE.sub("", output)


def on_post_template(output_content: str, template_name: str, **_: Any) -> str:
    return HEAD_ALTERNATE.sub("", output_content) if template_name == "404.html" else output_content
