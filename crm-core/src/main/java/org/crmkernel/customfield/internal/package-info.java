/**
 * The implementation of custom fields, and {@link
 * org.crmkernel.customfield.internal.CustomValues}, which turns callers' custom values into
 * checked ones for every customer service. Not exported.
 */
@NullMarked
package org.crmkernel.customfield.internal;

import org.jspecify.annotations.NullMarked;
