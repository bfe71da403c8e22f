/* rulepages.h: the rules' pages in HTML (docs/rules/, make docs). */
#ifndef ZL_RULEPAGES_H
#define ZL_RULEPAGES_H

#include <stdbool.h>
#include <stdio.h>

/* One rule's page, self-contained HTML; -1 when no rule has that id.
 * shown_path, when not NULL, is a file holding the command that lints
 * the rule's bad example and its output (scripts/rule-pages.sh makes
 * it), shown under the example; peers_path one holding
 * docs/peer-behaviour.md, whose row for the rule the page shows (what
 * BIND, Knot, NSD and validns make of the example).  -2 (after a
 * message) when either cannot be read (pagefile.h). */
int zl_html_rule(FILE *fp, const char *id, const char *shown_path,
    const char *peers_path);
/* The index page: every rule, its level and message, linked. */
void zl_html_index(FILE *fp);

/* Where findings link to their rule's page: --rules-url's default, the
 * pages make install puts in DOCDIR/rules/ (Makefile). */
#ifndef ZL_RULES_URL
#define ZL_RULES_URL "file:///usr/local/share/doc/zonelint/rules/"
#endif
/* Is base an absolute URI (a scheme, then only characters RFC 3986
 * allows, at most 1024 of them), so that base + "RULE.html" is one too? */
bool zl_rules_url_ok(const char *base);
/* The rule's page under base, for JSON and SARIF; newly allocated. */
char *zl_rule_url(const char *base, const char *id);

#endif
