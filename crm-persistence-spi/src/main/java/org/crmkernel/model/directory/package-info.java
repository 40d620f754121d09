/**
 * The directory that ownership and access need: {@link
 * org.crmkernel.model.directory.BusinessUnit} (a tree), {@link
 * org.crmkernel.model.directory.User} and {@link org.crmkernel.model.directory.Team}.
 */
@NullMarked
package org.crmkernel.model.directory;

import org.jspecify.annotations.NullMarked;
