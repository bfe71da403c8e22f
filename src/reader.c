/*
 * reader.c: zone files to records.
 *
 * ldns parses one record's text well, but its zone loader stops at the
 * first error, has no $INCLUDE, rejects class-before-TTL and keeps no
 * columns.  So this reader owns the file: it joins the physical lines of
 * a record (parentheses, quotes, comments, CRLF), remembers where each
 * token starts, handles the directives, the blank owner, TTL and class in
 * either order and Windows [AGE:n] stamps, and hands ldns one normalised
 * line per record: "owner. TTL CLASS TYPE RDATA".  A record ldns rejects
 * is reported and reading goes on with the next one.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "cert.h"
#include "diag.h"
#include "engine.h"
#include "generate.h"
#include "index.h"
#include "loc.h"
#include "pool.h"
#include "ipseckey.h"
#include "newtypes.h"
#include "obsolete.h"
#include "svcb.h"
#include "stream.h"
#include "tape.h"
#include "textcheck.h"
#include "reader.h"
#include "source.h"

#define MAX_INCLUDE_DEPTH 16
#define MAX_RECORD_TEXT (1u << 20)
#define BATCH_RECORDS 1024 /* records parsed as one piece of work */
#define MAX_RDATA 65512u  /* 65,535 - header 12 - root 1 - type, class, TTL, length 10 */
#define RESERVE_AFTER 8192 /* records read before the index is sized */
#define ENCODE_CAP (2 * 65536 + 32) /* any RDATA, as an encoder writes it */

struct tok {
	uint32_t off, len;  /* in reader.text */
	uint32_t line, col;
};

struct reader {
	struct zl_engine *eng;
	struct zl_zone *zone;
	struct zl_tape *tape;  /* record for the engine here, or NULL: see tape.h */
	struct zl_stream *stream; /* hand the tape over as it fills, or NULL */
	unsigned long records; /* parsed, for zone->records at the end */
	ldns_rdf *origin;      /* current origin, for relative names */
	char *origin_text;     /* the same, absolute text */
	char *owner;           /* absolute text of the last owner */
	size_t owner_len, owner_cap;
	uint32_t ttl;          /* $TTL or the last explicit TTL */
	bool have_ttl, have_dollar_ttl;
	bool soa_min_pending;  /* no TTL yet: records take the SOA minimum */
	uint32_t soa_min;
	bool have_soa_min;
	int depth;
	struct { dev_t dev; ino_t ino; } stack[MAX_INCLUDE_DEPTH + 1];
	const char *top_dir;   /* directory of the zone's top file */
	/* the record being assembled */
	char *text;
	size_t text_len, text_cap;
	struct tok *toks;
	size_t ntoks, toks_cap;
	struct zl_token *rdata;
	size_t rdata_cap;
	struct zl_flat_view view; /* the record being finished */
	/* records lexed, waiting to be parsed and finished; see batch.h */
	struct zl_batch *batches;  /* two, the engine's */
	struct zl_batch *cur;      /* being filled */
	struct zl_batch *inflight; /* with the workers, or NULL */
	struct zl_pool *pool;      /* the engine's, once a batch fills */
	unsigned long queued;      /* records lexed */
	char *header_origin;   /* from a Windows "Database file" comment */
	ldns_rr_class zone_class; /* the first record's; 0 before it */
	unsigned long reported;   /* syntax errors so far */
	char *encode_buf;         /* ENCODE_CAP bytes for the encoders, or NULL */
	/* zl_scan_includes: lex only, hand each $INCLUDE's path here */
	void (*scan)(void *arg, const char *path);
	void *scan_arg;
};

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

static void syntax(struct reader *r, uint32_t file, uint32_t line,
    uint32_t col, const char *fmt, ...) ZL_PRINTF(5, 6);

/* ---- to the engine, or onto the tape ---- */

static void
vreport(struct reader *r, const char *id, struct zl_loc loc, const char *fmt,
    va_list ap)
{
	if (r->scan)
		return;
	if (r->tape)
		zl_tape_report(r->tape, id, loc, fmt, ap);
	else
		zl_engine_vreport_id(r->eng, id, r->zone, loc, fmt, ap);
}

static void report(struct reader *r, const char *id, struct zl_loc loc,
    const char *fmt, ...) ZL_PRINTF(4, 5);

static void
report(struct reader *r, const char *id, struct zl_loc loc, const char *fmt,
    ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(r, id, loc, fmt, ap);
	va_end(ap);
}

static void verbose(struct reader *r, const char *fmt, ...) ZL_PRINTF(2, 3);

static void
verbose(struct reader *r, const char *fmt, ...)
{
	if (r->scan || zl_engine_options(r->eng)->verbose <= 0)
		return;
	va_list ap;
	va_start(ap, fmt);
	if (r->tape)
		zl_tape_verbose(r->tape, fmt, ap);
	else
		zl_engine_vverbose(r->eng, fmt, ap);
	va_end(ap);
}

static size_t
suppress(struct reader *r, struct zl_loc at, const char *rules, size_t len,
    bool whole_file)
{
	if (r->scan)
		return 0;
	return r->tape ? zl_tape_suppress(r->tape, at, rules, len, whole_file) :
	    zl_engine_suppress(r->eng, at, rules, len, whole_file);
}

static void
suppress_bind(struct reader *r, size_t n, uint32_t first_line,
    uint32_t last_line)
{
	if (r->scan)
		return;
	if (r->tape)
		zl_tape_suppress_bind(r->tape, n, first_line, last_line);
	else
		zl_engine_suppress_bind(r->eng, n, first_line, last_line);
}

/* Reading stops early on an unreadable zone, or a full tape. */
static bool
stopped(const struct reader *r)
{
	return r->zone->unreadable || (r->tape && r->tape->full);
}

/* The index is the engine's: on a tape, it is sized when played. */
static void
reserve(struct reader *r, size_t names)
{
	if (r->tape)
		zl_tape_reserve(r->tape, names);
	else
		zl_index_reserve(r->zone->names, names);
}

static void batch_rotate(struct reader *r, bool all);
static void batch_flush(struct reader *r);

static void
syntax(struct reader *r, uint32_t file, uint32_t line, uint32_t col,
    const char *fmt, ...)
{
	va_list ap;
	r->reported++;
	va_start(ap, fmt);
	vreport(r, "syntax-error",
	    (struct zl_loc){file, line, col}, fmt, ap);
	va_end(ap);
}

/* ---- small parsers ---- */

bool
zl_parse_ttl(const char *s, size_t len, uint32_t *ttl)
{
	uint64_t total = 0, num = 0;
	bool digits = false;
	if (len == 0 || !isdigit((unsigned char)s[0]))
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isdigit(c)) {
			num = num * 10 + (uint64_t)(c - '0');
			digits = true;
			if (num > UINT32_MAX)
				return false;
			continue;
		}
		uint64_t mul;
		switch (tolower(c)) {
		case 's': mul = 1; break;
		case 'm': mul = 60; break;
		case 'h': mul = 3600; break;
		case 'd': mul = 86400; break;
		case 'w': mul = 604800; break;
		default: return false;
		}
		if (!digits)
			return false;
		total += num * mul;
		num = 0;
		digits = false;
	}
	total += num;
	if (total > UINT32_MAX)
		return false;
	*ttl = (uint32_t)total;
	return true;
}

static bool
is_class(const char *s, size_t len)
{
	static const char *const names[] = {"IN", "CH", "CS", "HS", "NONE", "ANY"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (zl_word_is(s, len, names[i]))
			return true;
	if (len > 5 && strncasecmp(s, "CLASS", 5) == 0) {
		for (size_t i = 5; i < len; i++)
			if (!isdigit((unsigned char)s[i]))
				return false;
		return true;
	}
	return false;
}

/* Windows DNS aging stamp: [AGE:n], n hours since 1601-01-01 UTC. */
static bool
parse_age(const char *s, size_t len, long long *age)
{
	if (len < 7 || strncasecmp(s, "[AGE:", 5) != 0 || s[len - 1] != ']')
		return false;
	long long v = 0;
	for (size_t i = 5; i < len - 1; i++) {
		if (!isdigit((unsigned char)s[i]) || v > LLONG_MAX / 10 - 10)
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*age = v;
	return true;
}

/* A name ends with an unescaped dot: count the backslashes before it. */
static bool
text_absolute(const char *s, size_t len)
{
	if (len == 0 || s[len - 1] != '.')
		return false;
	size_t bs = 0;
	while (bs + 1 < len && s[len - 2 - bs] == '\\')
		bs++;
	return bs % 2 == 0;
}

/* A name that ends in a backslash escaping nothing: a dot appended to it
 * would be escaped, making another name, so it is left as it is (and
 * refused by ldns as the bad escape it is). */
static bool
lone_backslash(const char *s, size_t len)
{
	size_t bs = 0;
	while (bs < len && s[len - 1 - bs] == '\\')
		bs++;
	return bs % 2 == 1;
}

/* owner text made absolute against origin_text, into a new string. */
static char *
absolute_name(const char *s, size_t len, const char *origin_text)
{
	if (len == 1 && s[0] == '@')
		return zl_xstrdup(origin_text);
	if (text_absolute(s, len) || lone_backslash(s, len))
		return zl_asprintf("%.*s", (int)len, s);
	if (strcmp(origin_text, ".") == 0)
		return zl_asprintf("%.*s.", (int)len, s);
	return zl_asprintf("%.*s.%s", (int)len, s, origin_text);
}

char *
zl_origin_from_filename(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t n = strlen(base);
	static const char *const suffixes[] = {".dns", ".zone", ".db"};
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		size_t k = strlen(suffixes[i]);
		if (n > k && strcasecmp(base + n - k, suffixes[i]) == 0)
			return zl_asprintf("%.*s.", (int)(n - k), base);
	}
	if (n > 3 && strncmp(base, "db.", 3) == 0)
		return zl_asprintf("%s.", base + 3);
	return NULL;
}

/* ---- origin ---- */

static bool
set_origin(struct reader *r, const char *text)
{
	ldns_rdf *rdf = ldns_dname_new_frm_str(text);
	if (rdf == NULL)
		return false;
	batch_flush(r); /* records waiting use the old origin */
	if (r->origin)
		ldns_rdf_deep_free(r->origin);
	free(r->origin_text);
	r->origin = rdf;
	r->origin_text = zl_xstrdup(text);
	return true;
}

/* The common types without ldns's linear search of every type name. */
static ldns_rr_type
type_by_name(const char *s)
{
	static const struct { const char *name; ldns_rr_type type; } common[] = {
		{"A", LDNS_RR_TYPE_A}, {"AAAA", LDNS_RR_TYPE_AAAA},
		{"CNAME", LDNS_RR_TYPE_CNAME}, {"NS", LDNS_RR_TYPE_NS},
		{"MX", LDNS_RR_TYPE_MX}, {"TXT", LDNS_RR_TYPE_TXT},
		{"SRV", LDNS_RR_TYPE_SRV}, {"PTR", LDNS_RR_TYPE_PTR},
		{"RRSIG", LDNS_RR_TYPE_RRSIG}, {"NSEC", LDNS_RR_TYPE_NSEC},
		{"DS", LDNS_RR_TYPE_DS},
	};
	size_t n = strlen(s);
	for (size_t i = 0; i < sizeof common / sizeof *common; i++)
		if (zl_word_is(s, n, common[i].name))
			return common[i].type;
	return zl_type_by_name(s);
}

/* The zone's apex, decided once: --origin, a leading $ORIGIN, a Windows
 * header, the file name, or an absolute SOA owner. */
static bool
set_apex(struct reader *r, const char *text, const char *source)
{
	struct zl_zone *z = r->zone;
	ldns_rdf *rdf = ldns_dname_new_frm_str(text);
	if (rdf == NULL)
		return false;
	z->origin = rdf;
	char buf[LDNS_MAX_DOMAINLEN * 4 + 2];
	z->origin_str = zl_xstrdup(zl_dname_str(rdf, buf, sizeof buf));
	verbose(r, "%s: zone %s (origin from %s), view %s",
	    z->path, z->origin_str, source, zl_view_name(z->view));
	if (r->origin == NULL)
		set_origin(r, z->origin_str);
	return true;
}

static bool
need_origin(struct reader *r, struct file_state *f, const struct tok *owner,
    bool is_soa)
{
	if (r->zone->origin != NULL)
		return true;
	if (r->header_origin && set_apex(r, r->header_origin, "the Windows header"))
		return true;
	char *fromname = zl_origin_from_filename(r->zone->path);
	if (fromname) {
		bool ok = set_apex(r, fromname, "the file name");
		free(fromname);
		if (ok)
			return true;
	}
	if (owner && is_soa && text_absolute(r->text + owner->off, owner->len)) {
		char *t = zl_asprintf("%.*s", (int)owner->len, r->text + owner->off);
		bool ok = set_apex(r, t, "the SOA record");
		free(t);
		if (ok)
			return true;
	}
	report(r, "input-unreadable",
	    (struct zl_loc){f->file, f->first_line, 1},
	    "cannot tell the zone's origin: give --origin NAME before the "
	    "file, start it with $ORIGIN, or name it NAME.zone");
	r->zone->unreadable = true;
	return false;
}

/* ---- records ---- */

static const char *
plain_status(ldns_status st)
{
	switch (st) {
	case LDNS_STATUS_SYNTAX_TYPE_ERR: return "unknown record type";
	case LDNS_STATUS_SYNTAX_CLASS_ERR: return "unknown class";
	case LDNS_STATUS_SYNTAX_TTL_ERR: return "bad TTL";
	case LDNS_STATUS_SYNTAX_RDATA_ERR: return "bad or missing data";
	case LDNS_STATUS_SYNTAX_DNAME_ERR: return "bad domain name";
	case LDNS_STATUS_LABEL_OVERFLOW: return "a label is longer than 63 octets";
	case LDNS_STATUS_DOMAINNAME_OVERFLOW:
		return "a domain name is longer than 255 octets";
	case LDNS_STATUS_EMPTY_LABEL: return "empty label in a domain name";
	case LDNS_STATUS_INVALID_IP4: return "not an IPv4 address";
	case LDNS_STATUS_INVALID_IP6: return "not an IPv6 address";
	case LDNS_STATUS_INVALID_INT: return "not a valid number";
	case LDNS_STATUS_SYNTAX_INTEGER_OVERFLOW: return "number too large";
	case LDNS_STATUS_INVALID_B64: return "bad base64 data";
	case LDNS_STATUS_INVALID_HEX: return "bad hexadecimal data";
	case LDNS_STATUS_INVALID_TIME: return "bad time stamp";
	case LDNS_STATUS_INVALID_STR: return "bad character string";
	case LDNS_STATUS_SYNTAX_MISSING_VALUE_ERR: return "missing value";
	case LDNS_STATUS_SYNTAX_SUPERFLUOUS_TEXT_ERR:
		return "unexpected text after the data";
	case LDNS_STATUS_SYNTAX_BAD_ESCAPE: return "bad escape sequence";
	case LDNS_STATUS_DDD_OVERFLOW: return "\\DDD escape above 255";
	case LDNS_STATUS_PACKET_OVERFLOW: /* what ldns says of bad \# data */
		return "the \\# data does not make the type's fields";
	default: break;
	}
	return ldns_get_errorstr_by_id(st);
}

/* The owner made absolute into r->owner, without printf: this runs once
 * per record. */
static void
set_owner(struct reader *r, const char *s, size_t len)
{
	size_t olen = strlen(r->origin_text);
	size_t need = len + olen + 2;
	if (need > r->owner_cap) {
		r->owner_cap = need * 2;
		r->owner = zl_xrealloc(r->owner, r->owner_cap);
	}
	char *p = r->owner;
	if (len == 1 && s[0] == '@') {
		memcpy(p, r->origin_text, olen);
		p += olen;
	} else {
		memcpy(p, s, len);
		p += len;
		if (!text_absolute(s, len) && !lone_backslash(s, len)) {
			*p++ = '.';
			if (strcmp(r->origin_text, ".") != 0) {
				memcpy(p, r->origin_text, olen);
				p += olen;
			}
		}
	}
	*p = '\0';
	r->owner_len = (size_t)(p - r->owner);
}

static char *
put_uint(char *p, uint32_t v)
{
	char tmp[10];
	size_t n = 0;
	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	while (n)
		*p++ = tmp[--n];
	return p;
}

/* ldns says only "bad rdata"; find the field at fault by parsing the
 * single-token fields one by one, so the message names it and points at
 * its column.  Returns false when no single field is to blame. */
static bool
blame_rdata(struct reader *r, uint32_t file, const char *text,
    const struct zl_span *type_tok, const struct zl_span *rd, size_t nrd)
{
	const char *type_s = text + type_tok->off;
	char *tname = zl_asprintf("%.*s", (int)type_tok->len, type_s);
	ldns_rr_type type = ldns_get_rr_type_by_name(tname);
	free(tname);
	const ldns_rr_descriptor *desc = ldns_rr_descript((uint16_t)type);
	if (desc == NULL || type == 0 || (nrd > 0 && text[rd[0].off] == '\\'))
		return false;
	size_t max = ldns_rr_descriptor_maximum(desc);
	size_t min = ldns_rr_descriptor_minimum(desc);
	for (size_t k = 0; k < nrd && k < max; k++) {
		ldns_rdf_type ft = ldns_rr_descriptor_field_type(desc, k);
		switch (ft) {
		case LDNS_RDF_TYPE_INT8: case LDNS_RDF_TYPE_INT16:
		case LDNS_RDF_TYPE_INT32: case LDNS_RDF_TYPE_A:
		case LDNS_RDF_TYPE_AAAA: case LDNS_RDF_TYPE_DNAME:
			break;
		default:
			return false; /* may span tokens: cannot map */
		}
		char *v = zl_asprintf("%.*s", (int)rd[k].len, text + rd[k].off);
		ldns_rdf *rdf = NULL;
		ldns_status fst;
		if (ft == LDNS_RDF_TYPE_DNAME) {
			fst = strcmp(v, "@") == 0 ? LDNS_STATUS_OK :
			    ldns_str2rdf_dname(&rdf, v);
		} else {
			rdf = ldns_rdf_new_frm_str(ft, v);
			fst = rdf ? LDNS_STATUS_OK : LDNS_STATUS_ERR;
		}
		if (rdf)
			ldns_rdf_deep_free(rdf);
		if (fst != LDNS_STATUS_OK) {
			const char *what = ft == LDNS_RDF_TYPE_A ? "not an IPv4 address" :
			    ft == LDNS_RDF_TYPE_AAAA ? "not an IPv6 address" :
			    ft == LDNS_RDF_TYPE_DNAME ? plain_status(fst) :
			    ft == LDNS_RDF_TYPE_INT8 ? "not a number from 0 to 255" :
			    ft == LDNS_RDF_TYPE_INT16 ? "not a number from 0 to 65535" :
			    "not a number from 0 to 4294967295";
			syntax(r, file, rd[k].line, rd[k].col,
			    "cannot read this %.*s record: field %zu '%s': %s",
			    (int)type_tok->len, type_s, k + 1, v, what);
			free(v);
			return true;
		}
		free(v);
	}
	if (nrd < min && ldns_rr_descriptor_field_type(desc, nrd) != LDNS_RDF_TYPE_STR) {
		syntax(r, file, type_tok->line, type_tok->col,
		    "cannot read this %.*s record: %zu data field%s, %zu needed",
		    (int)type_tok->len, type_s, nrd, nrd == 1 ? "" : "s", min);
		return true;
	}
	return false;
}

/* Unpadded base32hex of whole octets: 2, 4, 5, 7 or 8 digits a group,
 * the bits the last digit has beyond the octets zero (RFC 4648 6, 7). */
static bool
base32hex_whole(const char *s, size_t len)
{
	static const unsigned spare[8] = {0, 9, 2, 9, 4, 1, 9, 3}; /* 9: never */
	if (len == 0 || spare[len % 8] == 9)
		return false;
	char c = (char)toupper((unsigned char)s[len - 1]);
	unsigned v = isdigit((unsigned char)c) ? (unsigned)(c - '0') :
	    c >= 'A' && c <= 'V' ? (unsigned)(c - 'A' + 10) : 0;
	return (v & ((1u << spare[len % 8]) - 1)) == 0;
}

/* An NSEC3's hashes as written (ldns needs base32 padding, so these are
 * seen before zl_text_rewrite adds it): no '=' padding in the owner's
 * first label or the next hash (RFC 5155 3.3), and a SHA-1 next hash of
 * 20 octets.  t[0] is the type token, t[1] the first data field. */
static bool
nsec3_text_ok(struct reader *r, struct file_state *f, const struct tok *t,
    size_t n)
{
	const char *label = r->owner;
	size_t llen = strcspn(label, ".");
	const char *why = NULL;
	const struct tok *at = t;
	char buf[96];
	if (memchr(label, '=', llen))
		why = "the owner's first label is a base32hex hash, without '=' "
		    "padding (RFC 5155 3.3)";
	else if (n > 5 && memchr(r->text + t[5].off, '=', t[5].len)) {
		at = &t[5];
		why = "field 5: the next hashed owner name is base32hex without "
		    "'=' padding (RFC 5155 3.3)";
	} else if (n > 5 && !base32hex_whole(r->text + t[5].off, t[5].len)) {
		at = &t[5];
		why = "field 5: the next hashed owner name is not whole octets of "
		    "base32hex (its last digit has bits left over)";
	} else if (n > 5 && t[1].len == 1 && r->text[t[1].off] == '1' &&
	    t[5].len * 5 / 8 != 20) {
		at = &t[5];
		snprintf(buf, sizeof buf, "field 5: a SHA-1 hash is 20 octets (32 "
		    "base32hex digits), not %u", t[5].len * 5 / 8);
		why = buf;
	}
	if (why == NULL)
		return true;
	syntax(r, f->file, at->line, at->col, "cannot read this %.*s record: %s",
	    (int)t[0].len, r->text + t[0].off, why);
	r->zone->errors++;
	return false;
}

/* Lexed record to batch entry: the owner, TTL and class are settled here,
 * in file order, since they carry over from record to record. */
static void
process_record(struct reader *r, struct file_state *f)
{
	struct tok *t = r->toks;
	size_t n = r->ntoks, i = 0;
	const struct tok *owner_tok = NULL;
	if (!f->blank_owner)
		owner_tok = &t[i++];
	long long age = -1;
	uint32_t ttl = 0;
	bool explicit_ttl = false;
	const struct tok *class_tok = NULL;
	for (; i < n; i++) {
		const char *s = r->text + t[i].off;
		long long a;
		if (parse_age(s, t[i].len, &a) && age < 0 && !explicit_ttl &&
		    class_tok == NULL)
			age = a;
		else if (isdigit((unsigned char)s[0]) && !explicit_ttl) {
			if (!zl_parse_ttl(s, t[i].len, &ttl)) {
				syntax(r, f->file, t[i].line, t[i].col,
				    "bad TTL '%.*s'", (int)t[i].len, s);
				return;
			}
			explicit_ttl = true;
		} else if (is_class(s, t[i].len) && class_tok == NULL)
			class_tok = &t[i];
		else
			break;
	}
	const struct tok *rec_start = owner_tok ? owner_tok : &t[0];
	if (i >= n) {
		syntax(r, f->file, rec_start->line, rec_start->col,
		    "record has no type");
		return;
	}
	const struct tok *type_tok = &t[i];
	const char *type_s = r->text + type_tok->off;
	bool is_soa = zl_word_is(type_s, type_tok->len, "SOA");
	if (!need_origin(r, f, owner_tok, is_soa))
		return;
	char type_name[32] = "";
	if (type_tok->len < sizeof type_name)
		memcpy(type_name, type_s, type_tok->len);
	type_name[type_tok->len < sizeof type_name ? type_tok->len : 0] = '\0';
	ldns_rr_type rtype = type_by_name(type_name);
	if (rtype == 0) {
		syntax(r, f->file, type_tok->line, type_tok->col,
		    "unknown record type %.*s", (int)type_tok->len, type_s);
		return;
	}
	if (rtype == LDNS_RR_TYPE_OPT || (rtype >= LDNS_RR_TYPE_TKEY &&
	    rtype <= LDNS_RR_TYPE_ANY)) {
		syntax(r, f->file, type_tok->line, type_tok->col,
		    "%.*s is a meta type for queries and transfers, not zone data",
		    (int)type_tok->len, type_s);
		return;
	}

	if (owner_tok)
		set_owner(r, r->text + owner_tok->off, owner_tok->len);
	else if (r->owner_len == 0) {
		syntax(r, f->file, rec_start->line, rec_start->col,
		    "the first record has no owner name and there is no previous "
		    "owner to inherit");
		return;
	}

	/* No TTL: $TTL; else, as RFC 1035 and BIND, the last explicit TTL;
	 * but Windows DNS writes a TTL only where it differs from the zone's
	 * default, the SOA minimum, so its exports take that. */
	bool windows = r->header_origin != NULL;
	if (explicit_ttl) {
		if (!r->have_dollar_ttl && !windows) {
			r->ttl = ttl;
			r->have_ttl = true;
		}
	} else if (r->have_ttl) {
		ttl = r->ttl;
	} else if (r->have_soa_min) {
		ttl = r->soa_min;
	}

	if (rtype == LDNS_RR_TYPE_NSEC3 && !nsec3_text_ok(r, f, &t[i], n - i))
		return;

	/* Data ldns 1.8.3 reads wrongly or not at all is encoded here:
	 * SVCB and HTTPS, of which it knows an early draft (svcb.h);
	 * IPSECKEY without its optional key (ipseckey.h); CERT with a type
	 * number it has no mnemonic for (cert.h); LOC (loc.h); CSYNC
	 * without a bitmap (textcheck.h); SINK, NXT and ATMA (obsolete.h);
	 * and types newer than ldns (newtypes.h). */
	const struct zl_newtype *newtype = zl_newtype_by_type(rtype);
	bool generic = n > i + 1 && t[i + 1].len == 2 &&
	    memcmp(r->text + t[i + 1].off, "\\#", 2) == 0;
	const ldns_rr_descriptor *desc = ldns_rr_descript((uint16_t)rtype);
	if (!generic && !newtype && (desc == NULL || desc->_type != rtype)) {
		syntax(r, f->file, type_tok->line, type_tok->col, "the data of "
		    "record type %.*s, which zonelint does not know, must be "
		    "written as \\# LENGTH HEX (RFC 3597 section 5)",
		    (int)type_tok->len, type_s);
		r->zone->errors++;
		return;
	}
	zl_encoder *encode = generic ? NULL :
	    rtype == LDNS_RR_TYPE_SVCB || rtype == LDNS_RR_TYPE_HTTPS ?
	    zl_svcb_encode : rtype == LDNS_RR_TYPE_IPSECKEY ?
	    zl_ipseckey_encode : rtype == LDNS_RR_TYPE_SINK ? zl_sink_encode :
	    rtype == LDNS_RR_TYPE_NXT ? zl_nxt_encode :
	    rtype == LDNS_RR_TYPE_ATMA ? zl_atma_encode :
	    rtype == LDNS_RR_TYPE_CERT ? zl_cert_encode :
	    rtype == LDNS_RR_TYPE_LOC ? zl_loc_encode :
	    rtype == LDNS_RR_TYPE_CSYNC && n - i - 1 == 2 ? zl_csync_encode :
	    newtype ? newtype->encode : NULL;
	char *encoded = NULL;
	size_t encoded_len = 0;
	if (encode && n == i + 1) {
		if (newtype == NULL) { /* ldns says what is missing */
			encode = NULL;
		} else {
			syntax(r, f->file, type_tok->line, type_tok->col, "cannot read "
			    "this %.*s record: it has no data", (int)type_tok->len,
			    type_s);
			r->zone->errors++;
			return;
		}
	}
	if (encode) {
		size_t nf = n - i - 1, bad, cap = ENCODE_CAP;
		struct zl_field *fields = zl_xmalloc(nf * sizeof *fields);
		for (size_t k = 0; k < nf; k++)
			fields[k] = (struct zl_field){r->text + t[i + 1 + k].off,
			    t[i + 1 + k].len};
		char why[256];
		if (r->encode_buf == NULL) /* kept: a zone may have thousands */
			r->encode_buf = zl_xmalloc(ENCODE_CAP);
		encoded = r->encode_buf;
		encoded_len = encode(fields, nf, r->origin, encoded, cap, &bad, why,
		    sizeof why);
		free(fields);
		if (encoded_len == 0) {
			if (bad >= nf) /* a missing field: point at the last one */
				bad = nf - 1;
			const struct tok *at = &t[i + 1 + bad];
			syntax(r, f->file, at->line, at->col, "cannot read this %.*s "
			    "record: field %zu '%.*s': %s", (int)type_tok->len, type_s,
			    bad + 1, (int)(at->len < 60 ? at->len : 60),
			    r->text + at->off, why);
			r->zone->errors++;
			return;
		}
	}

	/* owner TTL CLASS TYPE RDATA, with the spans of class, type, data */
	struct zl_batch *b = r->cur;
	if (b->n == 0) {
		b->origin = r->origin;
		b->zone = r->zone;
	}
	size_t need = r->owner_len + 32 + (class_tok ? class_tok->len : 2);
	for (size_t k = i; k < n; k++)
		need += t[k].len + 1 + 7; /* + 7: zl_text_rewrite may grow a field */
	need += encoded_len;
	char *start = zl_batch_reserve_text(b, need + 1), *p = start;
	zl_batch_add_job(b, &(struct zl_job){
		.text = (uint32_t)b->text_len, .owner_len = (uint32_t)r->owner_len,
		.tok = (uint32_t)b->nspans, .nrd = (uint32_t)(n - i - 1),
		.has_class = class_tok != NULL, .explicit_ttl = explicit_ttl,
		.type = rtype, .ttl = ttl, .age = age, .file = f->file,
		.line = rec_start->line, .col = rec_start->col,
		.end_line = f->end_line, .encoded = encoded != NULL,
	});
	memcpy(p, r->owner, r->owner_len);
	p += r->owner_len;
	*p++ = ' ';
	p = put_uint(p, ttl);
	*p++ = ' ';
	if (class_tok) {
		*zl_batch_add_span(b) = (struct zl_span){(uint32_t)(b->text_len +
		    (size_t)(p - start)), class_tok->len, class_tok->line,
		    class_tok->col};
		memcpy(p, r->text + class_tok->off, class_tok->len);
		p += class_tok->len;
	} else {
		memcpy(p, "IN", 2);
		p += 2;
	}
	for (size_t k = i; k < n; k++) {
		*p++ = ' ';
		if (encoded && k > i) { /* the encoded data stands for every field */
			if (k == i + 1) {
				memcpy(p, encoded, encoded_len);
				p += encoded_len;
			}
			*zl_batch_add_span(b) = (struct zl_span){(uint32_t)(b->text_len +
			    (size_t)(p - start)), 0, t[k].line, t[k].col};
			continue;
		}
		const char *tok = r->text + t[k].off;
		size_t len = 0; /* 0: the token as written */
		if (k == i && newtype) /* the type, as ldns knows it */
			len = newtype->like ? (size_t)sprintf(p, "%s",
			    ldns_rr_descript(newtype->like)->_name) :
			    (size_t)sprintf(p, "TYPE%u", newtype->type);
		else if (k > i && !generic)
			len = zl_text_rewrite(rtype, k - i - 1, tok, t[k].len, p);
		if (len == 0) {
			memcpy(p, tok, t[k].len);
			len = t[k].len;
		}
		*zl_batch_add_span(b) = (struct zl_span){(uint32_t)(b->text_len +
		    (size_t)(p - start)), (uint32_t)len, t[k].line, t[k].col};
		p += len;
	}
	*p++ = '\0';
	b->text_len += (size_t)(p - start);
	/* Size the name index once, from the records in the first part of
	 * the top file, so a big zone's table is not rebuilt as it grows. */
	size_t lexed = f->src.consumed - (f->src.len - f->src.pos);
	if (++r->queued == RESERVE_AFTER && r->depth == 1 && f->src.size > 0 &&
	    lexed > 0 && (r->tape == NULL || r->stream))
		reserve(r, (size_t)((double)RESERVE_AFTER *
		    (double)f->src.size / (double)lexed * 1.05));
	if (r->tape && !r->stream && r->queued > ZL_TAPE_MAX_RECORDS)
		r->tape->full = true;
	/* the SOA minimum is the TTL of records that follow: settle it now */
	if (b->n == BATCH_RECORDS || rtype == LDNS_RR_TYPE_SOA)
		batch_rotate(r, rtype == LDNS_RR_TYPE_SOA);
}

/* The fields ldns is lenient with, as zl_fields_check() wants them. */
static bool
fields_ok(struct reader *r, const struct zl_batch *b, const struct zl_job *j,
    const char *type_s, int type_len, ldns_rr_type as,
    const struct zl_span *rd)
{
	struct zl_field small[16], *f = j->nrd <= 16 ? small :
	    zl_xmalloc(j->nrd * sizeof *f);
	for (size_t k = 0; k < j->nrd; k++)
		f[k] = (struct zl_field){b->text + rd[k].off, rd[k].len};
	size_t bad = 0;
	const char *why = zl_fields_check(as, f, j->nrd, &bad);
	if (f != small)
		free(f);
	if (why == NULL)
		return true;
	syntax(r, j->file, rd[bad].line, rd[bad].col,
	    "cannot read this %.*s record: field %zu '%.*s': %s", type_len,
	    type_s, bad + 1, (int)(rd[bad].len < 60 ? rd[bad].len : 60),
	    b->text + rd[bad].off, why);
	r->zone->errors++;
	return false;
}

/* What ldns accepted but the type's text or the wire format forbids
 * (see textcheck.h); reported as a syntax error, the record dropped. */
static bool
text_ok(struct reader *r, const struct zl_batch *b, const struct zl_job *j,
    const ldns_rr *rr, const struct zl_span *type_tok, const struct zl_span *rd,
    const char *type_s, int type_len)
{
	/* A DNS message is at most 65,535 octets; after the header and the
	 * smallest record around it (root owner, type, class, TTL, length)
	 * 65,512 are left for the data, BIND's limit too. */
	size_t wire = 0;
	/* the owner too, should ldns have read its text as relative */
	if (ldns_rdf_size(ldns_rr_owner(rr)) > LDNS_MAX_DOMAINLEN) {
		syntax(r, j->file, j->line, j->col, "bad owner name: longer than "
		    "255 octets once the origin is added");
		r->zone->errors++;
		return false;
	}
	for (size_t k = 0; k < ldns_rr_rd_count(rr); k++) {
		const ldns_rdf *f = ldns_rr_rdf(rr, k);
		wire += ldns_rdf_size(f);
		/* ldns makes a relative name absolute without checking its length */
		if (ldns_rdf_get_type(f) == LDNS_RDF_TYPE_DNAME &&
		    ldns_rdf_size(f) > LDNS_MAX_DOMAINLEN) {
			const struct zl_span *at = k < j->nrd ? &rd[k] : type_tok;
			syntax(r, j->file, at->line, at->col, "cannot read this %.*s "
			    "record: field %zu: a domain name is longer than 255 octets "
			    "once the origin is added", type_len, type_s, k + 1);
			r->zone->errors++;
			return false;
		}
	}
	if (wire > MAX_RDATA) {
		syntax(r, j->file, type_tok->line, type_tok->col,
		    "this %.*s record's data is %zu octets: no DNS message can "
		    "carry more than %u", type_len, type_s, wire,
		    MAX_RDATA);
		r->zone->errors++;
		return false;
	}
	bool generic = j->nrd > 0 && rd[0].len == 2 &&
	    memcmp(b->text + rd[0].off, "\\#", 2) == 0;
	const struct zl_newtype *nt = zl_newtype_by_type(j->type);
	const ldns_rdf *data = ldns_rr_rd_count(rr) ? ldns_rr_rdf(rr, 0) : NULL;
	const char *bad_wire = generic && nt && nt->encode ?
	    zl_newtype_wire_check(nt, data ? ldns_rdf_data(data) : NULL,
	    data ? ldns_rdf_size(data) : 0) : NULL;
	if (bad_wire) {
		syntax(r, j->file, rd[0].line, rd[0].col, "cannot read this %.*s "
		    "record: %s", type_len, type_s, bad_wire);
		r->zone->errors++;
		return false;
	}
	ldns_rr_type as = nt && nt->like ? nt->like : j->type;
	switch (as) {
	case LDNS_RR_TYPE_A: case LDNS_RR_TYPE_AAAA: case LDNS_RR_TYPE_NS:
	case LDNS_RR_TYPE_CNAME: case LDNS_RR_TYPE_PTR: case LDNS_RR_TYPE_TXT:
		break; /* the most common: no field ldns is lenient with */
	default:
		if (!generic && !j->encoded && !fields_ok(r, b, j, type_s, type_len,
		    as, rd))
			return false;
	}
	switch (j->type) {
	case LDNS_RR_TYPE_EUI48: case LDNS_RR_TYPE_EUI64: case LDNS_RR_TYPE_NSAP:
		break;
	default:
		if (!generic)
			return true; /* nothing more to check: most records */
	}
	struct zl_field *f = zl_xmalloc((j->nrd + 1) * sizeof *f);
	for (size_t k = 0; k < j->nrd; k++)
		f[k] = (struct zl_field){b->text + rd[k].off, rd[k].len};
	char why[256];
	size_t bad;
	const char *err = zl_text_check(j->type, f, j->nrd, &bad, why, sizeof why);
	free(f);
	if (err == NULL)
		return true;
	syntax(r, j->file, rd[bad].line, rd[bad].col,
	    "cannot read this %.*s record: field %zu '%.*s': %s",
	    type_len, type_s, bad + 1, (int)rd[bad].len,
	    b->text + rd[bad].off, why);
	r->zone->errors++;
	return false;
}

/* A parsed batch entry to the engine, with the checks that need the
 * parsed record; in file order. */
static void
finish_record(struct reader *r, struct zl_batch *b, struct zl_job *j)
{
	const char *text = b->text;
	const struct zl_span *class_tok = j->has_class ? &b->spans[j->tok] : NULL;
	const struct zl_span *type_tok = &b->spans[j->tok + j->has_class];
	const struct zl_span *rd = type_tok + 1;
	const char *type_s = text + type_tok->off;
	int type_len = (int)type_tok->len;
	const struct zl_newtype *newtype = zl_newtype_by_type(j->type);
	if (newtype) { /* ldns was given another name for it */
		type_s = newtype->name;
		type_len = (int)strlen(newtype->name);
	}
	if (!j->parsed) {
		r->zone->errors++;
		if (!newtype && blame_rdata(r, j->file, text, type_tok, rd, j->nrd))
			return;
		char *owner = zl_asprintf("%.*s", (int)j->owner_len, text + j->text);
		ldns_rdf *own = NULL;
		ldns_status ost = ldns_str2rdf_dname(&own, owner);
		free(owner);
		if (own)
			ldns_rdf_deep_free(own);
		if (ost != LDNS_STATUS_OK) {
			syntax(r, j->file, j->line, j->col, "bad owner name: %s",
			    plain_status(ost));
			return;
		}
		syntax(r, j->file, j->line, j->col,
		    "cannot read this %.*s record: %s", type_len, type_s,
		    plain_status(j->st));
		return;
	}
	ldns_rr *rr = zl_flat_view(&r->view, &j->flat);
	/* ldns accepts a record with no RDATA (an update's delete form);
	 * in a zone file its fields are required, and rules rely on them */
	ldns_rr_type as = newtype && newtype->like ? newtype->like : j->type;
	const ldns_rr_descriptor *desc = ldns_rr_descript((uint16_t)as);
	bool known = desc && desc->_type == as; /* else ldns's generic one */
	size_t need = known ? ldns_rr_descriptor_minimum(desc) : 0;
	if (as == LDNS_RR_TYPE_CSYNC)
		need--; /* the type bitmap may be empty (RFC 7477 2.1.1) */
	if (known && !j->encoded && ldns_rr_rd_count(rr) < need) {
		syntax(r, j->file, type_tok->line, type_tok->col,
		    "cannot read this %.*s record: %zu data field%s, %zu needed",
		    type_len, type_s, ldns_rr_rd_count(rr),
		    ldns_rr_rd_count(rr) == 1 ? "" : "s", need);
		r->zone->errors++;
		return;
	}
	if (!text_ok(r, b, j, rr, type_tok, rd, type_s, type_len))
		return;
	ldns_rr_class cls = ldns_rr_get_class(rr);
	if (cls == LDNS_RR_CLASS_ANY || cls == LDNS_RR_CLASS_NONE ||
	    (r->zone_class != 0 && cls != r->zone_class)) {
		uint32_t line = class_tok ? class_tok->line : j->line;
		uint32_t col = class_tok ? class_tok->col : j->col;
		char *c = ldns_rr_class2str(cls), *zc = ldns_rr_class2str(r->zone_class);
		if (r->zone_class == 0 || cls == LDNS_RR_CLASS_ANY ||
		    cls == LDNS_RR_CLASS_NONE)
			syntax(r, j->file, line, col,
			    "class %s is for queries and updates, not zone data", c);
		else
			syntax(r, j->file, line, col,
			    "class %s differs from the zone's class %s", c, zc);
		free(c);
		free(zc);
		r->zone->errors++;
		return;
	}
	if (r->zone_class == 0)
		r->zone_class = cls;
	if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_SOA && ldns_rr_rd_count(rr) >= 7) {
		uint32_t min = ldns_rdf2native_int32(ldns_rr_rdf(rr, 6));
		if (!r->have_soa_min) {
			r->soa_min = min;
			r->have_soa_min = true;
		}
		if (!j->explicit_ttl && !r->have_ttl) {
			ldns_rr_set_ttl(rr, min);
			zl_flat_set_ttl(&j->flat, min); /* a tape copies the block */
		}
	}
	if (j->nrd > r->rdata_cap) {
		r->rdata_cap = j->nrd * 2;
		r->rdata = zl_xrealloc(r->rdata, r->rdata_cap * sizeof *r->rdata);
	}
	for (size_t k = 0; k < j->nrd; k++)
		r->rdata[k] = (struct zl_token){rd[k].line, rd[k].col};
	struct zl_record rec = {
		.rr = rr,
		.loc = {j->file, j->line, j->col},
		.end_line = j->end_line,
		.zone = r->zone,
		.age_hours = j->age,
		.rdata = r->rdata,
		.rdata_count = j->nrd,
		.owner_hash = j->owner_hash,
		.hashed = true,
	};
	r->records++;
	if (r->tape) {
		zl_tape_record(r->tape, &rec, &j->flat);
		/* a record has an apex: it is settled before the engine
		 * sees the zone (zone->origin is not written again) */
		if (r->stream && r->tape->n >= zl_stream_chunk(r->stream))
			r->tape = zl_stream_swap(r->stream);
	} else {
		zl_engine_record(r->eng, &rec);
	}
}

/* Records parsed on another core reach this one by cache misses: start
 * loading a record's block a few records ahead (the owners' table slots
 * are loaded by touch_slots). */
static void
prefetch_ahead(const struct zl_batch *b, size_t k)
{
	const struct zl_job *j;
	if (k + 8 < b->n)
		__builtin_prefetch(&b->jobs[k + 8]);
	if (k + 4 < b->n && (j = &b->jobs[k + 4])->parsed) {
		__builtin_prefetch(j->flat.bytes);
		if (j->flat.len > 64)
			__builtin_prefetch(j->flat.bytes + 64);
	}
}

/* The owners' table slots for records [k, k + ZL_TOUCH_GROUP) of b. */
static void
touch_slots(const struct zl_batch *b, size_t k)
{
	uint32_t h[ZL_TOUCH_GROUP];
	size_t n = 0;
	for (; n < ZL_TOUCH_GROUP && k + n < b->n; n++)
		h[n] = b->jobs[k + n].parsed ? b->jobs[k + n].owner_hash : 0;
	uint32_t sum = zl_index_touch(b->zone, h, n);
	__asm__ __volatile__("" : : "r"(sum)); /* the loads are the point */
}

static void
finish_batch(struct reader *r, struct zl_batch *b)
{
	for (size_t k = 0; k < b->n; k++) {
		/* on a tape the index is the engine's: it loads them */
		if (k % ZL_TOUCH_GROUP == 0 && r->tape == NULL)
			touch_slots(b, k);
		prefetch_ahead(b, k);
		finish_record(r, b, &b->jobs[k]);
	}
	zl_batch_clear(b);
}

/* A full batch goes to the workers, and the one they parsed before is
 * finished meanwhile; with no workers, the batch is parsed here.  all:
 * finish everything now (before a directive changes the origin, after
 * an SOA, at the end of the file). */
static void
batch_rotate(struct reader *r, bool all)
{
	struct zl_batch *b = r->cur;
	if (r->pool == NULL && b->n >= BATCH_RECORDS && r->tape == NULL)
		r->pool = zl_engine_pool(r->eng);
	if (r->pool == NULL || (all && b->n < 64)) {
		if (r->inflight) {
			zl_pool_finish(r->pool);
			finish_batch(r, r->inflight);
			r->inflight = NULL;
		}
		for (size_t k = 0; k < b->n; k++)
			zl_batch_parse(b, k);
		finish_batch(r, b);
		return;
	}
	struct zl_batch *parsed = r->inflight;
	if (parsed)
		zl_pool_finish(r->pool);
	zl_pool_start(r->pool, zl_batch_parse, b, b->n);
	r->inflight = b;
	r->cur = b == &r->batches[0] ? &r->batches[1] : &r->batches[0];
	if (parsed)
		finish_batch(r, parsed);
	if (all) {
		zl_pool_finish(r->pool);
		finish_batch(r, r->inflight);
		r->inflight = NULL;
	}
}

/* Every record read so far is finished. */
static void
batch_flush(struct reader *r)
{
	batch_rotate(r, true);
}

/* ---- directives ---- */

static int read_file(struct reader *r, const char *path, uint32_t file,
    uint32_t inc_line, uint32_t inc_col, uint32_t from_file);
static void add_tok(struct reader *r, uint32_t off, uint32_t line, uint32_t col);
static void add_char(struct reader *r, char c);

static char *
tok_str(struct reader *r, const struct tok *t)
{
	return zl_asprintf("%.*s", (int)t->len, r->text + t->off);
}

/* RFC 1035 5.1 escapes: \DDD is the octet DDD, \X is X. */
static void
unescape_in_place(char *s)
{
	char *o = s;
	for (const char *p = s; *p; p++) {
		if (p[0] == '\\' && isdigit((unsigned char)p[1]) &&
		    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3])) {
			int v = (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
			*o++ = (char)(v > 0 && v < 256 ? v : '?');
			p += 3;
		} else if (p[0] == '\\' && p[1] != '\0') {
			*o++ = *++p;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
}

static char *
dirname_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		return zl_xstrdup(".");
	if (slash == path)
		return zl_xstrdup("/");
	return zl_asprintf("%.*s", (int)(slash - path), path);
}

/* The file name of an $INCLUDE token: quotes taken off, escapes read
 * (include\050 is "include(", as BIND and Knot read it). */
static char *
include_name(struct reader *r, const struct tok *t)
{
	char *name = tok_str(r, t);
	if (name[0] == '"') {
		size_t k = strlen(name);
		memmove(name, name + 1, k);
		if (k >= 2 && name[k - 2] == '"')
			name[k - 2] = '\0';
	}
	unescape_in_place(name);
	return name;
}

/* The one include resolver, for the reader and the folder walk alike:
 * name relative to the including file's folder, else to the working
 * directory (where BIND looks).  Where it may be opened is for the
 * confined open to say. */
static char *
include_path(const char *includer, const char *name)
{
	if (name[0] == '/' || strchr(includer, '/') == NULL)
		return zl_xstrdup(name);
	char *dir = dirname_of(includer);
	char *path = zl_asprintf("%s/%s", dir, name);
	free(dir);
	struct stat st;
	if (stat(path, &st) != 0 && stat(name, &st) == 0) {
		free(path);
		path = zl_xstrdup(name);
	}
	return path;
}

/* $INCLUDE file [origin] */
static void
do_include(struct reader *r, struct file_state *f, const struct tok *t,
    size_t n)
{
	if (n < 2) {
		syntax(r, f->file, t[0].line, t[0].col, "$INCLUDE without a file name");
		return;
	}
	if (n > 3) {
		syntax(r, f->file, t[3].line, t[3].col,
		    "unexpected text after $INCLUDE file and origin");
		return;
	}
	if (r->zone->origin == NULL && !need_origin(r, f, NULL, false))
		return;
	char *name = include_name(r, &t[1]);
	char *path = include_path(f->path, name);
	if (r->depth >= MAX_INCLUDE_DEPTH) {
		report(r, "syntax-include",
		    (struct zl_loc){f->file, t[0].line, t[0].col},
		    "$INCLUDE nested deeper than %d files: %s", MAX_INCLUDE_DEPTH,
		    name);
		goto out;
	}
	char *saved_origin = zl_xstrdup(r->origin_text);
	if (n == 3) {
		char *o = tok_str(r, &t[2]);
		char *abs = absolute_name(o, strlen(o), r->origin_text);
		if (!set_origin(r, abs))
			syntax(r, f->file, t[2].line, t[2].col,
			    "bad origin '%s' in $INCLUDE", o);
		free(o);
		free(abs);
	}
	uint32_t line = t[0].line, col = t[0].col;
	r->ntoks = 0; /* the included file starts records of its own */
	r->text_len = 0;
	read_file(r, path, zl_file_intern(path), line, col, f->file);
	set_origin(r, saved_origin);
	free(saved_origin);
out:
	free(path);
	free(name);
}

/* $GENERATE range owner [ttl] [class] type rdata: BIND's shorthand for
 * many records.  Each generated record is read as if written on the
 * directive's line; the first that fails stops the expansion. */
static void
do_generate(struct reader *r, struct file_state *f)
{
	struct tok *t = r->toks;
	size_t n = r->ntoks;
	if (n < 5) {
		syntax(r, f->file, t[0].line, t[0].col, "$GENERATE needs a range, "
		    "an owner, a type and data");
		return;
	}
	uint32_t start, stop, step;
	const char *err = zl_generate_range(r->text + t[1].off, t[1].len, &start,
	    &stop, &step);
	if (err) {
		syntax(r, f->file, t[1].line, t[1].col, "$GENERATE %s", err);
		return;
	}
	if ((stop - start) / step >= ZL_GENERATE_MAX) {
		syntax(r, f->file, t[1].line, t[1].col, "$GENERATE range makes more "
		    "than %u records", ZL_GENERATE_MAX);
		return;
	}
	if (r->zone->origin == NULL && !need_origin(r, f, NULL, false))
		return;
	/* the run's budget, whole directives at a time: read ahead onto a
	 * tape, they are taken when the tape is played, in order (engine.c) */
	unsigned long long count = (stop - start) / step + 1ull;
	if (r->tape && !r->stream) {
		zl_tape_generated(r->tape, count);
	} else if (!zl_engine_generated_take(r->eng, count)) {
		syntax(r, f->file, t[1].line, t[1].col, "$GENERATE would pass the "
		    "run's budget of %llu generated records (--limit generated=N "
		    "raises it)", zl_engine_generated_budget(r->eng));
		return;
	}
	/* keep the template: process_record works on r->toks and r->text */
	size_t nt = n - 2, tlen = r->text_len;
	struct tok *tt = zl_xmalloc(nt * sizeof *tt);
	memcpy(tt, t + 2, nt * sizeof *tt);
	char *ttext = zl_xmalloc(tlen + 1);
	memcpy(ttext, r->text, tlen);
	char buf[4096];
	bool saved_blank = f->blank_owner;
	f->blank_owner = false;
	/* errors in the records before are theirs, not the expansion's: with
	 * parse threads some may not be found yet */
	batch_flush(r);
	for (uint32_t it = start;; it += step) {
		unsigned long errors = r->reported;
		r->ntoks = 0;
		r->text_len = 0;
		for (size_t k = 0; k < nt && !err; k++) {
			long len = zl_generate_expand(ttext + tt[k].off, tt[k].len, it,
			    buf, sizeof buf, &err);
			if (len < 0) {
				syntax(r, f->file, tt[k].line, tt[k].col, "$GENERATE %s",
				    err);
				break;
			}
			add_tok(r, (uint32_t)r->text_len, tt[k].line, tt[k].col);
			for (long c = 0; c < len; c++)
				add_char(r, buf[c]);
			r->toks[r->ntoks - 1].len = (uint32_t)len;
		}
		if (err)
			break;
		process_record(r, f);
		batch_flush(r); /* its errors decide whether to go on */
		if (r->reported != errors || stop - it < step || stopped(r))
			break;
	}
	f->blank_owner = saved_blank;
	free(tt);
	free(ttext);
}

static void
process_directive(struct reader *r, struct file_state *f)
{
	struct tok *t = r->toks;
	size_t n = r->ntoks;
	const char *d = r->text + t[0].off;
	size_t dl = t[0].len;
	if (dl == 7 && strncasecmp(d, "$ORIGIN", 7) == 0) {
		if (n != 2) {
			syntax(r, f->file, t[0].line, t[0].col,
			    n < 2 ? "$ORIGIN without a name" :
			    "unexpected text after the $ORIGIN name");
			return;
		}
		char *o = tok_str(r, &t[1]);
		if (r->origin == NULL && !text_absolute(o, strlen(o))) {
			syntax(r, f->file, t[1].line, t[1].col,
			    "$ORIGIN %s is relative and there is no origin yet", o);
		} else if (r->zone->origin == NULL && !f->seen_record) {
			if (!set_apex(r, o, "$ORIGIN"))
				syntax(r, f->file, t[1].line, t[1].col,
				    "bad $ORIGIN name '%s'", o);
			else
				set_origin(r, r->zone->origin_str);
		} else {
			char *abs = absolute_name(o, strlen(o),
			    r->origin_text ? r->origin_text : ".");
			if (!set_origin(r, abs))
				syntax(r, f->file, t[1].line, t[1].col,
				    "bad $ORIGIN name '%s'", o);
			free(abs);
		}
		free(o);
	} else if (dl == 4 && strncasecmp(d, "$TTL", 4) == 0) {
		uint32_t ttl;
		if (n != 2 || !zl_parse_ttl(r->text + t[1].off, t[1].len, &ttl)) {
			syntax(r, f->file, t[0].line, t[0].col,
			    "$TTL needs one TTL value, such as 3600 or 1h");
			return;
		}
		r->ttl = ttl;
		r->have_ttl = r->have_dollar_ttl = true;
	} else if (dl == 8 && strncasecmp(d, "$INCLUDE", 8) == 0) {
		do_include(r, f, t, n);
	} else if (dl == 9 && strncasecmp(d, "$GENERATE", 9) == 0) {
		do_generate(r, f);
	} else {
		syntax(r, f->file, t[0].line, t[0].col, "unknown directive %.*s",
		    (int)dl, d);
	}
}

/* ---- lexing ---- */

static void
add_tok(struct reader *r, uint32_t off, uint32_t line, uint32_t col)
{
	if (r->ntoks == r->toks_cap) {
		r->toks_cap = r->toks_cap ? r->toks_cap * 2 : 64;
		r->toks = zl_xrealloc(r->toks, r->toks_cap * sizeof *r->toks);
	}
	r->toks[r->ntoks++] = (struct tok){off, 0, line, col};
}

static void
add_char(struct reader *r, char c)
{
	if (r->text_len == r->text_cap) {
		r->text_cap = r->text_cap ? r->text_cap * 2 : 4096;
		r->text = zl_xrealloc(r->text, r->text_cap);
	}
	r->text[r->text_len++] = c;
}

/* In a scan, a record that is an $INCLUDE the reader would follow
 * names its file; nothing else is looked at. */
static void
scan_record(struct reader *r, struct file_state *f)
{
	const struct tok *t = r->toks;
	if (f->skipping || r->ntoks < 2 || r->ntoks > 3 || f->blank_owner ||
	    t[0].len != 8 || strncasecmp(r->text + t[0].off, "$INCLUDE", 8) != 0)
		return;
	char *name = include_name(r, &t[1]);
	char *path = include_path(f->path, name);
	r->scan(r->scan_arg, path);
	free(path);
	free(name);
}

static void
end_record(struct reader *r, struct file_state *f)
{
	if (r->scan) {
		scan_record(r, f);
		r->ntoks = 0;
		r->text_len = 0;
		f->skipping = false;
		f->paren = 0;
		return;
	}
	if (r->ntoks > 0) {
		for (size_t i = 0; i < f->nsup_pending; i++)
			suppress_bind(r, f->sup_pending[i],
			    f->first_line, f->end_line);
		f->nsup_pending = 0;
	}
	if (!f->skipping && r->ntoks > 0) {
		if (!f->blank_owner && r->text[r->toks[0].off] == '$')
			process_directive(r, f);
		else {
			process_record(r, f);
			f->seen_record = true;
		}
	}
	r->ntoks = 0;
	r->text_len = 0;
	f->skipping = false;
	f->paren = 0;
}

/* "; zonelint: ignore RULES [reason]" or "; zonelint: ignore-file RULES":
 * at the end of a record's line it covers that record; alone on a line,
 * the next record; ignore-file, the whole file. */
static void
suppression(struct reader *r, struct file_state *f, const char *c, size_t len,
    uint32_t line, uint32_t col)
{
	const char *end = c + len, *p = c + 1;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if ((size_t)(end - p) < 9 || strncmp(p, "zonelint:", 9) != 0)
		return;
	p += 9;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	bool whole = (size_t)(end - p) >= 11 && strncmp(p, "ignore-file", 11) == 0;
	size_t kw = whole ? 11 : 6;
	if ((size_t)(end - p) < kw + 2 || strncmp(p, "ignore", 6) != 0 ||
	    (p[kw] != ' ' && p[kw] != '\t')) {
		syntax(r, f->file, line, col, "zonelint comment not understood: "
		    "write '; zonelint: ignore RULE[,RULE] [reason]' or "
		    "'; zonelint: ignore-file RULE'");
		return;
	}
	p += kw;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	const char *rules = p;
	while (p < end && *p != ' ' && *p != '\t' && *p != '\r')
		p++;
	size_t n = suppress(r, (struct zl_loc){f->file, line, col},
	    rules, (size_t)(p - rules), whole);
	if (whole)
		return;
	if (r->ntoks > 0) /* after a record's text: that record */
		suppress_bind(r, n, f->first_line, line);
	else if (f->nsup_pending < sizeof f->sup_pending / sizeof *f->sup_pending)
		f->sup_pending[f->nsup_pending++] = n;
}

/* Windows exports name their zone in a header comment:
 * ";  Database file contoso.com.dns for contoso.com zone." */
static void
windows_header(struct reader *r, struct file_state *f, const char *c,
    size_t len)
{
	if (f->seen_record || r->header_origin || r->depth > 1)
		return;
	static const char key[] = "Database file ";
	const char *p = memmem(c, len, key, sizeof key - 1);
	if (p == NULL)
		return;
	const char *end = c + len;
	const char *forw = memmem(p, (size_t)(end - p), " for ", 5);
	if (forw == NULL)
		return;
	const char *z = forw + 5, *ze = z;
	while (ze < end && !isspace((unsigned char)*ze))
		ze++;
	if (ze + 5 > end || strncmp(ze, " zone", 5) != 0 || ze == z)
		return;
	r->header_origin = zl_asprintf("%.*s.", (int)(ze - z), z);
	if (ze - z >= 1 && z[ze - z - 1] == '.')
		r->header_origin[ze - z] = '\0';
}

/* Splits one physical line into the tokens of the current record. */
static void
lex_line(struct reader *r, struct file_state *f, const char *s, size_t len)
{
	uint32_t line = (uint32_t)f->src.line;
	size_t i = 0;
	if (f->paren == 0 && r->ntoks == 0) {
		f->first_line = line;
		f->blank_owner = len > 0 && (s[0] == ' ' || s[0] == '\t');
	}
	f->end_line = line;
	while (i < len) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\r') {
			i++;
			continue;
		}
		if (c == ';') {
			windows_header(r, f, s + i, len - i);
			if (memmem(s + i, len - i, "zonelint:", 9))
				suppression(r, f, s + i, len - i, line, (uint32_t)i + 1);
			break;
		}
		if (c == '(') {
			if (f->paren > 0 && !f->skipping) {
				syntax(r, f->file, line, (uint32_t)i + 1,
				    "nested parenthesis");
				f->skipping = true;
			}
			if (f->paren == 0) {
				f->paren_line = line;
				f->paren_col = (uint32_t)i + 1;
			}
			f->paren++;
			i++;
			continue;
		}
		if (c == ')') {
			if (f->paren == 0) {
				if (!f->skipping)
					syntax(r, f->file, line, (uint32_t)i + 1,
					    "')' without a matching '('");
				f->skipping = true;
			} else
				f->paren--;
			i++;
			continue;
		}
		if (c == '\0') {
			if (!f->skipping)
				syntax(r, f->file, line, (uint32_t)i + 1,
				    "NUL byte in the text");
			f->skipping = true;
			i++;
			continue;
		}
		/* a token: a quoted string or a run of other characters */
		add_tok(r, (uint32_t)r->text_len, line, (uint32_t)i + 1);
		bool quoted = c == '"';
		if (quoted) {
			add_char(r, c);
			i++;
		}
		bool closed = !quoted;
		while (i < len) {
			c = s[i];
			if (c == '\\' && i + 1 < len) {
				add_char(r, c);
				add_char(r, s[i + 1]);
				i += 2;
				continue;
			}
			if (quoted && c == '"') {
				add_char(r, c);
				i++;
				closed = true;
				break;
			}
			if (!quoted && (c == ' ' || c == '\t' || c == '\r' ||
			    c == ';' || c == '(' || c == ')' || c == '"'))
				break;
			if (c == '\0') {
				if (!f->skipping)
					syntax(r, f->file, line, (uint32_t)i + 1,
					    "NUL byte in the text");
				f->skipping = true;
				closed = true; /* reported as the NUL, not the quote */
				break;
			}
			add_char(r, c);
			i++;
		}
		struct tok *tk = &r->toks[r->ntoks - 1];
		tk->len = (uint32_t)r->text_len - tk->off;
		if (!closed) {
			if (!f->skipping)
				syntax(r, f->file, tk->line, tk->col,
				    "quoted string not closed on its line");
			f->skipping = true;
		}
		if (r->text_len > MAX_RECORD_TEXT) {
			if (!f->skipping)
				syntax(r, f->file, f->first_line, 1,
				    "record longer than %u bytes", MAX_RECORD_TEXT);
			f->skipping = true;
			r->text_len = 0;
			r->ntoks = 0;
		}
	}
	if (f->paren == 0)
		end_record(r, f);
}

static int
read_file(struct reader *r, const char *path, uint32_t file,
    uint32_t inc_line, uint32_t inc_col, uint32_t from_file)
{
	struct file_state f = {.file = file, .path = path};
	char why[256];
	bool top = r->depth == 0;
	int opened;
	if (top && r->zone->preload) { /* read by the $INCLUDE scan */
		opened = zl_source_open_preloaded(&f.src, r->zone->preload, why,
		    sizeof why);
		free(r->zone->preload);
		r->zone->preload = NULL;
	} else {
		opened = zl_source_open(&f.src, path, why, sizeof why);
	}
	if (opened == 0 && !top && !r->scan &&
	    !zl_engine_take_include(r->eng, f.src.size)) {
		const struct zl_options *o = zl_engine_options(r->eng);
		report(r, "syntax-include", (struct zl_loc){from_file, inc_line,
		    inc_col}, "cannot read included file %s: the run's budget of "
		    "%llu included reads and %llu MiB is spent (--limit includes=N "
		    "and include-bytes=N raise it)", path, zl_limit_includes(o),
		    zl_limit_include_bytes(o) >> 20);
		zl_source_close(&f.src);
		return -1;
	}
	if (opened != 0) {
		if (top) {
			report(r, "input-unreadable",
			    (struct zl_loc){file, 0, 0}, "cannot read %s: %s", path,
			    why);
			r->zone->unreadable = true;
		} else {
			report(r, "syntax-include",
			    (struct zl_loc){from_file, inc_line, inc_col},
			    "cannot read included file %s: %s", path, why);
		}
		return -1;
	}
	for (int d = 0; d < r->depth; d++)
		if (r->stack[d].dev == f.src.dev && r->stack[d].ino == f.src.ino) {
			report(r, "syntax-include",
			    (struct zl_loc){from_file, inc_line, inc_col},
			    "$INCLUDE loop: %s is already being read", path);
			zl_source_close(&f.src);
			return -1;
		}
	r->stack[r->depth].dev = f.src.dev;
	r->stack[r->depth].ino = f.src.ino;
	r->depth++;
	if (f.src.encoding)
		report(r, "syntax-encoding",
		    (struct zl_loc){file, 1, 1},
		    "file is %s%s; read as converted to UTF-8, but name servers "
		    "expect ASCII: save it as ASCII or UTF-8", f.src.encoding,
		    f.src.had_bom ? " with a byte order mark" : " without a byte order mark");

	const char *s;
	size_t len;
	bool too_long;
	while ((s = zl_source_line(&f.src, &len, &too_long)) != NULL &&
	    !stopped(r)) {
		if (too_long) {
			syntax(r, file, (uint32_t)f.src.line, 1,
			    "line longer than %u bytes; skipped", ZL_MAX_LINE);
			f.skipping = true;
			if (f.paren == 0) {
				r->ntoks = 0;
				r->text_len = 0;
				f.skipping = false;
			}
			continue;
		}
		lex_line(r, &f, s, len);
	}
	if (f.paren > 0 && !r->zone->unreadable) {
		syntax(r, file, f.paren_line, f.paren_col,
		    "'(' not closed before the end of the file");
		f.skipping = true;
		end_record(r, &f);
	}
	r->ntoks = 0;
	r->text_len = 0;
	r->depth--;
	zl_source_close(&f.src);
	return 0;
}

static int
read_zone(struct zl_engine *eng, struct zl_zone *zone, struct zl_tape *tape,
    struct zl_stream *stream, struct zl_batch *batches)
{
	struct reader r = {.eng = eng, .zone = zone, .tape = tape,
	    .stream = stream, .pool = stream ? zl_stream_pool(stream) : NULL};
	r.batches = batches;
	r.cur = &r.batches[0];
	if (zone->origin_str)
		set_origin(&r, zone->origin_str);
	int ret = read_file(&r, zone->path, zone->file, 0, 0, zone->file);
	batch_flush(&r);
	if (zone->origin == NULL && !zone->unreadable) {
		/* no record asked for the origin (an empty file): name the zone
		 * from the header or file name if they tell it */
		char *o = r.header_origin ? zl_xstrdup(r.header_origin) :
		    zl_origin_from_filename(zone->path);
		if (o)
			set_apex(&r, o, r.header_origin ? "the Windows header" :
			    "the file name");
		free(o);
	}
	zone->records += r.records;
	if (r.origin)
		ldns_rdf_deep_free(r.origin);
	free(r.origin_text);
	free(r.owner);
	free(r.text);
	free(r.toks);
	free(r.rdata);
	zl_flat_view_free(&r.view);
	free(r.header_origin);
	free(r.encode_buf);
	return zone->unreadable ? -1 : ret;
}

void
zl_scan_includes(const char *path, const struct zl_preload *pre,
    void (*found)(void *arg, const char *path), void *arg)
{
	struct zl_zone zone = {.path = path};
	struct zl_preload copy = {0};
	if (pre) { /* the source takes what it is given: the caller keeps pre */
		copy = *pre;
		copy.data = zl_xmalloc(pre->len + 1);
		memcpy(copy.data, pre->data, pre->len);
		zone.preload = zl_xmalloc(sizeof copy);
		*zone.preload = copy;
	}
	struct reader r = {.zone = &zone, .scan = found, .scan_arg = arg};
	read_file(&r, path, 0, 0, 0, 0);
	if (zone.preload) { /* not opened */
		zl_preload_free(zone.preload);
		free(zone.preload);
	}
	free(r.text);
	free(r.toks);
	free(r.header_origin);
}

int
zl_read_zone(struct zl_engine *eng, struct zl_zone *zone)
{
	return read_zone(eng, zone, NULL, NULL, zl_engine_batches(eng));
}

int
zl_read_zone_to_tape(struct zl_engine *eng, struct zl_zone *zone,
    struct zl_tape *tape, struct zl_batch *batches)
{
	return read_zone(eng, zone, tape, NULL, batches);
}

int
zl_read_zone_streamed(struct zl_engine *eng, struct zl_zone *zone,
    struct zl_stream *stream, struct zl_batch *batches)
{
	return read_zone(eng, zone, zl_stream_first(stream), stream, batches);
}
