/* read_lex.c: physical lines to the tokens of logical records.
 *
 * A record may span lines in parentheses; quotes keep spaces and
 * specials; comments end a line, and two kinds are read: suppressions
 * ("; zonelint: ignore") and the Windows export header that names the
 * zone.  Each token keeps the line and column it starts at. */
#include <ctype.h>
#include <string.h>

#include "diag.h"
#include "dnsmgr.h"
#include "read_lex.h"

#define MAX_RECORD_TEXT (1u << 20)

void
zl_rd_add_tok(struct reader *r, uint32_t off, uint32_t line, uint32_t col)
{
	if (r->ntoks == r->toks_cap) {
		r->toks_cap = r->toks_cap ? r->toks_cap * 2 : 64;
		r->toks = zl_xrealloc(r->toks, r->toks_cap * sizeof *r->toks);
	}
	r->toks[r->ntoks++] = (struct zl_tok){off, 0, line, col};
}

void
zl_rd_add_char(struct reader *r, char c)
{
	if (r->text_len == r->text_cap) {
		r->text_cap = r->text_cap ? r->text_cap * 2 : 4096;
		r->text = zl_xrealloc(r->text, r->text_cap);
	}
	r->text[r->text_len++] = c;
}

/* "; zonelint: ignore RULES [reason]" or "; zonelint: ignore-file RULES":
 * at the end of a record's line it covers that record; alone on a line,
 * the next record; ignore-file, the whole file. */
static void
suppression(struct reader *r, struct file_state *f, const char *c, size_t len,
    uint32_t line, uint32_t col)
{
	const char *end = c + len, *p = c + 1;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if ((size_t)(end - p) < 9 || strncmp(p, "zonelint:", 9) != 0)
		return;
	p += 9;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	bool whole = (size_t)(end - p) >= 11 && strncmp(p, "ignore-file", 11) == 0;
	size_t kw = whole ? 11 : 6;
	if ((size_t)(end - p) < kw + 2 || strncmp(p, "ignore", 6) != 0 ||
	    (p[kw] != ' ' && p[kw] != '\t')) {
		zl_rd_syntax(r, f->file, line, col, "zonelint comment not understood: "
		    "write '; zonelint: ignore RULE[,RULE] [reason]' or "
		    "'; zonelint: ignore-file RULE'");
		return;
	}
	p += kw;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	const char *rules = p;
	while (p < end && *p != ' ' && *p != '\t' && *p != '\r')
		p++;
	size_t n = zl_rd_suppress(r, (struct zl_loc){f->file, line, col},
	    rules, (size_t)(p - rules), whole);
	if (whole)
		return;
	if (r->ntoks > 0) /* after a record's text: that record */
		zl_rd_bind(r, n, f->first_line, line);
	else if (f->nsup_pending < sizeof f->sup_pending / sizeof *f->sup_pending)
		f->sup_pending[f->nsup_pending++] = n;
}

/* Windows exports name their zone in a header comment:
 * ";  Database file contoso.com.dns for contoso.com zone." */
static void
windows_header(struct reader *r, struct file_state *f, const char *c,
    size_t len)
{
	if (f->seen_record || r->header_origin || r->depth > 1 || r->scan)
		return;
	static const char key[] = "Database file ";
	const char *p = memmem(c, len, key, sizeof key - 1);
	if (p == NULL)
		return;
	const char *end = c + len;
	const char *forw = memmem(p, (size_t)(end - p), " for ", 5);
	if (forw == NULL)
		return;
	const char *z = forw + 5, *ze = z;
	while (ze < end && !isspace((unsigned char)*ze))
		ze++;
	if (ze + 5 > end || strncmp(ze, " zone", 5) != 0 || ze == z)
		return;
	r->header_origin = zl_asprintf("%.*s.", (int)(ze - z), z);
	if (ze - z >= 1 && z[ze - z - 1] == '.')
		r->header_origin[ze - z] = '\0';
	r->sink->ops->windows(r->sink->arg, NULL);
}

/* The column of byte i of the line: a DNS Manager list's row is read
 * translated, and its columns are the row's own (dnsmgr.h). */
static uint32_t
col_of(const struct file_state *f, size_t i)
{
	return f->src.list ? zl_list_col(f->src.list, i) : (uint32_t)i + 1;
}

bool
zl_rd_lex_line(struct reader *r, struct file_state *f, const char *s, size_t len)
{
	uint32_t line = (uint32_t)f->src.line;
	size_t i = 0;
	if (f->paren == 0 && r->ntoks == 0) {
		f->first_line = line;
		f->blank_owner = len > 0 && (s[0] == ' ' || s[0] == '\t');
	}
	f->end_line = line;
	while (i < len) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\r') {
			i++;
			continue;
		}
		if (c == ';') {
			windows_header(r, f, s + i, len - i);
			if (memmem(s + i, len - i, "zonelint:", 9))
				suppression(r, f, s + i, len - i, line, col_of(f, i));
			break;
		}
		if (c == '(') {
			if (f->paren > 0 && !f->skipping) {
				zl_rd_syntax(r, f->file, line, col_of(f, i),
				    "nested parenthesis");
				f->skipping = true;
			}
			if (f->paren == 0) {
				f->paren_line = line;
				f->paren_col = col_of(f, i);
			}
			f->paren++;
			i++;
			continue;
		}
		if (c == ')') {
			if (f->paren == 0) {
				if (!f->skipping)
					zl_rd_syntax(r, f->file, line, col_of(f, i),
					    "')' without a matching '('");
				f->skipping = true;
			} else
				f->paren--;
			i++;
			continue;
		}
		if (c == '\0') {
			if (!f->skipping)
				zl_rd_syntax(r, f->file, line, col_of(f, i),
				    "NUL byte in the text");
			f->skipping = true;
			i++;
			continue;
		}
		/* a token: a quoted string or a run of other characters */
		zl_rd_add_tok(r, (uint32_t)r->text_len, line, col_of(f, i));
		bool quoted = c == '"';
		if (quoted) {
			zl_rd_add_char(r, c);
			i++;
		}
		bool closed = !quoted;
		while (i < len) {
			c = s[i];
			if (c == '\\' && i + 1 < len) {
				zl_rd_add_char(r, c);
				zl_rd_add_char(r, s[i + 1]);
				i += 2;
				continue;
			}
			if (quoted && c == '"') {
				zl_rd_add_char(r, c);
				i++;
				closed = true;
				break;
			}
			if (!quoted && (c == ' ' || c == '\t' || c == '\r' ||
			    c == ';' || c == '(' || c == ')' || c == '"'))
				break;
			if (c == '\0') {
				if (!f->skipping)
					zl_rd_syntax(r, f->file, line, col_of(f, i),
					    "NUL byte in the text");
				f->skipping = true;
				closed = true; /* reported as the NUL, not the quote */
				break;
			}
			zl_rd_add_char(r, c);
			i++;
		}
		struct zl_tok *tk = &r->toks[r->ntoks - 1];
		tk->len = (uint32_t)r->text_len - tk->off;
		if (!closed) {
			if (!f->skipping)
				zl_rd_syntax(r, f->file, tk->line, tk->col,
				    "quoted string not closed on its line");
			f->skipping = true;
		}
		if (r->text_len > MAX_RECORD_TEXT) {
			if (!f->skipping)
				zl_rd_syntax(r, f->file, f->first_line, 1,
				    "record longer than %u bytes", MAX_RECORD_TEXT);
			f->skipping = true;
			r->text_len = 0;
			r->ntoks = 0;
		}
	}
	return f->paren == 0;
}
