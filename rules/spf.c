/* spf.c: an SPF policy (RFC 7208) split into terms, each judged. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "spf.h"

static const struct {
	const char *name;
	enum spf_kind kind;
	bool modifier;
} names[] = {
	{"all", SPF_ALL, false}, {"include", SPF_INCLUDE, false},
	{"a", SPF_A, false}, {"mx", SPF_MX, false}, {"ptr", SPF_PTR, false},
	{"ip4", SPF_IP4, false}, {"ip6", SPF_IP6, false},
	{"exists", SPF_EXISTS, false}, {"redirect", SPF_REDIRECT, true},
	{"exp", SPF_EXP, true},
};
#define NNAMES (sizeof names / sizeof names[0])

const char *
spf_kind_name(enum spf_kind kind)
{
	for (size_t i = 0; i < NNAMES; i++)
		if (names[i].kind == kind)
			return names[i].name;
	return kind == SPF_VERSION ? "v=spf1" : "?";
}

bool
spf_kind_queries(enum spf_kind kind)
{
	return kind == SPF_INCLUDE || kind == SPF_A || kind == SPF_MX ||
	    kind == SPF_PTR || kind == SPF_EXISTS || kind == SPF_REDIRECT;
}

bool
spf_is_policy(const uint8_t *d, uint32_t len)
{
	/* the first string; a policy needs "v=spf1" there or, split after
	 * it, the space or end in the next one */
	if (len < 7 || d[0] < 6 || strncasecmp((const char *)d + 1, "v=spf1",
	    6) != 0)
		return false;
	return d[0] == 6 || d[7] == ' ';
}

/* Edit distance (adjacent swaps count one) of a and b, caselessly, both
 * at most 31 octets; 99 for longer. */
static unsigned
distance(const char *a, size_t na, const char *b, size_t nb)
{
	unsigned d[32][32];
	if (na > 31 || nb > 31 || na > nb + 2 || nb > na + 2)
		return 99; /* more than two apart: too far for any caller */
	for (size_t i = 0; i <= na; i++)
		d[i][0] = (unsigned)i;
	for (size_t j = 0; j <= nb; j++)
		d[0][j] = (unsigned)j;
	for (size_t i = 1; i <= na; i++)
		for (size_t j = 1; j <= nb; j++) {
			unsigned c = zl_lower((uint8_t)a[i - 1]) !=
			    zl_lower((uint8_t)b[j - 1]);
			unsigned v = d[i - 1][j - 1] + c;
			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[na][nb];
}

/* The known name closest to the n octets at w ("include:" or
 * "redirect=", with its separator), or NULL when none is close. */
static const char *
near_name(const char *w, size_t n, bool modifiers_only)
{
	static const char *const shown[NNAMES] = {"all", "include:", "a",
	    "mx", "ptr", "ip4:", "ip6:", "exists:", "redirect=", "exp="};
	const char *best = NULL;
	unsigned bd = 99;
	for (size_t i = 0; i < NNAMES; i++) {
		if (modifiers_only && !names[i].modifier)
			continue;
		size_t m = strlen(names[i].name);
		unsigned d = distance(w, n, names[i].name, m);
		size_t shortest = m < n ? m : n;
		if ((d <= 1 && shortest >= 2) || (d <= 2 && shortest >= 5) ||
		    (d == 0)) {
			if (d < bd) {
				bd = d;
				best = shown[i];
			}
		}
	}
	return best;
}

const char *
spf_nearest(const char *w, size_t n, const char *const *cands)
{
	const char *best = NULL;
	unsigned bd = 99;
	for (size_t i = 0; cands[i]; i++) {
		size_t m = strlen(cands[i]);
		unsigned d = distance(w, n, cands[i], m);
		size_t shortest = m < n ? m : n;
		if (((d <= 1 && shortest >= 2) || (d <= 2 && shortest >= 5)) &&
		    d < bd) {
			bd = d;
			best = cands[i];
		}
	}
	return best;
}

/* The kind named by the n octets at w, as a mechanism or a modifier. */
static enum spf_kind
kind_of(const char *w, size_t n, bool modifier)
{
	for (size_t i = 0; i < NNAMES; i++)
		if (names[i].modifier == modifier &&
		    strlen(names[i].name) == n &&
		    strncasecmp(names[i].name, w, n) == 0)
			return names[i].kind;
	return modifier ? SPF_MODIFIER : SPF_UNKNOWN;
}

/* Whether the n octets at p are a prefix length from 0 to max, written
 * without a leading zero. */
static bool
prefix_ok(const char *p, size_t n, unsigned max)
{
	if (n == 0 || n > 3 || (n > 1 && p[0] == '0'))
		return false;
	unsigned v = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return false;
		v = v * 10 + (unsigned)(p[i] - '0');
	}
	return v <= max;
}

/* a and mx: "/4" or "//6" or "/4//6" at p (n octets, from the '/'). */
static bool
dual_cidr_ok(const char *p, size_t n)
{
	const char *dd = NULL;
	for (size_t i = 0; i + 1 < n; i++)
		if (p[i] == '/' && p[i + 1] == '/') {
			dd = p + i;
			break;
		}
	if (dd == NULL)
		return prefix_ok(p + 1, n - 1, 32);
	if (dd > p && !prefix_ok(p + 1, (size_t)(dd - p) - 1, 32))
		return false;
	return prefix_ok(dd + 2, n - (size_t)(dd - p) - 2, 128);
}

/* ip4: and ip6: values, "ADDRESS[/LENGTH]". */
static enum spf_problem
ip_check(const char *v, size_t n, bool six)
{
	char a[64];
	size_t k = 0;
	while (k < n && v[k] != '/')
		k++;
	if (k == 0 || k >= sizeof a)
		return SPF_BAD_ADDRESS;
	memcpy(a, v, k);
	a[k] = '\0';
	unsigned char out[16];
	if (inet_pton(six ? AF_INET6 : AF_INET, a, out) != 1)
		return SPF_BAD_ADDRESS;
	if (k < n && !prefix_ok(v + k + 1, n - k - 1, six ? 128 : 32))
		return SPF_BAD_PREFIX;
	return SPF_OK;
}

/* Reads the term at t->off (t->len octets) of s: its kind and problem. */
static void
judge(const struct spf *s, struct spf_term *t)
{
	const char *w = s->text + t->off;
	size_t n = t->len, i = 0;
	t->qualifier = '+';
	if (n > 0 && strchr("+-~?", w[0]) != NULL)
		t->qualifier = w[i++];
	size_t name = i;
	while (i < n && w[i] != ':' && w[i] != '/' && w[i] != '=')
		i++;
	size_t nlen = i - name;
	bool modifier = i < n && w[i] == '=' && t->qualifier == '+' &&
	    name == 0;
	t->kind = nlen == 0 ? SPF_UNKNOWN : kind_of(w + name, nlen, modifier);
	if (i < n && (w[i] == ':' || w[i] == '=')) {
		t->value = t->off + (uint32_t)i + 1;
		size_t e = i + 1;
		if (t->kind == SPF_A || t->kind == SPF_MX)
			while (e < n && w[e] != '/')
				e++;
		else
			e = n;
		t->vlen = (uint32_t)(e - i - 1);
	}
	size_t rest = t->value ? t->value - t->off + t->vlen : i;
	switch (t->kind) {
	case SPF_UNKNOWN: /* its near name: spf_near(), when reported */
		t->problem = SPF_UNKNOWN_MECHANISM;
		break;
	case SPF_MODIFIER:
		if ((t->near = near_name(w, nlen, true)) != NULL)
			t->problem = SPF_MISSPELT_MODIFIER;
		break;
	case SPF_ALL:
		if (i < n)
			t->problem = SPF_EXTRA_VALUE;
		break;
	case SPF_PTR:
		if (rest < n)
			t->problem = SPF_EXTRA_VALUE;
		break;
	case SPF_INCLUDE:
	case SPF_EXISTS:
	case SPF_REDIRECT:
	case SPF_EXP:
		if (t->vlen == 0)
			t->problem = SPF_NO_VALUE;
		break;
	case SPF_IP4:
	case SPF_IP6:
		if (t->vlen == 0)
			t->problem = SPF_NO_VALUE;
		else
			t->problem = ip_check(s->text + t->value, t->vlen,
			    t->kind == SPF_IP6);
		break;
	case SPF_A:
	case SPF_MX:
		if (t->value && t->vlen == 0)
			t->problem = SPF_NO_VALUE;
		else if (rest < n && !dual_cidr_ok(w + rest, n - rest))
			t->problem = SPF_BAD_PREFIX;
		break;
	default:
		break;
	}
}

/* Whether the n octets at w start a term: a known mechanism's name (then
 * ':', '/' or the end) or "redirect=" / "exp=". */
static bool
starts_term(const char *w, size_t n)
{
	size_t i = 0;
	if (n > 0 && strchr("+-~?", w[0]) != NULL)
		i++;
	size_t k = i;
	while (k < n && w[k] != ':' && w[k] != '/' && w[k] != '=')
		k++;
	bool eq = k < n && w[k] == '=';
	enum spf_kind kind = kind_of(w + i, k - i, eq);
	return kind != SPF_UNKNOWN && kind != SPF_MODIFIER;
}

/* A term that crosses from one string into the next, with no space on
 * either side, where the second part starts a term of its own or the
 * first part is a whole term ("-all" "record 1" reads "-allrecord"). */
static void
find_join(const struct spf *s, struct spf_term *t)
{
	for (uint32_t k = 1; k < s->nstr; k++) {
		uint32_t b = s->str_off[k];
		if (b <= t->off || b >= t->off + t->len)
			continue;
		struct spf_term head = {.off = t->off, .len = b - t->off};
		judge(s, &head);
		if (starts_term(s->text + b, t->off + t->len - b) ||
		    (head.problem == SPF_OK && head.kind != SPF_MODIFIER)) {
			t->problem = SPF_JOINED;
			t->join = b;
			return;
		}
	}
}

bool
spf_mentions(const uint8_t *d, uint32_t len, const char *word)
{
	size_t n = strlen(word);
	if (len == 0 || (uint32_t)d[0] + 1 < len)
		return true; /* several strings: word may be split */
	for (uint32_t i = 1; i + n <= len; i++)
		if (zl_lower(d[i]) == (uint8_t)word[0] &&
		    zl_word_is((const char *)d + i, n, word))
			return true;
	return false;
}

/* The last policy parsed, by whichever rule: the SPF rules all read the
 * same TXT record in turn, so the first parses it and the others copy
 * the parts in use (a short policy's few terms, not the whole struct).
 * The cache holds its own copy, so no rule's state need outlive it.
 * Rules run on the engine's one thread, so one cache serves; it is not
 * thread-local, as every thread would then zero its 280 KiB at start. */
static struct {
	bool valid;
	uint32_t len;
	uint8_t d[65535];        /* the TXT data it was parsed from */
	struct spf parse;
} last;

/* The parts of src in use, into dst. */
static void
copy_parse(struct spf *dst, const struct spf *src)
{
	memcpy(dst->text, src->text, src->len);
	dst->len = src->len;
	memcpy(dst->str_off, src->str_off,
	    (src->nstr + 1) * sizeof *dst->str_off);
	dst->nstr = src->nstr;
	memcpy(dst->term, src->term, src->nterm * sizeof *dst->term);
	dst->nterm = src->nterm;
	dst->cut = src->cut;
}

static bool
reuse(struct spf *s, const uint8_t *d, uint32_t len)
{
	if (!last.valid || len != last.len || memcmp(d, last.d, len) != 0)
		return false;
	copy_parse(s, &last.parse);
	return true;
}

/* After s is parsed from d: the next rule may copy it. */
static void
remember(const struct spf *s, const uint8_t *d, uint32_t len)
{
	last.valid = false;
	if (len > sizeof last.d)
		return;
	memcpy(last.d, d, len);
	last.len = len;
	copy_parse(&last.parse, s);
	last.valid = true;
}

void
spf_join(struct spf *s, const uint8_t *d, uint32_t len)
{
	s->len = s->nstr = 0;
	/* each string is at most 255 octets, and at least 1 of d */
	for (uint32_t p = 0; p < len && s->nstr < 32768;) {
		uint32_t n = d[p];
		if (p + 1 + n > len)
			n = len - p - 1;
		s->str_off[s->nstr++] = s->len;
		memcpy(s->text + s->len, d + p + 1, n);
		s->len += n;
		p += 1 + n;
	}
	s->str_off[s->nstr] = s->len;
}

bool
spf_parse(struct spf *s, const uint8_t *d, uint32_t len)
{
	if (!spf_is_policy(d, len))
		return false;
	if (reuse(s, d, len))
		return true;
	spf_join(s, d, len);
	s->nterm = 0;
	s->cut = false;
	/* the terms: runs of octets other than space */
	for (uint32_t p = 0; p < s->len;) {
		while (p < s->len && s->text[p] == ' ')
			p++;
		if (p == s->len)
			break;
		uint32_t e = p;
		while (e < s->len && s->text[e] != ' ')
			e++;
		if (s->nterm == SPF_MAX_TERMS) {
			s->cut = true;
			break;
		}
		struct spf_term *t = &s->term[s->nterm++];
		*t = (struct spf_term){.off = p, .len = e - p};
		if (s->nterm == 1) {
			t->kind = SPF_VERSION;
			if (t->len > 6) { /* "v=spf1" then the next string */
				t->problem = SPF_JOINED;
				t->join = 6;
			}
		} else {
			judge(s, t);
			if (t->problem != SPF_OK &&
			    t->problem != SPF_MISSPELT_MODIFIER)
				find_join(s, t);
		}
		p = e;
	}
	remember(s, d, len);
	return true;
}

const char *
spf_near(const struct spf *s, const struct spf_term *t)
{
	if (t->problem != SPF_UNKNOWN_MECHANISM)
		return t->near;
	const char *w = s->text + t->off;
	size_t n = t->len, i = 0;
	if (n > 0 && strchr("+-~?", w[0]) != NULL)
		i++;
	size_t e = i;
	while (e < n && w[e] != ':' && w[e] != '/' && w[e] != '=')
		e++;
	return near_name(w + i, e - i, false);
}

struct zl_loc
spf_loc(const struct spf *s, const struct zl_record *rec, uint32_t off)
{
	uint32_t k = 0;
	while (k + 1 < s->nstr && s->str_off[k + 1] <= off)
		k++;
	if (k >= rec->rdata_count)
		return rec->loc;
	const struct zl_token *t = &rec->rdata[k];
	uint32_t col = t->col; /* the string's start, when no better */
	if (t->octets != ZL_TOKEN_OTHER && s->nstr == rec->rdata_count &&
	    off >= s->str_off[k])
		col += (t->octets == ZL_TOKEN_QUOTED) + (off - s->str_off[k]);
	return (struct zl_loc){rec->loc.file, t->line, col};
}

const char *
spf_show(const char *p, size_t n, char *buf, size_t size)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (o + 8 >= size) {
			memcpy(buf + o, "...", 3);
			o += 3;
			break;
		}
		if (c < 0x21 || c > 0x7e || c == '"' || c == '\\')
			o += (size_t)snprintf(buf + o, size - o, "\\%03u", c);
		else
			buf[o++] = (char)c;
	}
	buf[o] = '\0';
	return buf;
}

struct spf_now {
	struct spf spf;
	bool ok; /* an SPF policy, and spf_parse took it */
};

static void
parse_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct spf_now *n = zl_family_state(ctx);
	n->ok = spf_is_policy(rec->data, rec->data_len) &&
	    spf_parse(&n->spf, rec->data, rec->data_len);
}

const struct zl_family spf_family = {
	.state_size = sizeof(struct spf_now),
	.types = ZL_T_TXT,
	.on_record = parse_record,
};

const struct spf *
spf_current(struct zl_ctx *ctx)
{
	const struct spf_now *n = zl_family_state(ctx);
	return n->ok ? &n->spf : NULL;
}
