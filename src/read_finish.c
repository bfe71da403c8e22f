/* read_finish.c: parsed records checked and handed to the sink.
 *
 * Records are lexed into batches (batch.h); a full batch is parsed on the
 * pool while the reader lexes the next, then finished here in file
 * order: the checks that need the parsed record, then the sink. */
#include <string.h>

#include "batch.h"
#include "diag.h"
#include "index.h"
#include "newtypes.h"
#include "rrcodec.h"
#include "rrname.h"
#include "pool.h"
#include "read_finish.h"
#include "textcheck.h"

#define MAX_RDATA 65512u  /* 65,535 - header 12 - root 1 - type, class, TTL, length 10 */

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
			zl_rd_syntax(r, file, rd[k].line, rd[k].col,
			    "cannot read this %.*s record: field %zu '%s': %s",
			    (int)type_tok->len, type_s, k + 1, v, what);
			free(v);
			return true;
		}
		free(v);
	}
	if (nrd < min && ldns_rr_descriptor_field_type(desc, nrd) != LDNS_RDF_TYPE_STR) {
		zl_rd_syntax(r, file, type_tok->line, type_tok->col,
		    "cannot read this %.*s record: %zu data field%s, %zu needed",
		    (int)type_tok->len, type_s, nrd, nrd == 1 ? "" : "s", min);
		return true;
	}
	return false;
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
	zl_rd_syntax(r, j->file, rd[bad].line, rd[bad].col,
	    "cannot read this %.*s record: field %zu '%.*s': %s", type_len,
	    type_s, bad + 1, (int)(rd[bad].len < 60 ? rd[bad].len : 60),
	    b->text + rd[bad].off, why);
	r->out->errors++;
	return false;
}

/* What ldns accepted but the type's text or the wire format forbids
 * (see textcheck.h); reported as a syntax error, the record dropped. */
static bool
text_ok(struct reader *r, const struct zl_batch *b, const struct zl_job *j,
    const ldns_rr *rr, const struct zl_rrtype *rt, const struct zl_span *type_tok,
    const struct zl_span *rd, const char *type_s, int type_len)
{
	/* A DNS message is at most 65,535 octets; after the header and the
	 * smallest record around it (root owner, type, class, TTL, length)
	 * 65,512 are left for the data, BIND's limit too. */
	size_t wire = 0;
	/* the owner too, should ldns have read its text as relative */
	if (ldns_rdf_size(ldns_rr_owner(rr)) > LDNS_MAX_DOMAINLEN) {
		zl_rd_syntax(r, j->file, j->line, j->col, "bad owner name: longer than "
		    "255 octets once the origin is added");
		r->out->errors++;
		return false;
	}
	for (size_t k = 0; k < ldns_rr_rd_count(rr); k++) {
		const ldns_rdf *f = ldns_rr_rdf(rr, k);
		wire += ldns_rdf_size(f);
		/* ldns makes a relative name absolute without checking its length */
		if (ldns_rdf_get_type(f) == LDNS_RDF_TYPE_DNAME &&
		    ldns_rdf_size(f) > LDNS_MAX_DOMAINLEN) {
			const struct zl_span *at = k < j->nrd ? &rd[k] : type_tok;
			zl_rd_syntax(r, j->file, at->line, at->col, "cannot read this %.*s "
			    "record: field %zu: a domain name is longer than 255 octets "
			    "once the origin is added", type_len, type_s, k + 1);
			r->out->errors++;
			return false;
		}
	}
	if (wire > MAX_RDATA) {
		zl_rd_syntax(r, j->file, type_tok->line, type_tok->col,
		    "this %.*s record's data is %zu octets: no DNS message can "
		    "carry more than %u", type_len, type_s, wire,
		    MAX_RDATA);
		r->out->errors++;
		return false;
	}
	bool generic = j->nrd > 0 && rd[0].len == 2 &&
	    memcmp(b->text + rd[0].off, "\\#", 2) == 0;
	const ldns_rdf *data = ldns_rr_rd_count(rr) ? ldns_rr_rdf(rr, 0) : NULL;
	const char *bad_wire = generic && zl_rrtype_is_newer(rt) && !rt->like ?
	    zl_newtype_wire_check(rt->type, data ? ldns_rdf_data(data) : NULL,
	    data ? ldns_rdf_size(data) : 0) : NULL;
	if (bad_wire) {
		zl_rd_syntax(r, j->file, rd[0].line, rd[0].col, "cannot read this %.*s "
		    "record: %s", type_len, type_s, bad_wire);
		r->out->errors++;
		return false;
	}
	ldns_rr_type as = rt && rt->like ? rt->like : j->type;
	const struct zl_rrtype *as_rt = as == j->type ? rt : zl_rrtype(as);
	bool plain = as_rt && (as_rt->flags & ZL_RT_PLAIN); /* the common types */
	if (!plain && !generic && !j->encoded &&
	    !fields_ok(r, b, j, type_s, type_len, as, rd))
		return false;
	if (!generic && !zl_rrtype_checked(j->type))
		return true; /* nothing more to check: most records */
	struct zl_field *f = zl_xmalloc((j->nrd + 1) * sizeof *f);
	for (size_t k = 0; k < j->nrd; k++)
		f[k] = (struct zl_field){b->text + rd[k].off, rd[k].len};
	char why[256];
	size_t bad;
	const char *err = zl_text_check(j->type, f, j->nrd, &bad, why, sizeof why);
	free(f);
	if (err == NULL)
		return true;
	zl_rd_syntax(r, j->file, rd[bad].line, rd[bad].col,
	    "cannot read this %.*s record: field %zu '%.*s': %s",
	    type_len, type_s, bad + 1, (int)rd[bad].len,
	    b->text + rd[bad].off, why);
	r->out->errors++;
	return false;
}

/* How a TXT string token's octets sit on its line (zonelint.h): a rule
 * can then point at a term inside the string. */
static uint8_t
token_octets(const char *t, size_t len)
{
	bool quoted = len >= 2 && t[0] == '"' && t[len - 1] == '"';
	for (size_t i = quoted; i < len - quoted; i++)
		if (t[i] < 0x20 || t[i] > 0x7e || t[i] == '\\' || t[i] == '"')
			return ZL_TOKEN_OTHER;
	return quoted ? ZL_TOKEN_QUOTED : ZL_TOKEN_BARE;
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
	const struct zl_rrtype *rt = zl_rrtype(j->type);
	bool newer = zl_rrtype_is_newer(rt);
	if (newer) { /* ldns was given another name for it */
		type_s = rt->name;
		type_len = (int)strlen(rt->name);
	}
	if (!j->parsed) {
		r->out->errors++;
		if (!newer && blame_rdata(r, j->file, text, type_tok, rd, j->nrd))
			return;
		char *owner = zl_asprintf("%.*s", (int)j->owner_len, text + j->text);
		ldns_rdf *own = NULL;
		ldns_status ost = ldns_str2rdf_dname(&own, owner);
		free(owner);
		if (own)
			ldns_rdf_deep_free(own);
		if (ost != LDNS_STATUS_OK) {
			zl_rd_syntax(r, j->file, j->line, j->col, "bad owner name: %s",
			    plain_status(ost));
			return;
		}
		zl_rd_syntax(r, j->file, j->line, j->col,
		    "cannot read this %.*s record: %s", type_len, type_s,
		    plain_status(j->st));
		return;
	}
	ldns_rr *rr = zl_flat_view(&r->view, &j->flat);
	/* ldns accepts a record with no RDATA (an update's delete form);
	 * in a zone file its fields are required, and rules rely on them */
	ldns_rr_type as = rt && rt->like ? rt->like : j->type;
	const ldns_rr_descriptor *desc = ldns_rr_descript((uint16_t)as);
	bool known = desc && desc->_type == as; /* else ldns's generic one */
	size_t need = known ? ldns_rr_descriptor_minimum(desc) : 0;
	if (as == LDNS_RR_TYPE_CSYNC)
		need--; /* the type bitmap may be empty (RFC 7477 2.1.1) */
	if (known && !j->encoded && ldns_rr_rd_count(rr) < need) {
		zl_rd_syntax(r, j->file, type_tok->line, type_tok->col,
		    "cannot read this %.*s record: %zu data field%s, %zu needed",
		    type_len, type_s, ldns_rr_rd_count(rr),
		    ldns_rr_rd_count(rr) == 1 ? "" : "s", need);
		r->out->errors++;
		return;
	}
	if (!text_ok(r, b, j, rr, rt, type_tok, rd, type_s, type_len))
		return;
	ldns_rr_class cls = ldns_rr_get_class(rr);
	if (cls == LDNS_RR_CLASS_ANY || cls == LDNS_RR_CLASS_NONE ||
	    (r->zone_class != 0 && cls != r->zone_class)) {
		uint32_t line = class_tok ? class_tok->line : j->line;
		uint32_t col = class_tok ? class_tok->col : j->col;
		char *c = ldns_rr_class2str(cls), *zc = ldns_rr_class2str(r->zone_class);
		if (r->zone_class == 0 || cls == LDNS_RR_CLASS_ANY ||
		    cls == LDNS_RR_CLASS_NONE)
			zl_rd_syntax(r, j->file, line, col,
			    "class %s is for queries and updates, not zone data", c);
		else
			zl_rd_syntax(r, j->file, line, col,
			    "class %s differs from the zone's class %s", c, zc);
		free(c);
		free(zc);
		r->out->errors++;
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
	bool strings = j->type == LDNS_RR_TYPE_TXT || j->type == LDNS_RR_TYPE_SPF;
	for (size_t k = 0; k < j->nrd; k++)
		r->rdata[k] = (struct zl_token){rd[k].line, rd[k].col,
		    strings ? token_octets(b->text + rd[k].off, rd[k].len) :
		    ZL_TOKEN_OTHER};
	struct zl_sink_record rec = {
		.rr = rr,
		.flat = &j->flat,
		.loc = {j->file, j->line, j->col},
		.end_line = j->end_line,
		.age_hours = j->age,
		.rdata = r->rdata,
		.rdata_count = j->nrd,
		.owner_hash = j->owner_hash,
	};
	r->out->records++;
	r->sink->ops->record(r->sink->arg, &rec);
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

/* The owners' hashes of records [k, k + ZL_TOUCH_GROUP) of b, to the
 * sink's hint: their index slots are loaded together. */
static void
hint(struct reader *r, const struct zl_batch *b, size_t k)
{
	uint32_t h[ZL_TOUCH_GROUP];
	size_t n = 0;
	for (; n < ZL_TOUCH_GROUP && k + n < b->n; n++)
		h[n] = b->jobs[k + n].parsed ? b->jobs[k + n].owner_hash : 0;
	r->sink->ops->upcoming(r->sink->arg, h, n);
}

static void
finish_batch(struct reader *r, struct zl_batch *b)
{
	for (size_t k = 0; k < b->n; k++) {
		if (k % ZL_TOUCH_GROUP == 0 && r->sink->ops->upcoming)
			hint(r, b, k);
		prefetch_ahead(b, k);
		finish_record(r, b, &b->jobs[k]);
	}
	zl_batch_clear(b);
}

/* A full batch goes to the workers, and the one they parsed before is
 * finished meanwhile; with no workers, the batch is parsed here.  all:
 * finish everything now (before a directive changes the origin, after
 * an SOA, at the end of the file). */
void
zl_rd_batch_rotate(struct reader *r, bool all)
{
	struct zl_batch *b = r->cur;
	if (r->pool == NULL && b->n >= ZL_BATCH_RECORDS && r->in->pool)
		r->pool = r->in->pool(r->in->pool_arg);
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
	r->cur = b == &r->in->batches[0] ? &r->in->batches[1] :
	    &r->in->batches[0];
	if (parsed)
		finish_batch(r, parsed);
	if (all) {
		zl_pool_finish(r->pool);
		finish_batch(r, r->inflight);
		r->inflight = NULL;
	}
}

/* Every record read so far is finished. */
void
zl_rd_batch_flush(struct reader *r)
{
	zl_rd_batch_rotate(r, true);
}
