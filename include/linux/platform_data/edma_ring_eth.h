/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Board data of the reference NAPI network driver on EDMA3 rings
 * (drivers/net/ethernet/ti/edma_ring_eth.c).
 */
#ifndef __LINUX_PLATFORM_DATA_EDMA_RING_ETH_H
#define __LINUX_PLATFORM_DATA_EDMA_RING_ETH_H

/**
 * struct edma_ring_eth_platform_data - ring sizes a board can afford
 * @rx_ring_size: RX descriptors, a power of two; 0 for the module default
 * @tx_ring_size: TX descriptors, a power of two; 0 for the module default
 * @rx_window: RX descriptors in PaRAM at once, a power of two no larger
 *	than the ring; 0 for the library's default (32 at most)
 * @tx_window: the same for TX
 *
 * Descriptors live in memory; each one of a ring's window takes three
 * PaRAM sets of its controller, and boards that leave most of the PaRAM
 * to the DSP cannot afford the default window.
 */
struct edma_ring_eth_platform_data {
	unsigned int	rx_ring_size;
	unsigned int	tx_ring_size;
	unsigned int	rx_window;
	unsigned int	tx_window;
};

#endif /* __LINUX_PLATFORM_DATA_EDMA_RING_ETH_H */
