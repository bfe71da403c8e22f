/*
 * index.c: per-zone name index.
 *
 * Memory is what matters on a million-name zone, so a name is kept once,
 * as lower-case wire-format labels with the apex cut off, in one arena; the
 * hash table holds 4-byte entry numbers.  An entry is 28 bytes.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "index.h"

struct zl_index {
	uint32_t *slots;        /* entry number + 1, or 0 */
	uint8_t *tags;          /* 8 bits of each slot's hash: most misses
	                         * are settled without touching the entry */
	uint32_t nslots;
	struct zl_name *names;
	uint32_t count, cap;
	uint8_t *arena;         /* [len - 1][flag][labels] per name */
	size_t alen, acap;
};

struct zl_index *
zl_index_new(void)
{
	return zl_xcalloc(1, sizeof(struct zl_index));
}

void
zl_index_free(struct zl_index *ix)
{
	if (ix == NULL)
		return;
	free(ix->slots);
	free(ix->tags);
	free(ix->names);
	free(ix->arena);
	free(ix);
}

size_t
zl_index_bytes(const struct zl_index *ix)
{
	return ix->nslots * (sizeof *ix->slots + 1) + ix->cap * sizeof *ix->names +
	    ix->acap;
}

/* The key of name: its labels above the apex (flag 0), or the whole
 * name when it is not under the apex (flag 1); lower case. */
static size_t
make_key(const struct zl_zone *zone, const ldns_rdf *name, uint8_t *key)
{
	const uint8_t *w = ldns_rdf_data(name);
	size_t size = ldns_rdf_size(name), cut = size;
	uint8_t flag = 1;
	if (zone->origin) {
		const uint8_t *apex = ldns_rdf_data(zone->origin);
		size_t asize = ldns_rdf_size(zone->origin);
		size_t off = 0;
		while (off < size && size - off > asize && w[off] != 0)
			off += (size_t)w[off] + 1;
		if (off < size && size - off == asize) {
			size_t k = 0;
			while (k < asize && tolower(w[off + k]) == tolower(apex[k]))
				k++;
			if (k == asize) {
				cut = off;
				flag = 0;
			}
		}
	}
	key[0] = flag;
	for (size_t i = 0; i < cut; i++)
		key[1 + i] = (uint8_t)tolower(w[i]);
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
	*n = (size_t)ix->arena[off] + 1; /* stored as n - 1: n may be 256 */
	return ix->arena + off + 1;
}

static void
rehash(struct zl_index *ix)
{
	uint32_t nslots = ix->nslots ? ix->nslots * 2 : 256;
	uint32_t *slots = zl_xcalloc(nslots, sizeof *slots);
	uint8_t *tags = zl_xcalloc(nslots, 1);
	for (uint32_t e = 0; e < ix->count; e++) {
		size_t n;
		const uint8_t *k = key_at(ix, ix->names[e].key, &n);
		uint32_t h = hash_key(k, n), j = h & (nslots - 1);
		while (slots[j])
			j = (j + 1) & (nslots - 1);
		slots[j] = e + 1;
		tags[j] = (uint8_t)(h >> 24);
	}
	free(ix->slots);
	free(ix->tags);
	ix->slots = slots;
	ix->tags = tags;
	ix->nslots = nslots;
}

static uint32_t *
find_slot(const struct zl_index *ix, const uint8_t *key, size_t n,
    uint32_t h)
{
	uint8_t tag = (uint8_t)(h >> 24);
	uint32_t j = h & (ix->nslots - 1);
	for (;; j = (j + 1) & (ix->nslots - 1)) {
		uint32_t e = ix->slots[j];
		if (e == 0)
			return &ix->slots[j];
		if (ix->tags[j] != tag)
			continue;
		size_t kn;
		const uint8_t *k = key_at(ix, ix->names[e - 1].key, &kn);
		if (kn == n && memcmp(k, key, n) == 0)
			return &ix->slots[j];
	}
}

struct zl_name *
zl_index_get(struct zl_zone *zone, const ldns_rdf *name, bool *created)
{
	struct zl_index *ix = zone->names;
	uint8_t key[LDNS_MAX_DOMAINLEN + 2];
	size_t n = make_key(zone, name, key);
	*created = false;
	if ((ix->count + 1) * 4 > ix->nslots * 3)
		rehash(ix);
	uint32_t h = hash_key(key, n);
	uint32_t *slot = find_slot(ix, key, n, h);
	if (*slot)
		return &ix->names[*slot - 1];
	if (ix->count == ix->cap) {
		ix->cap = ix->cap ? ix->cap * 2 : 256;
		ix->names = zl_xrealloc(ix->names, ix->cap * sizeof *ix->names);
	}
	if (ix->alen + n + 1 > ix->acap) {
		ix->acap = ix->acap ? ix->acap * 2 : 4096;
		ix->arena = zl_xrealloc(ix->arena, ix->acap);
	}
	struct zl_name *e = &ix->names[ix->count];
	memset(e, 0, sizeof *e);
	e->key = (uint32_t)ix->alen;
	ix->arena[ix->alen] = (uint8_t)(n - 1);
	memcpy(ix->arena + ix->alen + 1, key, n);
	ix->alen += n + 1;
	*slot = ++ix->count;
	ix->tags[slot - ix->slots] = (uint8_t)(h >> 24);
	*created = true;
	return e;
}

struct zl_name *
zl_index_find(const struct zl_zone *zone, const ldns_rdf *name)
{
	const struct zl_index *ix = zone->names;
	if (ix == NULL || ix->count == 0)
		return NULL;
	uint8_t key[LDNS_MAX_DOMAINLEN + 2];
	size_t n = make_key(zone, name, key);
	uint32_t *slot = find_slot(ix, key, n, hash_key(key, n));
	return *slot ? &ix->names[*slot - 1] : NULL;
}

size_t
zl_index_count(const struct zl_zone *zone)
{
	return zone->names ? zone->names->count : 0;
}

void
zl_index_foreach(const struct zl_zone *zone,
    void (*fn)(void *arg, const ldns_rdf *name, const struct zl_name *entry),
    void *arg)
{
	const struct zl_index *ix = zone->names;
	if (ix == NULL)
		return;
	uint8_t wire[2 * LDNS_MAX_DOMAINLEN + 2];
	const uint8_t *apex = zone->origin ? ldns_rdf_data(zone->origin) : NULL;
	size_t asize = zone->origin ? ldns_rdf_size(zone->origin) : 0;
	for (uint32_t e = 0; e < ix->count; e++) {
		size_t n;
		const uint8_t *k = key_at(ix, ix->names[e].key, &n);
		size_t size = n - 1;
		memcpy(wire, k + 1, size);
		if (k[0] == 0) {
			memcpy(wire + size, apex, asize);
			size += asize;
		}
		ldns_rdf rdf = {._size = size, ._type = LDNS_RDF_TYPE_DNAME,
		    ._data = wire};
		fn(arg, &rdf, &ix->names[e]);
	}
}
