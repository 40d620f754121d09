/**
 * The JSON form of stored records ({@link org.crmkernel.jdbc.internal.json.RecordJson}): each
 * record's whole content as the JDBC stores keep it, read back to an equal record through the
 * model's canonical constructors. Built on Jackson 3 with explicit (de)serializers, so the model
 * carries no Jackson annotations. Not exported; depends on the model and Jackson only.
 */
@NullMarked
package org.crmkernel.jdbc.internal.json;

import org.jspecify.annotations.NullMarked;
