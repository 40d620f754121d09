/**
 * Custom fields: {@link org.crmkernel.customfield.FieldService} defines, changes and retires a
 * tenant's fields per record kind. Implemented in {@code customfield.internal}.
 */
@NullMarked
package org.crmkernel.customfield;

import org.jspecify.annotations.NullMarked;
