package org.crmkernel.architecture.violations.model.value;

import java.sql.Timestamp;

/** Violates: the model uses {@code java.sql}. */
public record SqlStampedNote(String text, Timestamp stamp) {}
