package org.crmkernel.spi;

import org.crmkernel.model.directory.Team;
import org.crmkernel.model.id.TeamId;

/** Owner and access teams. */
public interface Teams extends RecordStore<TeamId, Team> {}
