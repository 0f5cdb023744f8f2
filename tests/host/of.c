// SPDX-License-Identifier: GPL-2.0
/*
 * Live device tree from a flattened blob, plus the OF helpers drivers use.
 * Cells are big-endian in the blob and stay so in property values, as in
 * the kernel; readers convert.
 */
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include <linux/ioport.h>
#include <linux/of.h>
#include <linux/of_address.h>
#include <linux/of_device.h>
#include <linux/of_irq.h>
#include <linux/platform_device.h>
#include <linux/property.h>

#include "host_internal.h"

static struct device_node *root;

/* ---- building the tree ------------------------------------------------- */

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n, size);

	if (!p)
		host_fatal("out of memory building the device tree");
	return p;
}

static char *xstrdup(const char *s)
{
	return strcpy(xcalloc(1, strlen(s) + 1), s);
}

static void add_props(struct device_node *np, const void *fdt, int off)
{
	struct property **tail = &np->properties;
	const struct fdt_property *fp;
	const char *name;
	int poff, len;

	fdt_for_each_property_offset(poff, fdt, off) {
		fp = fdt_get_property_by_offset(fdt, poff, &len);
		name = fdt_string(fdt, fdt32_to_cpu(fp->nameoff));
		*tail = xcalloc(1, sizeof(**tail));
		(*tail)->name = xstrdup(name);
		(*tail)->length = len;
		/* +1: strings stay terminated even if the blob is odd */
		(*tail)->value = memcpy(xcalloc(1, len + 1), fp->data, len);
		if (!strcmp(name, "phandle") || !strcmp(name, "linux,phandle"))
			np->phandle = ntohl(*(u32 *)fp->data);
		tail = &(*tail)->next;
	}
}

static struct device_node *new_node(const void *fdt, int off,
				    struct device_node *parent)
{
	struct device_node *np = xcalloc(1, sizeof(*np));
	const char *full = fdt_get_name(fdt, off, NULL);
	char *name = xstrdup(full);

	if (strchr(name, '@'))
		*strchr(name, '@') = '\0';
	np->full_name = xstrdup(full);
	np->name = name;
	np->parent = parent;
	add_props(np, fdt, off);
	return np;
}

/* Depth-first, children kept in blob order. */
static struct device_node *unflatten(const void *fdt, int off,
				     struct device_node *parent)
{
	struct device_node *np = new_node(fdt, off, parent);
	struct device_node **tail = &np->child;
	int child;

	fdt_for_each_subnode(child, fdt, off) {
		*tail = unflatten(fdt, child, np);
		tail = &(*tail)->sibling;
	}
	return np;
}

static void free_tree(struct device_node *np)
{
	struct device_node *c, *next;
	struct property *p, *pn;

	if (!np)
		return;
	for (c = np->child; c; c = next) {
		next = c->sibling;
		free_tree(c);
	}
	for (p = np->properties; p; p = pn) {
		pn = p->next;
		free(p->name);
		free(p->value);
		free(p);
	}
	free((void *)np->name);
	free((void *)np->full_name);
	free(np);
}

int host_of_load_dtb(const void *blob)
{
	if (fdt_check_header(blob))
		return -EINVAL;
	if (root)
		host_of_unload();
	root = unflatten(blob, 0, NULL);
	return 0;
}

int host_of_load_dtb_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	long size;
	void *blob;
	int ret = -EIO;

	if (!f)
		return -ENOENT;
	if (fseek(f, 0, SEEK_END) || (size = ftell(f)) <= 0 ||
	    fseek(f, 0, SEEK_SET))
		goto out;
	blob = xcalloc(1, size);
	if (fread(blob, 1, size, f) == (size_t)size)
		ret = host_of_load_dtb(blob);
	free(blob);
out:
	fclose(f);
	return ret;
}

/* Compile a .dts with dtc (a declared build dependency) and load it. */
int host_of_load_dts_file(const char *path)
{
	char cmd[512];
	size_t cap = 1 << 16, len = 0, n;
	char *blob = xcalloc(1, cap);
	FILE *p;
	int ret;

	snprintf(cmd, sizeof(cmd), "dtc -q -I dts -O dtb '%s'", path);
	p = popen(cmd, "r");
	if (!p) {
		free(blob);
		return -ENOENT;
	}
	while ((n = fread(blob + len, 1, cap - len, p)) > 0) {
		len += n;
		if (len == cap) {
			blob = realloc(blob, cap *= 2);
			if (!blob)
				host_fatal("out of memory reading %s", path);
		}
	}
	ret = pclose(p) || !len ? -EINVAL : host_of_load_dtb(blob);
	free(blob);
	return ret;
}

struct device_node *host_of_root(void)
{
	return root;
}

/* ---- nodes ------------------------------------------------------------- */

struct device_node *of_node_get(struct device_node *np)
{
	if (np)
		__atomic_add_fetch(&np->refcount, 1, __ATOMIC_RELAXED);
	return np;
}

void of_node_put(struct device_node *np)
{
	if (np)
		__atomic_sub_fetch(&np->refcount, 1, __ATOMIC_RELAXED);
}

const char *of_node_full_name(const struct device_node *np)
{
	return np ? np->full_name : "<no-node>";
}

/* Pre-order successor, for whole-tree searches. */
static struct device_node *next_node(struct device_node *np)
{
	if (np->child)
		return np->child;
	while (np && !np->sibling)
		np = np->parent;
	return np ? np->sibling : NULL;
}

struct device_node *of_find_node_by_phandle(phandle handle)
{
	struct device_node *np;

	if (!handle)
		return NULL;
	for (np = root; np; np = next_node(np))
		if (np->phandle == handle)
			return of_node_get(np);
	return NULL;
}

static struct device_node *child_by_full_name(struct device_node *np,
					      const char *name, size_t len)
{
	struct device_node *c;

	for (c = np->child; c; c = c->sibling)
		if ((strlen(c->full_name) == len &&
		     !strncmp(c->full_name, name, len)) ||
		    (strlen(c->name) == len && !strncmp(c->name, name, len)))
			return c;
	return NULL;
}

/* "/a/b@1" or an alias name ("serial0"). */
struct device_node *of_find_node_by_path(const char *path)
{
	struct device_node *np = root;
	const char *alias;
	size_t len;

	if (!root || !path)
		return NULL;
	if (path[0] != '/') {
		np = of_get_child_by_name(root, "aliases");
		if (!np || of_property_read_string(np, path, &alias))
			return NULL;
		return of_find_node_by_path(alias);
	}
	while (np && *path) {
		while (*path == '/')
			path++;
		if (!*path)
			break;
		len = strcspn(path, "/");
		np = child_by_full_name(np, path, len);
		path += len;
	}
	return of_node_get(np);
}

struct device_node *of_get_parent(const struct device_node *np)
{
	return np ? of_node_get(np->parent) : NULL;
}

struct device_node *of_get_next_child(const struct device_node *np,
				      struct device_node *prev)
{
	struct device_node *next;

	if (!np)
		return NULL;
	next = prev ? prev->sibling : np->child;
	of_node_put(prev);
	return of_node_get(next);
}

struct device_node *of_get_next_available_child(const struct device_node *np,
						struct device_node *prev)
{
	struct device_node *next = prev;

	do {
		next = of_get_next_child(np, next);
	} while (next && !of_device_is_available(next));
	return next;
}

struct device_node *of_get_child_by_name(const struct device_node *np,
					 const char *name)
{
	struct device_node *c;

	for (c = np ? np->child : NULL; c; c = c->sibling)
		if (!strcmp(c->name, name))
			return of_node_get(c);
	return NULL;
}

int of_get_child_count(const struct device_node *np)
{
	struct device_node *c;
	int n = 0;

	for (c = np ? np->child : NULL; c; c = c->sibling)
		n++;
	return n;
}

struct device_node *of_find_compatible_node(struct device_node *from,
					    const char *type,
					    const char *compat)
{
	struct device_node *np = from ? next_node(from) : root;

	of_node_put(from);
	for (; np; np = next_node(np))
		if (of_device_is_compatible(np, compat))
			return of_node_get(np);
	return NULL;
}

/* ---- properties -------------------------------------------------------- */

struct property *of_find_property(const struct device_node *np,
				  const char *name, int *lenp)
{
	struct property *p;

	for (p = np ? np->properties : NULL; p; p = p->next) {
		if (!strcmp(p->name, name)) {
			if (lenp)
				*lenp = p->length;
			return p;
		}
	}
	return NULL;
}

const void *of_get_property(const struct device_node *np, const char *name,
			    int *lenp)
{
	struct property *p = of_find_property(np, name, lenp);

	return p ? p->value : NULL;
}

/* Value of a property holding at least min elements of elem_size bytes. */
static const void *prop_value(const struct device_node *np, const char *name,
			      size_t elem_size, size_t min, int *count)
{
	struct property *p = of_find_property(np, name, NULL);

	if (!p)
		return ERR_PTR(-EINVAL);
	if (!p->value)
		return ERR_PTR(-ENODATA);
	if (p->length < elem_size * min || p->length % elem_size)
		return ERR_PTR(-EOVERFLOW);
	*count = p->length / elem_size;
	return p->value;
}

int of_property_count_elems_of_size(const struct device_node *np,
				    const char *propname, int elem_size)
{
	struct property *p = of_find_property(np, propname, NULL);

	if (!p)
		return -EINVAL;
	if (!p->value)
		return -ENODATA;
	if (p->length % elem_size)
		return -EINVAL;
	return p->length / elem_size;
}

static u32 be32_at(const void *v, int i)
{
	u32 x;

	memcpy(&x, (const u8 *)v + 4 * i, 4);
	return ntohl(x);
}

int of_property_read_u32_index(const struct device_node *np,
			       const char *propname, u32 index, u32 *out)
{
	int n;
	const void *v = prop_value(np, propname, 4, index + 1, &n);

	if (IS_ERR(v))
		return PTR_ERR(v);
	*out = be32_at(v, index);
	return 0;
}

/* sz_max == 0: exactly sz_min elements are read. */
static int read_array(const struct device_node *np, const char *propname,
		      size_t size, void *out, size_t sz_min, size_t sz_max)
{
	int n, i;
	const u8 *v = prop_value(np, propname, size, sz_min, &n);

	if (IS_ERR(v))
		return PTR_ERR(v);
	if (!sz_max)
		n = sz_min;
	else if (n > sz_max)
		n = sz_max;
	for (i = 0; i < n; i++, v += size) {
		if (size == 4)
			((u32 *)out)[i] = be32_at(v, 0);
		else if (size == 2)
			((u16 *)out)[i] = v[0] << 8 | v[1];
		else
			((u8 *)out)[i] = v[0];
	}
	return n;
}

int of_property_read_variable_u32_array(const struct device_node *np,
					const char *propname, u32 *out,
					size_t sz_min, size_t sz_max)
{
	return read_array(np, propname, 4, out, sz_min, sz_max);
}

int of_property_read_variable_u16_array(const struct device_node *np,
					const char *propname, u16 *out,
					size_t sz_min, size_t sz_max)
{
	return read_array(np, propname, 2, out, sz_min, sz_max);
}

int of_property_read_variable_u8_array(const struct device_node *np,
				       const char *propname, u8 *out,
				       size_t sz_min, size_t sz_max)
{
	return read_array(np, propname, 1, out, sz_min, sz_max);
}

int of_property_read_u64(const struct device_node *np, const char *propname,
			 u64 *out)
{
	int n;
	const void *v = prop_value(np, propname, 8, 1, &n);

	if (IS_ERR(v))
		return PTR_ERR(v);
	*out = (u64)be32_at(v, 0) << 32 | be32_at(v, 1);
	return 0;
}

int of_property_read_string(const struct device_node *np,
			    const char *propname, const char **out)
{
	struct property *p = of_find_property(np, propname, NULL);

	if (!p)
		return -EINVAL;
	if (!p->value)
		return -ENODATA;
	if (strnlen(p->value, p->length) >= p->length)
		return -EILSEQ;
	*out = p->value;
	return 0;
}

/* out == NULL: count the strings; else fill out[0..sz) from index. */
int of_property_read_string_helper(const struct device_node *np,
				   const char *propname, const char **out,
				   size_t sz, int index)
{
	struct property *p = of_find_property(np, propname, NULL);
	const char *s, *end;
	int i = 0, n = 0;

	if (!p)
		return -EINVAL;
	if (!p->value)
		return -ENODATA;
	end = (const char *)p->value + p->length;
	for (s = p->value; s < end; s += strnlen(s, end - s) + 1, i++) {
		if (strnlen(s, end - s) >= (size_t)(end - s))
			return -EILSEQ;
		if (!out || i < index)
			continue;
		if (n == sz)
			break;
		out[n++] = s;
	}
	if (!out)
		return i;
	return n ? n : -ENODATA;
}

int of_property_match_string(const struct device_node *np,
			     const char *propname, const char *string)
{
	struct property *p = of_find_property(np, propname, NULL);
	const char *s, *end;
	int i = 0;

	if (!p)
		return -EINVAL;
	if (!p->value)
		return -ENODATA;
	end = (const char *)p->value + p->length;
	for (s = p->value; s < end; s += strlen(s) + 1, i++)
		if (!strcmp(s, string))
			return i;
	return -ENODATA;
}

/* ---- compatibility and matching ---------------------------------------- */

int of_device_is_compatible(const struct device_node *np, const char *compat)
{
	int i = of_property_match_string(np, "compatible", compat);

	/* Earlier entries are more specific: score like the kernel does. */
	return i < 0 ? 0 : 1000 - i;
}

bool of_device_is_available(const struct device_node *np)
{
	const char *status;

	if (!np)
		return false;
	if (of_property_read_string(np, "status", &status))
		return true;
	return !strcmp(status, "okay") || !strcmp(status, "ok");
}

/* Best-scoring entry: compatible first (earlier wins), then name/type. */
const struct of_device_id *of_match_node(const struct of_device_id *matches,
					 const struct device_node *np)
{
	const struct of_device_id *best = NULL;
	int score, best_score = 0;

	if (!matches || !np)
		return NULL;
	for (; matches->name[0] || matches->type[0] ||
	       matches->compatible[0]; matches++) {
		score = 0;
		if (matches->compatible[0]) {
			score = of_device_is_compatible(np,
							matches->compatible);
			if (!score)
				continue;
			score *= 4;
		}
		if (matches->name[0]) {
			if (strcmp(matches->name, np->name))
				continue;
			score++;
		}
		if (score > best_score) {
			best = matches;
			best_score = score;
		}
	}
	return best;
}

const struct of_device_id *of_match_device(const struct of_device_id *matches,
					   const struct device *dev)
{
	return dev ? of_match_node(matches, dev->of_node) : NULL;
}

const void *of_device_get_match_data(const struct device *dev)
{
	const struct of_device_id *m;

	if (!dev->driver)
		return NULL;
	m = of_match_device(dev->driver->of_match_table, dev);
	return m ? m->data : NULL;
}

const void *device_get_match_data(const struct device *dev)
{
	return of_device_get_match_data(dev);
}

/* ---- phandles ---------------------------------------------------------- */

/*
 * Walk "list_name" (phandle + args entries); cells_name gives each target's
 * argument count, or cell_count when cells_name is NULL.  Returns the
 * number of entries when index < 0.
 */
static int walk_phandles(const struct device_node *np, const char *list_name,
			 const char *cells_name, int cell_count, int index,
			 struct of_phandle_args *out)
{
	int n, i = 0, entry = 0, nargs;
	const void *v = prop_value(np, list_name, 4, 1, &n);
	struct device_node *target;
	u32 ph;

	if (IS_ERR(v))
		return v == ERR_PTR(-EINVAL) ? -ENOENT : PTR_ERR(v);
	while (i < n) {
		ph = be32_at(v, i++);
		target = NULL;
		nargs = 0;
		if (ph) {
			target = of_find_node_by_phandle(ph);
			if (!target)
				return -EINVAL;
			nargs = cell_count;
			if (cells_name && of_property_read_u32(target,
					cells_name, (u32 *)&nargs))
				return -EINVAL;
			if (nargs > MAX_PHANDLE_ARGS || i + nargs > n)
				return -EINVAL;
		}
		if (entry == index) {
			if (!target)
				return -ENOENT;
			out->np = target;
			out->args_count = nargs;
			for (ph = 0; ph < nargs; ph++)
				out->args[ph] = be32_at(v, i + ph);
			return 0;
		}
		of_node_put(target);
		i += nargs;
		entry++;
	}
	return index < 0 ? entry : -ENOENT;
}

int of_parse_phandle_with_args(const struct device_node *np,
			       const char *list_name, const char *cells_name,
			       int index, struct of_phandle_args *out_args)
{
	if (index < 0)
		return -EINVAL;
	return walk_phandles(np, list_name, cells_name, 0, index, out_args);
}

int of_parse_phandle_with_fixed_args(const struct device_node *np,
				     const char *list_name, int cell_count,
				     int index, struct of_phandle_args *out)
{
	if (index < 0)
		return -EINVAL;
	return walk_phandles(np, list_name, NULL, cell_count, index, out);
}

int of_count_phandle_with_args(const struct device_node *np,
			       const char *list_name, const char *cells_name)
{
	if (!cells_name)
		return of_property_count_u32_elems(np, list_name);
	return walk_phandles(np, list_name, cells_name, 0, -1, NULL);
}

struct device_node *of_parse_phandle(const struct device_node *np,
				     const char *phandle_name, int index)
{
	struct of_phandle_args args;

	if (index < 0 || walk_phandles(np, phandle_name, NULL, 0, index,
				       &args))
		return NULL;
	return args.np;
}

/* ---- aliases, cells ---------------------------------------------------- */

int of_alias_get_id(struct device_node *np, const char *stem)
{
	struct device_node *aliases = of_get_child_by_name(root, "aliases");
	size_t len = strlen(stem);
	struct property *p;
	char *end;
	long id;

	for (p = aliases ? aliases->properties : NULL; p; p = p->next) {
		if (strncmp(p->name, stem, len) || !p->name[len])
			continue;
		id = strtol(p->name + len, &end, 10);
		if (*end || id < 0)
			continue;
		if (of_find_node_by_path(p->value) == np)
			return id;
	}
	return -ENODEV;
}

static int cells_of(struct device_node *np, const char *name, int dflt)
{
	u32 v;

	for (np = np ? np->parent : NULL; np; np = np->parent)
		if (!of_property_read_u32(np, name, &v))
			return v;
	return dflt;
}

int of_n_addr_cells(struct device_node *np)
{
	return cells_of(np, "#address-cells", 1);
}

int of_n_size_cells(struct device_node *np)
{
	return cells_of(np, "#size-cells", 1);
}

/* ---- addresses and interrupts ------------------------------------------ */

static u64 read_cells(const void *v, int start, int n)
{
	u64 x = 0;

	while (n--)
		x = x << 32 | be32_at(v, start++);
	return x;
}

/* #address-cells / #size-cells a bus gives its children: its own, else
 * inherited, as of_bus_n_addr_cells() reads them. */
static int bus_cells(struct device_node *bus, const char *name, int dflt)
{
	u32 v;

	if (bus && !of_property_read_u32(bus, name, &v))
		return v;
	return cells_of(bus, name, dflt);
}

/*
 * Translate the address in cells (na cells of np's bus) to a CPU address
 * through the "ranges" of every parent bus up to the root, as the
 * kernel's of_translate_address() does for the default bus: an empty
 * "ranges" is identity, a missing one makes the address untranslatable,
 * and an address no range covers is untranslatable too.
 */
static int translate(struct device_node *np, const void *cells, u64 *out)
{
	struct device_node *bus = np->parent;
	int na = bus_cells(bus, "#address-cells", 1), ns, pna, i, n, step;
	u64 addr = read_cells(cells, 0, na);
	struct property *rp;

	if (na < 1 || na > 2)
		return -EINVAL;
	while (bus && bus->parent) {
		rp = of_find_property(bus, "ranges", NULL);
		if (!rp)
			return -EINVAL;
		ns = bus_cells(bus, "#size-cells", 1);
		pna = bus_cells(bus->parent, "#address-cells", 1);
		if (rp->length) {
			step = na + pna + ns;
			n = rp->length / 4;
			if (pna < 1 || pna > 2 || ns > 2 || n % step)
				return -EINVAL;
			for (i = 0; i < n; i += step) {
				u64 cb = read_cells(rp->value, i, na);
				u64 pb = read_cells(rp->value, i + na, pna);
				u64 sz = read_cells(rp->value, i + na + pna,
						    ns);

				if (addr >= cb && addr - cb < sz) {
					addr = pb + (addr - cb);
					break;
				}
			}
			if (i >= n)
				return -EINVAL;
		}
		na = pna;
		bus = bus->parent;
	}
	*out = addr;
	return 0;
}

int of_address_to_resource(struct device_node *np, int index,
			   struct resource *r)
{
	int na = of_n_addr_cells(np), ns = of_n_size_cells(np), n;
	const void *v = prop_value(np, "reg", 4, (index + 1) * (na + ns), &n);
	u64 addr, size;

	if (IS_ERR(v) || na < 1)
		return -EINVAL;
	if (translate(np, (const u8 *)v + 4 * index * (na + ns), &addr))
		return -EINVAL;
	size = read_cells(v, index * (na + ns) + na, ns);
	if (!size || addr + size - 1 > U32_MAX)
		return -EINVAL;
	memset(r, 0, sizeof(*r));
	r->start = addr;
	r->end = addr + size - 1;
	r->flags = IORESOURCE_MEM;
	r->name = np->full_name;
	of_property_read_string_index(np, "reg-names", index, &r->name);
	return 0;
}

void __iomem *of_iomap(struct device_node *np, int index)
{
	struct resource r;

	if (of_address_to_resource(np, index, &r))
		return NULL;
	return ioremap(r.start, resource_size(&r));
}

static struct device_node *irq_parent(struct device_node *np)
{
	phandle ph;

	for (; np; np = np->parent) {
		if (!of_property_read_u32(np, "interrupt-parent", &ph))
			return of_find_node_by_phandle(ph);
	}
	return NULL;
}

static int irq_cells(struct device_node *np)
{
	struct device_node *ic = irq_parent(np);
	u32 cells;

	if (ic && !of_property_read_u32(ic, "#interrupt-cells", &cells))
		return cells;
	return cells_of(np, "#interrupt-cells", 1);
}

int of_irq_get(struct device_node *np, int index)
{
	int cells = irq_cells(np), n;
	const void *v = prop_value(np, "interrupts", 4, (index + 1) * cells,
				   &n);
	u32 type, irq;

	if (IS_ERR(v) || cells < 1)
		return -EINVAL;
	if (cells < 3)
		return be32_at(v, index * cells);
	type = be32_at(v, index * cells);
	irq = be32_at(v, index * cells + 1);
	return irq + (type == 1 ? 16 : 32);
}

/* The shim numbers Linux IRQs as board lines. */
int host_of_irq_line(struct device_node *np, int index)
{
	return of_irq_get(np, index);
}

int of_irq_get_byname(struct device_node *np, const char *name)
{
	int index = of_property_match_string(np, "interrupt-names", name);

	return index < 0 ? index : of_irq_get(np, index);
}

int of_irq_count(struct device_node *np)
{
	int n = of_property_count_u32_elems(np, "interrupts");
	int cells = irq_cells(np);

	return n > 0 && cells > 0 ? n / cells : 0;
}

unsigned int irq_of_parse_and_map(struct device_node *np, int index)
{
	int irq = of_irq_get(np, index);

	return irq > 0 ? irq : 0;
}

/* ---- populate ---------------------------------------------------------- */

/* Devices created by host_of_platform_populate(), oldest first. */
static struct platform_device **populated;
static unsigned int nr_populated, max_populated;

static int node_resources(struct device_node *np, struct resource **out)
{
	int nreg = 0, nirq = of_irq_count(np), i, n = 0, cells;
	struct resource *res;

	cells = of_n_addr_cells(np) + of_n_size_cells(np);
	if (of_find_property(np, "reg", NULL))
		nreg = of_property_count_u32_elems(np, "reg") / cells;
	res = xcalloc(nreg + nirq + 1, sizeof(*res));
	for (i = 0; i < nreg; i++)
		if (!of_address_to_resource(np, i, &res[n]))
			n++;
	for (i = 0; i < nirq; i++) {
		int irq = of_irq_get(np, i);

		if (irq <= 0)
			continue;
		res[n].start = res[n].end = irq;
		res[n].flags = IORESOURCE_IRQ;
		of_property_read_string_index(np, "interrupt-names", i,
					      &res[n].name);
		n++;
	}
	*out = res;
	return n;
}

/* The last path component of np, "name@unit". */
static const char *base_name(struct device_node *np)
{
	return np->full_name[0] ? np->full_name : "/";
}

/*
 * Device name like the kernel's of_device_make_bus_id(): the translated
 * first "reg" address and the node name ("49000000.dma"); a node whose
 * address cannot be translated is named by its path components up to the
 * first ancestor that has one ("4a002000.scm:pinmux@800").
 */
static void make_bus_id(struct device_node *np, char *name, size_t size)
{
	char head[64];
	size_t hl, nl;
	int na, ns, n;
	const void *v;
	u64 addr;

	name[0] = '\0';
	for (; np && np->parent; np = np->parent) {
		na = of_n_addr_cells(np);
		ns = of_n_size_cells(np);
		v = prop_value(np, "reg", 4, na + ns, &n);
		if (!IS_ERR(v) && !translate(np, v, &addr))
			snprintf(head, sizeof(head), "%llx.%s",
				 (unsigned long long)addr, np->name);
		else
			snprintf(head, sizeof(head), "%s", base_name(np));
		/* name = head ":" name */
		hl = strlen(head);
		nl = strlen(name);
		if (hl + 1 + nl + 1 > size)
			host_fatal("device name too long at %s", np->full_name);
		memmove(name + hl + (nl ? 1 : 0), name, nl + 1);
		memcpy(name, head, hl);
		if (nl)
			name[hl] = ':';
		if (!IS_ERR(v) && !translate(np, v, &addr))
			return;
	}
}

static struct platform_device *create_device(struct device_node *np,
					     struct device *parent)
{
	struct platform_device *pdev;
	struct resource *res;
	char name[256];
	int n, ret;

	n = node_resources(np, &res);
	make_bus_id(np, name, sizeof(name));
	pdev = platform_device_alloc(name, PLATFORM_DEVID_NONE);
	if (!pdev) {
		free(res);
		return NULL;
	}
	ret = platform_device_add_resources(pdev, res, n);
	free(res);
	pdev->dev.of_node = of_node_get(np);
	pdev->dev.parent = parent;
	if (!ret)
		ret = platform_device_add(pdev);
	if (ret) {
		platform_device_put(pdev);
		return NULL;
	}
	return pdev;
}

/*
 * Nodes whose children become devices too: the kernel's default bus
 * match table (simple-bus, simple-mfd), and the buses whose 6.1 drivers
 * populate their children when they probe (simple-pm-bus, and the
 * target modules of ti-sysc).
 */
static bool is_bus(struct device_node *np)
{
	return of_device_is_compatible(np, "simple-bus") ||
	       of_device_is_compatible(np, "simple-mfd") ||
	       of_device_is_compatible(np, "simple-pm-bus") ||
	       of_device_is_compatible(np, "ti,sysc");
}

static void remember(struct platform_device *pdev)
{
	if (nr_populated == max_populated) {
		max_populated = max_populated ? 2 * max_populated : 64;
		populated = realloc(populated,
				    max_populated * sizeof(*populated));
		if (!populated)
			host_fatal("out of memory populating the device tree");
	}
	populated[nr_populated++] = pdev;
}

static int populate_children(struct device_node *bus, struct device *parent)
{
	struct device_node *np;
	struct platform_device *pdev;

	for (np = bus->child; np; np = np->sibling) {
		if (!of_find_property(np, "compatible", NULL) ||
		    !of_device_is_available(np))
			continue;
		pdev = create_device(np, parent);
		if (!pdev)
			return -ENOMEM;
		remember(pdev);
		if (is_bus(np))
			populate_children(np, &pdev->dev);
	}
	return 0;
}

int host_of_platform_populate(void)
{
	if (!root)
		return -ENOENT;
	return populate_children(root, NULL);
}

void host_of_unload(void)
{
	while (nr_populated)
		platform_device_unregister(populated[--nr_populated]);
	free(populated);
	populated = NULL;
	max_populated = 0;
	free_tree(root);
	root = NULL;
}
