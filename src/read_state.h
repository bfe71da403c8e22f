/* read_state.h: what the reader's stages share while reading one zone:
 * its state and the ways it reports (all through the sink). */
#ifndef ZL_READ_STATE_H
#define ZL_READ_STATE_H

#include <sys/types.h>

#include "flatrr.h"
#include "read_input.h"
#include "sink.h"
#include "source.h"

#define ZL_MAX_INCLUDE_DEPTH 16

struct zl_tok {
	uint32_t off, len;  /* in reader.text */
	uint32_t line, col;
};

struct reader {
	const struct zl_read_in *in;
	const struct zl_sink *sink;
	struct zl_read_out *out;
	ldns_rdf *apex;        /* the zone's apex, once decided */
	char *apex_text;
	ldns_rdf *origin;      /* current origin, for relative names */
	char *origin_text;     /* the same, absolute text */
	char *owner;           /* absolute text of the last owner */
	size_t owner_len, owner_cap;
	uint32_t ttl;          /* $TTL or the last explicit TTL */
	bool have_ttl, have_dollar_ttl;
	uint32_t soa_min;
	bool have_soa_min;
	int depth;
	struct { dev_t dev; ino_t ino; } stack[ZL_MAX_INCLUDE_DEPTH + 1];
	/* the record being assembled */
	char *text;
	size_t text_len, text_cap;
	struct zl_tok *toks;
	size_t ntoks, toks_cap;
	struct zl_token *rdata;
	size_t rdata_cap;
	struct zl_flat_view view; /* the record being finished */
	/* records lexed, waiting to be parsed and finished; see batch.h */
	struct zl_batch *cur;      /* being filled */
	struct zl_batch *inflight; /* with the workers, or NULL */
	struct zl_pool *pool;      /* once a batch fills */
	unsigned long queued;      /* records lexed */
	char *header_origin;   /* from a Windows "Database file" comment */
	bool windows_list;     /* a DNS Manager list (dnsmgr.h) */
	ldns_rr_class zone_class; /* the first record's; 0 before it */
	unsigned long reported;   /* syntax errors so far */
	size_t suppressions;      /* numbered in turn (sink.h) */
	char *encode_buf;         /* for the encoders, or NULL */
	/* zl_scan_includes: lex only, hand each $INCLUDE's path here */
	void (*scan)(void *arg, const char *path);
	void *scan_arg;
};

/* One file being read ($INCLUDE nests them). */
struct file_state {
	uint32_t file;
	struct zl_source src;
	const char *path;
	/* logical record in progress */
	int paren;
	uint32_t paren_line, paren_col;
	bool blank_owner;
	uint32_t first_line, end_line;
	bool skipping;         /* an error in this record: drop to its end */
	size_t sup_pending[8]; /* suppressions waiting for their record */
	size_t nsup_pending;
	bool seen_record;
};

void zl_rd_report(struct reader *r, enum zl_rule_id rule, struct zl_loc loc,
    const char *fmt, ...) ZL_PRINTF(4, 5);
void zl_rd_syntax(struct reader *r, uint32_t file, uint32_t line,
    uint32_t col, const char *fmt, ...) ZL_PRINTF(5, 6);
/* A suppression comment: its number, for zl_rd_bind. */
size_t zl_rd_suppress(struct reader *r, struct zl_loc at, const char *rules,
    size_t len, bool whole_file);
void zl_rd_bind(struct reader *r, size_t n, uint32_t first_line,
    uint32_t last_line);

/* Reading stops early on an unreadable zone, or past max_records. */
static inline bool
zl_rd_stopped(const struct reader *r)
{
	return r->out->unreadable || r->out->full || r->out->hints;
}

#endif
