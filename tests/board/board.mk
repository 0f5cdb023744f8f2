# SPDX-License-Identifier: GPL-2.0
#
# Simulated boards: the Keystone descriptions' header lives next to them.
KERNEL_CFLAGS += -Iarch/arm/mach-keystone
