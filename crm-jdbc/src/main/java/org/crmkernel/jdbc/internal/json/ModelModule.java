package org.crmkernel.jdbc.internal.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.NavigableSet;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.type.CollectionType;

/**
 * The Jackson module of the stored format: model records through {@link RecordSerializer} and
 * {@link RecordDeserializer}, tagged sealed interfaces through {@link SealedDeserializer},
 * scalars, enums and map keys in their {@link TextForm}, sorted sets of ids through {@link
 * SortedSetDeserializer}. Strings, numbers, booleans, lists, sets and maps are Jackson's own.
 */
final class ModelModule extends JacksonModule {

  private static final String MODEL_PACKAGE = "org.crmkernel.model";

  @Override
  public String getModuleName() {
    return "crmkernel-record-json";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ValueWriters());
    context.addKeySerializers(new KeyWriters());
    context.addDeserializers(new ValueReaders());
    context.addKeyDeserializers(ModelModule::keyReader);
  }

  private static boolean isModelRecord(Class<?> type) {
    return type.isRecord() && inModel(type);
  }

  private static boolean inModel(Class<?> type) {
    return type.getPackageName().startsWith(MODEL_PACKAGE);
  }

  /** A text form for JDK scalars and for the model's enums (other enums keep Jackson's handling). */
  private static boolean hasOwnTextForm(Class<?> type) {
    return type.isEnum() ? inModel(type) : TextForm.of(type).isPresent();
  }

  private static @Nullable KeyDeserializer keyReader(JavaType type, DeserializationConfig config,
      BeanDescription.Supplier description) {
    Class<?> raw = type.getRawClass();
    return hasOwnTextForm(raw) ? new TextFormCodecs.KeyReader(TextForm.of(raw).orElseThrow()) : null;
  }

  /** Serializers of values. */
  private static final class ValueWriters implements Serializers {
    @Override
    public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier description, JsonFormat.Value format) {
      Class<?> raw = type.getRawClass();
      if (hasOwnTextForm(raw)) {
        return new TextFormCodecs.Writer(TextForm.of(raw).orElseThrow());
      }
      return isModelRecord(raw) ? new RecordSerializer(RecordShape.of(raw)) : null;
    }

    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier description, JsonFormat.Value format) {
      return findSerializer(config, type, description, format);
    }
  }

  /** Serializers of map keys. */
  private static final class KeyWriters implements Serializers {
    @Override
    public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier description, JsonFormat.Value format) {
      Class<?> raw = type.getRawClass();
      return hasOwnTextForm(raw) ? new TextFormCodecs.KeyWriter(TextForm.of(raw).orElseThrow()) : null;
    }

    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier description, JsonFormat.Value format) {
      return findSerializer(config, type, description, format);
    }
  }

  /** Deserializers of values. */
  private static final class ValueReaders implements Deserializers {
    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier description) {
      Class<?> raw = type.getRawClass();
      if (hasOwnTextForm(raw)) {
        return new TextFormCodecs.Reader(TextForm.of(raw).orElseThrow());
      }
      if (TypeTags.isTagged(raw)) {
        return new SealedDeserializer(raw);
      }
      return isModelRecord(raw) ? new RecordDeserializer(RecordShape.of(raw), config.getTypeFactory()) : null;
    }

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier description) {
      return findBeanDeserializer(type, config, description);
    }

    @Override
    public @Nullable ValueDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
        BeanDescription.Supplier description, TypeDeserializer elementTypeDeserializer,
        ValueDeserializer<?> elementDeserializer) {
      Class<?> raw = type.getRawClass();
      return raw == SortedSet.class || raw == NavigableSet.class ? SortedSetDeserializer.of(type.getContentType()) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return hasOwnTextForm(valueType) || TypeTags.isTagged(valueType) || isModelRecord(valueType);
    }
  }
}
