/*
 * index.c: per-zone name index.
 *
 * Memory is what matters on a million-name zone, so a name is kept once,
 * as lower-case wire-format labels with the apex cut off, in one arena; a
 * hash table slot is 4 bytes: the entry number, and in the bits it leaves
 * free a tag of the name's hash, so most probes that miss are settled
 * with one cache line and no look at the entry.  An entry is 24 bytes.  Everything grows by half, not by doubling, and the
 * table is any size (multiply-shift, not a mask), so little is wasted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigmem.h"
#include "diag.h"
#include "index.h"
#include "zone.h"

#define SEGMENTS 32
#define ENTRIES0 64    /* entries in the first block; block k has 64 << k */
#define BYTES0 512     /* key bytes in the first block; block k has 512 << k */

struct zl_index {
	uint32_t *slots;        /* entry number + 1 | tag, or 0: see tag_of */
	uint32_t nslots;
	unsigned ebits;         /* low bits of a slot that hold the entry */
	void *blocks[SEGMENTS]; /* struct zl_name */
	uint32_t count;
	void *kblocks[SEGMENTS]; /* [len - 1][flag][labels] per name */
	uint64_t klen;          /* next free key offset */
	uint64_t eready, kready; /* entries and key bytes faulted in ahead */
	struct zl_prefaulter *pf; /* the run's page helper, or NULL */
};

/* Segmented arrays: block k starts at base * (2^k - 1), so an index finds
 * its block with one count of leading zeros, and growing never copies. */
static unsigned
segment(uint64_t i, uint64_t base)
{
	return 63u - (unsigned)__builtin_clzll(i / base + 1);
}

static uint64_t
segment_start(unsigned k, uint64_t base)
{
	return base * ((1ull << k) - 1);
}

static struct zl_name *
entry(const struct zl_index *ix, uint32_t e)
{
	unsigned k = segment(e, ENTRIES0);
	return (struct zl_name *)ix->blocks[k] + (e - segment_start(k, ENTRIES0));
}

static uint8_t *
key_ptr(const struct zl_index *ix, uint64_t off)
{
	unsigned k = segment(off, BYTES0);
	return (uint8_t *)ix->kblocks[k] + (off - segment_start(k, BYTES0));
}

/* With a helper thread (bigmem.h), the memory of elements up to AHEAD
 * bytes past `used` of a segmented array is faulted in there, asked for
 * a half at a time; once the array is in mapped blocks, the next block
 * is mapped before it is needed. */
#define AHEAD (2u << 20)

static void
fault_ahead(struct zl_prefaulter *pf, void **blocks, uint64_t base,
    size_t esize, uint64_t used, uint64_t *ready)
{
	uint64_t ahead = AHEAD / esize;
	if (*ready >= used + ahead / 2 || !zl_prefaulter_running(pf))
		return;
	/* a small index stays in malloc's blocks: mapping the next (a
	 * megabyte and more) ahead for each of 20,000 small zones took 24 GiB */
	if ((size_t)(base << segment(used, base)) * esize < ZL_BIG_MIN)
		return;
	uint64_t want = used + ahead;
	while (*ready < want) {
		unsigned k = segment(*ready, base);
		if (k >= SEGMENTS)
			return;
		uint64_t start = segment_start(k, base);
		uint64_t end = segment_start(k + 1, base);
		uint64_t to = want < end ? want : end;
		size_t bytes = (size_t)(base << k) * esize;
		if (bytes >= ZL_BIG_MIN) { /* smaller ones come from malloc */
			if (blocks[k] == NULL)
				blocks[k] = zl_big_alloc(bytes);
			zl_prefault(pf, (char *)blocks[k] + (*ready - start) * esize,
			    (size_t)(to - *ready) * esize);
		}
		*ready = to;
	}
}

struct zl_index *
zl_index_new(struct zl_prefaulter *pf)
{
	struct zl_index *ix = zl_xcalloc(1, sizeof *ix);
	ix->pf = pf;
	return ix;
}

void
zl_index_free(struct zl_index *ix)
{
	if (ix == NULL)
		return;
	zl_big_free(ix->pf, ix->slots,
	    (size_t)ix->nslots * sizeof *ix->slots);
	for (unsigned k = 0; k < SEGMENTS; k++) {
		zl_big_free(ix->pf, ix->blocks[k], ((size_t)ENTRIES0 << k) *
		    sizeof(struct zl_name));
		zl_big_free(ix->pf, ix->kblocks[k], (size_t)BYTES0 << k);
	}
	free(ix);
}

size_t
zl_index_bytes(const struct zl_index *ix)
{
	size_t n = (size_t)ix->nslots * sizeof *ix->slots;
	for (unsigned k = 0; k < SEGMENTS; k++) {
		if (ix->blocks[k])
			n += ((size_t)ENTRIES0 << k) * sizeof(struct zl_name);
		if (ix->kblocks[k])
			n += (size_t)BYTES0 << k;
	}
	return n;
}

/* The key of name: its labels above the apex (flag 0), or the whole
 * name when it is not under the apex (flag 1); lower case. */
static size_t
make_key(const ldns_rdf *apex_name, const ldns_rdf *name, uint8_t *key)
{
	const uint8_t *w = ldns_rdf_data(name);
	size_t size = ldns_rdf_size(name), cut = size;
	uint8_t flag = 1;
	if (apex_name) {
		const uint8_t *apex = ldns_rdf_data(apex_name);
		size_t asize = ldns_rdf_size(apex_name);
		size_t off = 0;
		while (off < size && size - off > asize && w[off] != 0)
			off += (size_t)w[off] + 1;
		if (off < size && size - off == asize) {
			/* names are mostly written in the apex's own case */
			size_t k = memcmp(w + off, apex, asize) == 0 ? asize : 0;
			while (k < asize && zl_lower(w[off + k]) == zl_lower(apex[k]))
				k++;
			if (k == asize) {
				cut = off;
				flag = 0;
			}
		}
	}
	key[0] = flag;
	if (cut > LDNS_MAX_DOMAINLEN) /* no name is longer; keep the key in bounds */
		cut = LDNS_MAX_DOMAINLEN;
	for (size_t i = 0; i < cut; i++)
		key[1 + i] = zl_lower(w[i]);
	return cut + 1;
}

static uint32_t
hash_key(const uint8_t *k, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ k[i]) * 16777619u;
	h ^= h >> 16; /* murmur3's finaliser: spread the bits over the table */
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	return h ^ (h >> 16);
}

static const uint8_t *
key_at(const struct zl_index *ix, uint32_t off, size_t *n)
{
	const uint8_t *p = key_ptr(ix, off);
	*n = (size_t)p[0] + 1; /* stored as n - 1: n may be 256 */
	return p + 1;
}

static uint32_t
slot_of(uint32_t h, uint32_t nslots)
{
	return (uint32_t)(((uint64_t)h * nslots) >> 32);
}

/* The entry number + 1 a slot holds (0: empty). */
static uint32_t
slot_entry(const struct zl_index *ix, uint32_t v)
{
	return ix->ebits >= 32 ? v : v & ((1u << ix->ebits) - 1);
}

/* The tag of hash h, in the slot bits above the entry: its low bits, as
 * the slot's place comes from the high ones. */
static uint32_t
tag_of(const struct zl_index *ix, uint32_t h)
{
	return ix->ebits >= 32 ? 0 : h << ix->ebits;
}

static void
rehash_to(struct zl_index *ix, uint32_t nslots)
{
	uint32_t *slots = zl_big_alloc((size_t)nslots * sizeof *slots);
	/* entry numbers + 1 stay below nslots (the table is at most 3/4
	 * full): as many bits as nslots has are enough */
	ix->ebits = 32u - (unsigned)__builtin_clz(nslots);
	for (uint32_t e = 0; e < ix->count; e++) {
		size_t n;
		const uint8_t *k = key_at(ix, entry(ix, e)->key, &n);
		uint32_t h = hash_key(k, n), j = slot_of(h, nslots);
		while (slots[j])
			j = j + 1 == nslots ? 0 : j + 1;
		slots[j] = (e + 1) | tag_of(ix, h);
	}
	zl_big_free(ix->pf, ix->slots,
	    (size_t)ix->nslots * sizeof *ix->slots);
	ix->slots = slots;
	ix->nslots = nslots;
}

static void
rehash(struct zl_index *ix)
{
	rehash_to(ix, ix->nslots ? ix->nslots + ix->nslots / 2 : 64);
}

void
zl_index_reserve(struct zl_index *ix, size_t names)
{
	uint64_t want = (uint64_t)names * 4 / 3 + 1;
	if (want > ix->nslots && want < UINT32_MAX)
		rehash_to(ix, (uint32_t)want);
}

uint32_t
zl_index_hash(const ldns_rdf *apex, const ldns_rdf *name)
{
	uint8_t key[LDNS_MAX_DOMAINLEN + 2];
	size_t n = make_key(apex, name, key);
	return hash_key(key, n);
}

uint32_t
zl_index_touch(const struct zl_zone *zone, const uint32_t *h, size_t n)
{
	const struct zl_index *ix = zone->names;
	uint32_t sum = 0;
	if (ix == NULL || ix->nslots == 0)
		return 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t j = slot_of(h[i], ix->nslots);
		sum += ix->slots[j];
	}
	return sum;
}

static uint32_t *
find_slot(const struct zl_index *ix, const uint8_t *key, size_t n,
    uint32_t h)
{
	uint32_t tag = tag_of(ix, h);
	uint32_t j = slot_of(h, ix->nslots);
	for (;; j = j + 1 == ix->nslots ? 0 : j + 1) {
		uint32_t v = ix->slots[j];
		if (v == 0)
			return &ix->slots[j];
		if (ix->ebits < 32 && (v ^ tag) >> ix->ebits != 0)
			continue; /* another name's tag */
		size_t kn;
		const uint8_t *k = key_at(ix, entry(ix, slot_entry(ix, v) - 1)->key,
		    &kn);
		if (kn == n && memcmp(k, key, n) == 0)
			return &ix->slots[j];
	}
}

struct zl_name *
zl_index_get(const struct zl_zone *zone, const ldns_rdf *name, bool *created)
{
	return zl_index_get_hashed(zone, name, zl_index_hash(zone->origin, name),
	    created);
}

struct zl_name *
zl_index_get_hashed(const struct zl_zone *zone, const ldns_rdf *name,
    uint32_t h, bool *created)
{
	struct zl_index *ix = zone->names;
	uint8_t key[LDNS_MAX_DOMAINLEN + 2];
	size_t n = make_key(zone->origin, name, key);
	*created = false;
	if ((uint64_t)(ix->count + 1) * 4 > (uint64_t)ix->nslots * 3)
		rehash(ix);
	uint32_t *slot = find_slot(ix, key, n, h);
	if (*slot)
		return entry(ix, slot_entry(ix, *slot) - 1);
	fault_ahead(ix->pf, ix->blocks, ENTRIES0, sizeof(struct zl_name),
	    ix->count, &ix->eready);
	fault_ahead(ix->pf, ix->kblocks, BYTES0, 1, ix->klen, &ix->kready);
	unsigned k = segment(ix->count, ENTRIES0);
	if (ix->blocks[k] == NULL)
		ix->blocks[k] = zl_big_alloc(((size_t)ENTRIES0 << k) *
		    sizeof(struct zl_name));
	/* a key never straddles two blocks: skip to the next when short */
	unsigned kk = segment(ix->klen, BYTES0);
	if (ix->klen + n + 1 > segment_start(kk + 1, BYTES0))
		ix->klen = segment_start(++kk, BYTES0);
	if (ix->kblocks[kk] == NULL)
		ix->kblocks[kk] = zl_big_alloc((size_t)BYTES0 << kk);
	if (ix->klen + n + 1 > UINT32_MAX) {
		fputs("zonelint: name index full\n", stderr);
		exit(2);
	}
	struct zl_name *e = entry(ix, ix->count);
	memset(e, 0, sizeof *e);
	e->key = (uint32_t)ix->klen;
	uint8_t *p = key_ptr(ix, ix->klen);
	p[0] = (uint8_t)(n - 1);
	memcpy(p + 1, key, n);
	ix->klen += n + 1;
	*slot = ++ix->count | tag_of(ix, h);
	*created = true;
	return e;
}

const struct zl_name *
zl_index_find(const struct zl_zone *zone, const ldns_rdf *name)
{
	const struct zl_index *ix = zone->names;
	if (ix == NULL || ix->count == 0)
		return NULL;
	uint8_t key[LDNS_MAX_DOMAINLEN + 2];
	size_t n = make_key(zone->origin, name, key);
	uint32_t *slot = find_slot(ix, key, n, hash_key(key, n));
	return *slot ? entry(ix, slot_entry(ix, *slot) - 1) : NULL;
}

size_t
zl_index_count(const struct zl_zone *zone)
{
	return zone->names ? zone->names->count : 0;
}

uint32_t
zl_name_types(const struct zl_name *entry)
{
	return entry->types;
}

struct zl_loc
zl_name_first(const struct zl_name *entry)
{
	return entry->first;
}

ldns_rr_type
zl_name_first_type(const struct zl_name *entry)
{
	return (ldns_rr_type)entry->first_type;
}

ldns_rdf
zl_index_name(const struct zl_zone *zone, const struct zl_name *en,
    uint8_t *buf)
{
	size_t n;
	const uint8_t *k = key_at(zone->names, en->key, &n);
	size_t size = n - 1;
	memcpy(buf, k + 1, size);
	if (k[0] == 0 && zone->origin) {
		memcpy(buf + size, ldns_rdf_data(zone->origin),
		    ldns_rdf_size(zone->origin));
		size += ldns_rdf_size(zone->origin);
	}
	ldns_rdf rdf = {._size = size, ._type = LDNS_RDF_TYPE_DNAME, ._data = buf};
	return rdf;
}

void
zl_index_foreach(const struct zl_zone *zone,
    void (*fn)(void *arg, const ldns_rdf *name, const struct zl_name *entry),
    void *arg)
{
	zl_index_foreach_deep(zone, 0, 0, fn, arg); /* depth 0: every name */
}

/* Labels in a key's name part of n octets, up to `enough`. */
static unsigned
key_labels(const uint8_t *k, size_t n, unsigned enough)
{
	unsigned labels = 0;
	for (size_t off = 0; off < n && k[off] != 0 && labels < enough; labels++)
		off += (size_t)k[off] + 1;
	return labels;
}

void
zl_index_foreach_deep(const struct zl_zone *zone, unsigned depth,
    uint32_t types,
    void (*fn)(void *arg, const ldns_rdf *name, const struct zl_name *entry),
    void *arg)
{
	const struct zl_index *ix = zone->names;
	if (ix == NULL)
		return;
	uint8_t wire[2 * LDNS_MAX_DOMAINLEN + 2];
	for (uint32_t e = 0; e < ix->count; e++) {
		const struct zl_name *en = entry(ix, e);
		size_t n;
		const uint8_t *k = key_at(ix, en->key, &n);
		if (k[0] == 0 && !(en->types & types) &&
		    key_labels(k + 1, n - 1, depth) < depth)
			continue; /* in the zone, shallow, none of the types */
		ldns_rdf rdf = zl_index_name(zone, en, wire);
		fn(arg, &rdf, en);
	}
}
