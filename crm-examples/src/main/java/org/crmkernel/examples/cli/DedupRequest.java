package org.crmkernel.examples.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.dedup.DuplicateKind;
import org.crmkernel.dedup.MatchContext;

/**
 * What {@code crm dedup} was asked to do.
 *
 * @param input the CSV file to read
 * @param idColumn the column holding each row's id
 * @param fieldsByColumn the kernel field each used column maps to, in the order given
 * @param kind the record kind whose default rules apply
 * @param rules a rules JSON file to use instead of the defaults
 * @param output the CSV file to write
 * @param context the region for phone numbers and the day-month order of dates
 * @param threads the threads to match with
 * @param learn whether to learn the rules' probabilities from the file first
 * @param saveRules where to save the rules used, if anywhere
 */
record DedupRequest(
    Path input,
    String idColumn,
    Map<String, String> fieldsByColumn,
    DuplicateKind kind,
    Optional<Path> rules,
    Path output,
    MatchContext context,
    int threads,
    boolean learn,
    Optional<Path> saveRules) {}
