/**
 * The implementation of the owned-record services: one shared lifecycle ({@code
 * CustomerServiceBase}) and one small class per kind (accounts, contacts, leads, deals) saying how
 * its drafts become records; lead conversion and deal history; the activity and reminder
 * services, which share its owner, sharing and lookup helpers, with the hook that deletes a
 * record's activities with it ({@code ActivityCascade}); and the lead assignment service, which
 * resolves owners as these services do. Not exported.
 */
@NullMarked
package org.crmkernel.customer.internal;

import org.jspecify.annotations.NullMarked;
