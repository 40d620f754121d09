/**
 * The directory through a session: business units, users and teams ({@link
 * org.crmkernel.directory.DirectoryService}): creating, renaming, moving and deactivating, team
 * membership and role assignment, all checked in user sessions. Implemented in {@code
 * directory.internal}.
 */
@NullMarked
package org.crmkernel.directory;

import org.jspecify.annotations.NullMarked;
