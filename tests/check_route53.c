/* check_route53.c: Route 53 JSON to zone text (src/route53.h): the exact
 * text, each line's place in the JSON and routing-policy set, the errors;
 * and how such a file is recognised. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "route53.h"
#include "sniff.h"
#include "testutil.h"

static struct zl_r53
tr(const char *json)
{
	struct zl_r53 r;
	zl_route53_translate(json, strlen(json), &r);
	return r;
}

START_TEST(records_on_their_value_lines)
{
	struct zl_r53 r = tr(
	    "{\n"
	    "    \"ResourceRecordSets\": [\n"
	    "        {\n"
	    "            \"Name\": \"example.com.\",\n"
	    "            \"Type\": \"A\",\n"
	    "            \"TTL\": 300,\n"
	    "            \"ResourceRecords\": [\n"
	    "                {\n"
	    "                    \"Value\": \"192.0.2.1\"\n"
	    "                }\n"
	    "            ]\n"
	    "        },\n"
	    "        {\n"
	    "            \"Name\": \"example.com.\",\n"
	    "            \"Type\": \"SOA\",\n"
	    "            \"TTL\": 900,\n"
	    "            \"ResourceRecords\": [\n"
	    "                {\"Value\": \"ns1.example.com. h.example.com. 1 7200 3600 1209600 300\"}\n"
	    "            ]\n"
	    "        }\n"
	    "    ]\n"
	    "}\n");
	/* the SOA first, as a zone file has it */
	ck_assert_str_eq(r.text,
	    "example.com. 900 IN SOA ns1.example.com. h.example.com. 1 7200 "
	    "3600 1209600 300\n"
	    "example.com. 300 IN A 192.0.2.1\n");
	ck_assert_uint_eq(r.nlines, 2);
	ck_assert_uint_eq(r.lines[0].line, 18);
	ck_assert_uint_eq(r.lines[0].col, 27);
	ck_assert_uint_eq(r.lines[1].line, 9);
	ck_assert_uint_eq(r.lines[1].col, 30);
	ck_assert_uint_eq(r.nerrors, 0);
	zl_route53_free(&r);
}
END_TEST

START_TEST(names_values_aliases_and_sets)
{
	struct zl_r53 r = tr("{\"ResourceRecordSets\": ["
	    "{\"Name\": \"\\\\052.example.com.\", \"Type\": \"CNAME\", \"TTL\": 60,"
	    " \"ResourceRecords\": [{\"Value\": \"www.example.net\"}]},"
	    "{\"Name\": \"a\\\\056b.example.com.\", \"Type\": \"MX\", \"TTL\": 60,"
	    " \"ResourceRecords\": [{\"Value\": \"10 mx.example.net\"}]},"
	    "{\"Name\": \"$x.example.com.\", \"Type\": \"TXT\", \"TTL\": 60,"
	    " \"ResourceRecords\": [{\"Value\": \"\\\"a b\\\" \\\"c\\\"\"}]},"
	    "{\"Name\": \"w.example.com.\", \"Type\": \"A\", \"SetIdentifier\": \"1\","
	    " \"Weight\": 1, \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]},"
	    "{\"Name\": \"w.example.com.\", \"Type\": \"A\", \"SetIdentifier\": \"2\","
	    " \"Weight\": 1, \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]},"
	    "{\"Name\": \"example.com.\", \"Type\": \"AAAA\", \"AliasTarget\":"
	    " {\"HostedZoneId\": \"Z1\", \"DNSName\": \"lb.example.\","
	    " \"EvaluateTargetHealth\": false}}"
	    "], \"IsTruncated\": false}");
	/* no SOA: the owners' common suffix is the origin */
	ck_assert_str_eq(r.text,
	    "$ORIGIN example.com.\n"
	    "*.example.com. 60 IN CNAME www.example.net.\n"
	    "a\\046b.example.com. 60 IN MX 10 mx.example.net.\n"
	    "\\036x.example.com. 60 IN TXT \"a b\" \"c\"\n"
	    "w.example.com. 60 IN A 192.0.2.1\n"
	    "w.example.com. 60 IN A 192.0.2.1\n"
	    /* "R53A", type 28, 2lb7example0 */
	    "example.com. 60 IN TYPE65425 \\# 18 52353341001c"
	    "026c62076578616d706c6500\n");
	ck_assert_uint_eq(r.nlines, 7);
	for (size_t i = 0; i < 7; i++)
		ck_assert_uint_eq(r.lines[i].line, 1);
	ck_assert_uint_eq(r.lines[0].col, 1);
	ck_assert_uint_eq(r.lines[1].col, 114); /* the first "Value" */
	ck_assert_uint_eq(r.lines[1].set, 0);
	ck_assert_uint_eq(r.lines[4].set, 1);
	ck_assert_uint_eq(r.lines[5].set, 2);
	ck_assert_uint_eq(r.lines[6].set, 0);
	ck_assert_uint_eq(r.nerrors, 0);
	zl_route53_free(&r);
}
END_TEST

START_TEST(errors_at_their_place)
{
	struct zl_r53 r = tr("{\"ResourceRecordSets\": [\n"
	    "  {\"Name\": \"a.example.\", \"Type\": \"A\", \"TTL\": 1,"
	    " \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]},\n"
	    "  {\"Name\": \"b.example.\" \"Type\": \"A\"}\n"
	    "]}\n");
	ck_assert_str_eq(r.text, "$ORIGIN a.example.\na.example. 1 IN A 192.0.2.1\n");
	ck_assert_uint_eq(r.nerrors, 1);
	ck_assert_uint_eq(r.errors[0].line, 3);
	ck_assert_uint_eq(r.errors[0].col, 25);
	ck_assert_str_eq(r.errors[0].msg, "malformed JSON: ',' or '}' expected "
	    "in a member of ResourceRecordSets; the rest of the file is not read");
	zl_route53_free(&r);
}
END_TEST

START_TEST(recognised_by_its_first_bytes)
{
	static const char aws[] = "{\n    \"ResourceRecordSets\": [\n";
	ck_assert(zl_route53_detect(aws, strlen(aws)));
	ck_assert(zl_route53_detect(" \r\n{\"IsTruncated\": false, "
	    "\"ResourceRecordSets\": []}", 47));
	ck_assert(!zl_route53_detect("[{\"ResourceRecordSets\": []}]", 28));
	ck_assert(!zl_route53_detect("{\"HostedZones\": []}", 19));
	ck_assert(!zl_route53_detect("; \"ResourceRecordSets\"", 22));
	char why[256];
	ck_assert(zl_sniff_text(aws, strlen(aws), why, sizeof why));
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("route53");
	TCase *tc = tcase_create("route53");
	tcase_add_test(tc, records_on_their_value_lines);
	tcase_add_test(tc, names_values_aliases_and_sets);
	tcase_add_test(tc, errors_at_their_place);
	tcase_add_test(tc, recognised_by_its_first_bytes);
	suite_add_tcase(s, tc);
	return lint_main(s);
}
