/* check_index.c: the name index's walks, as a rule sees them at zone
 * end: zl_index_foreach_deep passes over shallow names of other types,
 * and builds the rest as zl_index_foreach does. */
#include "engine_priv.h"
#include "testutil.h"

static char walked[1024];
static unsigned walk_depth;
static uint32_t walk_types;

static void
note_name(void *arg, const ldns_rdf *name, const struct zl_name *entry)
{
	(void)arg;
	(void)entry;
	char s[LDNS_MAX_DOMAINLEN * 4 + 2];
	size_t n = strlen(walked);
	snprintf(walked + n, sizeof walked - n, "%s ",
	    zl_dname_str(name, s, sizeof s));
}

static void
walk_zone(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)ctx;
	if (walk_types == UINT32_MAX)
		zl_index_foreach(zone, note_name, NULL);
	else
		zl_index_foreach_deep(zone, walk_depth, walk_types, note_name,
		    NULL);
}

static const struct zl_rule walker = {
	.id = "test-index-walk", .severity = ZL_NOTE, .summary = "walk",
	.on_zone_end = walk_zone,
};

static void
make_walker(struct zl_engine *eng)
{
	ck_assert_uint_ge(eng->nruns, 1);
	eng->runs[0].rule = &walker;
	eng->runs[0].enabled = true;
}

/* Names 0 to 3 labels below the apex, in two cases, one of them a
 * delegation, and one outside the zone. */
static const char zone[] =
    "$ORIGIN example.com.\n"
    "$TTL 3600\n"
    "@        IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
    "@        IN NS    ns1\n"
    "ns1      IN A     192.0.2.1\n"
    "Shop     IN NS    ns1.shop\n"
    "ns1.SHOP IN A     192.0.2.2\n"
    "www      IN A     192.0.2.80\n"
    "a.b.c    IN TXT   \"deep\"\n"
    "out.example.net. IN A 192.0.2.9\n";

static const char *
walk(unsigned depth, uint32_t types)
{
	walk_depth = depth;
	walk_types = types;
	walked[0] = '\0';
	lint_only[0] = "no-such-rule";
	lint_engine_hook = make_walker;
	struct lint_result res = lint_text("example.txt", NULL, zone);
	lint_engine_hook = NULL;
	lint_only[0] = NULL;
	lint_free(&res);
	return walked;
}

START_TEST(foreach_walks_every_name_in_lower_case)
{
	ck_assert_str_eq(walk(0, UINT32_MAX), "example.com. ns1.example.com. "
	    "shop.example.com. ns1.shop.example.com. www.example.com. "
	    "a.b.c.example.com. out.example.net. ");
}
END_TEST

START_TEST(foreach_deep_passes_over_shallow_names)
{
	/* depth 2: the apex and shop for their NS, the deep names, and the
	 * name outside the zone; not ns1 or www */
	ck_assert_str_eq(walk(2, ZL_T_NS), "example.com. shop.example.com. "
	    "ns1.shop.example.com. a.b.c.example.com. out.example.net. ");
	ck_assert_str_eq(walk(3, 0), "a.b.c.example.com. out.example.net. ");
	ck_assert_str_eq(walk(1, 0), "ns1.example.com. shop.example.com. "
	    "ns1.shop.example.com. www.example.com. a.b.c.example.com. "
	    "out.example.net. ");
	/* depth 0: every name, as zl_index_foreach */
	ck_assert_str_eq(walk(0, 0), "example.com. ns1.example.com. "
	    "shop.example.com. ns1.shop.example.com. www.example.com. "
	    "a.b.c.example.com. out.example.net. ");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("index");
	TCase *tc = tcase_create("index");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, foreach_walks_every_name_in_lower_case);
	tcase_add_test(tc, foreach_deep_passes_over_shallow_names);
	suite_add_tcase(s, tc);
	return lint_main(s);
}
