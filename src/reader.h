/* reader.h: zone files to a stream of records with their positions.
 *
 * The reader is a producer: it takes what it needs as input, writes
 * every record, finding and suppression to a sink (sink.h) and returns
 * what it found out.  It calls nothing of the engine.  Its stages, one
 * file each: read_lex.c splits lines into the tokens of logical records,
 * read_directive.c handles $ORIGIN, $TTL, $INCLUDE and $GENERATE,
 * read_record.c turns a record's tokens into text for ldns, and
 * read_finish.c parses batches of them (on the pool) and checks and
 * hands on each record; reader.c opens the files and drives them. */
#ifndef ZL_READER_H
#define ZL_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "read_input.h"
#include "sink.h"

/* Reads in->path (and what it includes) to sink.  Returns -1 when the
 * file could not be read at all (the reason is reported), else 0. */
int zl_read(const struct zl_read_in *in, const struct zl_sink *sink,
    struct zl_read_out *out);

/* Lexes path (from pre when it is not NULL; pre stays the caller's) as
 * zl_read does and calls found with the path of each $INCLUDE it would
 * follow, resolved as it resolves them; reads nothing else and reports
 * nothing.  The folder walk uses it so that the two never disagree. */
void zl_scan_includes(const char *path, const struct zl_preload *pre,
    void (*found)(void *arg, const char *path), void *arg);

#endif
