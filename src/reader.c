/*
 * reader.c: zone files to records (see reader.h for the stages).
 *
 * ldns parses one record's text well, but its zone loader stops at the
 * first error, has no $INCLUDE, rejects class-before-TTL and keeps no
 * columns.  So this reader owns the file: it joins the physical lines of
 * a record (parentheses, quotes, comments, CRLF), remembers where each
 * token starts, handles the directives, the blank owner, TTL and class in
 * either order and Windows [AGE:n] stamps, and hands ldns one normalised
 * line per record: "owner. TTL CLASS TYPE RDATA".  A record ldns rejects
 * is reported and reading goes on with the next one.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "batch.h"
#include "budget.h"
#include "diag.h"
#include "dnsmgr.h"
#include "include.h"
#include "read_directive.h"
#include "read_finish.h"
#include "read_lex.h"
#include "read_origin.h"
#include "read_record.h"
#include "reader.h"
#include "source.h"
#include "filename.h"
#include "words.h"

static int read_file(struct reader *r, const char *path, uint32_t file,
    struct zl_loc from);

/* The record just lexed is empty again: the next one starts. */
static void
clear_record(struct reader *r, struct file_state *f)
{
	r->ntoks = 0;
	r->text_len = 0;
	f->skipping = false;
	f->paren = 0;
}

/* In a scan, a record that is an $INCLUDE the reader would follow
 * names its file; nothing else is looked at. */
static void
scan_record(struct reader *r, struct file_state *f)
{
	const struct zl_tok *t = r->toks;
	if (f->skipping || r->ntoks < 2 || r->ntoks > 3 || f->blank_owner ||
	    t[0].len != 8 || strncasecmp(r->text + t[0].off, "$INCLUDE", 8) != 0)
		return;
	char *name = zl_include_name(r->text + t[1].off, t[1].len);
	char *path = zl_include_path(f->path, name);
	r->scan(r->scan_arg, path);
	free(path);
	free(name);
}

/* Follows an $INCLUDE: the included file starts records of its own, and
 * the origin is the includer's again after it. */
static void
follow_include(struct reader *r, struct file_state *f,
    struct zl_include_req *inc)
{
	r->ntoks = 0;
	r->text_len = 0;
	read_file(r, inc->path, zl_file_intern(inc->path),
	    (struct zl_loc){f->file, inc->line, inc->col});
	if (inc->saved_origin) /* else the included file set the first */
		zl_rd_set_origin(r, inc->saved_origin);
	free(inc->saved_origin);
	free(inc->path);
	free(inc->name);
}

static void
end_record(struct reader *r, struct file_state *f)
{
	if (r->scan) {
		scan_record(r, f);
		clear_record(r, f);
		return;
	}
	if (r->ntoks > 0) {
		for (size_t i = 0; i < f->nsup_pending; i++)
			zl_rd_bind(r, f->sup_pending[i], f->first_line, f->end_line);
		f->nsup_pending = 0;
	}
	if (!f->skipping && r->ntoks > 0) {
		struct zl_include_req inc;
		if (f->blank_owner || r->text[r->toks[0].off] != '$') {
			zl_rd_record(r, f);
			f->seen_record = true;
		} else if (zl_rd_directive(r, f, &inc)) {
			follow_include(r, f, &inc);
		}
	}
	clear_record(r, f);
}

/* Opens path: the top file from its text read ahead if there is one; an
 * included one against the run's budget.  Reports why not and returns
 * -1 when it cannot be read. */
static int
open_file(struct reader *r, struct file_state *f, struct zl_loc from)
{
	char why[256];
	bool top = r->depth == 0;
	int opened;
	if (top && r->in->preload) { /* read by the $INCLUDE scan */
		opened = zl_source_open_preloaded(&f->src, r->in->preload, why,
		    sizeof why);
		free(r->in->preload);
	} else {
		opened = zl_source_open(&f->src, top && r->in->from_stdin ? "-" :
		    f->path, why, sizeof why);
	}
	if (opened == 0 && !top && r->in->budget &&
	    !zl_budget_take_include(r->in->budget, f->src.size)) {
		zl_rd_report(r, ZL_RULE_syntax_include, from, "cannot read included "
		    "file %s: the run's budget of %llu included reads and %llu MiB "
		    "is spent (--limit includes=N and include-bytes=N raise it)",
		    f->path, r->in->budget->max_includes,
		    r->in->budget->max_include_bytes >> 20);
		r->out->incomplete = true;
		zl_source_close(&f->src);
		return -1;
	}
	if (opened == 0)
		return 0;
	if (top) {
		zl_rd_report(r, ZL_RULE_input_unreadable,
		    (struct zl_loc){f->file, 0, 0}, "cannot read %s: %s", f->path,
		    why);
		r->out->unreadable = true;
	} else {
		zl_rd_report(r, ZL_RULE_syntax_include, from,
		    "cannot read included file %s: %s", f->path, why);
		r->out->incomplete = true;
	}
	return -1;
}

/* Every line of f to the lexer, and each record it completes on. */
static void
read_lines(struct reader *r, struct file_state *f)
{
	const char *s;
	size_t len;
	bool too_long;
	while ((s = zl_source_line(&f->src, &len, &too_long)) != NULL &&
	    !zl_rd_stopped(r)) {
		if (too_long) {
			zl_rd_syntax(r, f->file, (uint32_t)f->src.line, 1,
			    "line longer than %u bytes; skipped", ZL_MAX_LINE);
			f->skipping = true;
			if (f->paren == 0)
				clear_record(r, f);
			continue;
		}
		if (f->src.list && f->src.list->err[0]) { /* a row not read */
			zl_rd_syntax(r, f->file, (uint32_t)f->src.line,
			    f->src.list->err_col, "%s", f->src.list->err);
			continue;
		}
		if (zl_rd_lex_line(r, f, s, len))
			end_record(r, f);
	}
	if (f->paren > 0 && !r->out->unreadable) {
		zl_rd_syntax(r, f->file, f->paren_line, f->paren_col,
		    "'(' not closed before the end of the file");
		f->skipping = true;
		end_record(r, f);
	}
}

static int
read_file(struct reader *r, const char *path, uint32_t file,
    struct zl_loc from)
{
	struct file_state f = {.file = file, .path = path};
	if (open_file(r, &f, from) != 0)
		return -1;
	for (int d = 0; d < r->depth; d++)
		if (r->stack[d].dev == f.src.dev && r->stack[d].ino == f.src.ino) {
			zl_rd_report(r, ZL_RULE_syntax_include, from,
			    "$INCLUDE loop: %s is already being read", path);
			zl_source_close(&f.src);
			return -1;
		}
	r->stack[r->depth].dev = f.src.dev;
	r->stack[r->depth].ino = f.src.ino;
	r->depth++;
	if (f.src.list && r->depth == 1) { /* no directive can come of it */
		r->windows_list = true;
		r->sink->ops->windows(r->sink->arg,
		    zl_list_format(f.src.list, f.src.encoding != NULL));
	} else if (f.src.list) {
		zl_source_close(&f.src); /* an $INCLUDE of a list: not zone text */
		r->depth--;
		zl_rd_report(r, ZL_RULE_syntax_include, from, "cannot include %s: "
		    "it is a DNS Manager list, not zone text", path);
		r->out->incomplete = true;
		return -1;
	}
	if (f.src.encoding && !f.src.list) /* a list is Unicode by choice */
		zl_rd_report(r, ZL_RULE_syntax_encoding, (struct zl_loc){file, 1, 1},
		    "file is %s%s; read as converted to UTF-8, but name servers "
		    "expect ASCII: save it as ASCII or UTF-8", f.src.encoding,
		    f.src.had_bom ? " with a byte order mark" :
		    " without a byte order mark");
	read_lines(r, &f);
	if (f.src.list && !f.src.list->saw_soa)
		r->out->incomplete = true; /* a folder's list: part of a zone */
	r->ntoks = 0;
	r->text_len = 0;
	r->depth--;
	zl_source_close(&f.src);
	return 0;
}

static void
free_reader(struct reader *r)
{
	if (r->origin)
		ldns_rdf_deep_free(r->origin);
	if (r->apex)
		ldns_rdf_deep_free(r->apex);
	free(r->apex_text);
	free(r->origin_text);
	free(r->owner);
	free(r->text);
	free(r->toks);
	free(r->rdata);
	zl_flat_view_free(&r->view);
	free(r->header_origin);
	free(r->encode_buf);
}

int
zl_read(const struct zl_read_in *in, const struct zl_sink *sink,
    struct zl_read_out *out)
{
	struct reader r = {.in = in, .sink = sink, .out = out};
	*out = (struct zl_read_out){0};
	r.cur = &in->batches[0];
	if (in->origin) /* -v says so, as it says where a guess came from */
		zl_rd_set_apex(&r, in->origin, "--origin");
	int ret = read_file(&r, in->path, in->file, (struct zl_loc){in->file, 0, 0});
	zl_rd_batch_flush(&r);
	if (r.apex == NULL && !out->unreadable) {
		/* no record asked for the origin (an empty file): name the zone
		 * from the header or file name if they tell it */
		struct zl_guess g = {0};
		if (r.windows_list)
			zl_guess_origin_list(in->path, &g);
		char *o = r.header_origin ? zl_xstrdup(r.header_origin) :
		    r.windows_list ? g.origin : zl_origin_from_filename(in->path);
		if (r.header_origin)
			free(g.origin);
		if (o)
			zl_rd_set_apex(&r, o, r.header_origin ? "the Windows header" :
			    "the file name");
		free(o);
	}
	free_reader(&r);
	return out->unreadable ? -1 : ret;
}

void
zl_scan_includes(const char *path, const struct zl_preload *pre,
    void (*found)(void *arg, const char *path), void *arg)
{
	struct zl_preload *copy = NULL;
	if (pre) { /* the source takes what it is given: the caller keeps pre */
		copy = zl_xmalloc(sizeof *copy);
		*copy = *pre;
		copy->data = zl_xmalloc(pre->len + 1);
		memcpy(copy->data, pre->data, pre->len);
	}
	struct zl_read_in in = {.path = path, .preload = copy};
	struct zl_read_out out = {0};
	struct reader r = {.in = &in, .sink = &zl_null_sink, .out = &out,
	    .scan = found, .scan_arg = arg};
	read_file(&r, path, 0, (struct zl_loc){0, 0, 0});
	free(r.text);
	free(r.toks);
	free(r.header_origin);
}
