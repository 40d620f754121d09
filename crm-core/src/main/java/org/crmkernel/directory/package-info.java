/**
 * The directory through a session: business units, users and teams ({@link
 * org.crmkernel.directory.DirectoryService}). Moving, deactivating and roles come with access
 * scopes. Implemented in {@code directory.internal}.
 */
@NullMarked
package org.crmkernel.directory;

import org.jspecify.annotations.NullMarked;
