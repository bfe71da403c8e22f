/*
 * dnssec-rrsig-time: an RRSIG that has expired, whose inception is still
 * to come, or whose expiration precedes its inception, judged at --now
 * (the current time by default).  The two times are 32-bit counts of
 * seconds compared in serial number arithmetic (RFC 4034 3.1.5, RFC
 * 1982): each lies within 68 years of now, so they work past 2106.
 */
#include <stdio.h>
#include <time.h>

#include "../src/options.h"
#include "../src/zonelint.h"
#include "dnssec_example.h"

/* t - now in serial number arithmetic: from -2^31 to 2^31 - 1. */
static long long
serial_delta(uint32_t t, long long now)
{
	uint32_t u = t - (uint32_t)now;
	return u < 0x80000000u ? (long long)u : (long long)u - 0x100000000ll;
}

/* "2001-01-01 00:00:00 UTC" for the 32-bit time t, taken near now. */
static const char *
date_str(uint32_t t, long long now, char *buf, size_t size)
{
	struct tm tm;
	if (ldns_serial_arithmetics_gmtime_r((int32_t)t, (time_t)now, &tm) ==
	    NULL || strftime(buf, size, "%Y-%m-%d %H:%M:%S UTC", &tm) == 0)
		snprintf(buf, size, "%u", t);
	return buf;
}

/* "12 days", "5 hours", "3 minutes" or "40 seconds", for s >= 0. */
static const char *
span_str(long long s, char *buf, size_t size)
{
	if (s >= 2 * 86400)
		snprintf(buf, size, "%lld days", s / 86400);
	else if (s >= 2 * 3600)
		snprintf(buf, size, "%lld hours", s / 3600);
	else if (s >= 2 * 60)
		snprintf(buf, size, "%lld minutes", s / 60);
	else
		snprintf(buf, size, "%lld second%s", s, s == 1 ? "" : "s");
	return buf;
}

static struct zl_loc
field_at(const struct zl_record *rec, size_t i)
{
	if (rec->rdata_count > i)
		return (struct zl_loc){rec->loc.file, rec->rdata[i].line,
		    rec->rdata[i].col};
	return rec->loc;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (ldns_rr_rd_count(rec->rr) < 6)
		return;
	uint32_t exp = ldns_rdf2native_time_t(ldns_rr_rdf(rec->rr, 4));
	uint32_t inc = ldns_rdf2native_time_t(ldns_rr_rdf(rec->rr, 5));
	long long now = zl_options(ctx)->now;
	char a[40], b[40], span[32];
	long long to_exp = serial_delta(exp, now), to_inc = serial_delta(inc, now);
	if (serial_delta(exp, (long long)inc) < 0) {
		zl_report(ctx, field_at(rec, 4), "its expiration %s precedes its "
		    "inception %s: it is never valid", date_str(exp, now, a, sizeof a),
		    date_str(inc, now, b, sizeof b));
		return;
	}
	if (to_exp < 0)
		zl_report(ctx, field_at(rec, 4), "it expired at %s, %s before now "
		    "(%s)", date_str(exp, now, a, sizeof a),
		    span_str(-to_exp, span, sizeof span),
		    date_str((uint32_t)now, now, b, sizeof b));
	else if (to_inc > 0)
		zl_report(ctx, field_at(rec, 5), "it is not valid until its "
		    "inception at %s, %s after now (%s)",
		    date_str(inc, now, a, sizeof a),
		    span_str(to_inc, span, sizeof span),
		    date_str((uint32_t)now, now, b, sizeof b));
}

const struct zl_rule rule_dnssec_rrsig_time = {
	.id = "dnssec-rrsig-time",
	.severity = ZL_ERROR,
	.types = ZL_T_RRSIG,
	.on_record = on_record,
	.summary = "RRSIG expired or not yet valid",
	.why =
	    "A signature is valid only from its inception to its expiration.\n"
	    "Outside that period validators treat the data it signs as bogus and\n"
	    "answer SERVFAIL: the zone is down for everyone who validates.  An\n"
	    "expired signature means the zone was not re-signed in time (a\n"
	    "stopped signer, a zone exported once and published as is); an\n"
	    "inception still to come means the signer's clock is ahead.  The\n"
	    "times are judged at --now (default: the current time), so a CI run\n"
	    "can be repeated, as with kzonecheck -t, validns -t and\n"
	    "ldns-verify-zone -t; all three report such signatures.",
	.bad =
	    DNSSEC_EXAMPLE_APEX
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20261115000000 20261001000000 48256 example.com. (\n"
	    "       mZj+bt84gLxXGArSOeDp0HxhIzgmziPoaj7r3G/9J5Wo\n"
	    "       +KkpiUJNcB5it2Bs9d2lQbgmiZFHCbwQrO8ahqJPXQ== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       IEyXvQtD6mk3efYO+H0TExExcauxhoB1mv1InwbMnsLb\n"
	    "       LoiNqrF+4DJn7EaMwZmYFYo2RE0JSGY1UIHyknU11g== )\n",
	.good =
	    DNSSEC_EXAMPLE_ZONE,
	.fix =
	    "Re-sign the zone (dnssec-signzone, ldns-signzone, or the server's\n"
	    "signing policy) and publish the signed zone before its signatures\n"
	    "expire; check the signer's clock when inceptions lie ahead.  In CI,\n"
	    "give --now the time the zone will be published at.",
	.refs = "RFC 4034 section 3.1.5; RFC 1982; RFC 4035 section 5.3.1",
};
