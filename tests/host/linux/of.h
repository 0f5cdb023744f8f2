/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Device tree: a live tree built from a .dtb with libfdt (of.c).  Nodes
 * live until host_of_unload(), so of_node_get()/of_node_put() only count.
 */
#ifndef _LINUX_OF_H
#define _LINUX_OF_H

#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mod_devicetable.h>
#include <linux/types.h>

typedef u32 phandle;

struct property {
	char *name;
	int length;
	void *value;
	struct property *next;
};

struct device_node {
	const char *name;		/* node name without unit address */
	const char *full_name;		/* "name@unit" */
	phandle phandle;
	struct property *properties;
	struct device_node *parent;
	struct device_node *child;
	struct device_node *sibling;
	void *data;
	int refcount;
};

#define MAX_PHANDLE_ARGS 16
struct of_phandle_args {
	struct device_node *np;
	int args_count;
	u32 args[MAX_PHANDLE_ARGS];
};

struct device;

#define of_match_ptr(ptr)	(ptr)

struct device_node *of_node_get(struct device_node *np);
void of_node_put(struct device_node *np);
const char *of_node_full_name(const struct device_node *np);

struct property *of_find_property(const struct device_node *np,
				  const char *name, int *lenp);
const void *of_get_property(const struct device_node *np, const char *name,
			    int *lenp);
int of_property_read_u32_index(const struct device_node *np,
			       const char *propname, u32 index, u32 *out);
int of_property_read_variable_u32_array(const struct device_node *np,
					const char *propname, u32 *out,
					size_t sz_min, size_t sz_max);
int of_property_read_variable_u16_array(const struct device_node *np,
					const char *propname, u16 *out,
					size_t sz_min, size_t sz_max);
int of_property_read_variable_u8_array(const struct device_node *np,
				       const char *propname, u8 *out,
				       size_t sz_min, size_t sz_max);
int of_property_read_u64(const struct device_node *np, const char *propname,
			 u64 *out);
int of_property_read_string(const struct device_node *np,
			    const char *propname, const char **out);
int of_property_read_string_helper(const struct device_node *np,
				   const char *propname, const char **out,
				   size_t sz, int index);
int of_property_match_string(const struct device_node *np,
			     const char *propname, const char *string);
int of_property_count_elems_of_size(const struct device_node *np,
				    const char *propname, int elem_size);

static inline int of_property_read_u32_array(const struct device_node *np,
					     const char *propname,
					     u32 *out, size_t sz)
{
	int ret = of_property_read_variable_u32_array(np, propname, out,
						      sz, 0);
	return ret >= 0 ? 0 : ret;
}

static inline int of_property_read_u16_array(const struct device_node *np,
					     const char *propname,
					     u16 *out, size_t sz)
{
	int ret = of_property_read_variable_u16_array(np, propname, out,
						      sz, 0);
	return ret >= 0 ? 0 : ret;
}

static inline int of_property_read_u8_array(const struct device_node *np,
					    const char *propname,
					    u8 *out, size_t sz)
{
	int ret = of_property_read_variable_u8_array(np, propname, out,
						     sz, 0);
	return ret >= 0 ? 0 : ret;
}

static inline int of_property_read_u32(const struct device_node *np,
				       const char *propname, u32 *out)
{
	return of_property_read_u32_array(np, propname, out, 1);
}

static inline int of_property_read_s32(const struct device_node *np,
				       const char *propname, s32 *out)
{
	return of_property_read_u32(np, propname, (u32 *)out);
}

static inline bool of_property_read_bool(const struct device_node *np,
					 const char *propname)
{
	return of_find_property(np, propname, NULL) != NULL;
}

#define of_property_present(np, name)	of_property_read_bool(np, name)

static inline int of_property_count_u32_elems(const struct device_node *np,
					      const char *propname)
{
	return of_property_count_elems_of_size(np, propname, sizeof(u32));
}

static inline int of_property_count_u16_elems(const struct device_node *np,
					      const char *propname)
{
	return of_property_count_elems_of_size(np, propname, sizeof(u16));
}

static inline int of_property_count_u8_elems(const struct device_node *np,
					     const char *propname)
{
	return of_property_count_elems_of_size(np, propname, 1);
}

static inline int of_property_read_string_index(const struct device_node *np,
						const char *propname,
						int index, const char **out)
{
	int rc = of_property_read_string_helper(np, propname, out, 1, index);

	return rc < 0 ? rc : 0;
}

static inline int of_property_count_strings(const struct device_node *np,
					    const char *propname)
{
	return of_property_read_string_helper(np, propname, NULL, 0, 0);
}

int of_device_is_compatible(const struct device_node *np, const char *compat);
bool of_device_is_available(const struct device_node *np);
const struct of_device_id *of_match_node(const struct of_device_id *matches,
					 const struct device_node *np);

struct device_node *of_find_node_by_path(const char *path);
struct device_node *of_find_node_by_phandle(phandle handle);
struct device_node *of_find_compatible_node(struct device_node *from,
					    const char *type,
					    const char *compat);
struct device_node *of_get_parent(const struct device_node *np);
struct device_node *of_get_next_child(const struct device_node *np,
				      struct device_node *prev);
struct device_node *of_get_next_available_child(const struct device_node *np,
						struct device_node *prev);
struct device_node *of_get_child_by_name(const struct device_node *np,
					 const char *name);
int of_get_child_count(const struct device_node *np);

#define for_each_child_of_node(parent, child)				\
	for ((child) = of_get_next_child(parent, NULL); (child);	\
	     (child) = of_get_next_child(parent, child))
#define for_each_available_child_of_node(parent, child)		\
	for ((child) = of_get_next_available_child(parent, NULL); (child); \
	     (child) = of_get_next_available_child(parent, child))
#define for_each_compatible_node(dn, type, compatible)			\
	for ((dn) = of_find_compatible_node(NULL, type, compatible);	\
	     (dn); (dn) = of_find_compatible_node(dn, type, compatible))

struct device_node *of_parse_phandle(const struct device_node *np,
				     const char *phandle_name, int index);
int of_parse_phandle_with_args(const struct device_node *np,
			       const char *list_name, const char *cells_name,
			       int index, struct of_phandle_args *out_args);
int of_parse_phandle_with_fixed_args(const struct device_node *np,
				     const char *list_name, int cell_count,
				     int index, struct of_phandle_args *out);
int of_count_phandle_with_args(const struct device_node *np,
			       const char *list_name, const char *cells_name);

int of_alias_get_id(struct device_node *np, const char *stem);
int of_n_addr_cells(struct device_node *np);
int of_n_size_cells(struct device_node *np);

static inline bool is_of_node(const void *fwnode)
{
	return false;
}

#endif
