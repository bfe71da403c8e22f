/* check_directives.c: $ORIGIN and $TTL (and the SOA minimum
 * without them), $INCLUDE, $GENERATE, and the TTL parser. */
#include "generate.h"
#include "testutil.h"

#define SOA "@ 3600 IN SOA ns1 host 1 7200 3600 1209600 300\n"

START_TEST(origin_ttl_and_owners)
{
	struct lint_result r = lint_text("db.example", "example.com",
	    "$TTL 1h30m\n"
	    SOA
	    "www 60 IN A 192.0.2.1\n"
	    "    IN 120 A 192.0.2.2\n"
	    "$ORIGIN sub.example.com.\n"
	    "host A 192.0.2.3\n"
	    "@ 1d MX 10 host\n"
	    "abs.example.net. IN 2w A 192.0.2.4\n");
	EXPECT(r,
	    "2:1 SOA example.com. 3600\n"
	    "3:1 A www.example.com. 60\n"
	    "4:5 A www.example.com. 120\n"
	    "6:1 A host.sub.example.com. 5400\n"
	    "7:1 MX sub.example.com. 86400\n"
	    "8:1 A abs.example.net. 1209600\n", "");
	lint_free(&r);
}
END_TEST

/* Without $TTL or a TTL of their own, records take the SOA minimum, as
 * BIND does ("no TTL specified; using SOA MINTTL instead") and Windows
 * exports expect. */
START_TEST(soa_minimum_is_the_default_ttl)
{
	struct lint_result r = lint_text("db.example", "example.com",
	    "@ IN SOA ns host ( 1 2 3 4 900 )\n"
	    "www IN A 192.0.2.1\n");
	EXPECT(r,
	    "1:1 SOA example.com. 900\n"
	    "2:1 A www.example.com. 900\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(include_relative_to_including_file)
{
	const char *files[] = {
		"zones/example.com.zone",
		"$TTL 300\n"
		SOA
		"$INCLUDE hosts.inc\n"
		"after A 192.0.2.9\n"
		"$INCLUDE sub.inc sub\n"
		"back A 192.0.2.10\n",
		"zones/hosts.inc",
		"\n"
		"inc1 A 192.0.2.1\n"
		"     TXT \"same owner\"\n",
		"zones/sub.inc",
		"x A 192.0.2.2\n",
		NULL,
	};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, 0);
	EXPECT(r,
	    "2:1 SOA example.com. 3600\n"
	    "2:1 A inc1.example.com. 300 file=zones/hosts.inc\n"
	    "3:6 TXT inc1.example.com. 300 file=zones/hosts.inc\n"
	    "4:1 A after.example.com. 300\n"
	    "1:1 A x.sub.example.com. 300 file=zones/sub.inc\n"
	    "6:1 A back.example.com. 300\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(include_inherits_owner)
{
	const char *files[] = {
		"ffhl.zone",
		"$ORIGIN ffhl.\n$TTL 300\n" SOA
		"host A 192.0.2.1\n"
		"$INCLUDE more.inc\n",
		"more.inc",
		"  AAAA 2001:db8::1\n",
		NULL,
	};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, 0);
	EXPECT(r,
	    "3:1 SOA ffhl. 3600\n"
	    "4:1 A host.ffhl. 300\n"
	    "1:3 AAAA host.ffhl. 300 file=more.inc\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(include_loop_and_missing)
{
	const char *files[] = {
		"example.com.zone",
		"$TTL 300\n" SOA "$INCLUDE a.inc\n$INCLUDE missing.inc\nz A 192.0.2.9\n",
		"a.inc", "a A 192.0.2.1\n$INCLUDE example.com.zone\n",
		NULL,
	};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, 0);
	EXPECT(r,
	    "2:1 SOA example.com. 3600\n"
	    "1:1 A a.example.com. 300 file=a.inc\n"
	    "5:1 A z.example.com. 300\n",
	    "a.inc:2:1: error: $INCLUDE cannot be followed: $INCLUDE loop: "
	    "example.com.zone is already being read [syntax-include]\n"
	    "example.com.zone:4:1: error: $INCLUDE cannot be followed: cannot read "
	    "included file missing.inc: No such file or directory [syntax-include]\n");
	lint_free(&r);
}
END_TEST

START_TEST(include_depth_limit)
{
	/* a chain of 20 files, each including the next */
	const char *files[44];
	char names[21][24], texts[21][64];
	size_t k = 0;
	for (int i = 0; i < 20; i++) {
		snprintf(names[i], sizeof names[i], i ? "f%d.inc" : "example.com.zone", i);
		snprintf(texts[i], sizeof texts[i], "h%d 60 A 192.0.2.%d\n$INCLUDE f%d.inc\n",
		    i, i + 1, i + 1);
		files[k++] = names[i];
		files[k++] = texts[i];
	}
	files[k] = NULL;
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, 0);
	ck_assert_str_eq(r.findings,
	    "f15.inc:2:1: error: $INCLUDE cannot be followed: $INCLUDE nested "
	    "deeper than 16 files: f16.inc [syntax-include]\n");
	ck_assert_ptr_nonnull(strstr(r.records, "h15.example.com."));
	ck_assert_ptr_null(strstr(r.records, "h16.example.com."));
	lint_free(&r);
}
END_TEST

START_TEST(generate_expands)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 60\n"
	    "$GENERATE 1-3 host$ A 192.0.2.$\n"
	    "$GENERATE 8-10/2 ${100,4,d} 30 CNAME h${0,2,x}\n"
	    "$GENERATE 10-10 ${0,3,n} PTR a\\$b.\n"
	    "$GENERATE 3-1 x A 192.0.2.1\n"
	    "$GENERATE 1-2 y$ A 192.0.2.${0,3\n"
	    "$GENERATE 1-5 t$ TKEY 1\n");
	EXPECT(r,
	    "2:15 A host1.example.com. 60\n"
	    "2:15 A host2.example.com. 60\n"
	    "2:15 A host3.example.com. 60\n"
	    "3:18 CNAME 0108.example.com. 30\n"
	    "3:18 CNAME 0110.example.com. 30\n"
	    "4:17 PTR a.0.example.com. 60\n",
	    "example.com.zone:5:11: error: syntax error: $GENERATE invalid range: "
	    "start is above stop [syntax-error]\n"
	    "example.com.zone:6:20: error: syntax error: $GENERATE '${' without "
	    "its '}' [syntax-error]\n"
	    "example.com.zone:7:18: error: syntax error: TKEY is a meta type for "
	    "queries and transfers, not zone data [syntax-error]\n");
	lint_free(&r);
}
END_TEST

/* Found by fuzzing: a field wider than the old 128-byte scratch buffer
 * (snprintf returned the length it wanted, and that much was copied). */
START_TEST(generate_wide_fields)
{
	char out[1024];
	const char *err = NULL;
	const char *t = "x${0,200,d}y";
	ck_assert_int_eq(zl_generate_expand(t, strlen(t), 1, out, sizeof out,
	    &err), 202);
	ck_assert_int_eq(out[0], 'x');
	ck_assert_int_eq(strspn(out + 1, "0"), 199);
	ck_assert_str_eq(out + 200, "1y");
	t = "${0,255,n}";
	ck_assert_int_eq(zl_generate_expand(t, strlen(t), 0xab, out, sizeof out,
	    &err), 255);
	ck_assert_int_eq(strncmp(out, "b.a.0.0.", 8), 0);
	ck_assert_str_eq(out + 252, "0.0");
	t = "${0,255,d}";
	ck_assert_int_eq(zl_generate_expand(t, strlen(t), 7, out, 100, &err), -1);
	ck_assert_str_eq(err, "generated text too long");
}
END_TEST

START_TEST(ttl_parser)
{
	uint32_t t;
	ck_assert(zl_parse_ttl("3600", 4, &t) && t == 3600);
	ck_assert(zl_parse_ttl("1h30m", 5, &t) && t == 5400);
	ck_assert(zl_parse_ttl("1W2d", 4, &t) && t == 777600);
	ck_assert(zl_parse_ttl("4294967295", 10, &t) && t == 4294967295u);
	ck_assert(!zl_parse_ttl("4294967296", 10, &t));
	ck_assert(!zl_parse_ttl("1x", 2, &t));
	ck_assert(!zl_parse_ttl("h1", 2, &t));
	ck_assert(!zl_parse_ttl("1hh", 3, &t));
}
END_TEST

static Suite *
directives_suite(void)
{
	Suite *s = suite_create("directives");
	TCase *tc = tcase_create("directives");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, origin_ttl_and_owners);
	tcase_add_test(tc, soa_minimum_is_the_default_ttl);
	tcase_add_test(tc, include_relative_to_including_file);
	tcase_add_test(tc, include_inherits_owner);
	tcase_add_test(tc, include_loop_and_missing);
	tcase_add_test(tc, include_depth_limit);
	tcase_add_test(tc, generate_expands);
	tcase_add_test(tc, generate_wide_fields);
	tcase_add_test(tc, ttl_parser);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	lint_only[0] = "syntax-*";
	lint_only[1] = "input-*";
	return lint_main(directives_suite());
}
