/* zones.h: the zones of a run, in command-line order, and which of them
 * answers for a name in a view. */
#ifndef ZL_ZONES_H
#define ZL_ZONES_H

#include "inputs.h"
#include "zone.h"

struct zl_zones {
	struct zl_zone **v;
	size_t count, cap;
	/* The internal DNS servers, numbered in the order their first zone
	 * came: a name, or NULL for the unnamed one (--internal PATH). */
	char *servers[ZL_MAX_SERVERS];
	unsigned nservers;
	uint32_t *apex_slots;  /* zone number + 1 by view and apex, or 0 */
	uint32_t napex;        /* built once every zone is read */
};

/* A zone to read: origin (absolute or not) may be NULL; server is the
 * internal DNS server of an internal zone (NULL: the unnamed one).
 * NULL when it would make more than ZL_MAX_SERVERS servers. */
struct zl_zone *zl_zones_add(struct zl_zones *zs, const char *path,
    enum zl_view view, const char *server, const char *origin);
/* Builds the map by view and apex, once every zone is read, so that
 * finding the zone for a name costs a lookup per label. */
void zl_zones_map(struct zl_zones *zs);
/* The zone of view that answers for name: the longest matching apex;
 * for the internal view, among the zones of that server. */
const struct zl_zone *zl_zones_for(const struct zl_zones *zs,
    enum zl_view view, unsigned server, const ldns_rdf *name);
/* The first zone whose top file is file, or NULL. */
const struct zl_zone *zl_zones_of_file(const struct zl_zones *zs,
    uint32_t file);
void zl_zones_free(struct zl_zones *zs);

#endif
