/**
 * The matcher's entry point for records from anywhere (a CSV file, another system):
 * {@link org.crmkernel.dedup.engine.DuplicateMatcher}. Kept apart from {@code dedup}, whose
 * rules and results it uses, because it starts the engine in {@code dedup.internal}, which uses
 * them too: the API package depends on neither.
 */
@NullMarked
package org.crmkernel.dedup.engine;

import org.jspecify.annotations.NullMarked;
