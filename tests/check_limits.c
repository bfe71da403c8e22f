/* check_limits.c: the bounds on hostile input, as pure functions: the
 * findings table per file and rule, the run's $GENERATE budget and the
 * number of threads. */
#include <check.h>
#include <stdlib.h>

#include "budget.h"
#include "cap.h"
#include "jobs.h"

START_TEST(caps_one_entry_per_file_and_rule)
{
	struct zl_caps c = {0};
	for (uint32_t f = 0; f < 1000; f++)
		for (uint16_t r = 0; r < 5; r++)
			zl_caps_get(&c, f, r)->seen++;
	/* a million more findings add no entry */
	for (int i = 0; i < 1000000; i++)
		zl_caps_get(&c, 7, 3)->seen++;
	ck_assert_uint_eq(c.count, 5000);
	ck_assert_uint_le(c.size, 16384);
	ck_assert_uint_eq(zl_caps_get(&c, 7, 3)->seen, 1000001);
	ck_assert_uint_eq(zl_caps_get(&c, 999, 4)->seen, 1);
	ck_assert_uint_eq(zl_caps_get(&c, 1000, 0)->seen, 0); /* new */
	zl_caps_free(&c);
}
END_TEST

START_TEST(generated_budget_is_whole_directives)
{
	struct zl_options opt = {.limit_generated = 10};
	struct zl_budget b;
	zl_budget_init(&b, &opt);
	ck_assert_uint_eq(b.max_generated, 10);
	ck_assert(zl_budget_take_generated(&b, 4));
	ck_assert(!zl_budget_take_generated(&b, 7)); /* takes nothing */
	ck_assert(zl_budget_take_generated(&b, 6));
	ck_assert(!zl_budget_take_generated(&b, 1));
	ck_assert(zl_budget_take_generated(&b, 0));
	opt.limit_generated = 0;
	zl_budget_init(&b, &opt);
	ck_assert_uint_eq(b.max_generated, ZL_LIMIT_GENERATED);
	ck_assert(!zl_budget_take_generated(&b, ZL_LIMIT_GENERATED + 1));
	ck_assert(zl_budget_take_generated(&b, ZL_LIMIT_GENERATED));
}
END_TEST

START_TEST(jobs_fit_cores_and_memory)
{
	char why[128];
	ck_assert_int_eq(zl_jobs_fit(32, 2, 0, why, sizeof why), 2);
	ck_assert_str_eq(why, "2 cores");
	ck_assert_int_eq(zl_jobs_fit(0, 8, 0, why, sizeof why), 8);
	ck_assert_str_eq(why, "");
	ck_assert_int_eq(zl_jobs_fit(1, 8, 0, why, sizeof why), 1);
	/* 1 GiB: a quarter holds three threads of 64 + 4 MiB */
	ck_assert_int_eq(zl_jobs_fit(32, 64, 1ull << 30, why, sizeof why), 3);
	ck_assert_str_eq(why, "an address-space limit of 1024 MiB (ulimit -v) "
	    "fits 3 threads");
	ck_assert_int_eq(zl_jobs_fit(0, 64, 100ull << 20, why, sizeof why), 1);
	ck_assert_int_eq(zl_jobs_fit(2, 64, 1ull << 30, why, sizeof why), 2);
	ck_assert_str_eq(why, "");
	ck_assert_int_eq(zl_jobs_fit(4, 0, 0, why, sizeof why), 1);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("limits");
	TCase *tc = tcase_create("limits");
	tcase_add_test(tc, caps_one_entry_per_file_and_rule);
	tcase_add_test(tc, generated_budget_is_whole_directives);
	tcase_add_test(tc, jobs_fit_cores_and_memory);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
