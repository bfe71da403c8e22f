/* zones.c: see zones.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "index.h"
#include "source.h"
#include "zones.h"

/* The number of server name (NULL: the unnamed one), or -1 when there
 * would be too many. */
static int
server_number(struct zl_zones *zs, const char *name)
{
	for (unsigned i = 0; i < zs->nservers; i++)
		if (name == NULL ? zs->servers[i] == NULL :
		    zs->servers[i] && strcmp(zs->servers[i], name) == 0)
			return (int)i;
	if (zs->nservers == ZL_MAX_SERVERS)
		return -1;
	zs->servers[zs->nservers] = name ? zl_xstrdup(name) : NULL;
	return (int)zs->nservers++;
}

struct zl_zone *
zl_zones_add(struct zl_zones *zs, const char *path, enum zl_view view,
    const char *server, const char *origin)
{
	int number = view == ZL_VIEW_INTERNAL ? server_number(zs, server) : 0;
	if (number < 0)
		return NULL;
	struct zl_zone *z = zl_xcalloc(1, sizeof *z);
	z->path = zl_xstrdup(path);
	z->file = zl_file_intern(path);
	z->view = view;
	z->server = (unsigned)number;
	if (origin) {
		char *abs = origin[strlen(origin) - 1] == '.' ?
		    zl_xstrdup(origin) : zl_asprintf("%s.", origin);
		z->origin = ldns_dname_new_frm_str(abs);
		if (z->origin) {
			char buf[LDNS_MAX_DOMAINLEN * 4 + 2];
			z->origin_str = zl_xstrdup(zl_dname_str(z->origin, buf,
			    sizeof buf));
		}
		free(abs);
	}
	if (zs->count == zs->cap) {
		zs->cap = zs->cap ? zs->cap * 2 : 16;
		zs->v = zl_xrealloc(zs->v, zs->cap * sizeof *zs->v);
	}
	zs->v[zs->count++] = z;
	return z;
}

/* Where a zone answers: its view, and for internal zones its server. */
static uint32_t
place_of(enum zl_view view, unsigned server)
{
	return view == ZL_VIEW_INTERNAL ? (uint32_t)view + 4 * server :
	    (uint32_t)view;
}

/* A folder of 20,000 zones: a hash by place and apex, not a pass over
 * every zone for each name. */
static uint32_t
apex_hash(uint32_t place, const ldns_rdf *name)
{
	uint32_t h = (2166136261u ^ place) * 16777619u;
	const uint8_t *w = ldns_rdf_data(name);
	for (size_t i = 0; i < ldns_rdf_size(name); i++)
		h = (h ^ zl_lower(w[i])) * 16777619u;
	return h;
}

static uint32_t *
apex_slot(const struct zl_zones *zs, uint32_t place, const ldns_rdf *name)
{
	uint32_t j = apex_hash(place, name) & (zs->napex - 1);
	for (;; j = (j + 1) & (zs->napex - 1)) {
		uint32_t z = zs->apex_slots[j];
		const struct zl_zone *in = z ? zs->v[z - 1] : NULL;
		if (z == 0 || (place_of(in->view, in->server) == place &&
		    zl_dname_eq(in->origin, name)))
			return &zs->apex_slots[j];
	}
}

void
zl_zones_map(struct zl_zones *zs)
{
	zs->napex = 16;
	while (zs->napex < 2 * zs->count + 2)
		zs->napex *= 2;
	zs->apex_slots = zl_xcalloc(zs->napex, sizeof *zs->apex_slots);
	for (size_t i = 0; i < zs->count; i++) {
		const struct zl_zone *z = zs->v[i];
		if (z->origin == NULL || z->unreadable)
			continue;
		uint32_t *slot = apex_slot(zs, place_of(z->view, z->server),
		    z->origin);
		if (*slot == 0) /* the first zone of that name answers */
			*slot = (uint32_t)i + 1;
	}
}

const struct zl_zone *
zl_zones_for(const struct zl_zones *zs, enum zl_view view, unsigned server,
    const ldns_rdf *name)
{
	uint32_t place = place_of(view, server);
	if (zs->apex_slots) { /* the longest apex: try each suffix in turn */
		unsigned labels = zl_dname_labels(name);
		for (unsigned k = 0; k <= labels; k++) {
			ldns_rdf s = zl_dname_suffix(name, k);
			uint32_t z = *apex_slot(zs, place, &s);
			if (z)
				return zs->v[z - 1];
		}
		return NULL;
	}
	const struct zl_zone *best = NULL; /* before the map: while reading */
	for (size_t i = 0; i < zs->count; i++) {
		const struct zl_zone *z = zs->v[i];
		if (place_of(z->view, z->server) != place || z->origin == NULL ||
		    z->unreadable ||
		    !zl_dname_in(name, z->origin))
			continue;
		if (best == NULL || zl_dname_labels(z->origin) >
		    zl_dname_labels(best->origin))
			best = z;
	}
	return best;
}

const struct zl_zone *
zl_zones_of_file(const struct zl_zones *zs, uint32_t file)
{
	for (size_t i = 0; i < zs->count; i++)
		if (zs->v[i]->file == file)
			return zs->v[i];
	return NULL;
}

void
zl_zones_free(struct zl_zones *zs)
{
	for (size_t i = 0; i < zs->count; i++) {
		struct zl_zone *z = zs->v[i];
		zl_index_free(z->names);
		if (z->origin)
			ldns_rdf_deep_free(z->origin);
		free(z->origin_str);
		free((char *)z->path);
		if (z->preload) {
			zl_preload_free(z->preload);
			free(z->preload);
		}
		free(z);
	}
	for (unsigned i = 0; i < zs->nservers; i++)
		free(zs->servers[i]);
	free(zs->apex_slots);
	free(zs->v);
	*zs = (struct zl_zones){0};
}
