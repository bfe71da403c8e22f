/* sink.h: where a producer of records (the reader) writes what it reads.
 *
 * Data flows one way: the reader calls these and nothing else of the
 * consumer, as Knot's zs_set_processing() and simdzone's callbacks do.
 * The engine is the sink that runs the rules; a tape (tape.h) is a sink
 * that records, played later into the engine; a stream (stream.h) hands
 * tapes from a reading thread to the engine's.  Whatever the sink, the
 * engine sees the same calls in the same order: the same output with any
 * number of threads. */
#ifndef ZL_SINK_H
#define ZL_SINK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "flatrr.h"
#include "ruleid.h"
#include "zonelint.h"

/* A record as read: borrowed, valid during the call only. */
struct zl_sink_record {
	const ldns_rr *rr;
	const struct zl_flat *flat;    /* the same record as one block */
	struct zl_loc loc;             /* where it starts */
	uint32_t end_line;             /* its last line (parentheses) */
	long long age_hours;           /* Windows [AGE:n], or -1 */
	const struct zl_token *rdata;  /* where each data field starts */
	size_t rdata_count;
	uint32_t owner_hash;           /* zl_index_hash of its owner */
};

struct zl_sink_ops {
	/* The zone's apex is decided (origin_text absolute), and how. */
	void (*apex)(void *arg, const char *origin_text, const char *source);
	/* The zone's file is a Windows DNS export: it starts with dnscmd's
	 * "Database file NAME.dns for NAME zone." header (format NULL), or
	 * it is another Windows format, as -v names it (format). */
	void (*windows)(void *arg, const char *format);
	void (*record)(void *arg, const struct zl_sink_record *rec);
	void (*report)(void *arg, enum zl_rule_id rule, struct zl_loc loc,
	    const char *fmt, va_list ap);
	/* "; zonelint: ignore RULES" at loc: the producer numbers them 0,
	 * 1, ... per zone; bind gives suppression n its record's lines. */
	void (*suppress)(void *arg, struct zl_loc at, const char *rules,
	    size_t len, bool whole_file);
	void (*bind)(void *arg, size_t n, uint32_t first_line,
	    uint32_t last_line);
	/* About this many names are coming: size the index once. */
	void (*reserve)(void *arg, size_t names);
	/* The owner hashes of the next n records (n <= ZL_TOUCH_GROUP):
	 * a hint to load their index slots together; may be NULL. */
	void (*upcoming)(void *arg, const uint32_t *hashes, size_t n);
};

struct zl_sink {
	const struct zl_sink_ops *ops;
	void *arg;
};

/* What a producer found out, for the consumer once it is done. */
struct zl_read_out {
	unsigned long records;     /* handed on */
	unsigned long errors;      /* rejected */
	unsigned long long generated; /* with defer_generated: records asked for */
	bool unreadable;           /* could not be read as a zone at all */
	bool full;                 /* stopped at max_records */
	bool hints;                /* root hints, not a zone: not read on */
	bool incomplete;           /* an $INCLUDE could not be read */
	/* The first record that writes no TTL while no $TTL is in force
	 * (it takes the last record's TTL, RFC 1035, or the SOA minimum);
	 * line 0 if none.  Not looked for in Windows DNS exports. */
	struct zl_loc ttl_implicit;
	/* The first record whose TTL, as written or taken from $TTL, is
	 * above 2^31 - 1 (line 0 if none), that TTL, and how many records
	 * have such a TTL.  The reader keeps a TTL as written. */
	struct zl_loc ttl_high;
	uint32_t ttl_high_value;
	unsigned long ttl_high_count;
	struct zl_ttl_seen ttl_seen[ZL_TTL_KINDS]; /* zonelint.h */
};

/* A sink that drops everything: reading for its side effects only. */
extern const struct zl_sink zl_null_sink;

#endif
