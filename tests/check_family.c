/* check_family.c: state shared by a family of rules (struct zl_family):
 * its callbacks run once for all its enabled members, before theirs,
 * and not at all with none enabled; and the families of alias-cname-loop
 * and alias-cname-chain, and of the mail-spf rules, each of which still
 * reports alone. */
#include "engine_priv.h"
#include "testutil.h"

/* What ran, in order: "F" the family, "A" and "B" its members, each
 * followed by s (run start), r (a record, then its type), z (zone end)
 * or e (run end); "=" when the state a callback got is the one the
 * family got. */
static char trace[512];

struct counts {
	unsigned records, zones, ends;
};

static void *family_seen; /* the state the family's callbacks got */

static void
note(struct zl_ctx *ctx, const char *who, const char *what)
{
	void *state = zl_family_state(ctx);
	ck_assert_ptr_nonnull(state);
	if (family_seen == NULL)
		family_seen = state;
	size_t n = strlen(trace);
	snprintf(trace + n, sizeof trace - n, "%s%s%s ", who, what,
	    state == family_seen ? "=" : "!");
}

static const char *
type_of(const struct zl_record *rec)
{
	return ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_NS ? "rNS" : "rA";
}

static void
f_run_start(struct zl_ctx *ctx)
{
	note(ctx, "F", "s");
}

static void
f_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	((struct counts *)zl_family_state(ctx))->records++;
	note(ctx, "F", type_of(rec));
}

static void
f_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	((struct counts *)zl_family_state(ctx))->zones++;
	note(ctx, "F", "z");
}

static void
f_run_end(struct zl_ctx *ctx)
{
	((struct counts *)zl_family_state(ctx))->ends++;
	note(ctx, "F", "e");
}

static unsigned freed;

static void
f_free(void *state)
{
	(void)state;
	freed++;
}

static const struct zl_family family = {
	.state_size = sizeof(struct counts),
	.on_run_start = f_run_start,
	.on_record = f_record,
	.on_zone_end = f_zone_end,
	.on_run_end = f_run_end,
	.free_state = f_free,
};

#define MEMBER(X) \
	static void X##_record(struct zl_ctx *ctx, const struct zl_record *rec) \
	{ note(ctx, #X, type_of(rec)); } \
	static void X##_zone_end(struct zl_ctx *ctx, const struct zl_zone *z) \
	{ (void)z; note(ctx, #X, "z"); } \
	static void X##_run_end(struct zl_ctx *ctx) \
	{ note(ctx, #X, "e"); }
MEMBER(A)
MEMBER(B)

/* A wants A records, B NS records: the family gets both, once. */
static const struct zl_rule member_a = {
	.id = "test-family-a", .severity = ZL_NOTE, .summary = "a",
	.types = ZL_T_A, .family = &family, .on_record = A_record,
	.on_zone_end = A_zone_end, .on_run_end = A_run_end,
};
static const struct zl_rule member_b = {
	.id = "test-family-b", .severity = ZL_NOTE, .summary = "b",
	.types = ZL_T_NS, .family = &family, .on_record = B_record,
	.on_zone_end = B_zone_end, .on_run_end = B_run_end,
};

static bool enable_a, enable_b;

/* Two runs of the registry become the members, enabled or not: every
 * other rule is off (lint_only). */
static void
make_members(struct zl_engine *eng)
{
	ck_assert_uint_ge(eng->nruns, 2);
	eng->runs[0].rule = &member_a;
	eng->runs[0].enabled = enable_a;
	eng->runs[1].rule = &member_b;
	eng->runs[1].enabled = enable_b;
}

static const char zone[] =
    "$ORIGIN example.com.\n"
    "$TTL 3600\n"
    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
    "@       IN NS    ns1\n"
    "ns1     IN A     192.0.2.1\n";

static const char *
run(bool a, bool b)
{
	enable_a = a;
	enable_b = b;
	trace[0] = '\0';
	family_seen = NULL;
	freed = 0;
	lint_only[0] = "no-such-rule";
	lint_engine_hook = make_members;
	struct lint_result res = lint_text("example.txt", NULL, zone);
	lint_engine_hook = NULL;
	lint_only[0] = NULL;
	ck_assert_str_eq(res.findings, "");
	lint_free(&res);
	ck_assert_uint_eq(freed, a || b); /* its state freed once, if made */
	return trace;
}

START_TEST(family_runs_once_before_both_members)
{
	ck_assert_str_eq(run(true, true),
	    "Fs= FrNS= BrNS= FrA= ArA= Fz= Az= Bz= Fe= Ae= Be= ");
}
END_TEST

/* With one member, the family gets that member's types only. */
START_TEST(family_runs_for_one_member)
{
	ck_assert_str_eq(run(false, true), "Fs= FrNS= BrNS= Fz= Bz= Fe= Be= ");
	ck_assert_str_eq(run(true, false), "Fs= FrA= ArA= Fz= Az= Fe= Ae= ");
}
END_TEST

START_TEST(family_not_run_without_members)
{
	ck_assert_str_eq(run(false, false), "");
}
END_TEST

/* The alias family: a chain of nine aliases and a loop; each rule
 * reports its own with the other off, as with both on. */
static const char aliases[] =
    "$ORIGIN example.com.\n"
    "$TTL 3600\n"
    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
    "@       IN NS    ns1\n"
    "ns1     IN A     192.0.2.1\n"
    "a1      IN CNAME a2\n"
    "a2      IN CNAME a3\n"
    "a3      IN CNAME a4\n"
    "a4      IN CNAME a5\n"
    "a5      IN CNAME a6\n"
    "a6      IN CNAME a7\n"
    "a7      IN CNAME a8\n"
    "a8      IN CNAME a9\n"
    "a9      IN CNAME www\n"
    "www     IN A     192.0.2.80\n"
    "web     IN CNAME mail\n"
    "mail    IN CNAME web\n";

#define CHAIN "example.txt:6:1: warning: CNAME chain longer than resolvers " \
	"follow: 9 aliases one after another (a1.example.com. -> " \
	"a2.example.com. -> a3.example.com. -> ... -> a8.example.com. -> " \
	"a9.example.com.); resolvers that follow at most 8 answer SERVFAIL, " \
	"and each one is another lookup [alias-cname-chain]\n"
#define LOOP "example.txt:16:1: error: CNAME loop: web.example.com. -> " \
	"mail.example.com. -> web.example.com.: a resolver follows it until " \
	"it gives up, and every lookup of these names fails (SERVFAIL) " \
	"[alias-cname-loop]\n"

/* The findings of zone with only the rules only0 and only1 (globs) on. */
static void
expect_only(const char *zone_text, const char *only0, const char *only1,
    const char *findings)
{
	lint_only[0] = only0;
	lint_only[1] = only1;
	struct lint_result res = lint_text("example.txt", NULL, zone_text);
	lint_only[0] = lint_only[1] = NULL;
	ck_assert_str_eq(res.findings, findings);
	lint_free(&res);
}

static void
expect_aliases(const char *only0, const char *only1, const char *findings)
{
	expect_only(aliases, only0, only1, findings);
}

START_TEST(alias_rules_alone_and_together)
{
	expect_aliases("alias-cname-*", NULL, CHAIN LOOP);
	expect_aliases("alias-cname-chain", NULL, CHAIN);
	expect_aliases("alias-cname-loop", NULL, LOOP);
	expect_aliases("alias-cname-chain", "alias-cname-loop", CHAIN LOOP);
}
END_TEST

/* The mail-spf family parses each policy once; each rule reports from
 * that parse, alone or beside the others. */
static const char policies[] =
    "$ORIGIN example.com.\n"
    "$TTL 3600\n"
    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
    "@       IN NS    ns1\n"
    "@       IN NS    ns2\n"
    "ns1     IN A     192.0.2.1\n"
    "ns2     IN A     198.51.100.1\n"
    "@       IN TXT   \"v=spf1 ptr +all\"\n"
    "www     IN TXT   \"v=spf1 inclde:example.net -all\"\n";

#define PTR "example.txt:8:26: note: SPF policy uses ptr: \"ptr\": the ptr " \
	"mechanism is slow, unreliable and deprecated (RFC 7208 5.5), and " \
	"some receivers skip it; list the senders with ip4:, ip6:, a or mx " \
	"instead [mail-spf-ptr]\n"
#define PASS "example.txt:8:30: warning: SPF policy passes every sender: " \
	"\"+all\" passes mail from every host on the Internet, so the " \
	"policy protects nothing; end it with -all (or ~all while you test) " \
	"[mail-spf-pass-all]\n"
#define SYNTAX "example.txt:9:26: warning: SPF policy term not understood: " \
	"\"inclde:example.net\" is not an SPF mechanism, and receivers " \
	"reject the whole policy (permerror); did you mean include:? " \
	"[mail-spf-syntax]\n"

static void
expect_policies(const char *only0, const char *only1, const char *findings)
{
	expect_only(policies, only0, only1, findings);
}

START_TEST(spf_rules_alone_and_together)
{
	expect_policies("mail-spf-*", NULL, PTR PASS SYNTAX);
	expect_policies("mail-spf-ptr", NULL, PTR);
	expect_policies("mail-spf-pass-all", NULL, PASS);
	expect_policies("mail-spf-syntax", NULL, SYNTAX);
	expect_policies("mail-spf-syntax", "mail-spf-ptr", PTR SYNTAX);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("family");
	TCase *tc = tcase_create("family");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, family_runs_once_before_both_members);
	tcase_add_test(tc, family_runs_for_one_member);
	tcase_add_test(tc, family_not_run_without_members);
	tcase_add_test(tc, alias_rules_alone_and_together);
	tcase_add_test(tc, spf_rules_alone_and_together);
	suite_add_tcase(s, tc);
	return lint_main(s);
}
