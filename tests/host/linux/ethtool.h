/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The ethtool_ops a driver fills in, with the members and flags the
 * drivers here use; the shim has no ethtool core: tests call the ops.
 */
#ifndef _HOST_LINUX_ETHTOOL_H
#define _HOST_LINUX_ETHTOOL_H

#include <linux/types.h>

struct net_device;
struct netlink_ext_ack;

#define ETHTOOL_COALESCE_RX_USECS	BIT(0)
#define ETHTOOL_COALESCE_RX_MAX_FRAMES	BIT(1)
#define ETHTOOL_COALESCE_TX_USECS	BIT(4)
#define ETHTOOL_COALESCE_TX_MAX_FRAMES	BIT(5)

struct ethtool_drvinfo {
	char	driver[32];
	char	version[32];
	char	fw_version[32];
	char	bus_info[32];
};

struct ethtool_coalesce {
	u32	rx_coalesce_usecs;
	u32	rx_max_coalesced_frames;
	u32	tx_coalesce_usecs;
	u32	tx_max_coalesced_frames;
};

struct kernel_ethtool_coalesce { };

struct ethtool_ringparam {
	u32	rx_max_pending;
	u32	tx_max_pending;
	u32	rx_pending;
	u32	tx_pending;
};

struct kernel_ethtool_ringparam { };

struct ethtool_ops {
	u32	supported_coalesce_params;
	void	(*get_drvinfo)(struct net_device *dev,
			       struct ethtool_drvinfo *info);
	u32	(*get_link)(struct net_device *dev);
	void	(*get_ringparam)(struct net_device *dev,
				 struct ethtool_ringparam *ring,
				 struct kernel_ethtool_ringparam *kring,
				 struct netlink_ext_ack *extack);
	int	(*get_coalesce)(struct net_device *dev,
				struct ethtool_coalesce *ec,
				struct kernel_ethtool_coalesce *kec,
				struct netlink_ext_ack *extack);
	int	(*set_coalesce)(struct net_device *dev,
				struct ethtool_coalesce *ec,
				struct kernel_ethtool_coalesce *kec,
				struct netlink_ext_ack *extack);
};

u32 ethtool_op_get_link(struct net_device *dev);

/* No extack in the shim: the message is dropped. */
#define NL_SET_ERR_MSG_MOD(extack, msg)	do { (void)(extack); } while (0)

#endif
