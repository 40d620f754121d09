package org.crmkernel.testkit.contract;

import java.util.List;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Sort;

/**
 * A data set and a query to run on it: what the differential query properties generate.
 *
 * @param records the records to store, in a placeholder tenant
 * @param filter the filter
 * @param sort the sort
 * @param pageSizes the page sizes to use in turn while walking the pages
 * @param <R> the record type
 */
record QueryScenario<R>(List<R> records, Filter<R> filter, Sort<R> sort, List<Integer> pageSizes) {

  QueryScenario {
    records = List.copyOf(records);
    pageSizes = List.copyOf(pageSizes);
  }

  @Override
  public String toString() {
    return "QueryScenario[" + records.size() + " records, filter=" + filter + ", sort=" + sort.fingerprint()
        + ", pageSizes=" + pageSizes + ", records=" + records + "]";
  }
}
