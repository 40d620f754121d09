package org.crmkernel.customer.internal;

import java.util.List;
import java.util.Optional;
import org.crmkernel.internal.Changes;
import org.crmkernel.model.id.DealChangeId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealAction;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.DealSnapshot;

/**
 * Appends to a deal's history whenever its tracked values change. Every path that writes a deal
 * goes through here, so that replaying the history always yields the deal's current snapshot.
 */
final class DealHistoryLog {

  private DealHistoryLog() {}

  /** The first entry of a new deal. */
  static void created(Changes changes, Deal deal) {
    append(changes, deal, DealAction.CREATE, Optional.empty());
  }

  /** An entry for the change from {@code before} to {@code after}, if a tracked value changed. */
  static void changed(Changes changes, Deal before, Deal after, DealAction action) {
    DealSnapshot old = before.snapshot();
    if (!old.equals(after.snapshot())) {
      append(changes, after, action, Optional.of(old));
    }
  }

  private static void append(Changes changes, Deal deal, DealAction action, Optional<DealSnapshot> before) {
    changes.tx().dealHistory().append(List.of(new DealChange(DealChangeId.generate(changes.session().kernel().clock()),
        deal.tenantId(), deal.id(), deal.version(), action, before, deal.snapshot(), changes.session().actor(),
        changes.now())));
  }
}
