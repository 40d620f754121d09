package org.crmkernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.testkit.fixtures.TestRecords;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, a look-up by a text in the value table (a contact by e-mail, as lead conversion
 * and duplicate checks do) reads the value table's text index ({@code left(value_text, 200)},
 * migration V7) instead of every contact of the tenant: checked on the plan of the store's own
 * query over 20,000 contacts.
 */
class ValueTableTextIndexTest {

  private static final int CONTACTS = 20_000;

  @Test
  void aContactIsFoundByEmailThroughTheTextIndex() throws SQLException {
    ExplainingDataSource dataSource = new ExplainingDataSource(TestDatabases.POSTGRESQL.freshSchema());
    JdbcCrmStore store = JdbcCrmStore.create(dataSource);
    TenantId tenant = TestRecords.newTenant();
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < CONTACTS; i++) {
      contacts.add(TestRecords.contact(tenant).emails("person" + i + "@example" + (i % 100) + ".com").build());
    }
    for (int from = 0; from < CONTACTS; from += 5_000) {
      List<Contact> batch = contacts.subList(from, from + 5_000);
      store.write(tx -> {
        ((BulkInsert<ContactId, Contact>) tx.contacts()).insertAll(batch);
        return null;
      });
    }
    try (Connection connection = dataSource.getConnection(); Statement analyze = connection.createStatement()) {
      analyze.execute("ANALYZE crm_contact");
      analyze.execute("ANALYZE crm_field_value");
    }

    dataSource.explain(sql -> sql.contains("FROM crm_contact"));
    List<Contact> byEmail = store.read(tx -> tx.contacts().query(tenant,
        Query.of(Filter.eq(ContactFields.EMAIL, "person4321@example21.com"), Sort.byId())).items());
    List<Contact> byEmails = store.read(tx -> tx.contacts().query(tenant,
        Query.of(Filter.in(ContactFields.EMAIL, List.of("person7@example7.com", "person19999@example99.com")),
            Sort.byId())).items());

    assertThat(byEmail).containsExactly(contacts.get(4321));
    assertThat(byEmails).containsExactlyInAnyOrderElementsOf(List.of(contacts.get(7), contacts.get(19_999)));
    assertThat(dataSource.plans()).hasSize(2).allSatisfy(plan -> {
      assertThat(plan).contains("crm_field_value_text");
      assertThat(plan).doesNotContain("\"Seq Scan\"");
    });
  }
}
