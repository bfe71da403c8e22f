/*
 * soa-serial-date: an SOA serial written as a date, YYYYMMDDnn (the
 * convention of RFC 1912 section 2.2), whose date does not exist or lies
 * after --now.  A serial only goes up: once it is ahead of the date, a
 * change made today with today's date gets a lower serial, which
 * secondaries ignore (RFC 1982), until the calendar catches up.
 *
 * A serial is taken as a date when it has ten digits, its first four are
 * a year from 1990 to 2099 and the next two a month; others (counters,
 * such as providers' serials past 2030000000) are left alone, and so is
 * a Unix time within two years of now (2000000000 is 2033-05-18, not
 * the 0th month of 2000).  As a serial is only a date by convention,
 * this is a note.
 */
#include <stdio.h>
#include <time.h>

#include "../src/options.h"
#include "../src/zonelint.h"

#define YEAR (365LL * 86400)
/* A date up to 400 days ahead is a typo of the year or month; further
 * ahead it is more likely a counter that happens to read as a date. */
#define MAX_AHEAD 400

static int
days_in(int year, int month)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return month == 2 && leap ? 29 : d[month - 1];
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian), for y >= 1970. */
static long
days_from_epoch(int y, int m, int d)
{
	long days = 0;
	for (int yy = 1970; yy < y; yy++) /* y <= 2099: at most 129 steps */
		days += (yy % 4 == 0 && yy % 100 != 0) || yy % 400 == 0 ? 366 : 365;
	for (int mm = 1; mm < m; mm++)
		days += days_in(y, mm);
	return days + d - 1;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || ldns_rr_rd_count(rec->rr) < 3 ||
	    !zl_dname_eq(ldns_rr_owner(rec->rr), apex) ||
	    ldns_rdf_size(ldns_rr_rdf(rec->rr, 2)) != 4)
		return;
	uint32_t serial = ldns_rdf2native_int32(ldns_rr_rdf(rec->rr, 2));
	int y = (int)(serial / 1000000), m = (int)(serial / 10000 % 100),
	    d = (int)(serial / 100 % 100);
	long long now = zl_options(ctx)->now;
	long long from_now = (long long)serial - now;
	if (serial < 1990000000u || y > 2099 ||
	    (from_now > -2 * YEAR && from_now < 2 * YEAR))
		return; /* not a date, or a Unix time near now */
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 2)
		at = (struct zl_loc){rec->loc.file, rec->rdata[2].line,
		    rec->rdata[2].col};
	if (m < 1 || m > 12)
		return; /* a counter: providers' serials run past 2030000000 */
	if (d < 1 || d > days_in(y, m)) {
		zl_report(ctx, at, "serial %u reads as the date %04d-%02d-%02d, "
		    "which does not exist: a typo in a YYYYMMDDnn serial?", serial,
		    y, m, d);
		return;
	}
	long ahead = days_from_epoch(y, m, d) - (long)(now / 86400);
	if (ahead > 1 && ahead <= MAX_AHEAD)
		zl_report(ctx, at, "serial %u reads as %04d-%02d-%02d, %ld days "
		    "after now: changes made until then, numbered by their date, "
		    "get lower serials, which secondaries ignore", serial, y, m, d,
		    ahead);
}

const struct zl_rule rule_soa_serial_date = {
	.id = "soa-serial-date",
	.severity = ZL_NOTE,
	.types = ZL_T_SOA,
	.on_record = on_record,
	.summary = "SOA serial in date form whose date is impossible or ahead",
	.why =
	    "Many zones number their SOA serial by date, YYYYMMDDnn: the date\n"
	    "of the change and a counter within the day (RFC 1912 section 2.2).\n"
	    "Secondaries take a new copy only when the serial goes up (RFC 1982\n"
	    "arithmetic).  A serial whose date lies ahead, typed with the wrong\n"
	    "year or month, makes every change numbered by its real date look\n"
	    "older: secondaries keep the old zone until the calendar passes the\n"
	    "typo.  A date that cannot exist (month 13, February 30) is a typo\n"
	    "of the same kind.  Serials with ten digits that start with a year\n"
	    "from 1990 to 2099 and a month are read as dates, and only dates up\n"
	    "to 400 days ahead are reported: a serial is a date only by\n"
	    "convention, and providers' counters (past 2030000000) read as\n"
	    "dates years ahead, so this is a note.  Now is --now, by default\n"
	    "the current time.",
	.bad =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 2027120101 14400 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n",
	.good =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 2026120101 14400 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n",
	.fix =
	    "A serial can only go up.  If the typo is published, keep counting\n"
	    "from it (or step past 2^31 in two changes, RFC 1982, to wrap back\n"
	    "to a date) rather than lowering it; if it is not published yet,\n"
	    "write today's date.",
	.refs = "RFC 1912 section 2.2; RFC 1982; RFC 1035 section 3.3.13",
};
