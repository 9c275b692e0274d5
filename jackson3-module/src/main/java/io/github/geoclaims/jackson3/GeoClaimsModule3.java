package io.github.geoclaims.jackson3;

import io.github.geoclaims.jackson3.internal.CanonicalLayout;
import io.github.geoclaims.jackson3.internal.Jackson3Tokens;
import io.github.geoclaims.jackson3.internal.ModelDeserializer;
import io.github.geoclaims.jackson3.internal.ModelSerializer;
import io.github.geoclaims.jackson3.internal.TextValueDeserializer;
import io.github.geoclaims.json.JsonLimits;
import io.github.geoclaims.json.spi.ModelCodec;
import io.github.geoclaims.model.TimePoint;
import java.util.function.Function;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for geoclaims: added to any Jackson 3 {@link tools.jackson.databind.ObjectMapper}, it
 * (de)serialises every model type, {@link TimePoint} and every vocabulary to the same JSON as
 * {@code GeoClaimsJson} (the layout is the mapper's own; {@link #newMapper()} gives one with the canonical layout).
 * It is the Jackson 3 twin of geoclaims-jackson's {@code GeoClaimsModule} and uses the same codec.
 *
 * <p>Deserialisation is strict (unknown non-{@code x-} properties fail) but, as everywhere in databind, does not
 * validate the model's rules; validate with {@code GeoClaimsValidator}, or read with {@code GeoClaimsJson}, which
 * does both. A failure is a {@link tools.jackson.databind.DatabindException} whose cause is a
 * {@code GeoClaimsJsonException} listing every problem, with pointers relative to the value read.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GeoClaimsModule3()).build();
 * // or: JsonMapper.builder().findAndAddModules().build();   (found through ServiceLoader)
 * String json = mapper.writeValueAsString(claim);
 * Claim again = mapper.readValue(json, Claim.class);
 * }</pre>
 */
public final class GeoClaimsModule3 extends JacksonModule {

  /** Parses extension values when writing; its limits only need to hold for values this library wrote. */
  private static final JsonFactory EXTENSION_PARSERS = JsonFactory.builder()
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
    for (Class<?> type : ModelCodec.types()) {
      register(type, serializers, deserializers);
    }
    ModelCodec.textTypes().forEach((type, parse) -> text(type, parse, serializers, deserializers));
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  /**
   * Returns a new Jackson 3 mapper for geoclaims types with the default limits: the module, the canonical layout
   * when indenting, trailing tokens rejected. It maps without validating. Jackson 3 mappers are immutable:
   * configure further with {@code mapper.rebuild()}.
   *
   * <pre>{@code
   * JsonMapper mapper = GeoClaimsModule3.newMapper();
   * Claim claim = mapper.readValue(text, Claim.class);
   * }</pre>
   */
  public static JsonMapper newMapper() {
    return newMapper(JsonLimits.DEFAULT);
  }

  /**
   * Returns a new Jackson 3 mapper for geoclaims types under the given limits (for example {@code json.limits()}
   * of a configured {@code GeoClaimsJson}); see {@link #newMapper()}.
   *
   * <pre>{@code
   * JsonMapper mapper = GeoClaimsModule3.newMapper(GeoClaimsJson.standard().limits());
   * }</pre>
   *
   * @param limits the parser's limits
   * @return the mapper
   */
  public static JsonMapper newMapper(JsonLimits limits) {
    return JsonMapper.builder(Jackson3Tokens.factory(limits))
        .addModule(new GeoClaimsModule3())
        .defaultPrettyPrinter(CanonicalLayout.printer())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Returns the canonical layout as a Jackson 3 pretty printer, for mappers configured elsewhere.
   *
   * <pre>{@code
   * String text = mapper.writer().with(GeoClaimsModule3.canonicalPrettyPrinter()).writeValueAsString(claim);
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
