/**
 * The implementation of the customer services: one shared lifecycle ({@code
 * CustomerServiceBase}) and one small class per kind saying how its drafts become records;
 * also the lead assignment service, which resolves owners as these services do. Not exported.
 */
@NullMarked
package org.crmkernel.customer.internal;

import org.jspecify.annotations.NullMarked;
