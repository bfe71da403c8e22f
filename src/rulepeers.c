/* rulepeers.c: see rulepeers.h.  The table is input (a file make docs
 * names): each cell and message is escaped, lines are taken one at a
 * time (bounded by the file, itself at most ZL_PAGE_FILE_MAX bytes),
 * and a row has at most MAX_CELLS cells. */
#include <stdbool.h>
#include <string.h>

#include "html.h"
#include "rulepeers.h"

#define MAX_CELLS 8

struct cell {
	const char *s;
	size_t n;
};

/* The cells of a "| a | b |" line, trimmed; how many (0: no table row). */
static size_t
cells(const char *line, size_t n, struct cell *out)
{
	if (n < 2 || line[0] != '|')
		return 0;
	size_t k = 0, i = 1;
	while (i < n && k < MAX_CELLS) {
		const char *bar = memchr(line + i, '|', n - i);
		if (bar == NULL)
			break;
		size_t a = i, b = (size_t)(bar - line);
		while (a < b && line[a] == ' ')
			a++;
		while (b > a && line[b - 1] == ' ')
			b--;
		out[k++] = (struct cell){line + a, b - a};
		i = (size_t)(bar - line) + 1;
	}
	return k;
}

static bool
is(const struct cell *c, const char *s)
{
	return c->n == strlen(s) && memcmp(c->s, s, c->n) == 0;
}

static void
row(FILE *fp, const char *tag, const struct cell *c, size_t from, size_t to)
{
	fputs("<tr>", fp);
	for (size_t i = from; i < to; i++) {
		fprintf(fp, "<%s>", tag);
		zl_html_text_n(fp, c[i].s, c[i].n);
		fprintf(fp, "</%s>", tag);
	}
	fputs("</tr>\n", fp);
}

/* "TOOL VERB: `message`": the message as code. */
static void
note(FILE *fp, const char *s, size_t n)
{
	const char *tick = memchr(s, '`', n);
	fputs("<li>", fp);
	if (tick && n > 0 && s[n - 1] == '`' && tick < s + n - 1) {
		zl_html_text_n(fp, s, (size_t)(tick - s));
		fputs("<code>", fp);
		zl_html_text_n(fp, tick + 1, (size_t)(s + n - 1 - tick - 1));
		fputs("</code>", fp);
	} else {
		zl_html_text_n(fp, s, n);
	}
	fputs("</li>\n", fp);
}

/* Takes the next line of *t (*len bytes left) into *line, *n bytes
 * without its LF; false at the end.  Each call consumes a line. */
static bool
next_line(const char **t, size_t *len, const char **line, size_t *n)
{
	if (*len == 0)
		return false;
	const char *lf = memchr(*t, '\n', *len);
	*line = *t;
	*n = lf ? (size_t)(lf - *t) : *len;
	size_t step = *n + (lf != NULL);
	*t += step;
	*len -= step;
	return true;
}

/* The rule's notes ("- ID, TOOL VERB: message" lines) as a list. */
static void
notes(FILE *fp, const char *id, const char *t, size_t len)
{
	size_t idn = strlen(id), count = 0, n;
	const char *line;
	while (next_line(&t, &len, &line, &n)) /* bounded by len */
		if (n > idn + 4 && memcmp(line, "- ", 2) == 0 &&
		    memcmp(line + 2, id, idn) == 0 &&
		    memcmp(line + 2 + idn, ", ", 2) == 0) {
			if (count++ == 0)
				fputs("<ul>\n", fp);
			note(fp, line + idn + 4, n - idn - 4);
		}
	if (count)
		fputs("</ul>\n", fp);
}

void
zl_html_peers(FILE *fp, const char *id, const char *table, size_t len)
{
	struct cell head[MAX_CELLS], mine[MAX_CELLS];
	size_t nhead = 0, nmine = 0;
	const char *t = table, *line;
	size_t left = len, n;
	while (nmine == 0 && next_line(&t, &left, &line, &n)) { /* by len */
		struct cell c[MAX_CELLS];
		size_t k = cells(line, n, c);
		if (k > 1 && is(&c[0], "rule")) {
			memcpy(head, c, k * sizeof *c);
			nhead = k;
		} else if (k > 1 && nhead == k && is(&c[0], id)) {
			memcpy(mine, c, k * sizeof *c);
			nmine = k;
		}
	}
	if (nmine == 0)
		return;
	fputs("<section id=\"peers\">\n<h2>What other tools make of it</h2>\n"
	    "<p>The problematic zone above, run through the peers as Debian "
	    "installs them (<code>make peer-table</code>, "
	    "docs/peer-behaviour.md):</p>\n<table>\n<thead>", fp);
	row(fp, "th", head, 1, nhead);
	fputs("</thead>\n<tbody>", fp);
	row(fp, "td", mine, 1, nmine);
	fputs("</tbody>\n</table>\n", fp);
	notes(fp, id, table, len);
	fputs("</section>\n", fp);
}
