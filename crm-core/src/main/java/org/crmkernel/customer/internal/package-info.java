/**
 * The implementation of the customer services: one shared lifecycle ({@code
 * CustomerServiceBase}) and one small class per kind saying how its drafts become records; and of
 * the activity and reminder services, which share its owner, sharing and lookup helpers, with the
 * hook that deletes a record's activities with it ({@code ActivityCascade}). Not exported.
 */
@NullMarked
package org.crmkernel.customer.internal;

import org.jspecify.annotations.NullMarked;
