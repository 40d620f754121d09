package org.crmkernel.spi;

import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.id.ActivityId;

/** Activities: tasks, calls, meetings, e-mails and notes. */
public interface Activities extends OwnedRecordStore<ActivityId, Activity> {}
