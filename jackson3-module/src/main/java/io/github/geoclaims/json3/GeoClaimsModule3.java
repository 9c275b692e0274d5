package io.github.geoclaims.json3;

import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.deser.ModelReader;
import io.github.geoclaims.json.deser.ReadOptions;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.VerificationStatus;
import java.util.function.Function;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for geoclaims: added to any Jackson 3 {@link tools.jackson.databind.ObjectMapper}, it
 * (de)serialises every model type, {@link TimePoint} and every vocabulary to the same JSON as
 * {@link GeoClaimsJson3} (the layout is the mapper's own; use {@link GeoClaimsJson3#mapper()} for the canonical
 * one). It is the Jackson 3 twin of geoclaims-jackson's {@code GeoClaimsModule} and uses the same codec.
 *
 * <p>Deserialisation is strict (unknown non-{@code x-} properties fail) but, as everywhere in databind, does not
 * validate the model's rules; validate with {@code GeoClaimsValidator}, or read with {@link GeoClaimsJson3}, which
 * does both. A failure is a {@link tools.jackson.databind.DatabindException} whose cause is a
 * {@link GeoClaimsJsonException} listing every problem, with pointers relative to the value read.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GeoClaimsModule3()).build();
 * // or: JsonMapper.builder().findAndAddModules().build();   (found through ServiceLoader)
 * String json = mapper.writeValueAsString(claim);
 * Claim again = mapper.readValue(json, Claim.class);
 * }</pre>
 */
public final class GeoClaimsModule3 extends JacksonModule {

  /** Limits of the module's own reading; the parser's limits are the mapper's {@code StreamReadConstraints}. */
  private static final ReadOptions OPTIONS = new ReadOptions(false, GeoClaimsJson3.DEFAULT_MAX_NUMBER_LENGTH,
      GeoClaimsJson3.DEFAULT_MAX_PROBLEMS, false);

  /** Parses extension values when writing; its limits only need to hold for values this library wrote. */
  static final JsonFactory EXTENSION_PARSERS = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * Creates the module. Jackson's {@code ServiceLoader} lookup needs this public constructor.
   *
   * <pre>{@code
   * JsonMapper.builder().addModule(new GeoClaimsModule3()).build();
   * }</pre>
   */
  public GeoClaimsModule3() {}

  /**
   * Returns {@code "GeoClaimsModule3"}.
   *
   * <pre>{@code
   * new GeoClaimsModule3().getModuleName();
   * }</pre>
   */
  @Override
  public String getModuleName() {
    return "GeoClaimsModule3";
  }

  /**
   * Returns this module's version, {@link PackageVersion#VERSION}.
   *
   * <pre>{@code
   * new GeoClaimsModule3().version();
   * }</pre>
   */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Registers the serializers and deserializers; called by Jackson.
   *
   * <pre>{@code
   * JsonMapper.builder().addModule(module).build();   // calls setupModule
   * }</pre>
   *
   * @param context Jackson's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<?> type : ModelReader.types()) {
      register(type, serializers, deserializers);
    }
    text(TimePoint.class, TimePoint::parse, serializers, deserializers);
    text(ActorKind.class, ActorKind::of, serializers, deserializers);
    text(SourceKind.class, SourceKind::of, serializers, deserializers);
    text(AttributionMode.class, AttributionMode::of, serializers, deserializers);
    text(Stance.class, Stance::of, serializers, deserializers);
    text(Modality.class, Modality::of, serializers, deserializers);
    text(VerificationStatus.class, VerificationStatus::of, serializers, deserializers);
    text(RelationKind.class, RelationKind::of, serializers, deserializers);
    text(EventKind.class, EventKind::of, serializers, deserializers);
    text(ParticipantRole.class, ParticipantRole::of, serializers, deserializers);
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void register(Class<T> type, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(type, new ModelSerializer<>(type, EXTENSION_PARSERS));
    deserializers.addDeserializer(type, new ModelDeserializer<>(type, OPTIONS));
  }

  private static <T> void text(Class<T> type, Function<String, T> parse, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(type, new ModelSerializer<>(type, EXTENSION_PARSERS));
    deserializers.addDeserializer(type, new TextValueDeserializer<>(type, parse));
  }
}
