/* SPDX-License-Identifier: GPL-2.0 */
/* Notifier blocks: only the platform bus's chain exists (platform.c). */
#ifndef _LINUX_NOTIFIER_H
#define _LINUX_NOTIFIER_H

struct notifier_block {
	int (*notifier_call)(struct notifier_block *nb, unsigned long action,
			     void *data);
	struct notifier_block *next;
	int priority;
};

#define NOTIFY_DONE		0x0000
#define NOTIFY_OK		0x0001

#endif /* _LINUX_NOTIFIER_H */
