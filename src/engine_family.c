/* engine_family.c: state shared by a family of rules (struct zl_family
 * in zonelint.h): one state per family that has an enabled member, and
 * its callbacks, called once each time for all the members, before
 * theirs.  Every loop here is over the rules, a fixed number. */
#include <stdlib.h>
#include <string.h>

#include "engine_priv.h"

void
zl_engine_families_start(struct zl_engine *eng)
{
	if (eng->families) /* started once */
		return;
	eng->families = zl_xcalloc(eng->nruns, sizeof *eng->families);
	eng->family_records = zl_xcalloc(32 * eng->nruns,
	    sizeof *eng->family_records);
	for (size_t i = 0; i < eng->nruns; i++) {
		struct rule_run *run = &eng->runs[i];
		const struct zl_family *f = run->rule->family;
		if (!run->enabled || f == NULL)
			continue;
		size_t k = 0;
		while (k < eng->nfamilies && eng->families[k].family != f)
			k++;
		if (k == eng->nfamilies) /* i is its first enabled member */
			eng->families[eng->nfamilies++] = (struct family_run){f, i,
			    zl_xcalloc(1, f->state_size ? f->state_size : 1)};
		run->family_state = eng->families[k].state;
	}
	for (size_t k = 0; k < eng->nfamilies; k++)
		if (eng->families[k].family->on_run_start) {
			struct zl_ctx ctx = {eng, eng->families[k].lead};
			eng->families[k].family->on_run_start(&ctx);
		}
}

/* The type bits family k's on_record wants: its own, or those of its
 * enabled members that still want records; 0 when none does. */
static uint32_t
family_types(const struct zl_engine *eng, size_t k, bool *all)
{
	const struct zl_family *f = eng->families[k].family;
	uint32_t types = 0;
	bool wanted = false;
	*all = false;
	for (size_t i = eng->families[k].lead; i < eng->nruns; i++) {
		const struct rule_run *run = &eng->runs[i];
		if (run->rule->family != f || !run->enabled || run->no_records)
			continue;
		wanted = true;
		types |= run->rule->types;
		*all = *all || run->rule->all_types;
	}
	if (!wanted)
		return 0;
	if (f->types) {
		*all = false;
		return f->types;
	}
	return types;
}

void
zl_engine_families_lists(struct zl_engine *eng)
{
	memset(eng->nfamily_records, 0, sizeof eng->nfamily_records);
	for (size_t k = 0; k < eng->nfamilies; k++) {
		if (eng->families[k].family->on_record == NULL)
			continue;
		bool all;
		uint32_t types = family_types(eng, k, &all);
		for (unsigned b = 0; b < 32; b++)
			if (all || (types & (1u << b)))
				eng->family_records[b * eng->nruns +
				    eng->nfamily_records[b]++] = k;
	}
}

void
zl_engine_families_record(struct zl_engine *eng, const struct zl_record *rec,
    unsigned bit)
{
	const size_t *list = eng->family_records + bit * eng->nruns;
	for (size_t j = 0; j < eng->nfamily_records[bit]; j++) {
		const struct family_run *fr = &eng->families[list[j]];
		struct zl_ctx ctx = {eng, fr->lead};
		fr->family->on_record(&ctx, rec);
	}
}

void
zl_engine_families_zone_end(struct zl_engine *eng, const struct zl_zone *zone)
{
	for (size_t k = 0; k < eng->nfamilies; k++)
		if (eng->families[k].family->on_zone_end) {
			struct zl_ctx ctx = {eng, eng->families[k].lead};
			eng->families[k].family->on_zone_end(&ctx, zone);
		}
}

void
zl_engine_families_run_end(struct zl_engine *eng)
{
	for (size_t k = 0; k < eng->nfamilies; k++)
		if (eng->families[k].family->on_run_end) {
			struct zl_ctx ctx = {eng, eng->families[k].lead};
			eng->families[k].family->on_run_end(&ctx);
		}
}

void
zl_engine_families_free(struct zl_engine *eng)
{
	for (size_t k = 0; k < eng->nfamilies; k++) {
		if (eng->families[k].family->free_state)
			eng->families[k].family->free_state(eng->families[k].state);
		free(eng->families[k].state);
	}
	free(eng->families);
	free(eng->family_records);
}

void *
zl_family_state(struct zl_ctx *ctx)
{
	return ctx->eng->runs[ctx->rule].family_state;
}
