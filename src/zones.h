/* zones.h: the zones of a run, in command-line order, and which of them
 * answers for a name in a view. */
#ifndef ZL_ZONES_H
#define ZL_ZONES_H

#include "zone.h"

struct zl_zones {
	struct zl_zone **v;
	size_t count, cap;
	uint32_t *apex_slots;  /* zone number + 1 by view and apex, or 0 */
	uint32_t napex;        /* built once every zone is read */
};

/* A zone to read: origin (absolute or not) may be NULL. */
struct zl_zone *zl_zones_add(struct zl_zones *zs, const char *path,
    enum zl_view view, const char *origin);
/* Builds the map by view and apex, once every zone is read, so that
 * finding the zone for a name costs a lookup per label. */
void zl_zones_map(struct zl_zones *zs);
/* The zone of view that answers for name: the longest matching apex. */
const struct zl_zone *zl_zones_for(const struct zl_zones *zs,
    enum zl_view view, const ldns_rdf *name);
/* The first zone whose top file is file, or NULL. */
const struct zl_zone *zl_zones_of_file(const struct zl_zones *zs,
    uint32_t file);
void zl_zones_free(struct zl_zones *zs);

#endif
