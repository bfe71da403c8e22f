/* check_filename.c: what a file's name says of its zone (src/filename.h)
 * and what its first bytes say (src/sniff.h). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "filename.h"
#include "sniff.h"
#include "testutil.h"

START_TEST(origin_from_the_name)
{
	static const struct {
		const char *path;
		enum zl_guess_kind kind;
		const char *origin;
	} cases[] = {
		{"zones/example.com.zone", ZL_GUESS_NAMED, "example.com."},
		{"example.com.dns", ZL_GUESS_NAMED, "example.com."},
		{"EXAMPLE.COM.DB", ZL_GUESS_NAMED, "EXAMPLE.COM."},
		{"db.example.com", ZL_GUESS_NAMED, "example.com."},
		{"example.com.zone.signed", ZL_GUESS_NAMED, "example.com."},
		{"redhat.net.zone.db", ZL_GUESS_NAMED, "redhat.net."},
		{"db.local", ZL_GUESS_NAMED, "local."},
		{"etc/bind/db.192.168.1", ZL_GUESS_REVERSED,
		    "1.168.192.in-addr.arpa."},
		{"db.10", ZL_GUESS_REVERSED, "10.in-addr.arpa."},
		{"10.130.zone", ZL_GUESS_REVERSED, "130.10.in-addr.arpa."},
		{"db.1.168.192.in-addr.arpa", ZL_GUESS_NAMED,
		    "1.168.192.in-addr.arpa."},
		{"db.192.168.1.0", ZL_GUESS_NAMED, "192.168.1.0."}, /* 4 labels */
		{"db.256.1", ZL_GUESS_NAMED, "256.1."},
		{"root.zone", ZL_GUESS_ROOT, "."},
		{"db.root", ZL_GUESS_ROOT, "."},
		{"example.net", ZL_GUESS_BARE, "example.net."},
		{"nsd/uk.co.tea-cats", ZL_GUESS_NONE, NULL}, /* reversed labels */
		{"1.168.192.in-addr.arpa", ZL_GUESS_BARE, "1.168.192.in-addr.arpa."},
		{"named.conf", ZL_GUESS_NONE, NULL},
		{"ffhl.include", ZL_GUESS_NONE, NULL},
		{"hitoma.com.rev", ZL_GUESS_NONE, NULL},
		{"README", ZL_GUESS_NONE, NULL},
		{"notes.txt", ZL_GUESS_NONE, NULL},
		{"a..b.com", ZL_GUESS_NONE, NULL},
		{".zone", ZL_GUESS_NONE, NULL},
		{"db.", ZL_GUESS_NONE, NULL},
		{"x.c0m", ZL_GUESS_NONE, NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct zl_guess g;
		zl_guess_origin(cases[i].path, &g);
		ck_assert_msg(g.kind == cases[i].kind, "%s: kind %d, want %d",
		    cases[i].path, g.kind, cases[i].kind);
		if (cases[i].origin)
			ck_assert_str_eq(g.origin, cases[i].origin);
		else
			ck_assert_ptr_null(g.origin);
		free(g.origin);
	}
}
END_TEST

START_TEST(labels_reversed)
{
	static const struct {
		const char *in, *suffix, *out;
	} cases[] = {
		{"192.168.1", "in-addr.arpa.", "1.168.192.in-addr.arpa."},
		{"10", "in-addr.arpa.", "10.in-addr.arpa."},
		{"com.example.", "", "example.com."},
		{"uk.co.tea-cats", "", "tea-cats.co.uk."},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *got = zl_labels_reversed(cases[i].in, strlen(cases[i].in),
		    cases[i].suffix);
		ck_assert_str_eq(got, cases[i].out);
		free(got);
	}
}
END_TEST

START_TEST(zone_and_hints_names)
{
	ck_assert(zl_named_like_zone("a/example.com.zone"));
	ck_assert(zl_named_like_zone("db.192.168.1"));
	ck_assert(!zl_named_like_zone("example.net")); /* found by content */
	ck_assert(!zl_named_like_zone("CACHE.dns"));   /* root hints */
	ck_assert(!zl_named_like_zone("db.root"));
	ck_assert(zl_named_like_hints("internal/cache.DNS"));
	ck_assert(zl_named_like_hints("named.root"));
	ck_assert(zl_named_like_hints("root.hints"));
	ck_assert(!zl_named_like_hints("root.zone"));
	ck_assert(!zl_named_like_hints("cache.dns.bak"));
}
END_TEST

static bool
sniff(const char *text)
{
	char why[256];
	return zl_sniff_text(text, strlen(text), why, sizeof why);
}

START_TEST(zone_by_its_first_bytes)
{
	/* BIND's dumps, Windows exports, dig transcripts, hand-written */
	ck_assert(sniff("$ORIGIN .\n$TTL 3600\nexample.net\t\tIN SOA\tns1.example"
	    ".net. h.example.net. (\n 1 2 3 4 5 )\n"));
	ck_assert(sniff(";\n;  Database file contoso.local.dns for contoso.local "
	    "zone.\n;\n"));
	ck_assert(sniff("\n; <<>> DiG 9.18 <<>> @ns1 example.com axfr\n"));
	ck_assert(sniff("; <<>> DiG 9.18 <<>> example.com AXFR\n"));
	ck_assert(sniff("@ 3600 IN SOA ns1 host 2024 7200 3600 1209600 300\n"));
	ck_assert(sniff("@ IN SOA ns1 host (\n"));
	ck_assert(sniff("@ [AGE:3636525] 600 SOA ns1. host. (1\n"));
	ck_assert(sniff("\t\tIN\tSOA\tns1.example.com. host.example.com.\n"));
	ck_assert(sniff("@ IN SOA ns1.example.com. host.example.com. ; x\n"));
	/* DNS Manager lists: the header row and a row only DNS Manager writes */
	ck_assert(sniff("Name\tType\tData\tTimestamp\r\n_tcp\t\t\t\r\n"
	    "dc1\tHost (A)\t10.0.0.5\tstatic\r\n"));
	ck_assert(sniff("Name,Type,Data\r\n(same as parent folder),Name Server "
	    "(NS),dc1.contoso.com.\r\n"));
	/* prose, configuration and the like */
	ck_assert(!sniff("Name,Type,Data\nreport.pdf,PDF,42 KiB\n"));
	ck_assert(!sniff("Name\tType\tData\tTimestamp\r\n"));
	ck_assert(!sniff("The SOA serial is the date.\n"));
	ck_assert(!sniff("Bump the SOA record before a commit\n"));
	ck_assert(!sniff("zone \"example.com\" { type primary; };\n"));
	ck_assert(!sniff("; a comment naming IN SOA ns1 host 1\n"));
	ck_assert(!sniff("$TTL 3600\n@ IN NS ns1\n"));
	ck_assert(!sniff("; <<>> DiG 9.18 <<>> example.com A\n"));
	ck_assert(!sniff(""));
	char why[256];
	ck_assert(!zl_sniff_text("@ IN SOA\0x", 10, why, sizeof why));
	ck_assert_str_eq(why, "a binary file");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("filename");
	TCase *tc = tcase_create("filename");
	tcase_add_test(tc, origin_from_the_name);
	tcase_add_test(tc, labels_reversed);
	tcase_add_test(tc, zone_and_hints_names);
	tcase_add_test(tc, zone_by_its_first_bytes);
	suite_add_tcase(s, tc);
	return lint_main(s);
}
