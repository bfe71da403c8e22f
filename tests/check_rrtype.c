/* check_rrtype.c: the one table of record types (src/rrtypes.def) is
 * sorted by number, so every line is found; names, flags and the
 * functions of a line reach the reader; no number outside it is. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "cert.h"
#include "ipseckey.h"
#include "loc.h"
#include "newtypes.h"
#include "obsolete.h"
#include "rrcodec.h"
#include "rrname.h"
#include "wins.h"
#include "svcb.h"
#include "textcheck.h"

struct line {
	const char *name;
	unsigned number;
	ldns_rr_type like;
	unsigned flags;
	zl_encoder *encoder;
	zl_rewriter *rewriter;
	zl_checker *checker;
};

static const struct line lines[] = {
#define RRTYPE(name, number, like, flags, encoder, rewriter, checker) \
	{name, number, like, flags, encoder, rewriter, checker},
#include "rrtypes.def"
#undef RRTYPE
};
#define NLINES (sizeof lines / sizeof *lines)

START_TEST(sorted_by_number)
{
	for (size_t i = 1; i < NLINES; i++)
		ck_assert_msg(lines[i - 1].number < lines[i].number,
		    "rrtypes.def: %s before %s", lines[i - 1].name, lines[i].name);
}
END_TEST

START_TEST(every_line_is_found)
{
	const struct line *l = &lines[_i];
	const struct zl_rrtype *rt = zl_rrtype(l->number);
	ck_assert_ptr_nonnull(rt);
	ck_assert_str_eq(rt->name, l->name);
	ck_assert_uint_eq(rt->flags, l->flags);
	ck_assert_uint_eq(rt->like, l->like);
	/* CSYNC's encoder is for the form without a bitmap: two fields */
	size_t nfields = (l->flags & ZL_RT_BARE_ONLY) ? 2 : 5;
	ck_assert(zl_rrtype_encoder((ldns_rr_type)l->number, nfields) ==
	    l->encoder);
	ck_assert(zl_rrtype_checked((ldns_rr_type)l->number) ==
	    (l->checker != NULL));
	if (l->flags & ZL_RT_NEWER) {
		ck_assert_ptr_eq(zl_rrtype_newer_named(l->name, strlen(l->name)), rt);
		ck_assert_uint_eq(zl_type_by_name(l->name), l->number);
		char *s = zl_type_str((ldns_rr_type)l->number);
		ck_assert_str_eq(s, l->name);
		free(s);
		/* a newer type is either read as one ldns knows or encoded */
		ck_assert((l->like != 0) != (l->encoder != NULL));
	}
}
END_TEST

START_TEST(no_other_number)
{
	size_t found = 0;
	for (unsigned t = 0; t <= 65535; t++) {
		const struct zl_rrtype *rt = zl_rrtype(t);
		if (rt) {
			ck_assert_uint_eq(rt->type, t);
			found++;
		}
	}
	ck_assert_uint_eq(found, NLINES);
	/* CSYNC with its bitmap is ldns's to read */
	ck_assert_ptr_null(zl_rrtype_encoder(LDNS_RR_TYPE_CSYNC, 3));
	ck_assert_ptr_eq(zl_rrtype_encoder(LDNS_RR_TYPE_CSYNC, 2), zl_csync_encode);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("rrtype");
	TCase *tc = tcase_create("rrtype");
	tcase_add_test(tc, sorted_by_number);
	tcase_add_loop_test(tc, every_line_is_found, 0, (int)NLINES);
	tcase_add_test(tc, no_other_number);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
