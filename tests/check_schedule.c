/* check_schedule.c: reading on threads gives what reading in
 * order gives: a zone streamed tape by tape, zones read ahead onto
 * tapes, a $GENERATE after an error found late; and the helper that
 * faults index memory in. */
#include <sys/mman.h>

#include "bigmem.h"
#include "testutil.h"

/* Lints files with jobs threads (streamed, chunk events to a tape, when
 * stream_at is 0 or more) and asserts the records and findings are
 * want's. */
static void
assert_lints_as(const struct lint_result *want, const char *origin,
    enum zl_view view, const char *const *files, int jobs,
    long long stream_at, size_t chunk)
{
	lint_jobs = jobs;
	lint_stream_at = stream_at;
	lint_stream_chunk = chunk;
	struct lint_result got = lint_files_opt(origin, view, files, 0);
	lint_jobs = 0;
	lint_stream_at = -1;
	ck_assert_str_eq(want->records, got.records);
	ck_assert_str_eq(want->findings, got.findings);
	lint_free(&got);
}

/* A zone read on its own thread and played tape by tape gives what
 * reading it directly gives, wherever the tapes are cut: directives,
 * suppressions (also of records cut in two), errors, includes. */
START_TEST(streamed_is_reading)
{
	const char *zone =
	    "; zonelint: ignore-file hygiene-hostname\n"
	    "bad_1 IN A 1.2.3\n"
	    "$TTL 1h\n"
	    "@ IN SOA ns host ( 1 2 3 4\n  300 )\n"
	    "@ IN NS ns\n"
	    "ns IN A 10.0.0.1 ; zonelint: ignore leak-private-address\n"
	    "ns IN A 10.0.0.2\n"
	    "w ( IN TXT \"a\" ; zonelint: ignore syntax-error\n \"b\" )\n"
	    "$INCLUDE inc.zone sub\n"
	    "c IN CNAME ns\nc IN A 192.0.2.1\n"
	    "$ORIGIN deep.example.\n"
	    "x 60 IN AAAA 2001:db8::1\n"
	    "under_score IN A 192.0.2.9 ; zonelint: ignore nothing-such\n"
	    "$GENERATE 1-20 g$ IN A 192.0.2.$\n"
	    "y IN MX 10 ns.example.\n"
	    "z CH A 192.0.2.1\n";
	const char *inc = "a IN A 192.0.2.7\nb IN CNAME a\nb IN TXT \"x\"\n"
	    "c IN A 1.2\n";
	const char *files[] = {"example.zone", zone, "inc.zone", inc, NULL};
	const char *only[4];
	memcpy(only, lint_only, sizeof only);
	memset(lint_only, 0, sizeof lint_only); /* every rule */
	lint_jobs = 1;
	struct lint_result direct = lint_files_opt("example.", ZL_VIEW_EXTERNAL,
	    files, 0);
	ck_assert_msg(strstr(direct.findings, "example.zone:2:"), "%s",
	    direct.findings);
	ck_assert_msg(strstr(direct.findings, "no rule matches 'nothing-such'"),
	    "%s", direct.findings);
	const size_t chunks[] = {1, 2, 3, 5, 8, 4096};
	for (size_t i = 0; i < sizeof chunks / sizeof *chunks; i++)
		assert_lints_as(&direct, "example.", ZL_VIEW_EXTERNAL, files, 2, 0,
		    chunks[i]);
	memcpy(lint_only, only, sizeof only);
	lint_free(&direct);
}
END_TEST

/* A $GENERATE stops at its first bad record, but an error in a record
 * before it, found late by a parse thread, must not stop it. */
START_TEST(generate_after_late_error)
{
	size_t cap = 1u << 17, len = 0;
	char *zone = zl_xmalloc(cap);
	len += (size_t)snprintf(zone + len, cap - len,
	    "$TTL 60\n@ IN SOA ns h 1 2 3 4 5\n@ IN NS ns\nns IN A 192.0.2.1\n");
	for (int i = 0; i < 3000; i++)
		len += (size_t)snprintf(zone + len, cap - len, i % 1000 == 990 ?
		    "bad%d IN A 1.2.3\n" : "h%d IN A 192.0.2.7\n", i);
	len += (size_t)snprintf(zone + len, cap - len,
	    "$GENERATE 1-40 g$ IN A 192.0.2.$\n");
	const char *files[] = {"example.zone", zone, NULL};
	lint_jobs = 1;
	struct lint_result one = lint_files_opt("example.", ZL_VIEW_NONE, files, 0);
	ck_assert_msg(strstr(one.records, " A g40.example. "), "%s",
	    one.records + strlen(one.records) - 200);
	assert_lints_as(&one, "example.", ZL_VIEW_NONE, files, 2, -1, 0);
	assert_lints_as(&one, "example.", ZL_VIEW_NONE, files, 2, 0, 100);
	lint_free(&one);
	free(zone);
}
END_TEST

/* Pages of a block of index memory resident, of n from page first. */
static size_t
resident(const char *block, size_t first, size_t n)
{
	unsigned char v[64];
	ck_assert_uint_le(n, sizeof v);
	ck_assert_int_eq(mincore((void *)(block + first * 4096), n * 4096, v), 0);
	size_t in = 0;
	for (size_t i = 0; i < n; i++)
		in += v[i] & 1;
	return in;
}

/* The helper faults pages in without writing them, and a block freed
 * while it works is waited for, not touched after. */
START_TEST(prefault_helper_faults_in)
{
	size_t size = 16u << 20;
	struct zl_prefaulter *h = zl_prefaulter_new();
	ck_assert(!zl_prefaulter_running(h));
	zl_prefaulter_start(h);
	ck_assert(zl_prefaulter_running(h));
	char *block = zl_big_alloc(size);
	ck_assert_uint_eq(resident(block, 2048, 16), 0); /* 8 MiB in */
	zl_prefault(h, block + (8u << 20), 16 * 4096);
	zl_prefaulter_wait(h);
	ck_assert_uint_eq(resident(block, 2048, 16), 16);
	for (size_t i = 0; i < size; i++)
		if (block[i] != 0)
			ck_abort_msg("byte %zu is %d", i, block[i]);
	for (int round = 0; round < 8; round++) {
		char *other = zl_big_alloc(size);
		zl_prefault(h, other, size);
		zl_big_free(h, other, size);
	}
	zl_big_free(h, block, size);
	zl_prefaulter_free(h);
}
END_TEST

/* Zones read ahead onto tapes reach the rules as zones read directly,
 * with what the reader settles on the way: here the SOA's TTL, its
 * minimum when no $TTL or TTL is given (RFC 2308). */
START_TEST(read_ahead_is_reading)
{
	const char *zone = "@ IN SOA ns host 1 2 3 4 300\n@ IN NS ns\n"
	    "ns IN A 192.0.2.1 ; zonelint: ignore leak-private-address\n"
	    "bad IN A 1.2.3\n";
	const char *files[] = {"a.example.zone", zone, "b.example.zone", zone,
	    "c.example.zone", zone, NULL};
	lint_jobs = 1;
	struct lint_result one = lint_tree(files);
	lint_jobs = 4;
	struct lint_result four = lint_tree(files);
	lint_jobs = 0;
	ck_assert_str_eq(one.records, four.records);
	ck_assert_str_eq(one.findings, four.findings);
	ck_assert_msg(strstr(four.records, "1:1 SOA b.example. 300 file=b.example.zone\n"),
	    "%s", four.records);
	ck_assert_msg(strstr(four.findings, "c.example.zone:4:"), "%s",
	    four.findings);
	lint_free(&one);
	lint_free(&four);
}
END_TEST

static Suite *
schedule_suite(void)
{
	Suite *s = suite_create("schedule");
	TCase *tc = tcase_create("schedule");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, read_ahead_is_reading);
	tcase_add_test(tc, prefault_helper_faults_in);
	tcase_add_test(tc, streamed_is_reading);
	tcase_add_test(tc, generate_after_late_error);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	lint_only[0] = "syntax-*";
	lint_only[1] = "input-*";
	return lint_main(schedule_suite());
}
