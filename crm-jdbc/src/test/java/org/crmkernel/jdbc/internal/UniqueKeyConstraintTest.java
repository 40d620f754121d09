package org.crmkernel.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.jdbc.JdbcSchema;
import org.crmkernel.jdbc.SqlDialect;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.TransactionMode;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema's unique key of shares decides where the stores' own look-up before a write cannot
 * (a concurrent writer takes the key in between): written through the bare {@link
 * JdbcRecordStore}, which skips that look-up, a clash in an insert or an update is still a
 * {@link DuplicateRecordException} and writes nothing. On H2 only: the translation of unique
 * violations per database is the one the record stores' inserts already use.
 */
class UniqueKeyConstraintTest {

  private static final Revision FIRST = Revision.first(Instant.parse("2024-01-01T00:00:00Z"));

  @Test
  void constraintRefusesAShareKeyTakenBehindTheStoresBack() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:unique_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    JdbcSchema.migrate(dataSource, SqlDialect.H2);
    JdbcTransactions transactions = new JdbcTransactions(dataSource, Dialect.H2, 1);
    TenantId tenant = TenantId.of(UUID.randomUUID());
    RecordRef record = new RecordRef(RecordKind.ACCOUNT, UUID.randomUUID());
    Principal taken = Principal.team(TeamId.of(UUID.randomUUID()));
    RecordShare first = share(tenant, record, taken);
    RecordShare second = share(tenant, record, Principal.user(UserId.of(UUID.randomUUID())));
    transactions.run(TransactionMode.READ_WRITE, unit -> {
      new JdbcRecordStore<>(unit, RecordTables.RECORD_SHARES).insertAll(List.of(first, second));
      return null;
    });

    RecordShare insertClash = share(tenant, record, taken);
    assertThatThrownBy(() -> transactions.run(TransactionMode.READ_WRITE,
        unit -> new JdbcRecordStore<>(unit, RecordTables.RECORD_SHARES).insert(insertClash)))
        .isInstanceOf(DuplicateRecordException.class);
    RecordShare updateClash = new RecordShare(second.id(), tenant, record, taken, second.rights(),
        second.revision().next(FIRST.modifiedAt().plusSeconds(1)));
    assertThatThrownBy(() -> transactions.run(TransactionMode.READ_WRITE,
        unit -> new JdbcRecordStore<>(unit, RecordTables.RECORD_SHARES).update(updateClash, 1)))
        .isInstanceOf(DuplicateRecordException.class);

    List<RecordShare> stored = transactions.run(TransactionMode.READ_ONLY,
        unit -> new JdbcDirectoryStores.RecordShareStore(unit).sharesOf(tenant, record));
    assertThat(stored).containsExactlyInAnyOrder(first, second);
  }

  private static RecordShare share(TenantId tenant, RecordRef record, Principal grantee) {
    return new RecordShare(ShareId.of(UUID.randomUUID()), tenant, record, grantee, Set.of(Privilege.READ), FIRST);
  }
}
