/* picture.c: the views, domains and lookups the HTML report draws, from
 * the zones the run read and the engine's zl_zones_for.  Bounds: every
 * zone's names are walked once (the domains), then ZL_PIC_DOMAINS times
 * zl_lookup_count names are resolved, once per internal DNS server. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "picture.h"
#include "diag.h"
#include "zones.h"

struct walk {
	struct zl_picture *p;
	const struct zl_zone *zone;
	const ldns_rdf *apex;
	bool apex_only;      /* no in-zone name but the apex so far */
};

static bool
has_domain(const struct zl_picture *p, const char *name)
{
	for (size_t i = 0; i < p->ndomains; i++)
		if (strcasecmp(p->domains[i].name, name) == 0)
			return true;
	return false;
}

static void
add_domain(struct zl_picture *p, const char *name, char *source)
{
	if (has_domain(p, name)) {
		free(source);
		return;
	}
	if (p->ndomains == ZL_PIC_DOMAINS) {
		p->domains_left++; /* counts a name once per record that shows it */
		free(source);
		return;
	}
	p->domains[p->ndomains].name = zl_xstrdup(name);
	p->domains[p->ndomains++].source = source;
}

/* The domain name shows, when it is "prefix.D" with a record of a type
 * the lookup wants. */
static void
note_name(void *arg, const ldns_rdf *name, const struct zl_name *entry)
{
	struct walk *w = arg;
	if (w->apex && !zl_dname_eq(name, w->apex) && zl_dname_in(name, w->apex))
		w->apex_only = false;
	char text[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(name, text, sizeof text);
	for (size_t i = 0; i < zl_lookup_count; i++) {
		const struct zl_lookup *l = &zl_lookups[i];
		size_t n = strlen(l->prefix);
		if (!l->names_domain || !(zl_name_types(entry) & l->want) ||
		    strncasecmp(text, l->prefix, n) != 0 || text[n] != '.' ||
		    text[n + 1] == '\0')
			continue;
		struct zl_loc at = zl_name_first(entry);
		add_domain(w->p, text + n + 1, zl_asprintf("%s %s, at %s:%u (the "
		    "name's first record)", l->prefix, l->want & ZL_T_SRV ? "SRV" :
		    "name", zl_file_name(at.file), at.line));
	}
}

/* Whether an external zone has the apex of internal zone z. */
static bool
public_apex(const struct zl_zones *zs, const struct zl_zone *z)
{
	for (size_t i = 0; i < zs->count; i++)
		if (zs->v[i]->view == ZL_VIEW_EXTERNAL && zs->v[i]->origin &&
		    zl_dname_eq(zs->v[i]->origin, z->origin))
			return true;
	return false;
}

static void
take_zones(struct zl_picture *p, const struct zl_zones *zs)
{
	for (size_t i = 0; i < zs->count; i++) {
		const struct zl_zone *z = zs->v[i];
		struct walk w = {p, z, z->origin, z->origin != NULL};
		if (!z->unreadable)
			zl_index_foreach(z, note_name, &w);
		if (z->view == ZL_VIEW_EXTERNAL)
			p->external = true;
		if (p->nzones == ZL_PIC_ZONES) {
			p->zones_left++;
			continue;
		}
		struct zl_pic_zone *pz = &p->zones[p->nzones++];
		pz->origin = z->origin_str ? z->origin_str : "?";
		pz->path = z->path;
		pz->file = z->file;
		pz->view = z->view;
		pz->server = z->server;
		pz->pinpoint = z->view == ZL_VIEW_INTERNAL && w.apex_only &&
		    !z->unreadable;
		pz->same_as_public = z->view == ZL_VIEW_INTERNAL && z->origin &&
		    public_apex(zs, z);
	}
}

/* The picture's number of zone z, or -1 when it is left out. */
static int
zone_number(const struct zl_picture *p, const struct zl_zone *z)
{
	for (size_t i = 0; i < p->nzones; i++)
		if (p->zones[i].path == z->path && p->zones[i].view == z->view &&
		    p->zones[i].server == z->server)
			return (int)i;
	return -1;
}

static struct zl_pic_answer
answer(const struct zl_picture *p, const struct zl_zones *zs,
    enum zl_view view, unsigned server, const ldns_rdf *name)
{
	struct zl_pic_answer a = {ZL_PIC_NONE, -1, false};
	const struct zl_zone *z = zl_zones_for(zs, view, server, name);
	if (z == NULL && view == ZL_VIEW_INTERNAL) {
		a = answer(p, zs, ZL_VIEW_EXTERNAL, 0, name);
		a.forwarded = true;
		return a;
	}
	if (z == NULL)
		return a;
	const struct zl_name *e = zl_index_find(z, name);
	a.how = e && zl_name_types(e) ? ZL_PIC_HOLDS : ZL_PIC_LACKS;
	a.zone = zone_number(p, z);
	return a;
}

static void
take_rows(struct zl_picture *p, const struct zl_zones *zs)
{
	p->rows = zl_xcalloc(p->ndomains * zl_lookup_count + 1, sizeof *p->rows);
	for (size_t d = 0; d < p->ndomains; d++)
		for (size_t i = 0; i < zl_lookup_count; i++) {
			char *text = zl_asprintf("%s.%s", zl_lookups[i].prefix,
			    p->domains[d].name);
			ldns_rdf *name = NULL;
			if (ldns_str2rdf_dname(&name, text) != LDNS_STATUS_OK) {
				free(text); /* longer than a name may be */
				continue;
			}
			struct zl_pic_row *r = &p->rows[p->nrows++];
			r->name = text;
			r->domain = d;
			for (unsigned s = 0; s < p->nservers; s++)
				r->internal[s] = answer(p, zs, ZL_VIEW_INTERNAL, s, name);
			r->external = answer(p, zs, ZL_VIEW_EXTERNAL, 0, name);
			ldns_rdf_deep_free(name);
		}
}

struct zl_picture *
zl_picture_build(struct zl_engine *eng, const struct zl_options *opt)
{
	struct zl_picture *p = zl_xcalloc(1, sizeof *p);
	const struct zl_zones *zs = zl_engine_zones(eng);
	p->nservers = zs->nservers;
	for (unsigned s = 0; s < zs->nservers; s++)
		p->servers[s] = zs->servers[s];
	for (size_t i = 0; i < opt->sip_domains.count; i++) {
		char text[LDNS_MAX_DOMAINLEN * 4 + 2];
		zl_dname_str(opt->sip_domains.name[i], text, sizeof text);
		const char *src = opt->sip_domains.source ?
		    opt->sip_domains.source[i] : NULL;
		add_domain(p, text, zl_xstrdup(src ? src : "--sip-domain"));
	}
	take_zones(p, zs);
	take_rows(p, zs);
	return p;
}

void
zl_picture_free(struct zl_picture *p)
{
	if (p == NULL)
		return;
	for (size_t i = 0; i < p->ndomains; i++) {
		free(p->domains[i].name);
		free(p->domains[i].source);
	}
	for (size_t i = 0; i < p->nrows; i++)
		free(p->rows[i].name);
	free(p->rows);
	free(p);
}
