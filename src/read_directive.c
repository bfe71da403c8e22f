/* read_directive.c: $ORIGIN, $TTL, $INCLUDE and $GENERATE. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "budget.h"
#include "diag.h"
#include "generate.h"
#include "include.h"
#include "read_directive.h"
#include "read_finish.h"
#include "read_lex.h"
#include "read_origin.h"
#include "read_record.h"
#include "words.h"

static char *
tok_str(const struct reader *r, const struct zl_tok *t)
{
	return zl_asprintf("%.*s", (int)t->len, r->text + t->off);
}

/* $ORIGIN name: where relative names start from here on. */
static void
do_origin(struct reader *r, struct file_state *f)
{
	const struct zl_tok *t = r->toks;
	if (r->ntoks != 2) {
		zl_rd_syntax(r, f->file, t[0].line, t[0].col,
		    r->ntoks < 2 ? "$ORIGIN without a name" :
		    "unexpected text after the $ORIGIN name");
		return;
	}
	char *o = tok_str(r, &t[1]);
	if (r->origin == NULL && !zl_text_absolute(o, strlen(o))) {
		zl_rd_syntax(r, f->file, t[1].line, t[1].col,
		    "$ORIGIN %s is relative and there is no origin yet", o);
	} else if (r->origin == NULL) {
		/* the zone is decided at the first record: an SOA there
		 * names it, whatever $ORIGIN said (BIND's "$ORIGIN ." dumps) */
		if (!zl_rd_set_origin(r, o))
			zl_rd_syntax(r, f->file, t[1].line, t[1].col,
			    "bad $ORIGIN name '%s'", o);
	} else {
		char *abs = zl_absolute_name(o, strlen(o),
		    r->origin_text ? r->origin_text : ".");
		if (!zl_rd_set_origin(r, abs))
			zl_rd_syntax(r, f->file, t[1].line, t[1].col,
			    "bad $ORIGIN name '%s'", o);
		free(abs);
	}
	free(o);
}

/* $INCLUDE file [origin]: checked, the origin set; the reader reads it. */
static bool
do_include(struct reader *r, struct file_state *f, struct zl_include_req *inc)
{
	const struct zl_tok *t = r->toks;
	size_t n = r->ntoks;
	if (n < 2) {
		zl_rd_syntax(r, f->file, t[0].line, t[0].col,
		    "$INCLUDE without a file name");
		return false;
	}
	if (n > 3) {
		zl_rd_syntax(r, f->file, t[3].line, t[3].col,
		    "unexpected text after $INCLUDE file and origin");
		return false;
	}
	/* "$INCLUDE file" first: the included file's SOA names the zone */
	if ((n == 3 || r->origin != NULL) && !zl_rd_need_apex(r, f, NULL, false))
		return false;
	char *name = zl_include_name(r->text + t[1].off, t[1].len);
	if (r->depth >= ZL_MAX_INCLUDE_DEPTH) {
		zl_rd_report(r, ZL_RULE_syntax_include,
		    (struct zl_loc){f->file, t[0].line, t[0].col},
		    "$INCLUDE nested deeper than %d files: %s", ZL_MAX_INCLUDE_DEPTH,
		    name);
		free(name);
		return false;
	}
	*inc = (struct zl_include_req){.path = zl_include_path(f->path, name),
	    .name = name,
	    .saved_origin = r->origin_text ? zl_xstrdup(r->origin_text) : NULL,
	    .line = t[0].line, .col = t[0].col};
	if (n == 3) {
		char *o = tok_str(r, &t[2]);
		char *abs = zl_absolute_name(o, strlen(o), r->origin_text);
		if (!zl_rd_set_origin(r, abs))
			zl_rd_syntax(r, f->file, t[2].line, t[2].col,
			    "bad origin '%s' in $INCLUDE", o);
		free(o);
		free(abs);
	}
	return true;
}

/* $GENERATE range owner [ttl] [class] type rdata: BIND's shorthand for
 * many records.  Each generated record is read as if written on the
 * directive's line; the first that fails stops the expansion. */
static void
do_generate(struct reader *r, struct file_state *f)
{
	struct zl_tok *t = r->toks;
	size_t n = r->ntoks;
	if (n < 5) {
		zl_rd_syntax(r, f->file, t[0].line, t[0].col, "$GENERATE needs a range, "
		    "an owner, a type and data");
		return;
	}
	uint32_t start, stop, step;
	const char *err = zl_generate_range(r->text + t[1].off, t[1].len, &start,
	    &stop, &step);
	if (err) {
		zl_rd_syntax(r, f->file, t[1].line, t[1].col, "$GENERATE %s", err);
		return;
	}
	if ((stop - start) / step >= ZL_GENERATE_MAX) {
		zl_rd_syntax(r, f->file, t[1].line, t[1].col, "$GENERATE range makes more "
		    "than %u records", ZL_GENERATE_MAX);
		return;
	}
	if (!zl_rd_need_apex(r, f, NULL, false))
		return;
	/* the run's budget, whole directives at a time: a zone read ahead
	 * counts them, and they are taken when it is played, in order
	 * (schedule.c) */
	unsigned long long count = (stop - start) / step + 1ull;
	if (r->in->defer_generated) {
		r->out->generated += count;
	} else if (!zl_budget_take_generated(r->in->budget, count)) {
		zl_rd_syntax(r, f->file, t[1].line, t[1].col, "$GENERATE would pass "
		    "the run's budget of %llu generated records (--limit "
		    "generated=N raises it)", r->in->budget->max_generated);
		return;
	}
	/* keep the template: zl_rd_record works on r->toks and r->text */
	size_t nt = n - 2, tlen = r->text_len;
	struct zl_tok *tt = zl_xmalloc(nt * sizeof *tt);
	memcpy(tt, t + 2, nt * sizeof *tt);
	char *ttext = zl_xmalloc(tlen + 1);
	memcpy(ttext, r->text, tlen);
	char buf[4096];
	bool saved_blank = f->blank_owner;
	f->blank_owner = false;
	/* errors in the records before are theirs, not the expansion's: with
	 * parse threads some may not be found yet */
	zl_rd_batch_flush(r);
	for (uint32_t it = start;; it += step) {
		unsigned long errors = r->reported;
		r->ntoks = 0;
		r->text_len = 0;
		for (size_t k = 0; k < nt && !err; k++) {
			long len = zl_generate_expand(ttext + tt[k].off, tt[k].len, it,
			    buf, sizeof buf, &err);
			if (len < 0) {
				zl_rd_syntax(r, f->file, tt[k].line, tt[k].col, "$GENERATE %s",
				    err);
				break;
			}
			zl_rd_add_tok(r, (uint32_t)r->text_len, tt[k].line, tt[k].col);
			for (long c = 0; c < len; c++)
				zl_rd_add_char(r, buf[c]);
			r->toks[r->ntoks - 1].len = (uint32_t)len;
		}
		if (err)
			break;
		zl_rd_record(r, f);
		zl_rd_batch_flush(r); /* its errors decide whether to go on */
		if (r->reported != errors || stop - it < step || zl_rd_stopped(r))
			break;
	}
	f->blank_owner = saved_blank;
	free(tt);
	free(ttext);
}

bool
zl_rd_directive(struct reader *r, struct file_state *f,
    struct zl_include_req *inc)
{
	const struct zl_tok *t = r->toks;
	const char *d = r->text + t[0].off;
	size_t dl = t[0].len;
	if (dl == 7 && strncasecmp(d, "$ORIGIN", 7) == 0) {
		do_origin(r, f);
	} else if (dl == 4 && strncasecmp(d, "$TTL", 4) == 0) {
		uint32_t ttl;
		if (r->ntoks != 2 ||
		    !zl_parse_ttl(r->text + t[1].off, t[1].len, &ttl)) {
			zl_rd_syntax(r, f->file, t[0].line, t[0].col,
			    "$TTL needs one TTL value, such as 3600 or 1h");
			return false;
		}
		r->ttl = ttl;
		r->have_ttl = r->have_dollar_ttl = true;
	} else if (dl == 8 && strncasecmp(d, "$INCLUDE", 8) == 0) {
		return do_include(r, f, inc);
	} else if (dl == 9 && strncasecmp(d, "$GENERATE", 9) == 0) {
		do_generate(r, f);
	} else {
		zl_rd_syntax(r, f->file, t[0].line, t[0].col,
		    "unknown directive %.*s", (int)dl, d);
	}
	return false;
}
