/**
 * The access model's data, in the manner of Dynamics 365: {@link
 * org.crmkernel.model.access.SecurityRole}s grant each {@link
 * org.crmkernel.model.access.Privilege} per record kind at an {@link
 * org.crmkernel.model.access.AccessDepth}; {@link org.crmkernel.model.access.RecordShare}s give
 * one principal rights on one record; {@link org.crmkernel.model.access.FieldSecurityProfile}s
 * open secured fields; {@link org.crmkernel.model.access.AccessSettings} hold a tenant's access
 * settings and the version that tells caches when anything access depends on changed. Depends
 * on the other model packages only.
 */
@NullMarked
package org.crmkernel.model.access;

import org.jspecify.annotations.NullMarked;
