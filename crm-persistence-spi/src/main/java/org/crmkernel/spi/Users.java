package org.crmkernel.spi;

import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.UserId;

/** Users of the directory. */
public interface Users extends RecordStore<UserId, User> {}
