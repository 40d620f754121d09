package org.crmkernel.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the demo's JDBC store accepts and what it shows of a URL. */
class JdbcDemoStoreTest {

  @Test
  void passwordsAreHiddenInEveryFormAUrlCarriesThem() {
    assertThat(JdbcDemoStore.withoutPassword("jdbc:postgresql://db:5432/crm?user=ada&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/crm?user=ada&password=***&ssl=true");
    assertThat(JdbcDemoStore.withoutPassword("jdbc:mariadb://db/crm?Password=s3cret"))
        .isEqualTo("jdbc:mariadb://db/crm?Password=***");
    assertThat(JdbcDemoStore.withoutPassword("jdbc:h2:file:/data/crm;USER=sa;PASSWORD=s3cret;MODE=Regular"))
        .isEqualTo("jdbc:h2:file:/data/crm;USER=sa;PASSWORD=***;MODE=Regular");
    assertThat(JdbcDemoStore.withoutPassword("jdbc:mariadb://ada:s3cret@db:3306/crm"))
        .isEqualTo("jdbc:mariadb://ada:***@db:3306/crm");
    assertThat(JdbcDemoStore.withoutPassword("jdbc:postgresql://db:5432/crm?user=ada"))
        .isEqualTo("jdbc:postgresql://db:5432/crm?user=ada");
  }

  @Test
  void onlyTheThreeSupportedDatabasesAreAccepted() {
    assertThat(JdbcDemoStore.isSupported("jdbc:h2:mem:demo")).isTrue();
    assertThat(JdbcDemoStore.isSupported("JDBC:PostgreSQL://db/crm")).isTrue();
    assertThat(JdbcDemoStore.isSupported("jdbc:mariadb://db/crm")).isTrue();
    assertThat(JdbcDemoStore.isSupported("jdbc:mysql://db/crm")).isFalse();
    assertThat(JdbcDemoStore.isSupported("jdbc:h2:")).isFalse();
    assertThat(JdbcDemoStore.isSupported("postgresql://db/crm")).isFalse();
    assertThatThrownBy(() -> JdbcDemoStore.database("jdbc:sqlite:crm.db", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'jdbc:sqlite:crm.db' is not a JDBC URL");
  }

  @Test
  void aRefusedLoginIsADemoStoreExceptionThatNamesTheUrlWithoutThePassword() {
    String url = "jdbc:h2:mem:refused_login;USER=sa;PASSWORD=right;DB_CLOSE_DELAY=-1";
    try (JdbcDemoStore first = JdbcDemoStore.database(url, Optional.empty(), Optional.empty())) {
      assertThatThrownBy(() -> JdbcDemoStore.database("jdbc:h2:mem:refused_login", Optional.of("sa"), Optional.of("wrong")))
          .isInstanceOf(DemoStoreException.class)
          .hasMessageStartingWith("cannot connect to jdbc:h2:mem:refused_login: ")
          .hasMessageNotContaining("wrong");
      assertThat(first.description()).contains("PASSWORD=***").doesNotContain("right");
    }
  }
}
