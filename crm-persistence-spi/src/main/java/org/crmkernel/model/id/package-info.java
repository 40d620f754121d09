/**
 * Typed ids: one record per kind, wrapping a time-ordered UUID, plus {@link
 * org.crmkernel.model.id.RecordRef} for references to any kind. Depends on nothing else of ours.
 */
@NullMarked
package org.crmkernel.model.id;

import org.jspecify.annotations.NullMarked;
