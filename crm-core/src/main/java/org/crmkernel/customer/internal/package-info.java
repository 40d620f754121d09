/**
 * The implementation of the customer services: one shared lifecycle ({@code
 * CustomerServiceBase}) and one small class per kind saying how its drafts become records.
 * Not exported.
 */
@NullMarked
package org.crmkernel.customer.internal;

import org.jspecify.annotations.NullMarked;
