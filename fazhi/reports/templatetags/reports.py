"""{% paragraph p links %}: a report paragraph with its in-line heading and bound figures (linked to their records
when `links`; missing ones marked; ones failing validation flagged)."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()
CLASSES = {0: "doc-body", 2: "doc-h2", 3: "doc-h3", 4: "doc-h4"}


@register.simple_tag
def paragraph(p, links=True):
    parts, remaining = [], p.lead
    for run in p.runs:
        text = run.text
        if remaining > 0 and not run.key:
            head, text = text[:remaining], text[remaining:]
            remaining -= len(head)
            parts.append(format_html('<span class="doc-lead">{}</span>', head))
        if not text:
            continue
        if run.key:
            css = "figure" + (" figure-missing" if run.missing else "") + (" figure-invalid" if run.invalid else "")
            if links and run.link:
                parts.append(format_html('<a class="{}" href="{}" data-key="{}" title="{}">{}</a>', css, run.link,
                                         run.key, run.key, text))
            else:
                parts.append(format_html('<span class="{}" data-key="{}" title="{}">{}</span>', css, run.key,
                                         run.key, text))
        else:
            parts.append(format_html("{}", text))
    return format_html('<p class="{}">{}</p>', CLASSES.get(p.level, "doc-body"),
                       format_html_join("", "{}", ((x,) for x in parts)))
