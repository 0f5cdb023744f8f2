/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Ethernet helpers (net.c): addresses, eth_type_trans() and the frame
 * size constants a driver needs.
 */
#ifndef _LINUX_ETHERDEVICE_H
#define _LINUX_ETHERDEVICE_H

#include <linux/netdevice.h>
#include <linux/string.h>
#include <linux/types.h>

#define ETH_ALEN	6
#define ETH_HLEN	14
#define ETH_ZLEN	60
#define ETH_DATA_LEN	1500
#define ETH_FRAME_LEN	1514
#define ETH_FCS_LEN	4
#define VLAN_HLEN	4
#define VLAN_ETH_HLEN	18
#define ETH_MIN_MTU	68
#define ARPHRD_ETHER	1

static inline bool is_zero_ether_addr(const u8 *addr)
{
	return !(addr[0] | addr[1] | addr[2] | addr[3] | addr[4] | addr[5]);
}

static inline bool is_multicast_ether_addr(const u8 *addr)
{
	return addr[0] & 0x01;
}

static inline bool is_valid_ether_addr(const u8 *addr)
{
	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
}

static inline void eth_hw_addr_set(struct net_device *dev, const u8 *addr)
{
	memcpy(dev->addr_buf, addr, ETH_ALEN);
}

void eth_hw_addr_random(struct net_device *dev);
void ether_setup(struct net_device *dev);
int eth_validate_addr(struct net_device *dev);
int eth_mac_addr(struct net_device *dev, void *p);
__be16 eth_type_trans(struct sk_buff *skb, struct net_device *dev);

#endif
