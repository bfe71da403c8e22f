/* reader.h: zone files to a stream of records with their positions. */
#ifndef ZL_READER_H
#define ZL_READER_H

#include "zonelint.h"

/* Reads zone->path (and what it includes), handing each record to the
 * engine and each problem to the syntax rules.  Returns -1 when the file
 * could not be read at all (the reason is reported), else 0. */
int zl_read_zone(struct zl_engine *eng, struct zl_zone *zone);

/* The same on any thread, onto tape instead of to the engine (see
 * tape.h), parsing with batches (two, the caller's) on no other thread.
 * Stops early, with tape->full set, when the zone has too many records
 * for a tape. */
struct zl_tape;
struct zl_batch;
int zl_read_zone_to_tape(struct zl_engine *eng, struct zl_zone *zone,
    struct zl_tape *tape, struct zl_batch *batches);

/* The same on a thread of its own, handing the tape over as it fills
 * (see stream.h). */
struct zl_stream;
int zl_read_zone_streamed(struct zl_engine *eng, struct zl_zone *zone,
    struct zl_stream *stream, struct zl_batch *batches);

/* Lexes path (from pre when it is not NULL) as zl_read_zone does and
 * calls found with the path of each $INCLUDE it would follow, resolved
 * as it resolves them; reads nothing else and reports nothing.  The
 * folder walk uses it so that the two never disagree. */
struct zl_preload;
void zl_scan_includes(const char *path, const struct zl_preload *pre,
    void (*found)(void *arg, const char *path), void *arg);

/* Parses a TTL such as "3600" or "1h30m"; false when it is not one. */
bool zl_parse_ttl(const char *s, size_t len, uint32_t *ttl);

/* The zone name a file name implies (NAME.dns, NAME.zone, db.NAME,
 * NAME.db), as an absolute name in a new string, or NULL. */
char *zl_origin_from_filename(const char *path);

#endif
