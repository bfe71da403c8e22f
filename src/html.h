/* html.h: what the HTML report's parts share (out_html*.c): escaping of
 * every byte that came from input, and the colours of the severities. */
#ifndef ZL_HTML_H
#define ZL_HTML_H

#include <stdio.h>

#include "diag.h"
#include "picture.h"

/* Text from input, first made safe by src/escape.h (valid UTF-8, no
 * control character), then with & < > " ' as character references: safe
 * in an element and in a quoted attribute, in HTML and inline SVG. */
void zl_html_text(FILE *fp, const char *s);
void zl_html_text_n(FILE *fp, const char *s, size_t n);
/* A file name, escaped as src/escape.h escapes file names, then as above. */
void zl_html_path(FILE *fp, const char *path);
/* "error", "warning", "note": the CSS class and word of a severity. */
const char *zl_html_sev(int severity);
/* Which findings concern a zone or a name of the picture: those of
 * view whose zone (by_zone) or owner is name, in the zone whose top file
 * is file when one is given (an internal DNS server's own copy), and,
 * with in_message, those that name it in their message, in any view; of
 * a rule of one of groups ("split-", ..., NULL-terminated), or of any
 * when NULL. */
struct zl_html_match {
	const char *name;
	enum zl_view view;
	bool by_zone, in_message;
	const char *const *groups;
	bool in_file;
	uint32_t file;
};
/* Their worst severity, -1 when none; their rule ids are added to ids
 * (", "-joined, a string of size bytes, cut when full). */
int zl_html_worst(const struct zl_diags *d, const struct zl_html_match *m,
    char *ids, size_t size);

#endif
