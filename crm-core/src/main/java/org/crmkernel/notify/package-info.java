/**
 * Notifications: the {@link org.crmkernel.notify.OutboxRelay} that delivers domain events from
 * the outbox to the host's {@code NotificationSink}s after commit, at least once.
 */
@NullMarked
package org.crmkernel.notify;

import org.jspecify.annotations.NullMarked;
