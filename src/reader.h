/* reader.h: zone files to a stream of records with their positions. */
#ifndef ZL_READER_H
#define ZL_READER_H

#include "zonelint.h"

/* Reads zone->path (and what it includes), handing each record to the
 * engine and each problem to the syntax rules.  Returns -1 when the file
 * could not be read at all (the reason is reported), else 0. */
int zl_read_zone(struct zl_engine *eng, struct zl_zone *zone);

/* Parses a TTL such as "3600" or "1h30m"; false when it is not one. */
bool zl_parse_ttl(const char *s, size_t len, uint32_t *ttl);

/* The zone name a file name implies (NAME.dns, NAME.zone, db.NAME,
 * NAME.db), as an absolute name in a new string, or NULL. */
char *zl_origin_from_filename(const char *path);

#endif
