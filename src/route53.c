/*
 * route53.c: Route 53 JSON to zone-file text; see route53.h.
 *
 * jansson parses every JSON value.  It keeps no positions, and a tree of
 * the whole document would cost many times the file, so this file steps
 * through the containers it reads into (the top object, the
 * ResourceRecordSets list, each set, its ResourceRecords and
 * AliasTarget) one member at a time: json_loadb with
 * JSON_DISABLE_EOF_CHECK parses one key or value and reports in
 * error.position how many bytes it took, so the offset of every value,
 * hence its line and column, is known.  Here only white space and the
 * punctuation between members are looked at; strings, numbers and every
 * other value (nested to jansson's depth limit, 2048) are jansson's.
 */
#include <jansson.h>
#include <ldns/ldns.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "route53.h"

#define FORMAT "Route 53 JSON from aws route53 list-resource-record-sets"
const char zl_route53_format[] = FORMAT;

const char *
zl_route53_origin_source(const char *source)
{
	static const char *const known[][2] = {
		{"its SOA record", "its SOA record; read as " FORMAT},
		{"the SOA record", "the SOA record; read as " FORMAT},
		{"--origin", "--origin; read as " FORMAT},
		{"the file name", "the file name; read as " FORMAT},
		/* the only $ORIGIN there is the translation's (finish()) */
		{"$ORIGIN", "the names' common suffix; read as " FORMAT},
	};
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcmp(source, known[i][0]) == 0)
			return known[i][1];
	return source;
}

struct outline {          /* a line written, before the SOA is moved up */
	size_t off, len;
	struct zl_r53_line at;
	bool soa;
};

struct tr {
	const char *j;
	size_t n, p;          /* the JSON, its length, the cursor */
	size_t w_off, w_start; /* where(): last offset, its line's start */
	uint32_t w_line;
	char *out;
	size_t olen, ocap;
	struct outline *lines;
	size_t nlines, lcap;
	uint32_t sets;        /* routing-policy sets numbered so far */
	bool soa;             /* an SOA was written */
	char *suffix;         /* the owners' common suffix, lower case */
	size_t suffix_len;
	bool stop;            /* malformed JSON: no more is read */
	struct zl_r53 *res;
};

struct val {
	json_t *v;
	size_t at;
};

struct rset {             /* one member of ResourceRecordSets */
	size_t start;
	struct val name, type, ttl, setid, alias;
	struct val *vals;
	size_t nvals, cap;
	bool has_alias;
	unsigned long dropped; /* values past ZL_R53_MAX_VALUES */
};

typedef bool (*member_fn)(struct tr *t, const char *key, void *arg);
typedef bool (*element_fn)(struct tr *t, void *arg);

/* Line and column of offset off (bytes; columns count bytes from 1). */
static void
where(struct tr *t, size_t off, uint32_t *line, uint32_t *col)
{
	if (t->w_line == 0)
		t->w_line = 1;
	if (off < t->w_off) { /* back (an error at a set's start): as far */
		bool crossed = false;
		for (size_t i = t->w_off; i > off; i--)
			if (t->j[i - 1] == '\n') {
				t->w_line--;
				crossed = true;
			}
		if (crossed) {
			t->w_start = off;
			while (t->w_start > 0 && t->j[t->w_start - 1] != '\n')
				t->w_start--;
		}
	}
	for (size_t i = t->w_off; i < off && i < t->n; i++)
		if (t->j[i] == '\n') {
			t->w_line++;
			t->w_start = i + 1;
		}
	t->w_off = off;
	*line = t->w_line;
	*col = (uint32_t)(off - t->w_start + 1);
}

static void ZL_PRINTF(3, 4)
error_at(struct tr *t, size_t off, const char *fmt, ...)
{
	struct zl_r53 *r = t->res;
	if (r->nerrors == ZL_R53_MAX_ERRORS) {
		r->more_errors++;
		return;
	}
	if (r->errors == NULL)
		r->errors = zl_xmalloc(ZL_R53_MAX_ERRORS * sizeof *r->errors);
	struct zl_r53_error *e = &r->errors[r->nerrors++];
	where(t, off, &e->line, &e->col);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
}

/* Malformed JSON: said once, and reading stops. */
static bool ZL_PRINTF(3, 4)
malformed(struct tr *t, size_t off, const char *fmt, ...)
{
	char msg[200];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	error_at(t, off, "malformed JSON: %s; the rest of the file is not read",
	    msg);
	t->stop = true;
	return false;
}

static void
ws(struct tr *t)
{
	while (t->p < t->n && (t->j[t->p] == ' ' || t->j[t->p] == '\t' ||
	    t->j[t->p] == '\n' || t->j[t->p] == '\r'))
		t->p++;
}

static int
peek(struct tr *t)
{
	ws(t);
	return t->p < t->n ? (unsigned char)t->j[t->p] : -1;
}

/* One JSON value at the cursor, parsed by jansson; NULL when malformed. */
static json_t *
value(struct tr *t)
{
	json_error_t e;
	ws(t);
	size_t at = t->p;
	json_t *v = json_loadb(t->j + at, t->n - at,
	    JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &e);
	if (v == NULL) {
		/* jansson's position counts from at: where it stopped */
		size_t off = at + (e.position > 0 ? (size_t)e.position : 0);
		malformed(t, off < t->n ? off : t->n, "%s", e.text);
		return NULL;
	}
	t->p = at + (size_t)e.position;
	return v;
}

static bool
skip(struct tr *t)
{
	json_t *v = value(t);
	json_decref(v);
	return v != NULL;
}

/* Steps through the object at the cursor, each member to fn (which reads
 * the value).  A value that is no object is reported as what and skipped. */
static bool
object(struct tr *t, const char *what, member_fn fn, void *arg)
{
	if (peek(t) != '{') {
		size_t at = t->p;
		if (skip(t))
			error_at(t, at, "%s is not a JSON object; not read", what);
		return !t->stop;
	}
	t->p++;
	if (peek(t) == '}') {
		t->p++;
		return true;
	}
	for (;;) {
		size_t at = t->p;
		json_t *k = value(t);
		if (k == NULL)
			return false;
		if (!json_is_string(k)) {
			json_decref(k);
			return malformed(t, at, "a key that is not a string");
		}
		bool ok = peek(t) == ':';
		if (!ok) {
			json_decref(k);
			return malformed(t, t->p, "':' expected after a key");
		}
		t->p++;
		ws(t);
		ok = fn(t, json_string_value(k), arg);
		json_decref(k);
		if (!ok || t->stop)
			return false;
		int c = peek(t);
		if (c != ',' && c != '}')
			return malformed(t, t->p, "',' or '}' expected in %s", what);
		t->p++;
		if (c == '}')
			return true;
	}
}

/* The same for a list: each element to fn, at most max of them; the
 * elements past max are skipped and counted in *dropped. */
static bool
array(struct tr *t, const char *what, size_t max, unsigned long *dropped,
    element_fn fn, void *arg)
{
	if (peek(t) != '[') {
		size_t at = t->p;
		if (skip(t))
			error_at(t, at, "%s is not a JSON list; not read", what);
		return !t->stop;
	}
	t->p++;
	if (peek(t) == ']') {
		t->p++;
		return true;
	}
	for (size_t i = 0;; i++) {
		bool ok = i < max ? fn(t, arg) : skip(t);
		if (i >= max)
			++*dropped;
		if (!ok || t->stop)
			return false;
		int c = peek(t);
		if (c != ',' && c != ']')
			return malformed(t, t->p, "',' or ']' expected in %s", what);
		t->p++;
		if (c == ']')
			return true;
	}
}

static void
put(struct tr *t, const char *s, size_t n)
{
	if (t->olen + n + 1 > t->ocap) {
		t->ocap = 2 * (t->olen + n + 1) + 4096;
		t->out = zl_xrealloc(t->out, t->ocap);
	}
	memcpy(t->out + t->olen, s, n);
	t->olen += n;
}

static void
putc_(struct tr *t, char c)
{
	put(t, &c, 1);
}

/* A name from JSON for zone syntax: Route 53 writes a byte outside
 * letters, digits, '-' and '_' as an octal escape (\052 is '*'); zone
 * files write escapes in decimal.  Any byte that zone syntax could read
 * otherwise ('$' or '@' first, spaces, quotes, parentheses, ';') is
 * written as a decimal escape. */
static void
put_byte(struct tr *t, unsigned c, bool escaped)
{
	bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '*' ||
	    c == '/' || (c == '.' && !escaped);
	if (plain) {
		putc_(t, (char)c);
		return;
	}
	char b[8];
	snprintf(b, sizeof b, "\\%03u", c & 0xffu);
	put(t, b, 4);
}

static bool
octal(char c)
{
	return c >= '0' && c <= '7';
}

static void
put_name(struct tr *t, const char *s, size_t n)
{
	if (n == 0)
		return;
	for (size_t i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i];
		if (c == '\\' && i + 3 < n && s[i + 1] <= '3' && octal(s[i + 1]) &&
		    octal(s[i + 2]) && octal(s[i + 3])) {
			put_byte(t, (unsigned)((s[i + 1] - '0') * 64 +
			    (s[i + 2] - '0') * 8 + (s[i + 3] - '0')), true);
			i += 3;
		} else if (c == '\\' && i + 1 < n) { /* \. and the like */
			put_byte(t, (unsigned char)s[++i], true);
		} else {
			put_byte(t, c, false);
		}
	}
}

static bool
label_start(const char *s, size_t at)
{
	return at == 0 || s[at - 1] == '.';
}

/* The owner just written (n bytes at t->out + at) shortens the common
 * suffix of the owners to their last labels in common.  Names are
 * written with every dot that is not a label's end escaped. */
static void
note_owner(struct tr *t, size_t at, size_t n)
{
	const char *o = t->out + at;
	if (t->suffix == NULL) {
		t->suffix = zl_xmalloc(n + 1);
		for (size_t i = 0; i < n; i++)
			t->suffix[i] = (char)tolower((unsigned char)o[i]);
		t->suffix_len = n;
		return;
	}
	size_t k = 0; /* bytes in common from the end, then whole labels */
	while (k < n && k < t->suffix_len &&
	    tolower((unsigned char)o[n - 1 - k]) == t->suffix[t->suffix_len - 1 - k])
		k++;
	while (k > 0 && !(label_start(o, n - k) &&
	    label_start(t->suffix, t->suffix_len - k)))
		k--;
	memmove(t->suffix, t->suffix + t->suffix_len - k, k);
	t->suffix_len = k;
}

/* An owner: absolute, as Route 53 reads every name, and noted. */
static void
put_owner(struct tr *t, const char *name)
{
	size_t o = t->olen;
	put_name(t, name, strlen(name));
	if (t->olen == o || t->out[t->olen - 1] != '.')
		putc_(t, '.');
	note_owner(t, o, t->olen - o);
}

/* Starts a line of the text for the value at off. */
static void
begin_line(struct tr *t, size_t off, uint32_t set, bool soa)
{
	if (t->nlines == t->lcap) {
		t->lcap = t->lcap ? 2 * t->lcap : 256;
		t->lines = zl_xrealloc(t->lines, t->lcap * sizeof *t->lines);
	}
	struct outline *l = &t->lines[t->nlines++];
	*l = (struct outline){.off = t->olen, .soa = soa};
	where(t, off, &l->at.line, &l->at.col);
	l->at.set = set;
}

static void
end_line(struct tr *t)
{
	putc_(t, '\n');
	struct outline *l = &t->lines[t->nlines - 1];
	l->len = t->olen - l->off;
}

static void
keep(struct val *slot, json_t *v, size_t at)
{
	json_decref(slot->v);
	slot->v = v;
	slot->at = at;
}

static bool
rr_member(struct tr *t, const char *key, void *arg)
{
	struct rset *rs = arg;
	if (strcmp(key, "Value") != 0)
		return skip(t);
	size_t at = t->p;
	json_t *v = value(t);
	if (v == NULL)
		return false;
	if (rs->nvals == rs->cap) {
		rs->cap = rs->cap ? 2 * rs->cap : 8;
		rs->vals = zl_xrealloc(rs->vals, rs->cap * sizeof *rs->vals);
	}
	rs->vals[rs->nvals++] = (struct val){v, at};
	return true;
}

static bool
rr_element(struct tr *t, void *arg)
{
	return object(t, "a member of ResourceRecords", rr_member, arg);
}

static bool
alias_member(struct tr *t, const char *key, void *arg)
{
	struct rset *rs = arg;
	if (strcmp(key, "DNSName") != 0)
		return skip(t);
	size_t at = t->p;
	json_t *v = value(t);
	if (v)
		keep(&rs->alias, v, at);
	return v != NULL;
}

static bool
set_member(struct tr *t, const char *key, void *arg)
{
	struct rset *rs = arg;
	struct val *slot = strcmp(key, "Name") == 0 ? &rs->name :
	    strcmp(key, "Type") == 0 ? &rs->type :
	    strcmp(key, "TTL") == 0 ? &rs->ttl :
	    strcmp(key, "SetIdentifier") == 0 ? &rs->setid : NULL;
	if (slot) {
		size_t at = t->p;
		json_t *v = value(t);
		if (v)
			keep(slot, v, at);
		return v != NULL;
	}
	if (strcmp(key, "ResourceRecords") == 0)
		return array(t, "ResourceRecords", ZL_R53_MAX_VALUES, &rs->dropped,
		    rr_element, rs);
	if (strcmp(key, "AliasTarget") == 0) {
		rs->has_alias = true;
		return object(t, "AliasTarget", alias_member, rs);
	}
	return skip(t); /* Weight, Region, Failover, HealthCheckId... */
}

/* Whether a value can be one line of zone text: no line break, no
 * parenthesis outside quotes (it would join the next lines). */
static const char *
value_problem(const char *s, size_t n)
{
	bool quoted = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\n' || c == '\r')
			return "holds a line break";
		if (c == '\\' && i + 1 < n)
			i++;
		else if (c == '"')
			quoted = !quoted;
		else if (!quoted && (c == '(' || c == ')'))
			return "holds a parenthesis outside quotes, which zone files "
			    "use to join lines";
	}
	return NULL;
}

static bool
type_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 16)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

/* An alias: one record of the private type, "\# LEN HEX" of the magic,
 * the aliased type and the target's name. */
static void
emit_alias(struct tr *t, const struct rset *rs, uint32_t set)
{
	const char *type = json_string_value(rs->type.v);
	if (!json_is_string(rs->alias.v)) {
		error_at(t, rs->alias.v ? rs->alias.at : rs->start,
		    "alias record set %s %s without a DNSName string; not read",
		    json_string_value(rs->name.v), type);
		return;
	}
	size_t tn = t->olen; /* the target, for ldns, written and taken back */
	const char *target = json_string_value(rs->alias.v);
	put_name(t, target, strlen(target));
	putc_(t, '\0');
	ldns_rdf *d = ldns_dname_new_frm_str(t->out + tn);
	t->olen = tn;
	ldns_rr_type rt = ldns_get_rr_type_by_name(type);
	if (d == NULL || rt == 0) {
		error_at(t, rs->alias.at, d ? "alias of unknown type %s; not read" :
		    "alias target %s is not a domain name; not read",
		    d ? type : target);
		ldns_rdf_deep_free(d);
		return;
	}
	begin_line(t, rs->alias.at, set, false);
	put_owner(t, json_string_value(rs->name.v));
	char b[64];
	size_t len = 4 + 2 + ldns_rdf_size(d);
	snprintf(b, sizeof b, " 60 IN TYPE%d \\# %zu ", ZL_R53_ALIAS_TYPE, len);
	put(t, b, strlen(b));
	uint8_t head[6] = {'R', '5', '3', 'A', (uint8_t)(rt >> 8), (uint8_t)rt};
	const uint8_t *w = ldns_rdf_data(d);
	for (size_t i = 0; i < len; i++) {
		snprintf(b, sizeof b, "%02x", i < 6 ? head[i] : w[i - 6]);
		put(t, b, 2);
	}
	end_line(t);
	ldns_rdf_deep_free(d);
}

/* Fields of a value that hold a domain name, numbered from 1, as bits. */
static unsigned
name_fields(const char *type)
{
	static const struct { const char *type; unsigned fields; } t[] = {
		{"CNAME", 1u << 1}, {"NS", 1u << 1}, {"PTR", 1u << 1},
		{"MX", 1u << 2}, {"SRV", 1u << 4}, {"SOA", 1u << 1 | 1u << 2},
		{"SVCB", 1u << 2}, {"HTTPS", 1u << 2}, {"NAPTR", 1u << 6},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		if (strcasecmp(type, t[i].type) == 0)
			return t[i].fields;
	return 0;
}

/* A value, each name in it absolute: Route 53 reads www.example.com
 * and www.example.com. as one name, where a zone file would append the
 * origin to the first. */
static void
put_value(struct tr *t, const char *type, const char *s, size_t n)
{
	unsigned fields = name_fields(type);
	size_t i = 0;
	for (unsigned field = 1; i < n; field++) {
		size_t start = i;
		while (i < n && s[i] != ' ' && s[i] != '\t')
			i += s[i] == '\\' && i + 1 < n ? 2 : 1;
		put(t, s + start, i - start);
		if (field < 32 && (fields >> field & 1) && i > start &&
		    s[i - 1] != '.')
			putc_(t, '.');
		start = i;
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		put(t, s + start, i - start);
	}
}

static void
emit_values(struct tr *t, const struct rset *rs, uint32_t set)
{
	const char *name = json_string_value(rs->name.v);
	const char *type = json_string_value(rs->type.v);
	json_int_t ttl = json_is_integer(rs->ttl.v) ?
	    json_integer_value(rs->ttl.v) : -1;
	if (ttl < 0 || ttl > 4294967295LL) {
		error_at(t, rs->ttl.v ? rs->ttl.at : rs->start, "record set %s %s: "
		    "%s; not read", name, type, rs->ttl.v ? "TTL is not a number "
		    "from 0 to 4294967295" : "no TTL and no AliasTarget");
		return;
	}
	bool soa = strcasecmp(type, "SOA") == 0;
	for (size_t i = 0; i < rs->nvals; i++) {
		const struct val *v = &rs->vals[i];
		const char *why = json_is_string(v->v) ? value_problem(
		    json_string_value(v->v), json_string_length(v->v)) :
		    "is not a string";
		if (why) {
			error_at(t, v->at, "%s %s value %s; not read", name, type, why);
			continue;
		}
		begin_line(t, v->at, set, soa);
		put_owner(t, name);
		t->soa |= soa;
		char b[64];
		snprintf(b, sizeof b, " %lld IN %s ", (long long)ttl, type);
		put(t, b, strlen(b));
		put_value(t, type, json_string_value(v->v), json_string_length(v->v));
		end_line(t);
	}
	if (rs->nvals == 0)
		error_at(t, rs->start, "record set %s %s has no ResourceRecords "
		    "values; not read", name, type);
	if (rs->dropped)
		error_at(t, rs->start, "record set %s %s has more than %u values; "
		    "%lu not read", name, type, ZL_R53_MAX_VALUES, rs->dropped);
}

static void
emit_set(struct tr *t, const struct rset *rs)
{
	if (!json_is_string(rs->name.v) || json_string_length(rs->name.v) == 0 ||
	    strlen(json_string_value(rs->name.v)) != json_string_length(rs->name.v)) {
		error_at(t, rs->name.v ? rs->name.at : rs->start,
		    "record set without a Name string; not read");
		return;
	}
	if (!json_is_string(rs->type.v) || !type_ok(json_string_value(rs->type.v))) {
		error_at(t, rs->type.v ? rs->type.at : rs->start, "record set %s "
		    "without a Type of letters and digits; not read",
		    json_string_value(rs->name.v));
		return;
	}
	/* numbered 1 to 65535 and again: only sets side by side compare */
	uint32_t set = 0;
	if (rs->setid.v)
		set = t->sets = t->sets % 65535 + 1;
	if (rs->has_alias)
		emit_alias(t, rs, set);
	else
		emit_values(t, rs, set);
}

static void
free_set(struct rset *rs)
{
	json_decref(rs->name.v);
	json_decref(rs->type.v);
	json_decref(rs->ttl.v);
	json_decref(rs->setid.v);
	json_decref(rs->alias.v);
	for (size_t i = 0; i < rs->nvals; i++)
		json_decref(rs->vals[i].v);
	free(rs->vals);
}

static bool
set_element(struct tr *t, void *arg)
{
	(void)arg;
	bool obj = peek(t) == '{';
	struct rset rs = {.start = t->p};
	bool ok = object(t, "a member of ResourceRecordSets", set_member, &rs);
	if (ok && obj)
		emit_set(t, &rs);
	free_set(&rs);
	return ok;
}

static bool
top_member(struct tr *t, const char *key, void *arg)
{
	unsigned long *dropped = arg;
	if (strcmp(key, "ResourceRecordSets") != 0)
		return skip(t); /* IsTruncated, MaxItems, NextRecordName... */
	return array(t, "ResourceRecordSets", ZL_R53_MAX_SETS, dropped,
	    set_element, NULL);
}

/* The text with the SOA's lines first, and the line table.  Without an
 * SOA, a first line "$ORIGIN SUFFIX" (at line 1) names the owners'
 * common suffix as the origin, when they have one. */
static void
finish(struct tr *t, struct zl_r53 *out)
{
	bool origin = !t->soa && t->suffix_len > 1 && t->suffix[0] != '.';
	size_t extra = origin ? t->suffix_len + 9 : 0;
	out->text = zl_xmalloc(t->olen + extra + 1);
	out->lines = zl_xmalloc((t->nlines + 2) * sizeof *out->lines);
	size_t at = 0;
	if (origin) {
		memcpy(out->text, "$ORIGIN ", 8);
		memcpy(out->text + 8, t->suffix, t->suffix_len);
		out->text[extra - 1] = '\n';
		at = extra;
		out->lines[out->nlines++] = (struct zl_r53_line){1, 1, 0};
	}
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < t->nlines; i++) {
			const struct outline *l = &t->lines[i];
			if (l->soa != (pass == 0))
				continue;
			memcpy(out->text + at, t->out + l->off, l->len);
			at += l->len;
			out->lines[out->nlines++] = l->at;
		}
	out->text[at] = '\0';
	out->len = at;
}

bool
zl_route53_detect(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
	    s[i] == '\r'))
		i++;
	return i < n && s[i] == '{' &&
	    memmem(s + i, n - i, "\"ResourceRecordSets\"", 20) != NULL;
}

void
zl_route53_translate(const char *s, size_t n, struct zl_r53 *out)
{
	*out = (struct zl_r53){0};
	struct tr t = {.j = s, .n = n, .res = out};
	unsigned long dropped = 0;
	if (object(&t, "the file", top_member, &dropped) && peek(&t) >= 0)
		malformed(&t, t.p, "text after the JSON object");
	if (dropped) { /* said even past ZL_R53_MAX_ERRORS, in the last's place */
		if (out->nerrors == ZL_R53_MAX_ERRORS) {
			out->nerrors--;
			out->more_errors++;
		}
		error_at(&t, 0, "more than %u record sets; %lu not read",
		    ZL_R53_MAX_SETS, dropped);
	}
	finish(&t, out);
	free(t.out);
	free(t.lines);
	free(t.suffix);
}

void
zl_route53_free(struct zl_r53 *r)
{
	free(r->text);
	free(r->lines);
	free(r->errors);
	*r = (struct zl_r53){0};
}
