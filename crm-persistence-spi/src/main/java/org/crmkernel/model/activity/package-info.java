/**
 * Activities: tasks, calls, meetings, e-mails and notes regarding an account, contact, lead or
 * deal, with due times, completion and reminder bookkeeping. Records refer to each other by id
 * only. Depends on the other {@code model} packages.
 */
@NullMarked
package org.crmkernel.model.activity;

import org.jspecify.annotations.NullMarked;
