package org.crmkernel.jdbc.internal.json;

import java.util.Set;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.Pipeline;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form in which the JDBC stores keep each record's whole content, read back to an equal
 * record. It is stored in databases and must stay readable by later versions: change it only by
 * adding optional members or new type tags.
 *
 * <h2>Format</h2>
 *
 * <ul>
 *   <li>A record is an object with one member per record component, named as the component and
 *       written in declaration order (readers accept any order). No Java class names appear.
 *   <li>An empty {@code Optional} is left out; a present one is written as its value. On reading,
 *       a missing member or {@code null} is an empty {@code Optional}; for any other component a
 *       missing member or {@code null} is an error, as is an unknown or repeated member.
 *   <li>A record with a single component that is not optional is written as that component's
 *       value: ids ({@code AccountId}, {@code TenantId}, {@code StageId}, ...) as their UUID,
 *       {@code Email} as its address, {@code CustomFields} and {@code RoleGrants} as their maps.
 *   <li>A variant of a sealed interface is an object whose first member {@code "type"} is a stable
 *       tag (readers find it anywhere): {@code Owner}, {@code Principal}: {@code user} ({@code
 *       userId}), {@code team} ({@code teamId}); {@code Actor}: {@code system}, {@code user}
 *       ({@code userId}); {@code AssignmentTarget}: {@code user} ({@code user}), {@code team}
 *       ({@code team}, {@code distribution}); {@code FieldValue}: {@code text}, {@code integer},
 *       {@code decimal}, {@code money}, {@code date}, {@code dateTime}, {@code boolean}, {@code
 *       picklist}, {@code multiPicklist}, {@code email}, {@code phone}, {@code url}, each with the
 *       variant's own component ({@code {"type":"money","money":{"amount":"12.50",
 *       "currency":"EUR"}}}).
 *   <li>Scalars as strings in one canonical form: UUIDs in lower-case canonical form, {@code
 *       Instant} as ISO-8601 in UTC with up to nine fraction digits ({@code
 *       2024-01-01T10:00:00.123456789Z}), {@code LocalDate} as {@code 2024-01-31}, {@code
 *       Duration} as ISO-8601 ({@code PT1H30M}), {@code BigDecimal} as {@link
 *       java.math.BigDecimal#toString()} (scale kept: {@code "12.50"}), {@code Currency} as its
 *       ISO 4217 code, enums by constant name. Strings, whole numbers and booleans are JSON's.
 *   <li>Lists and sets are arrays (sets in their sorted or enum order); maps are objects, keyed by
 *       the key's text form: custom field API names, enum names ({@code RoleGrants}: {@code
 *       {"ACCOUNT":{"READ":"ORGANIZATION"}}}), and field keys as {@code KIND.field} ({@code
 *       FieldSecurityProfile.permissions}: {@code {"ACCOUNT.annualRevenue":{"read":true,
 *       "update":false}}}).
 * </ul>
 *
 * <p>Decoding builds every record through its canonical constructor, so the model's checks run
 * on stored data as on new input; a text that is not a valid record of the type fails with a
 * {@link RecordJsonException} naming the type and what is wrong. Encoding is deterministic: equal
 * records give equal texts. One immutable mapper serves every call.
 */
public final class RecordJson {

  /** The record types the stores keep. */
  private static final Set<Class<? extends Record>> STORED_TYPES = Set.of(
      Account.class, Contact.class, Lead.class, BusinessUnit.class, User.class, Team.class,
      FieldDefinition.class, SecurityRole.class, RecordShare.class, FieldSecurityProfile.class, Deal.class,
      Activity.class, Pipeline.class, LeadAssignmentRule.class, DealChange.class, AuditEntry.class,
      AccessSettings.class);

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new ModelModule())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  private RecordJson() {}

  /** The record types this class reads and writes: every stored kind, audit entries and access settings. */
  public static Set<Class<? extends Record>> storedTypes() {
    return STORED_TYPES;
  }

  /**
   * The JSON text of {@code record}; throws {@link IllegalArgumentException} for a type not in
   * {@link #storedTypes()}.
   */
  public static String encode(Record record) {
    Class<? extends Record> type = record.getClass();
    requireStored(type);
    try {
      return MAPPER.writeValueAsString(record);
    } catch (RuntimeException e) {
      throw new RecordJsonException(type, "cannot write " + type.getSimpleName() + " as JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The record of {@code type} that {@code json} describes; throws {@link RecordJsonException}
   * when it describes none, and {@link IllegalArgumentException} for a type not in {@link
   * #storedTypes()}.
   */
  public static <R extends Record> R decode(String json, Class<R> type) {
    requireStored(type);
    try {
      return MAPPER.readValue(json, type);
    } catch (RuntimeException e) {
      throw new RecordJsonException(type, "stored JSON is not a valid " + type.getSimpleName() + ": "
          + e.getMessage(), e);
    }
  }

  private static void requireStored(Class<?> type) {
    if (!STORED_TYPES.contains(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a stored record type");
    }
  }
}
