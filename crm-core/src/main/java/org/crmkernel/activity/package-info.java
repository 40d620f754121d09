/**
 * Activities and reminders: {@link org.crmkernel.activity.ActivityService} records tasks, calls,
 * meetings, e-mails and notes regarding an account, contact, lead or deal and moves them through
 * their business actions (complete, cancel, reopen, reschedule); {@link
 * org.crmkernel.activity.ReminderService} sends one reminder per activity and due time through the
 * outbox. Depends on the model, the store query types and the kernel's argument checks;
 * implementations live in {@code org.crmkernel.customer.internal}.
 */
@NullMarked
package org.crmkernel.activity;

import org.jspecify.annotations.NullMarked;
