/* read_origin.c: see read_origin.h. */
#include <stdlib.h>

#include <string.h>

#include "diag.h"
#include "filename.h"
#include "read_finish.h"
#include "read_origin.h"
#include "words.h"

bool
zl_rd_set_origin(struct reader *r, const char *text)
{
	ldns_rdf *rdf = ldns_dname_new_frm_str(text);
	if (rdf == NULL)
		return false;
	zl_rd_batch_flush(r); /* records waiting use the old origin */
	if (r->origin)
		ldns_rdf_deep_free(r->origin);
	free(r->origin_text);
	r->origin = rdf;
	r->origin_text = zl_xstrdup(text);
	return true;
}

bool
zl_rd_set_apex(struct reader *r, const char *text, const char *source)
{
	ldns_rdf *rdf = ldns_dname_new_frm_str(text);
	if (rdf == NULL)
		return false;
	r->apex = rdf;
	char buf[LDNS_MAX_DOMAINLEN * 4 + 2];
	r->apex_text = zl_xstrdup(zl_dname_str(rdf, buf, sizeof buf));
	r->sink->ops->apex(r->sink->arg, r->apex_text, source);
	if (r->origin == NULL)
		zl_rd_set_origin(r, r->apex_text);
	return true;
}

/* Where relative names start before the apex is known: $ORIGIN, else
 * a Windows header, else what the file name implies (g). */
static const char *
base_origin(const struct reader *r, const struct zl_guess *g,
    const char **source)
{
	if (r->origin_text) {
		*source = "$ORIGIN";
		return r->origin_text;
	}
	if (r->header_origin) {
		*source = "the Windows header";
		return r->header_origin;
	}
	*source = g->kind == ZL_GUESS_REVERSED ?
	    "the file name, a network reversed" : "the file name";
	return g->origin;
}

/* *text replaced by its presentation form, or NULL when no name. */
static void
presentation(char **text)
{
	if (*text == NULL)
		return;
	ldns_rdf *rdf = ldns_dname_new_frm_str(*text);
	char buf[LDNS_MAX_DOMAINLEN * 4 + 2];
	free(*text);
	*text = rdf ? zl_xstrdup(zl_dname_str(rdf, buf, sizeof buf)) : NULL;
	if (rdf)
		ldns_rdf_deep_free(rdf);
}

static bool
same_name(const char *a, const char *b)
{
	ldns_rdf *x = ldns_dname_new_frm_str(a), *y = ldns_dname_new_frm_str(b);
	bool same = x && y && ldns_dname_compare(x, y) == 0;
	if (x)
		ldns_rdf_deep_free(x);
	if (y)
		ldns_rdf_deep_free(y);
	return same;
}

/* The file tells its zone (SOA, $ORIGIN or Windows header): a file
 * name that implies another zone gets a note, so that a name guess the
 * file contradicts is never passed over in silence.  A single-label
 * guess (db.local, db.example) is a habit, not a claim: no note. */
static void
check_file_name(struct reader *r, const struct zl_guess *g, struct zl_loc at,
    const char *source)
{
	if (g->origin == NULL || same_name(g->origin, r->apex_text) ||
	    (g->kind != ZL_GUESS_ROOT && strchr(g->origin, '.') ==
	    g->origin + strlen(g->origin) - 1))
		return;
	zl_rd_report(r, ZL_RULE_input_origin_file_name, at,
	    "the file name %s suggests zone %s, but %s names zone %s; read as "
	    "%s (give --origin to read it as another zone)",
	    g->written, g->origin, source,
	    r->apex_text, r->apex_text);
}

/* "$ORIGIN ." then "@ SOA" in a file named hypster.com: the file says
 * the root zone, which no file named after a domain holds; read it as
 * the file name's zone, whose rules then find the SOA out of place. */
static bool
root_but_named(struct reader *r, const struct zl_guess *g, const char *name,
    struct zl_loc at, const char *source)
{
	if (strcmp(name, ".") != 0 || g->origin == NULL ||
	    g->kind == ZL_GUESS_ROOT)
		return false;
	if (r->origin == NULL)
		zl_rd_set_origin(r, ".");
	if (!zl_rd_set_apex(r, g->origin, "the file name, not the root"))
		return false;
	zl_rd_report(r, ZL_RULE_input_origin_file_name, at,
	    "%s names the root zone ., which a file named %s does not hold; "
	    "read as %s (give --origin to read it as another zone)", source,
	    g->written, g->origin);
	return true;
}

/* The zone came from a file name such as db.192.168.1: say so, since
 * nothing in the file confirms it. */
static void
note_reversed(struct reader *r, const struct zl_guess *g, struct zl_loc at)
{
	if (g->kind == ZL_GUESS_REVERSED)
		zl_rd_report(r, ZL_RULE_input_origin_file_name, at,
		    "origin %s taken from the file name %s, read as a network's "
		    "addresses, reversed; give --origin or $ORIGIN if that is not "
		    "the zone", r->apex_text, g->written);
}

static bool
decide(struct reader *r, struct file_state *f, const struct zl_tok *owner,
    bool is_soa, const struct zl_guess *g)
{
	struct zl_loc at = {f->file, f->first_line, owner ? owner->col : 1};
	const char *source, *base = base_origin(r, g, &source);
	if (owner && is_soa &&
	    (base || zl_text_absolute(r->text + owner->off, owner->len))) {
		/* the zone is what its SOA says it is, whatever else says */
		char *t = zl_absolute_name(r->text + owner->off, owner->len,
		    base ? base : ".");
		if (r->origin == NULL && base)
			zl_rd_set_origin(r, base);
		/* "@" under $ORIGIN: the zone is where $ORIGIN said */
		bool owner_is_base = base && same_name(t, base);
		if (base != g->origin && root_but_named(r, g, t, at,
		    owner_is_base ? source : "its SOA record")) {
			free(t);
			return true;
		}
		bool ok = zl_rd_set_apex(r, t,
		    owner_is_base ? source : "the SOA record");
		free(t);
		if (ok && owner_is_base && base == g->origin)
			note_reversed(r, g, at);
		else if (ok)
			check_file_name(r, g, at, owner_is_base &&
			    base != g->origin ? source : "its SOA record");
		return ok;
	}
	if (base && base != g->origin && root_but_named(r, g, base, at, source))
		return true;
	if (base == NULL || !zl_rd_set_apex(r, base, source))
		return false;
	if (base == g->origin)
		note_reversed(r, g, at);
	else
		check_file_name(r, g, at, source);
	return true;
}

bool
zl_rd_need_apex(struct reader *r, struct file_state *f,
    const struct zl_tok *owner, bool is_soa)
{
	if (r->apex != NULL)
		return true;
	if (!is_soa && r->depth == 1 && zl_named_like_hints(r->in->path)) {
		/* CACHE.dns, named.root: addresses a resolver starts from */
		zl_rd_set_apex(r, ".", "the file name, as root hints");
		zl_rd_report(r, ZL_RULE_input_root_hints,
		    (struct zl_loc){f->file, f->first_line, 1},
		    "%s lists the root servers a resolver starts from; zone "
		    "checks do not apply to it, so it is not linted", r->in->path);
		r->out->hints = true;
		return false;
	}
	struct zl_guess g;
	zl_guess_origin(r->in->path, &g);
	/* names from a file name or header, as names are written in zone
	 * text (a ';' in a file name is a character, not a comment) */
	presentation(&g.origin);
	presentation(&r->header_origin);
	bool ok = decide(r, f, owner, is_soa, &g);
	free(g.origin);
	if (ok)
		return true;
	zl_rd_report(r, ZL_RULE_input_unreadable,
	    (struct zl_loc){f->file, f->first_line, 1},
	    "cannot tell the zone's origin: give --origin NAME before the "
	    "file, start it with $ORIGIN, or name it NAME.zone");
	r->out->unreadable = true;
	return false;
}
