/*
 * mail-caa-syntax: a CAA record (RFC 8659) that CAs do not read as it
 * means: flags other than 0 and 128, a tag no CA knows (a misspelling
 * such as "issuer" is named with the tag it is close to), an iodef that
 * is not a mailto:, https: or http: URL, and an issue or issuewild value
 * whose CA is not a domain name (nor empty, ";": no CA).  Only the data
 * of the one record is read: each loop is bounded by its length.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "spf.h"

static struct zl_loc
field_loc(const struct zl_record *rec, size_t k)
{
	if (k < rec->rdata_count)
		return (struct zl_loc){rec->loc.file, rec->rdata[k].line,
		    rec->rdata[k].col};
	return rec->loc;
}

/* Whether the n octets at v are an issuer domain name (RFC 8659 4.2:
 * labels of letters, digits and inner hyphens; a final dot is let by). */
static bool
issuer_ok(const char *v, size_t n)
{
	if (n > 0 && v[n - 1] == '.')
		n--;
	if (n == 0 || n > 253)
		return false;
	size_t label = 0;
	for (size_t i = 0; i < n; i++) {
		char c = v[i];
		if (c == '.') {
			if (label == 0 || v[i - 1] == '-')
				return false;
			label = 0;
		} else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || (c == '-' && label > 0)) {
			label++;
		} else {
			return false;
		}
	}
	return v[n - 1] != '-';
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const uint8_t *d = rec->data;
	uint32_t len = rec->data_len;
	if (len < 2 || (uint32_t)d[1] + 2 > len)
		return;
	unsigned flags = d[0];
	const char *tag = (const char *)d + 2, *v = tag + d[1];
	size_t tlen = d[1], vlen = len - 2 - tlen;
	char t[100], w[200];
	spf_show(tag, tlen, t, sizeof t);
	if (flags != 0 && flags != 128)
		zl_report(ctx, field_loc(rec, 0), "flags %u: RFC 8659 defines "
		    "only 0 and 128 (issuer critical), and other bits are "
		    "reserved; write 0, or 128 for a tag every CA must "
		    "understand", flags);
	static const char *const known[] = {"issue", "issuewild", "iodef",
	    "issuemail", "issuevmc", "contactemail", "contactphone", NULL};
	size_t k = 0;
	while (known[k] && !zl_word_is(tag, tlen, known[k]))
		k++;
	if (known[k] == NULL) {
		const char *near = spf_nearest(tag, tlen, known);
		zl_report(ctx, field_loc(rec, 1), "tag \"%s\" is not one CAs "
		    "know, and they %s%s%s%s", t, flags & 128 ? "may not "
		    "issue at all, as it is marked critical (128)" :
		    "ignore it", near ? (flags & 128 ? "; did you mean " :
		    " (so, if it was meant to restrict issuance, it does "
		    "not); did you mean ") : "; the tags are issue, "
		    "issuewild and iodef (RFC 8659)", near ? near : "",
		    near ? "?" : "");
		return;
	}
	if (zl_word_is(tag, tlen, "iodef")) {
		if (!(vlen > 7 && strncasecmp(v, "mailto:", 7) == 0) &&
		    !(vlen > 8 && strncasecmp(v, "https://", 8) == 0) &&
		    !(vlen > 7 && strncasecmp(v, "http://", 7) == 0))
			zl_report(ctx, field_loc(rec, 2), "iodef \"%s\" is not "
			    "a mailto:, https: or http: URL, so CAs cannot "
			    "report to it (RFC 8659 4.4); write mailto:ADDRESS "
			    "or an https:// URL", spf_show(v, vlen, w,
			    sizeof w));
		return;
	}
	if (!zl_word_is(tag, tlen, "issue") &&
	    !zl_word_is(tag, tlen, "issuewild"))
		return;
	size_t e = 0;
	while (e < vlen && v[e] != ';')
		e++;
	size_t a = 0, b = e;
	while (a < b && (v[a] == ' ' || v[a] == '\t'))
		a++;
	while (b > a && (v[b - 1] == ' ' || v[b - 1] == '\t'))
		b--;
	if (a == b || issuer_ok(v + a, b - a))
		return;
	zl_report(ctx, field_loc(rec, 2), "%s value \"%s\" does not name a "
	    "CA by its domain name (RFC 8659 4.2), so no CA matches it and "
	    "none may issue; write the CA's domain (\"letsencrypt.org\"), or "
	    "\";\" to allow none", t, spf_show(v, vlen, w, sizeof w));
}

const struct zl_rule rule_mail_caa_syntax = {
	.id = "mail-caa-syntax",
	.severity = ZL_WARNING,
	.types = ZL_T_CAA,
	.on_record = on_record,
	.summary = "CAA record not understood",
	.why =
	    "CAs read the CAA records of a name before they issue a certificate\n"
	    "for it (RFC 8659).  A tag they do not know is ignored: a record\n"
	    "\"issuer\" meant as \"issue\" restricts nothing, and issuance stays\n"
	    "open to every CA.  An issue or issuewild value names the CA by\n"
	    "its domain (\"letsencrypt.org\"); a URL or an address there\n"
	    "matches no CA, so none may issue.  iodef takes a mailto: or\n"
	    "http(s): URL; flags are 0, or 128 (critical), the other bits\n"
	    "reserved.  The checks follow RFC 8659 and the CA/Browser Forum's\n"
	    "Baseline Requirements (issuemail, issuevmc, contactemail and\n"
	    "contactphone are known tags).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  CAA  0 issuer \"letsencrypt.org\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  CAA  0 issue \"letsencrypt.org\"\n"
	    "@      IN  CAA  0 issuewild \";\"\n"
	    "@      IN  CAA  0 iodef \"mailto:security@example.com\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix = "Correct the field as the message says.",
	.refs = "RFC 8659 sections 4.1 to 4.4",
};
