package org.crmkernel.jdbc.internal.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.record.Actor;
import org.crmkernel.model.record.Owner;

/**
 * The stable type tags of the model's sealed interfaces, written as the {@code "type"} member of
 * a variant's object. Tags are part of the stored format: never rename one, only add.
 */
final class TypeTags {

  /** The member naming a variant. */
  static final String PROPERTY = "type";

  private static final Map<Class<?>, Map<String, Class<?>>> VARIANTS = new HashMap<>();
  private static final Map<Class<?>, String> TAGS = new HashMap<>();

  static {
    register(Owner.class, "user", Owner.UserOwner.class, "team", Owner.TeamOwner.class);
    register(Actor.class, "system", Actor.SystemActor.class, "user", Actor.UserActor.class);
    register(Principal.class, "user", Principal.UserPrincipal.class, "team", Principal.TeamPrincipal.class);
    register(AssignmentTarget.class, "user", AssignmentTarget.ToUser.class, "team", AssignmentTarget.ToTeam.class);
    register(FieldValue.class,
        "text", FieldValue.TextValue.class,
        "integer", FieldValue.IntegerValue.class,
        "decimal", FieldValue.DecimalValue.class,
        "money", FieldValue.MoneyValue.class,
        "date", FieldValue.DateValue.class,
        "dateTime", FieldValue.DateTimeValue.class,
        "boolean", FieldValue.BooleanValue.class,
        "picklist", FieldValue.PicklistValue.class,
        "multiPicklist", FieldValue.MultiPicklistValue.class,
        "email", FieldValue.EmailValue.class,
        "phone", FieldValue.PhoneValue.class,
        "url", FieldValue.UrlValue.class);
  }

  private TypeTags() {}

  /** Whether {@code type} is a sealed interface whose variants carry tags. */
  static boolean isTagged(Class<?> type) {
    return VARIANTS.containsKey(type);
  }

  /** The tag of the variant record {@code type}, if it is one. */
  static Optional<String> tagOf(Class<?> type) {
    return Optional.ofNullable(TAGS.get(type));
  }

  /** The variant of {@code sealed} tagged {@code tag}, if there is one. */
  static Optional<Class<?>> variant(Class<?> sealed, String tag) {
    return Optional.ofNullable(VARIANTS.getOrDefault(sealed, Map.of()).get(tag));
  }

  /** The tags of {@code sealed}'s variants, for messages. */
  static Set<String> tags(Class<?> sealed) {
    return VARIANTS.getOrDefault(sealed, Map.of()).keySet();
  }

  /** Registers tag-class pairs; every permitted variant must be named, so a new one fails here. */
  private static void register(Class<?> sealed, Object... tagsAndClasses) {
    Map<String, Class<?>> variants = new HashMap<>();
    for (int i = 0; i < tagsAndClasses.length; i += 2) {
      String tag = (String) tagsAndClasses[i];
      Class<?> variant = (Class<?>) tagsAndClasses[i + 1];
      if (variants.put(tag, variant) != null || TAGS.put(variant, tag) != null) {
        throw new IllegalStateException("tag or variant registered twice: " + tag + ", " + variant);
      }
      if (Arrays.stream(variant.getRecordComponents()).anyMatch(c -> c.getName().equals(PROPERTY))) {
        throw new IllegalStateException(variant + " has a component named '" + PROPERTY + "'");
      }
    }
    Set<Class<?>> permitted = Arrays.stream(sealed.getPermittedSubclasses()).collect(Collectors.toSet());
    if (!permitted.equals(Set.copyOf(variants.values()))) {
      throw new IllegalStateException("the JSON tags of " + sealed.getName() + " do not name exactly its variants "
          + permitted);
    }
    VARIANTS.put(sealed, Map.copyOf(variants));
  }
}
