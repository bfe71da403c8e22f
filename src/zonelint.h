/*
 * zonelint.h: what a rule sees of the engine.
 *
 * A rule is metadata plus callbacks (struct zl_rule).  The engine lends
 * each record to the rules in a struct zl_record that is valid only during
 * the callback; rules copy what they keep.  Rules never print: they report
 * through zl_report(), which files the finding under the running rule.
 * Zones and the entries of a zone's name index are the engine's: rules
 * read them through functions, and keep their own bits on entries with
 * zl_mark(), so nothing here is there for the engine alone.
 */
#ifndef ZONELINT_H
#define ZONELINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <ldns/ldns.h>

#include "format.h"

#define ZL_PRINTF(f, a) __attribute__((format(printf, f, a)))

enum zl_severity { ZL_NOTE, ZL_WARNING, ZL_ERROR }; /* ordered */

enum zl_view { ZL_VIEW_NONE, ZL_VIEW_INTERNAL, ZL_VIEW_EXTERNAL };

/* A place in an input: file is an id from zl_file_intern(). */
struct zl_loc {
	uint32_t file;
	uint32_t line;
	uint32_t col;
};

struct zl_ctx;
struct zl_zone;
struct zl_name;

/* One token of a record as written: where it starts. */
struct zl_token {
	uint32_t line;
	uint32_t col;
	/* For the strings of TXT and SPF records, where the token's octets
	 * are: ZL_TOKEN_QUOTED, octet i of the string is at col + 1 + i;
	 * ZL_TOKEN_BARE, at col + i; ZL_TOKEN_OTHER (escapes, tabs, line
	 * ends or octets outside printable ASCII in it, or another type):
	 * only the token's start is known. */
	uint8_t octets;
};
enum { ZL_TOKEN_OTHER, ZL_TOKEN_QUOTED, ZL_TOKEN_BARE };

/* A record, lent to on_record callbacks. */
struct zl_record {
	const ldns_rr *rr;
	struct zl_loc loc;            /* where the record starts */
	uint32_t end_line;            /* its last line (parentheses) */
	const struct zl_zone *zone;
	long long age_hours;          /* Windows [AGE:n], or -1 */
	/* Route 53 routing-policy set (weighted, latency, failover...): 1,
	 * 2, ... 65535, 1, ... per set, 0 for a record of no such set.  Records
	 * of one name and type in different sets are different answers, not
	 * one RRset; a set's records come one after another. */
	uint32_t set;
	/* Marked "; cf_tags=cf-proxied:true" in a Cloudflare export: its
	 * data is the origin server, not what resolvers get. */
	bool proxied;
	const struct zl_token *rdata; /* position of each RDATA token */
	size_t rdata_count;
	/* Its RDATA as octets in one block: the fields of rr one after
	 * another (names uncompressed, in the case written). */
	const uint8_t *data;
	uint32_t data_len;
	/* The owner's entry in the zone's name index, as it was before this
	 * record was added (types seen so far, first record there). */
	const struct zl_name *name;
	uint32_t name_types_before;   /* ZL_T_* bits */
};

/* Type bits kept per name in the index. */
enum {
	ZL_T_SOA = 1u << 0, ZL_T_NS = 1u << 1, ZL_T_CNAME = 1u << 2,
	ZL_T_DNAME = 1u << 3, ZL_T_A = 1u << 4, ZL_T_AAAA = 1u << 5,
	ZL_T_MX = 1u << 6, ZL_T_TXT = 1u << 7, ZL_T_SRV = 1u << 8,
	ZL_T_PTR = 1u << 9, ZL_T_DS = 1u << 10, ZL_T_RRSIG = 1u << 11,
	ZL_T_NSEC = 1u << 12, ZL_T_NSEC3 = 1u << 13, ZL_T_DNSKEY = 1u << 14,
	ZL_T_KEY = 1u << 15, ZL_T_SVCB = 1u << 16, ZL_T_HTTPS = 1u << 17,
	ZL_T_NSEC3PARAM = 1u << 18, ZL_T_CDS = 1u << 19, ZL_T_CDNSKEY = 1u << 20,
	ZL_T_ZONEMD = 1u << 21, ZL_T_CAA = 1u << 22, ZL_T_NXT = 1u << 23,
	ZL_T_SIG = 1u << 24,
	ZL_T_OTHER = 1u << 31
};
uint32_t zl_type_bit(ldns_rr_type type);

/* A name in a zone's index (an entry): opaque, as it holds the index's
 * key and every rule's marks (src/index.h); rules read the rest through
 * these.  Entries never move: a rule may keep pointers to them for the
 * run, and compare them. */
uint32_t zl_name_types(const struct zl_name *entry); /* ZL_T_* bits */
/* Its first record and that record's type; line 0 for a name that has
 * no record, only marks. */
struct zl_loc zl_name_first(const struct zl_name *entry);
ldns_rr_type zl_name_first_type(const struct zl_name *entry);

/* Marks: bits a rule keeps on entries.  A rule asks for .marks of them;
 * the engine hands it bits of its own, so that no rule sees or sets
 * another's, and k is the rule's bit number, 0 to .marks - 1. */
/* Sets mark k on name's entry in zone, making the entry (no types, no
 * first record) when the name has none yet; returns the entry. */
const struct zl_name *zl_mark(struct zl_ctx *ctx, const struct zl_zone *zone,
    const ldns_rdf *name, unsigned k);
void zl_mark_entry(struct zl_ctx *ctx, const struct zl_name *entry,
    unsigned k);
bool zl_marked(const struct zl_ctx *ctx, const struct zl_name *entry,
    unsigned k);

/* A zone: one top-level file and what it includes.  Opaque: the engine
 * keeps it (src/zone.h); rules read it through these. */
const ldns_rdf *zl_zone_origin(const struct zl_zone *zone); /* NULL: unknown */
const char *zl_zone_origin_str(const struct zl_zone *zone); /* "example.com." */
enum zl_view zl_zone_view(const struct zl_zone *zone);
/* The internal DNS server an internal zone was exported from, 0 to
 * zl_server_count() - 1; 0 for other zones. */
unsigned zl_zone_server(const struct zl_zone *zone);
uint32_t zl_zone_file(const struct zl_zone *zone); /* its top file's id */
/* Its first SOA at the apex; its first record: line 0 if none. */
struct zl_loc zl_zone_soa(const struct zl_zone *zone);
struct zl_loc zl_zone_first(const struct zl_zone *zone);
/* False when it could not be read at all. */
bool zl_zone_readable(const struct zl_zone *zone);
/* False also when an $INCLUDE in it could not be followed: rules that
 * conclude something is missing from the zone hold back then. */
bool zl_zone_complete(const struct zl_zone *zone);
/* True when its file is a Windows DNS export: it starts with the header
 * of dnscmd (";  Database file NAME.dns for NAME zone.") or of
 * Export-DnsServerZone ("... for Default zone scope in zone NAME."). */
bool zl_zone_windows(const struct zl_zone *zone);
/* The format its file is in (format.h): which tool wrote it. */
enum zl_format zl_zone_format(const struct zl_zone *zone);
/* Its first record that Cloudflare's export marks as proxied, line 0
 * if none; *count, how many it marks. */
struct zl_loc zl_zone_proxied(const struct zl_zone *zone,
    unsigned long *count);
/* Its first record that writes no TTL while no $TTL directive is in
 * force, so that it takes the TTL of the record before it (RFC 1035)
 * or the SOA minimum: line 0 if none.  Never set in a Windows export,
 * whose records take the SOA minimum by design. */
struct zl_loc zl_zone_ttl_implicit(const struct zl_zone *zone);
/* Its first record whose TTL, as written (or from $TTL), is above
 * 2^31 - 1: line 0 if none; *ttl is that TTL, *count how many of the
 * zone's records have such a TTL.  The reader, which reads every TTL
 * anyway, finds them, so that no rule looks at every record for it. */
struct zl_loc zl_zone_ttl_high(const struct zl_zone *zone, uint32_t *ttl,
    unsigned long *count);
/* TTLs the reader counts for the audit rules, in the same way: 0, and
 * above a week (RFC 8767's cap) but within 2^31 - 1. */
enum zl_ttl_kind { ZL_TTL_ZERO, ZL_TTL_LONG, ZL_TTL_KINDS };
struct zl_ttl_seen {
	struct zl_loc at;     /* the first such record; line 0 if none */
	uint32_t ttl;         /* its TTL */
	unsigned long count;  /* records with such a TTL */
};
struct zl_ttl_seen zl_zone_ttl_seen(const struct zl_zone *zone,
    enum zl_ttl_kind kind);

/* The SOA serial that the --baseline file recorded for zone (its top
 * file and origin), into *serial; false when no baseline was given or
 * it records none for the zone (one written before serials were). */
bool zl_zone_baseline_serial(const struct zl_ctx *ctx,
    const struct zl_zone *zone, uint32_t *serial);

/* Name index (src/index.c). */
const struct zl_name *zl_index_find(const struct zl_zone *zone,
    const ldns_rdf *name);
/* The name of entry, as an rdf over buf (2 * LDNS_MAX_DOMAINLEN + 2). */
ldns_rdf zl_index_name(const struct zl_zone *zone, const struct zl_name *entry,
    uint8_t *buf);
/* Walks every name; name is a fresh rdf the callback must not keep. */
void zl_index_foreach(const struct zl_zone *zone,
    void (*fn)(void *arg, const ldns_rdf *name, const struct zl_name *entry),
    void *arg);
/* The same walk over only the names `depth` or more labels below the
 * apex, those with a type of `types`, and those outside the zone: the
 * others are passed over without being built (a zone-end walk that
 * wants few of a million names). */
void zl_index_foreach_deep(const struct zl_zone *zone, unsigned depth,
    uint32_t types,
    void (*fn)(void *arg, const ldns_rdf *name, const struct zl_name *entry),
    void *arg);

/* Zones and views, for cross-zone rules. */
size_t zl_zone_count(const struct zl_ctx *ctx);
const struct zl_zone *zl_zone_at(const struct zl_ctx *ctx, size_t i);
/* The zone of view that answers for name: the longest matching apex;
 * in the internal view, among the zones of that internal DNS server
 * (ignored for the others). */
const struct zl_zone *zl_zone_for(const struct zl_ctx *ctx, enum zl_view view,
    unsigned server, const ldns_rdf *name);
/* The internal DNS servers whose exports were given (--internal
 * SERVER=PATH): 1 when they were given unnamed, 0 with no internal view.
 * Findings in an internal zone name its server when there are several. */
unsigned zl_server_count(const struct zl_ctx *ctx);
/* A run reads the exports of at most this many internal DNS servers:
 * cross-server rules compare each pair. */
#define ZL_MAX_SERVERS 16
/* A server's name, as given ("unnamed" for --internal PATH). */
const char *zl_server_name(const struct zl_ctx *ctx, unsigned server);
const char *zl_view_name(enum zl_view view);

/* A family: rules that judge one collection in different ways (CNAME
 * loops and long chains, say) share its state, so that each record is
 * looked at and kept once, not once per rule.  Each member names the
 * family (.family); the engine keeps one zeroed state of state_size for
 * it when at least one member is enabled, none otherwise, and calls
 * its callbacks once each time (never once per member), before any
 * member's own: on_run_start (from options and tables), on_record for
 * the records of types (0: those of the union of the enabled members'
 * .types, .all_types included), on_zone_end and on_run_end, with
 * zl_family_state(ctx).  They collect
 * and work out; the members report, from their own callbacks, reading
 * zl_family_state.  A family's callbacks report nothing and use no
 * marks or zl_state (their ctx is the first enabled member's); records
 * go to them while any enabled member has not called zl_skip_records,
 * and zl_skip_zone_records skips only the member's own.  free_state
 * (or NULL) frees what the state points to, once, at the end. */
struct zl_family {
	size_t state_size;
	uint32_t types;              /* ZL_T_*; 0: the members' */
	void (*on_run_start)(struct zl_ctx *); /* before the members' */
	void (*on_record)(struct zl_ctx *, const struct zl_record *);
	void (*on_zone_end)(struct zl_ctx *, const struct zl_zone *);
	void (*on_run_end)(struct zl_ctx *);
	void (*free_state)(void *state);
};

/* What a rule is. */
struct zl_rule {
	const char *id;              /* stable; never reused */
	enum zl_severity severity;   /* default */
	uint32_t types;              /* ZL_T_* on_record wants; 0: none */
	bool all_types;              /* on_record sees every record */
	const char *summary;         /* message stem */
	const char *why, *bad, *good, *fix, *refs; /* --explain */
	/* --explain: where the rule stays silent on purpose (glue, an
	 * option, a documented case), or NULL when nothing needs saying */
	const char *exceptions;
	/* Its findings are also listed as a table under this title in the
	 * HTML report (stale records, with their dates); NULL: not. */
	const char *report_table;
	size_t state_size;           /* zeroed state, one per run */
	unsigned marks;              /* bits of its own on entries (zl_mark) */
	/* Once, before any zone is read: set up the state from options and
	 * data tables, not lazily on the first record. */
	void (*on_run_start)(struct zl_ctx *);
	void (*on_record)(struct zl_ctx *, const struct zl_record *);
	void (*on_zone_end)(struct zl_ctx *, const struct zl_zone *);
	void (*on_run_end)(struct zl_ctx *);
	void (*free_state)(void *state);
	/* The family whose state it shares (above), or NULL. */
	const struct zl_family *family;
};

/* From on_run_start: this run needs no on_record call (the zones it
 * checks are not there, e.g. no internal view), so records cost it
 * nothing. */
void zl_skip_records(struct zl_ctx *ctx);
/* From on_record: the rest of this zone's records are not for this rule
 * (a probe of the zone's first records found nothing it checks), so they
 * cost it nothing; its on_zone_end still runs, and the next zone's
 * records come to it again. */
void zl_skip_zone_records(struct zl_ctx *ctx);
/* Runs fn(arg, i) for every i in [0, n) on the threads -j gives (this
 * one included) and returns when all are done.  For work that is long
 * and independent, such as verifying signatures: fn touches nothing but
 * its own slot i of arg and what every call only reads, and calls no
 * zl_ function; the caller reports afterwards, in order, so the output
 * is the same with any -j. */
void zl_parallel(struct zl_ctx *ctx, void (*fn)(void *arg, size_t i),
    void *arg, size_t n);

/* For rules: their state, the run's options, and reporting. */
void *zl_state(struct zl_ctx *ctx);
/* The state of the running rule's family (struct zl_family), or NULL
 * when it has none: the same for every member and the family itself. */
void *zl_family_state(struct zl_ctx *ctx);
const struct zl_options *zl_options(const struct zl_ctx *ctx);
/* Files a finding under the running rule: "summary: detail".  Past the
 * cap on one rule's findings in one file (--limit findings) it is only
 * counted, and the id returned makes zl_report_fix do nothing. */
size_t zl_report(struct zl_ctx *ctx, struct zl_loc loc, const char *fmt, ...)
    ZL_PRINTF(3, 4);
/* Whether a finding of the running rule at loc would now only be
 * counted (past --limit findings for its file): a rule that reports
 * many may then skip writing the detail, and call zl_report with any. */
bool zl_report_capped(const struct zl_ctx *ctx, struct zl_loc loc);
/* Adds a fix-it line to finding id (from zl_report). */
void zl_report_fix(struct zl_ctx *ctx, size_t id, const char *fmt, ...)
    ZL_PRINTF(3, 4);
/* A fix-it a script can take (--fix-script, src/fixscript.h): one step
 * that adds a zone or a record, or removes one.  Names are absolute
 * ("sip.example.com.") as zl_dname_str writes them; data is the record's
 * data as a zone file writes it ("0 0 5061 sip.example.com."), or NULL
 * when only the admin knows it: param then says what it is ("pool
 * address"), and the script asks for it.  The engine copies every
 * string; steps of one finding are taken in the order given. */
enum zl_fix_kind { ZL_FIX_ADD_ZONE, ZL_FIX_ADD_RECORD, ZL_FIX_REMOVE_RECORD };
struct zl_fix_step {
	enum zl_fix_kind kind;
	enum zl_view view;      /* whose DNS: internal or public */
	const char *zone;       /* the zone to change or add */
	const char *owner;      /* the record's owner; NULL for ADD_ZONE */
	ldns_rr_type type;      /* the record's type */
	uint32_t ttl;           /* 0: the zone's default */
	const char *data;       /* NULL: param stands for it */
	const char *param;
};
void zl_report_step(struct zl_ctx *ctx, size_t id, const struct zl_fix_step *s);
/* Steps for the common fixes (src/fixstep.c): remove rec from its zone;
 * add a pinpoint zone name to internal DNS whose apex has one record of
 * type, its data given or asked for as param. */
void zl_report_remove(struct zl_ctx *ctx, size_t id, const struct zl_record *rec);
void zl_report_pinpoint(struct zl_ctx *ctx, size_t id, const char *name,
    ldns_rr_type type, const char *data, const char *param);
/* A note in verbose mode only, not a finding. */
void zl_verbose(struct zl_ctx *ctx, const char *fmt, ...) ZL_PRINTF(2, 3);

const char *zl_file_name(uint32_t id);

/* Memory for rules.  Out of memory, each says so and exits as the engine
 * does, so a rule neither checks for NULL nor aborts. */
/* n elements of size bytes, zeroed. */
void *zl_alloc(size_t n, size_t size);
/* p with room for at least need elements of size bytes; *cap, the room
 * in elements, doubles as it grows.  The new room is not zeroed. */
void *zl_grow(void *p, size_t *cap, size_t need, size_t size);

/* Text of a name for messages, into buf: "www.example.com." */
const char *zl_dname_str(const ldns_rdf *name, char *buf, size_t size);
/* True when name is parent or below it (ldns_dname_is_subdomain is
 * false for equal names).  Both compare case-insensitively, without
 * allocating: use them rather than ldns_dname_compare per record. */
bool zl_dname_in(const ldns_rdf *name, const ldns_rdf *parent);
bool zl_dname_eq(const ldns_rdf *a, const ldns_rdf *b);
/* The suffix of name k labels up ("www.example.com.", 1: "example.com."),
 * as a view into name: no allocation, valid while name is. */
ldns_rdf zl_dname_suffix(const ldns_rdf *name, unsigned k);
/* text ("@", absolute, or relative to origin) as a new name; NULL when it
 * is not one, or is longer than 255 octets once made absolute. */
ldns_rdf *zl_dname_from_text(const char *text, const ldns_rdf *origin);
/* Whether name's first label is text, caselessly. */
bool zl_dname_first_label_is(const ldns_rdf *name, const char *text);
/* Whether label number label of name (0: the first) starts with an
 * underscore and has more after it: a service label (_tcp, _ldap). */
bool zl_dname_label_underscored(const ldns_rdf *name, unsigned label);
/* Whether rr is an A or AAAA record of a name whose first label is
 * localhost, with a loopback address (127.0.0.0/8, ::1). */
bool zl_is_localhost_record(const ldns_rr *rr);
/* A name written without its final dot, so origin was appended to it:
 * the origin has two labels or more (a top-level zone has names such as
 * ns1.dns.net.nz.) and the labels before it repeat it
 * ("www.example.com.example.com.")
 * or, three or more, end in in-addr.arpa, ip6.arpa or a generic TLD
 * ("sipdir.online.lync.com.contoso.com.").  The length in octets of what
 * was meant (its labels before origin), or 0 when nothing suggests it. */
size_t zl_dname_lost_final_dot(const ldns_rdf *name, const ldns_rdf *origin);
/* Whether name is an IPv4 address written as a name: "192.0.2.1.", or
 * "192.0.2.1" written relative to origin (origin may be NULL). */
bool zl_dname_ip_literal(const ldns_rdf *name, const ldns_rdf *origin);
/* Whether name is under in-addr.arpa. or ip6.arpa.: a reverse name. */
bool zl_dname_is_reverse(const ldns_rdf *name);

/* The labels of a name, the root not counted: what
 * ldns_dname_label_count says, inline, as rules count them on every
 * record. */
static inline unsigned
zl_dname_labels(const ldns_rdf *name)
{
	if (name == NULL || name->_type != LDNS_RDF_TYPE_DNAME)
		return 0;
	const uint8_t *w = name->_data;
	unsigned n = 0;
	for (size_t off = 0; off < name->_size && w[off] != 0; n++)
		off += (size_t)w[off] + 1;
	return n;
}

/* An octet of a name in lower case: DNS folds ASCII letters only
 * (RFC 4343), whatever the locale; inline, as name keys fold every octet. */
static inline uint8_t
zl_lower(uint8_t c)
{
	return (uint8_t)(c - 'A') < 26 ? (uint8_t)(c + ('a' - 'A')) : c;
}

/* Whether the n octets at s are the NUL-ended word lit, caselessly;
 * inline, for the reader's type and class words on every record. */
static inline bool
zl_word_is(const char *s, size_t n, const char *lit)
{
	size_t i = 0;
	for (; i < n; i++)
		if (lit[i] == '\0' ||
		    zl_lower((uint8_t)s[i]) != zl_lower((uint8_t)lit[i]))
			return false;
	return lit[i] == '\0';
}

#endif
