/* zone.h: a zone as the engine keeps it.  Rules see it only through the
 * zl_zone_* functions of zonelint.h (zone.c), so the index and the text
 * read ahead stay the engine's, and a field can change without them. */
#ifndef ZL_ZONE_H
#define ZL_ZONE_H

#include "zonelint.h"

struct zl_index;
struct zl_preload;

/* One top-level file and what it includes. */
struct zl_zone {
	const char *path;      /* as named on the command line */
	uint32_t file;         /* its file id */
	ldns_rdf *origin;      /* the apex */
	char *origin_str;      /* the apex as text, absolute */
	enum zl_view view;
	unsigned server;       /* internal DNS server number (zones.h); 0 */
	struct zl_index *names;
	unsigned long records; /* records parsed */
	unsigned long errors;  /* records rejected */
	struct zl_loc soa;     /* first SOA at the apex, line 0 if none */
	uint32_t serial;       /* its serial, when soa.line is not 0 */
	struct zl_loc first;   /* first record, line 0 if none */
	bool unreadable;       /* could not be read at all */
	bool incomplete;       /* an $INCLUDE in it could not be read */
	enum zl_format format; /* as the reader found it (format.h) */
	struct zl_loc ttl_implicit; /* zl_read_out's, line 0 if none */
	struct zl_loc ttl_high;     /* zl_read_out's, and the next two */
	uint32_t ttl_high_value;
	unsigned long ttl_high_count;
	struct zl_ttl_seen ttl_seen[ZL_TTL_KINDS]; /* zl_read_out's, summed */
	struct zl_loc proxied;      /* zl_read_out's, and the next */
	unsigned long proxied_count;
	struct zl_preload *preload; /* its text, read ahead; the reader's */
	bool from_stdin;       /* read from standard input; path is only the
	                        * name it goes by (--stdin-filename) */
};

#endif
