/** Implementations of the pipeline services and the summing of pipelines by stage; not exported. */
@NullMarked
package org.crmkernel.pipeline.internal;

import org.jspecify.annotations.NullMarked;
