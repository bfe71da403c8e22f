/* read_record.c: a logical record's tokens to an entry of the batch.
 *
 * The owner, TTL and class are settled here, in file order, since they
 * carry over from record to record; the result is one normalised line,
 * "owner TTL CLASS TYPE RDATA", that ldns parses later (read_finish.c). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "diag.h"
#include "read_finish.h"
#include "read_origin.h"
#include "read_record.h"
#include "rrcodec.h"
#include "rrname.h"
#include "words.h"

#define RESERVE_AFTER 8192 /* records read before the index is sized */
#define ENCODE_CAP (2 * 65536 + 32) /* any RDATA, as an encoder writes it */

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
		if (!zl_text_absolute(s, len) && !zl_lone_backslash(s, len)) {
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
nsec3_text_ok(struct reader *r, struct file_state *f, const struct zl_tok *t,
    size_t n)
{
	const char *label = r->owner;
	size_t llen = strcspn(label, ".");
	const char *why = NULL;
	const struct zl_tok *at = t;
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
	zl_rd_syntax(r, f->file, at->line, at->col, "cannot read this %.*s record: %s",
	    (int)t[0].len, r->text + t[0].off, why);
	r->out->errors++;
	return false;
}

/* A record's words before its type, and its type. */
struct prefix {
	const struct zl_tok *owner;  /* NULL: blank, the last owner's */
	const struct zl_tok *start;  /* where the record starts */
	const struct zl_tok *class_tok;
	long long age;
	uint32_t ttl;
	bool explicit_ttl;
	size_t type_at;              /* index of the type token */
	ldns_rr_type type;
	const struct zl_rrtype *rt;  /* its line in rrtypes.def, or NULL */
};

/* Owner, then [AGE:n], TTL and class in any order (BIND, Windows). */
static bool
read_prefix(struct reader *r, struct file_state *f, struct prefix *p)
{
	struct zl_tok *t = r->toks;
	size_t n = r->ntoks, i = 0;
	*p = (struct prefix){.age = -1};
	if (!f->blank_owner)
		p->owner = &t[i++];
	for (; i < n; i++) {
		const char *s = r->text + t[i].off;
		long long a;
		if (zl_parse_age(s, t[i].len, &a) && p->age < 0 &&
		    !p->explicit_ttl && p->class_tok == NULL)
			p->age = a;
		else if (isdigit((unsigned char)s[0]) && !p->explicit_ttl) {
			if (!zl_parse_ttl(s, t[i].len, &p->ttl)) {
				zl_rd_syntax(r, f->file, t[i].line, t[i].col,
				    "bad TTL '%.*s'", (int)t[i].len, s);
				return false;
			}
			p->explicit_ttl = true;
		} else if (zl_is_class(s, t[i].len) && p->class_tok == NULL)
			p->class_tok = &t[i];
		else
			break;
	}
	p->start = p->owner ? p->owner : &t[0];
	p->type_at = i;
	if (i >= n) {
		zl_rd_syntax(r, f->file, p->start->line, p->start->col,
		    "record has no type");
		return false;
	}
	return true;
}

/* The record's type, known and meant for zone data; the apex decided. */
static bool
read_type(struct reader *r, struct file_state *f, struct prefix *p)
{
	const struct zl_tok *type_tok = &r->toks[p->type_at];
	const char *type_s = r->text + type_tok->off;
	bool is_soa = zl_word_is(type_s, type_tok->len, "SOA");
	if (!zl_rd_need_apex(r, f, p->owner, is_soa))
		return false;
	char type_name[32] = "";
	if (type_tok->len < sizeof type_name)
		memcpy(type_name, type_s, type_tok->len);
	type_name[type_tok->len < sizeof type_name ? type_tok->len : 0] = '\0';
	p->type = type_by_name(type_name);
	p->rt = zl_rrtype(p->type);
	if (p->type == 0) {
		zl_rd_syntax(r, f->file, type_tok->line, type_tok->col,
		    "unknown record type %.*s", (int)type_tok->len, type_s);
		return false;
	}
	if (p->type == LDNS_RR_TYPE_OPT || (p->type >= LDNS_RR_TYPE_TKEY &&
	    p->type <= LDNS_RR_TYPE_ANY)) {
		zl_rd_syntax(r, f->file, type_tok->line, type_tok->col,
		    "%.*s is a meta type for queries and transfers, not zone data",
		    (int)type_tok->len, type_s);
		return false;
	}
	return true;
}

/* The owner, made absolute, and the TTL of a record that gives none. */
static bool
settle_owner_and_ttl(struct reader *r, struct file_state *f, struct prefix *p)
{
	if (p->owner)
		set_owner(r, r->text + p->owner->off, p->owner->len);
	else if (r->owner_len == 0) {
		zl_rd_syntax(r, f->file, p->start->line, p->start->col,
		    "the first record has no owner name and there is no previous "
		    "owner to inherit");
		return false;
	}
	/* No TTL: $TTL; else, as RFC 1035 and BIND, the last explicit TTL;
	 * but Windows DNS writes a TTL only where it differs from the zone's
	 * default, the SOA minimum, so its exports take that. */
	bool windows = r->header_origin != NULL || r->windows_list;
	if (!p->explicit_ttl && !r->have_dollar_ttl && !windows &&
	    r->out->ttl_implicit.line == 0)
		r->out->ttl_implicit = (struct zl_loc){f->file, p->start->line,
		    p->start->col};
	if (p->explicit_ttl) {
		if (!r->have_dollar_ttl && !windows) {
			r->ttl = p->ttl;
			r->have_ttl = true;
		}
	} else if (r->have_ttl) {
		p->ttl = r->ttl;
	} else if (r->have_soa_min) {
		p->ttl = r->soa_min;
	}
	/* a TTL written, or given by $TTL, an earlier record or the SOA: not
	 * the 0 of a first record that has none (a Windows export's SOA) */
	bool known = p->explicit_ttl || r->have_ttl || r->have_soa_min;
	enum zl_ttl_kind kind = p->ttl == 0 ? ZL_TTL_ZERO : ZL_TTL_LONG;
	if (known && (p->ttl == 0 || (p->ttl > 604800u &&
	    p->ttl <= 0x7fffffffu)) && r->out->ttl_seen[kind].count++ == 0)
		r->out->ttl_seen[kind] = (struct zl_ttl_seen){{f->file,
		    p->start->line, p->start->col}, p->ttl, 1};
	if (p->ttl > 0x7fffffffu && r->out->ttl_high_count++ == 0) {
		r->out->ttl_high = (struct zl_loc){f->file, p->start->line,
		    p->start->col};
		r->out->ttl_high_value = p->ttl;
	}
	return true;
}

/* The record's data, encoded where the type's encoder (rrtypes.def)
 * says ldns 1.8.3 reads it wrongly or not at all: SVCB and HTTPS, of
 * which it knows an early draft; IPSECKEY without its optional key; CERT
 * with a type number it has no mnemonic for; LOC; CSYNC without a
 * bitmap; SINK, NXT and ATMA; types newer than ldns.  *len 0 and true
 * when ldns reads it as written. */
static bool
encode_data(struct reader *r, struct file_state *f, const struct prefix *p,
    const char **out, size_t *len)
{
	const struct zl_tok *t = r->toks, *type_tok = &t[p->type_at];
	const char *type_s = r->text + type_tok->off;
	size_t i = p->type_at, n = r->ntoks, nf = n - i - 1;
	bool generic = nf > 0 && t[i + 1].len == 2 &&
	    memcmp(r->text + t[i + 1].off, "\\#", 2) == 0;
	const struct zl_rrtype *rt = p->rt;
	bool newer = zl_rrtype_is_newer(rt);
	const ldns_rr_descriptor *desc = ldns_rr_descript((uint16_t)p->type);
	*len = 0;
	if (!generic && !newer && (desc == NULL || desc->_type != p->type)) {
		zl_rd_syntax(r, f->file, type_tok->line, type_tok->col, "the data "
		    "of record type %.*s, which zonelint does not know, must be "
		    "written as \\# LENGTH HEX (RFC 3597 section 5)",
		    (int)type_tok->len, type_s);
		r->out->errors++;
		return false;
	}
	zl_encoder *encode = generic ? NULL : zl_rrtype_encoder(p->type, nf);
	if (encode && nf == 0) {
		if (!newer) /* ldns says what is missing */
			return true;
		zl_rd_syntax(r, f->file, type_tok->line, type_tok->col, "cannot "
		    "read this %.*s record: it has no data", (int)type_tok->len,
		    type_s);
		r->out->errors++;
		return false;
	}
	if (encode == NULL)
		return true;
	struct zl_field *fields = zl_xmalloc(nf * sizeof *fields);
	for (size_t k = 0; k < nf; k++)
		fields[k] = (struct zl_field){r->text + t[i + 1 + k].off,
		    t[i + 1 + k].len};
	char why[256];
	size_t bad;
	if (r->encode_buf == NULL) /* kept: a zone may have thousands */
		r->encode_buf = zl_xmalloc(ENCODE_CAP);
	*out = r->encode_buf;
	*len = encode(fields, nf, r->origin, r->encode_buf, ENCODE_CAP, &bad, why,
	    sizeof why);
	free(fields);
	if (*len > 0)
		return true;
	if (bad >= nf) /* a missing field: point at the last one */
		bad = nf - 1;
	const struct zl_tok *at = &t[i + 1 + bad];
	zl_rd_syntax(r, f->file, at->line, at->col, "cannot read this %.*s "
	    "record: field %zu '%.*s': %s", (int)type_tok->len, type_s, bad + 1,
	    (int)(at->len < 60 ? at->len : 60), r->text + at->off, why);
	r->out->errors++;
	return false;
}

/* One data token into the batch's text at p: the type as ldns knows it,
 * a field rewritten into a spelling ldns reads, or as written. */
static size_t
put_token(struct reader *r, const struct prefix *pre, bool generic, size_t k,
    char *p)
{
	const struct zl_tok *t = &r->toks[k];
	const char *tok = r->text + t->off;
	const struct zl_rrtype *rt = pre->rt;
	size_t len = 0; /* 0: the token as written */
	if (k == pre->type_at && zl_rrtype_is_newer(rt))
		len = rt->like ? (size_t)sprintf(p, "%s",
		    ldns_rr_descript(rt->like)->_name) :
		    (size_t)sprintf(p, "TYPE%u", rt->type);
	else if (k > pre->type_at && !generic)
		len = zl_text_rewrite(pre->type, k - pre->type_at - 1, tok, t->len, p);
	if (len == 0) {
		memcpy(p, tok, t->len);
		len = t->len;
	}
	return len;
}

/* owner TTL CLASS TYPE RDATA into the batch, with the spans of class,
 * type and data. */
static void
add_to_batch(struct reader *r, struct file_state *f, const struct prefix *pre,
    const char *encoded, size_t encoded_len)
{
	const struct zl_tok *t = r->toks, *class_tok = pre->class_tok;
	size_t i = pre->type_at, n = r->ntoks;
	bool generic = n > i + 1 && t[i + 1].len == 2 &&
	    memcmp(r->text + t[i + 1].off, "\\#", 2) == 0;
	struct zl_batch *b = r->cur;
	if (b->n == 0) {
		b->origin = r->origin;
		b->apex = r->apex;
	}
	size_t need = r->owner_len + 32 + (class_tok ? class_tok->len : 2);
	for (size_t k = i; k < n; k++)
		need += t[k].len + 1 + 7; /* + 7: zl_text_rewrite may grow a field */
	need += encoded_len;
	char *start = zl_batch_reserve_text(b, need + 1), *p = start;
	zl_batch_add_job(b, &(struct zl_job){
		.text = (uint32_t)b->text_len, .owner_len = (uint32_t)r->owner_len,
		.tok = (uint32_t)b->nspans, .nrd = (uint32_t)(n - i - 1),
		.has_class = class_tok != NULL, .explicit_ttl = pre->explicit_ttl,
		.type = pre->type, .ttl = pre->ttl, .age = pre->age, .file = f->file,
		.line = pre->start->line, .col = pre->start->col,
		.end_line = f->end_line, .encoded = encoded_len > 0,
	});
	memcpy(p, r->owner, r->owner_len);
	p += r->owner_len;
	*p++ = ' ';
	p = put_uint(p, pre->ttl);
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
		size_t len = 0;
		if (encoded_len > 0 && k > i) { /* the encoding stands for every field */
			if (k == i + 1) {
				memcpy(p, encoded, encoded_len);
				p += encoded_len;
			}
		} else {
			len = put_token(r, pre, generic, k, p);
		}
		*zl_batch_add_span(b) = (struct zl_span){(uint32_t)(b->text_len +
		    (size_t)(p - start)), (uint32_t)len, t[k].line, t[k].col};
		p += len;
	}
	*p++ = '\0';
	b->text_len += (size_t)(p - start);
}

void
zl_rd_record(struct reader *r, struct file_state *f)
{
	struct prefix pre;
	if (!read_prefix(r, f, &pre) || !read_type(r, f, &pre) ||
	    !settle_owner_and_ttl(r, f, &pre))
		return;
	if (pre.type == LDNS_RR_TYPE_NSEC3 &&
	    !nsec3_text_ok(r, f, &r->toks[pre.type_at], r->ntoks - pre.type_at))
		return;
	const char *encoded = NULL;
	size_t encoded_len = 0;
	if (!encode_data(r, f, &pre, &encoded, &encoded_len))
		return;
	add_to_batch(r, f, &pre, encoded, encoded_len);
	/* Size the name index once, from the records in the first part of
	 * the top file, so a big zone's table is not rebuilt as it grows. */
	size_t lexed = f->src.consumed - (f->src.len - f->src.pos);
	if (++r->queued == RESERVE_AFTER && r->depth == 1 && f->src.size > 0 &&
	    lexed > 0)
		r->sink->ops->reserve(r->sink->arg, (size_t)((double)RESERVE_AFTER *
		    (double)f->src.size / (double)lexed * 1.05));
	if (r->in->max_records && r->queued > r->in->max_records)
		r->out->full = true;
	/* the SOA minimum is the TTL of records that follow: settle it now */
	if (r->cur->n == ZL_BATCH_RECORDS || pre.type == LDNS_RR_TYPE_SOA)
		zl_rd_batch_rotate(r, pre.type == LDNS_RR_TYPE_SOA);
}
