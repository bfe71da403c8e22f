/* read_origin.c: see read_origin.h. */
#include <stdlib.h>

#include <stdio.h>
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

/* com.example named for example.com.: some repositories name zone
 * files with the labels reversed, so that they sort by domain. */
static bool
reversed_labels(const char *guess, const char *apex)
{
	if (strchr(guess, '\\'))
		return false; /* an escaped dot is no label boundary */
	char *flipped = zl_labels_reversed(guess, strlen(guess), "");
	bool same = same_name(flipped, apex);
	free(flipped);
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
	    reversed_labels(g->origin, r->apex_text) ||
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

/* Whether text (absolute against zone) is zone or a name under it. */
static bool
text_in(const char *text, size_t len, const char *zone)
{
	char *abs = zl_absolute_name(text, len, zone);
	ldns_rdf *name = ldns_dname_new_frm_str(abs),
	    *z = ldns_dname_new_frm_str(zone);
	bool in = name && z && zl_dname_in(name, z);
	if (name)
		ldns_rdf_deep_free(name);
	if (z)
		ldns_rdf_deep_free(z);
	free(abs);
	return in;
}

/* A zone guessed from the file name alone must fit the first record:
 * an absolute owner under it, and for a bare file name (tl2-5.example.be
 * could be a typo as well as a zone) an SOA whose server or mailbox is
 * in it.  Else the guess is not used, and why says so. */
static bool
guess_fits(const struct reader *r, const struct zl_guess *g,
    const struct zl_tok *owner, bool is_soa, char *why, size_t size)
{
	if (owner && zl_text_absolute(r->text + owner->off, owner->len)) {
		if (is_soa || text_in(r->text + owner->off, owner->len, g->origin))
			return true;
		snprintf(why, size, "the file name suggests zone %s, but its first "
		    "record's owner %.*s is outside it", g->origin,
		    (int)owner->len, r->text + owner->off);
		return false;
	}
	if (g->kind != ZL_GUESS_BARE)
		return true;
	const struct zl_tok *t = r->toks, *end = r->toks + r->ntoks;
	while (is_soa && t < end && !zl_word_is(r->text + t->off, t->len, "SOA"))
		t++;
	for (int k = 1; is_soa && k <= 2 && t + k < end; k++)
		if (text_in(r->text + t[k].off, t[k].len, g->origin))
			return true;
	snprintf(why, size, "the file name %s may name a zone, but %s",
	    g->written, is_soa ? "its SOA names no server or mailbox in it" :
	    "the file does not start with an SOA record to confirm it");
	return false;
}

static bool
decide(struct reader *r, struct file_state *f, const struct zl_tok *owner,
    bool is_soa, const struct zl_guess *g, char *why, size_t size)
{
	struct zl_loc at = {f->file, f->first_line, owner ? owner->col : 1};
	const char *source, *base = base_origin(r, g, &source);
	if (base && base == g->origin &&
	    !guess_fits(r, g, owner, is_soa, why, size))
		base = NULL;
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
	if (r->windows_list)
		zl_guess_origin_list(r->in->path, &g);
	else
		zl_guess_origin(r->in->path, &g);
	/* names from a file name or header, as names are written in zone
	 * text (a ';' in a file name is a character, not a comment) */
	presentation(&g.origin);
	presentation(&r->header_origin);
	char why[LDNS_MAX_DOMAINLEN * 8 + 200] = "";
	bool ok = decide(r, f, owner, is_soa, &g, why, sizeof why);
	free(g.origin);
	if (ok)
		return true;
	if (why[0])
		zl_rd_report(r, ZL_RULE_input_unreadable,
		    (struct zl_loc){f->file, f->first_line, 1}, "cannot tell the "
		    "zone's origin: %s; give --origin NAME before the file or "
		    "start it with $ORIGIN", why);
	else
		zl_rd_report(r, ZL_RULE_input_unreadable,
		    (struct zl_loc){f->file, f->first_line, 1},
		    "cannot tell the zone's origin: give --origin NAME before the "
		    "file, start it with $ORIGIN, or name it NAME.zone");
	r->out->unreadable = true;
	return false;
}
