/*
 * dnssec-nsec3-iterations: NSEC3 parameters with more than 150 extra hash
 * iterations, which validators treat as insecure (RFC 9276 3.2).  The
 * parameters are the apex NSEC3PARAM's, else the first NSEC3's, as
 * dnssec-nsec3 takes them; one finding per zone, where they came from.
 */
#include <string.h>

#include "../src/zonelint.h"
#include "dnssec.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	nsec3_params_take(zl_state(ctx), rec);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct nsec3_params *st = zl_state(ctx);
	if (st->have_any && st->alg == 1 && st->iterations > NSEC3_MAX_ITERATIONS)
		zl_report(ctx, st->loc, "%u, above %u: validators treat such NSEC3 "
		    "records as insecure (RFC 9276), so the zone proves no "
		    "non-existence; dnssec-nsec3 did not hash its names to check the "
		    "chain", st->iterations, NSEC3_MAX_ITERATIONS);
	memset(st, 0, sizeof *st);
}

const struct zl_rule rule_dnssec_nsec3_iterations = {
	.id = "dnssec-nsec3-iterations",
	.severity = ZL_ERROR,
	.types = ZL_T_NSEC3 | ZL_T_NSEC3PARAM,
	.state_size = sizeof(struct nsec3_params),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "too many NSEC3 hash iterations",
	.why =
	    "Every extra NSEC3 hash iteration costs resolvers and servers CPU on\n"
	    "each negative answer, and buys no protection against zone walking.\n"
	    "RFC 9276 asks for 0 iterations and lets validators treat NSEC3\n"
	    "records with more as insecure; validators do so above 150 (some\n"
	    "above 50, some answer SERVFAIL), so such a zone proves no\n"
	    "non-existence.  Above 150, dnssec-nsec3 does not hash the zone's\n"
	    "names either, as that would take hours on a big zone.",
	.bad =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       4x9HryR3WoMhvRU++FHDrEdvZ4TYG/KTZUQxwl+P593U\n"
	    "       mv2HiFi+swGQ2vJzYZidgLB66s78AE01I/lho97mmA== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       Timqbg5pM3F75HcP76ECHjXYQTTr8VtqWA8rxiBz+9SU\n"
	    "       0XZxYY3ORUrZzRrUIZZN70b2uWCJlaP4T5nEHKlldA== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       knlmwUOu2lKRlIcDrXbpXh+0XeZI5L5hD/xBK6eJdZD/\n"
	    "       e/gsTUfAigv/fDzn2GgriDDPboDJaCQfwJDxbC+4fQ== )\n"
	    "@    IN NSEC3PARAM 1 0 500 -\n"
	    "@    IN RRSIG NSEC3PARAM 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       IzhrO6jkfH3X+WQiO4SeLfg0sP81CDZu9zv+y839zj1I\n"
	    "       emtbdQ7HhW6+pQtJdTD/GuHWacf66QuaOPOJGDOu5A== )\n"
	    "87r18969l8n094ch5n0pok83g60kfrl7 300 IN NSEC3 1 0 500 - (\n"
	    "       agh5lqvg76uv8f22sveemidroleurosv NS SOA RRSIG DNSKEY NSEC3PARAM )\n"
	    "87r18969l8n094ch5n0pok83g60kfrl7 300 IN RRSIG NSEC3 13 3 300 (\n"
	    "       20270101000000 20261101000000 48256 example.com.\n"
	    "       eVOveq4fYQg2ucxdY3P8aZrgWho76Fkqiz904YAtzn+k\n"
	    "       zPgBf4bqRFyXyNGM1MIIKjoQrz2tspyGK6vlLpiXoA== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       71oBK+nL1OY45nfJCXOiTIklZhrBHk0WHJpKkWx+jhri\n"
	    "       OJpcbyDI2GJpvgkm0Bf/XiMe1tydflpha1nDsMOnaQ== )\n"
	    "agh5lqvg76uv8f22sveemidroleurosv 300 IN NSEC3 1 0 500 - (\n"
	    "       87r18969l8n094ch5n0pok83g60kfrl7 A RRSIG )\n"
	    "agh5lqvg76uv8f22sveemidroleurosv 300 IN RRSIG NSEC3 13 3 300 (\n"
	    "       20270101000000 20261101000000 48256 example.com.\n"
	    "       tCaraVrcYLtFHbL2P7QzU7BZlngiRBA4bKPLj2qzBTLq\n"
	    "       ekqfqVwqifnsPRXVTZpNsQmxLfyK6kGlLHo3EL2ygQ== )\n",
	.good =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       1GfdP6+tYGEBbLXTdA2eLcXMt4YYhSXmUCvotlJG860C\n"
	    "       ztzhm35YSqiGAZk4KmbnOAdLKY/DDH20Dj+V2izMKA== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       FiO3hssUY6rW/ojZXrsyp9d1gGSI6jYjTDISgcKLRk17\n"
	    "       wNEB8CfFS/08OIqWv9qtihHobqxJ1v5CraGLBS1sLA== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       Zse7iBPp1Gm+wPc5QPrTpddFLf4ogvRzvqB7Rl5vPXqz\n"
	    "       VkP9cFHQHwgtevrMxmJJHuCc3020IOwsOsjfsCNsQA== )\n"
	    "@    IN NSEC3PARAM 1 0 0 -\n"
	    "@    IN RRSIG NSEC3PARAM 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       y9aEhrNw35EgZUH+SAyLfoJeUh0KDf7vPRucNCd515tX\n"
	    "       3l5fTlZVuycE5UERDZKK+a4+LRfEWmDptjj68tMONA== )\n"
	    "onib9mgub9h0rml3cdf5bgrj59dkjhvk 300 IN NSEC3 1 0 0 - (\n"
	    "       gufvra2sfio8rsfp7uo41e8ad1kr41fh NS SOA RRSIG DNSKEY NSEC3PARAM )\n"
	    "onib9mgub9h0rml3cdf5bgrj59dkjhvk 300 IN RRSIG NSEC3 13 3 300 (\n"
	    "       20270101000000 20261101000000 48256 example.com.\n"
	    "       p7qITLz4EinkdJBbdQztS5ahxwdpbhs9b6qvOmoS9MVv\n"
	    "       p+btKwxJnB6h4eFUetYPZHFm+khMUGY/3vPHu4aShQ== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       zmX131Rqtrxs0aQCt0CHJaySZPQTmeK5uJZnHN/DQMAw\n"
	    "       05K367FHbOGwVe6EXwglB8aEZFyG5aGJdMBddowqMQ== )\n"
	    "gufvra2sfio8rsfp7uo41e8ad1kr41fh 300 IN NSEC3 1 0 0 - (\n"
	    "       onib9mgub9h0rml3cdf5bgrj59dkjhvk A RRSIG )\n"
	    "gufvra2sfio8rsfp7uo41e8ad1kr41fh 300 IN RRSIG NSEC3 13 3 300 (\n"
	    "       20270101000000 20261101000000 48256 example.com.\n"
	    "       M2aJNYhzodWa/Hg9H8yXZL/tY5dZYmmuUHJVaWtmNBjm\n"
	    "       szli8k/V8EAQ1/YGiesa2e/rBjQVkuYGqBlBwqHjMA== )\n",
	.fix =
	    "Re-sign with 0 iterations and no salt: dnssec-signzone -3 - -H 0,\n"
	    "ldns-signzone -n -t 0, or the nsec3param of BIND's dnssec-policy\n"
	    "(iterations 0; salt-length 0), Knot's nsec3-iterations: 0.",
	.refs = "RFC 9276 sections 3.1 and 3.2 and appendix A; RFC 5155 section\n"
	    "10.3; BIND 9 ARM, dnssec-policy (nsec3param); Knot DNS reference, policy section\n"
	    "(nsec3-iterations)",
};
