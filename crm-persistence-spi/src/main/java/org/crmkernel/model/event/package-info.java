/**
 * Domain events ({@link org.crmkernel.model.event.DomainEvent}) and the outbox messages that
 * carry them from the transaction that caused them to the notification sinks.
 */
@NullMarked
package org.crmkernel.model.event;

import org.jspecify.annotations.NullMarked;
