package io.github.geoclaims.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.geoclaims.jackson.internal.CanonicalLayout;
import io.github.geoclaims.jackson.internal.Jackson2Tokens;
import io.github.geoclaims.jackson.internal.ModelDeserializer;
import io.github.geoclaims.jackson.internal.ModelSerializer;
import io.github.geoclaims.jackson.internal.TextValueDeserializer;
import io.github.geoclaims.json.JsonLimits;
import io.github.geoclaims.json.spi.ModelCodec;
import io.github.geoclaims.model.TimePoint;
import java.util.function.Function;

/**
 * The Jackson 2 module for geoclaims: registered on any {@link com.fasterxml.jackson.databind.ObjectMapper}, it
 * (de)serialises every model type, {@link TimePoint} and every vocabulary to the same JSON as
 * {@code GeoClaimsJson} (the layout is the mapper's own; {@link #newMapper()} gives one with the canonical layout). It handles
 * {@code Optional} and {@code TimePoint} itself: neither jdk8 nor jsr310 modules are needed.
 *
 * <p>Deserialisation is strict (unknown non-{@code x-} properties fail) but, as everywhere in databind, does not
 * validate the model's rules; validate with {@code GeoClaimsValidator}, or read with {@code GeoClaimsJson}, which
 * does both. A failure is a {@code JsonMappingException} whose cause is a {@code GeoClaimsJsonException} listing
 * every problem, with pointers relative to the value read.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GeoClaimsModule());
 * // or: new ObjectMapper().findAndRegisterModules();   (found through ServiceLoader)
 * String json = mapper.writeValueAsString(claim);
 * Claim again = mapper.readValue(json, Claim.class);
 * }</pre>
 */
public final class GeoClaimsModule extends Module {

  /** Parses extension values when writing; its limits only need to hold for values this library wrote. */
  private static final JsonFactory EXTENSION_PARSERS = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * Creates the module. Jackson's {@code ServiceLoader} lookup needs this public constructor.
   *
   * <pre>{@code
   * mapper.registerModule(new GeoClaimsModule());
   * }</pre>
   */
  public GeoClaimsModule() {}

  /**
   * Returns {@code "GeoClaimsModule"}.
   *
   * <pre>{@code
   * mapper.getRegisteredModuleIds();   // contains the module's type id
   * }</pre>
   */
  @Override
  public String getModuleName() {
    return "GeoClaimsModule";
  }

  /**
   * Returns this module's version, {@link PackageVersion#VERSION}.
   *
   * <pre>{@code
   * new GeoClaimsModule().version();
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
   * mapper.registerModule(module);   // calls setupModule
   * }</pre>
   *
   * @param context Jackson's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<?> type : ModelCodec.types()) {
      register(type, serializers, deserializers);
    }
    ModelCodec.textTypes().forEach((type, parse) -> text(type, parse, serializers, deserializers));
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  /**
   * Returns a new mapper for geoclaims types with the default limits: the module, the canonical layout when
   * indenting, trailing tokens rejected. It maps without validating. Each call returns a new mapper, which the
   * caller may configure further.
   *
   * <pre>{@code
   * ObjectMapper mapper = GeoClaimsModule.newMapper();
   * Claim claim = mapper.readValue(text, Claim.class);
   * }</pre>
   */
  public static JsonMapper newMapper() {
    return newMapper(JsonLimits.DEFAULT);
  }

  /**
   * Returns a new mapper for geoclaims types under the given limits (for example {@code json.limits()} of a
   * configured {@code GeoClaimsJson}); see {@link #newMapper()}.
   *
   * <pre>{@code
   * ObjectMapper mapper = GeoClaimsModule.newMapper(GeoClaimsJson.standard().limits());
   * }</pre>
   *
   * @param limits the parser's limits
   * @return the mapper
   */
  public static JsonMapper newMapper(JsonLimits limits) {
    return JsonMapper.builder(Jackson2Tokens.factory(limits))
        .addModule(new GeoClaimsModule())
        .defaultPrettyPrinter(CanonicalLayout.printer())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Returns the canonical layout as a Jackson pretty printer, for mappers configured elsewhere.
   *
   * <pre>{@code
   * String text = mapper.writer(GeoClaimsModule.canonicalPrettyPrinter()).writeValueAsString(claim);
   * }</pre>
   */
  public static PrettyPrinter canonicalPrettyPrinter() {
    return CanonicalLayout.printer();
  }

  private static <T> void register(Class<T> type, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(type, new ModelSerializer<>(type, EXTENSION_PARSERS));
    deserializers.addDeserializer(type, new ModelDeserializer<>(type));
  }

  private static <T> void text(Class<T> type, Function<String, ?> parse, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(type, new ModelSerializer<>(type, EXTENSION_PARSERS));
    deserializers.addDeserializer(type, new TextValueDeserializer<>(type, text -> type.cast(parse.apply(text))));
  }
}
