/** The implementation of the directory service. Not exported. */
@NullMarked
package org.crmkernel.directory.internal;

import org.jspecify.annotations.NullMarked;
