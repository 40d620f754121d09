/** The implementation of the currency service; not exported. */
@NullMarked
package org.crmkernel.currency.internal;

import org.jspecify.annotations.NullMarked;
