package io.github.geoclaims.model.codec;

import static io.github.geoclaims.testing.DocumentGenerator.forSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueKind;
import io.github.geoclaims.testing.DocumentGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated codec classes, without any format: objects are written into a list of tokens and read back from it,
 * and what is written is checked against the metamodel, property by property.
 */
class ModelCodecsTest {

  /** The structure tokens of the list, and a value no read accepts; values are the objects themselves. */
  enum Mark { BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, UNREADABLE }

  /** A property name. */
  record Name(String name) {}

  /** An extension value, as JSON text. */
  record Raw(String json) {}

  /** A model type's name, written at the start of its objects. */
  record Type(String name) {}

  static LongStream seeds() {
    return DocumentGenerator.seeds(50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsBackEveryObjectItWrites(long seed) {
    forSeed(seed, generator -> {
      for (Object model : objectsIn(generator.arbitraryDocument())) {
        List<Object> tokens = written(model);
        Source source = new Source(tokens);
        assertThat(ModelCodecs.read(model.getClass(), source)).isEqualTo(model);
        assertThat(source.position).isEqualTo(tokens.size() - 1);
        assertThat(source.reported)
            .allSatisfy(reported -> assertThat(reported).matches("(?s)other .* of an extensible type"));
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writesThePresentPropertiesInTheMetamodelsOrderThenTheExtensions(long seed) {
    forSeed(seed, generator -> {
      for (Object model : objectsIn(generator.arbitraryDocument())) {
        assertThat(written(model)).isEqualTo(expectedTokens(model));
      }
    });
  }

  @Test
  void objectsOfEveryModelTypeAreWrittenAndRead() {
    List<Object> objects = objectsIn(SampleDocuments.rich());
    forSeed(0, generator -> objects.addAll(objectsIn(generator.validDocument())));
    Set<ModelType<?>> seen = new HashSet<>();
    for (Object model : objects) {
      seen.add(Metamodel.forValue(model).orElseThrow());
      assertThat(ModelCodecs.read(model.getClass(), new Source(written(model)))).isEqualTo(model);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(Metamodel.types());
  }

  @Test
  void writesEachPropertyByItsIndexAsTheWholeObjectWritesIt() {
    for (Object model : samples()) {
      ModelType<?> type = Metamodel.forValue(model).orElseThrow();
      List<Object> properties = new ArrayList<>();
      Sink sink = new Sink(properties);
      for (int i = 0; i < type.properties().size(); i++) {
        ModelCodecs.writeProperty(model, i, sink);
      }
      List<Object> whole = written(model);
      assertThat(properties).isEqualTo(whole.subList(2, whole.size() - 1 - 2 * type.extensions(model).size()));
    }
    ClaimDocument document = SampleDocuments.rich();
    int count = Metamodel.of(ClaimDocument.class).properties().size();
    assertThatThrownBy(() -> ModelCodecs.writeProperty(document, count, new Sink(new ArrayList<>())))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("ClaimDocument has " + count + " properties, not " + count);
  }

  @Test
  void buildsNothingAndReportsTheRequiredPropertyWhenOneIsLeftOut() {
    for (Object model : samples()) {
      ModelType<?> type = Metamodel.forValue(model).orElseThrow();
      for (Property property : type.properties()) {
        if (property.cardinality() != Cardinality.REQUIRED) {
          continue;
        }
        List<Object> tokens = written(model);
        int name = topLevelNames(tokens).get(property.name());
        tokens.subList(name, valueEnd(tokens, name + 1) + 1).clear();
        Source source = new Source(tokens);
        assertThat(ModelCodecs.read(model.getClass(), source)).as(property.toString()).isNull();
        assertThat(problems(source)).containsExactly("missing " + property.name());
      }
    }
  }

  @Test
  void leavesOutEachValueTheSourceCannotRead() {
    for (Object model : samples()) {
      ModelType<?> type = Metamodel.forValue(model).orElseThrow();
      for (Map.Entry<String, Integer> name : topLevelNames(written(model)).entrySet()) {
        Property property = type.property(name.getKey()).orElse(null);
        if (property == null) {
          continue;   // an extension
        }
        List<Object> tokens = written(model);
        int value = name.getValue() + 1;
        tokens.subList(value, valueEnd(tokens, value) + 1).clear();
        tokens.add(value, Mark.UNREADABLE);
        Source source = new Source(tokens);
        Object read = ModelCodecs.read(model.getClass(), source);
        if (property.cardinality() == Cardinality.REQUIRED) {
          assertThat(read).as(property.toString()).isNull();
          assertThat(problems(source)).hasSize(2).endsWith("missing " + property.name());
        } else {
          assertThat(read).as(property.toString()).isEqualTo(without(model, property, false));
          assertThat(problems(source)).hasSize(1);
        }
        if (property.cardinality() == Cardinality.LIST) {
          List<Object> element = written(model);
          int first = value + 1;
          element.subList(first, valueEnd(element, first) + 1).clear();
          element.add(first, Mark.UNREADABLE);
          Source elements = new Source(element);
          assertThat(ModelCodecs.read(model.getClass(), elements)).as(property.toString())
              .isEqualTo(without(model, property, true));
          assertThat(problems(elements)).hasSize(1);
        }
      }
    }
  }

  @Test
  void reportsEachRequiredPropertyNotReadInDeclarationOrderAndBuildsNothing() {
    List<Object> tokens = written(SampleDocuments.northKorea());
    tokens.remove(new Name("name"));
    tokens.remove("North Korea");
    tokens.remove(new Name("id"));
    tokens.remove("north-korea");
    Source source = new Source(tokens);
    assertThat(ModelCodecs.read(Actor.class, source)).isNull();
    assertThat(source.reported).containsExactly("missing id", "missing name");
  }

  @Test
  void leavesOutAValueTheSourceCannotRead() {
    Actor actor = Actor.builder().from(SampleDocuments.northKorea()).memberCount(3).addRoles(
        Role.builder().title("Leader").organisation("north-korea").former(true).build()).build();
    List<Object> tokens = written(actor);
    tokens.set(tokens.indexOf(3), "not a number");
    Source source = new Source(tokens);
    Actor read = ModelCodecs.read(Actor.class, source);
    assertThat(read).isEqualTo(Actor.builder().from(actor).memberCount(Optional.empty()).build());
    assertThat(source.reported).containsExactly("unreadable not a number");
  }

  @Test
  void handsOtherPropertiesToTheSourceAndKeepsWhatItReturnsAsExtensions() {
    List<Object> tokens = written(SampleDocuments.northKorea());
    tokens.addAll(tokens.size() - 1, List.of(new Name("x-batch"), new Raw("[1,2]"), new Name("odd"), new Raw("3")));
    Source source = new Source(tokens);
    Actor read = ModelCodecs.read(Actor.class, source);
    assertThat(read.getExtensions()).containsExactly(Map.entry("x-batch", "[1,2]"), Map.entry("odd", "3"));
    assertThat(source.reported).containsExactly("other x-batch of an extensible type", "other odd of an extensible type");

    List<Object> role = written(Role.builder().title("Leader").organisation("north-korea").build());
    role.addAll(role.size() - 1, List.of(new Name("x-batch"), new Raw("1")));
    Source roles = new Source(role);
    assertThat(ModelCodecs.read(Role.class, roles)).isNotNull();
    assertThat(roles.reported).containsExactly("other x-batch of a closed type");
  }

  @Test
  void readsNothingWhereTheSourceHasNoObject() {
    Source source = new Source(List.of("a string"));
    assertThat(ModelCodecs.read(Actor.class, source)).isNull();
    assertThat(source.reported).containsExactly("not an object: Actor");
  }

  @Test
  void rejectsWhatIsNotAModelType() {
    assertThatThrownBy(() -> ModelCodecs.write("text", new Sink(new ArrayList<>())))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a geoclaims model type: java.lang.String");
    assertThatThrownBy(() -> ModelCodecs.writeProperty(ActorKind.STATE, 0, new Sink(new ArrayList<>())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelCodecs.read(String.class, new Source(List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a geoclaims model type: java.lang.String");
  }

  /** Returns objects of every model type, with as many of their properties present as the generator gives. */
  private static List<Object> samples() {
    List<Object> objects = objectsIn(SampleDocuments.rich());
    for (long seed = 0; seed < 3; seed++) {
      forSeed(seed, generator -> objects.addAll(objectsIn(generator.arbitraryDocument())));
    }
    return objects;
  }

  /** Returns what the source reported but the properties it was handed: the problems. */
  private static List<String> problems(Source source) {
    return source.reported.stream().filter(reported -> !reported.startsWith("other ")).toList();
  }

  /** Returns the index of each property name of the object the tokens hold, in order. */
  private static Map<String, Integer> topLevelNames(List<Object> tokens) {
    Map<String, Integer> names = new java.util.LinkedHashMap<>();
    for (int i = 2; tokens.get(i) != Mark.END_OBJECT; i = valueEnd(tokens, i + 1) + 1) {
      names.put(((Name) tokens.get(i)).name(), i);
    }
    return names;
  }

  /** Returns the index of the last token of the value that starts at {@code start}. */
  private static int valueEnd(List<Object> tokens, int start) {
    int depth = 0;
    int i = start;
    do {
      Object token = tokens.get(i++);
      if (token == Mark.BEGIN_OBJECT || token == Mark.BEGIN_ARRAY) {
        depth++;
      } else if (token == Mark.END_OBJECT || token == Mark.END_ARRAY) {
        depth--;
      }
    } while (depth > 0);
    return i - 1;
  }

  /**
   * Returns a copy of the object, made through the metamodel, without the property's value, or without the first
   * element of a list.
   */
  private static Object without(Object model, Property left, boolean firstElementOnly) {
    ModelType<?> type = Metamodel.forValue(model).orElseThrow();
    Object builder = type.newBuilder();
    for (Property property : type.properties()) {
      Object value = property.get(model);
      if (property == left && !firstElementOnly) {
        continue;
      }
      switch (property.cardinality()) {
        case REQUIRED, DEFAULTED -> property.set(builder, value);
        case OPTIONAL -> ((Optional<?>) value).ifPresent(present -> property.set(builder, present));
        default -> property.set(builder, property == left ? ((List<?>) value).subList(1, ((List<?>) value).size())
            : value);
      }
    }
    type.extensions(model).forEach((name, json) -> type.putExtension(builder, name, json));
    return type.build(builder);
  }

  private static List<Object> written(Object model) {
    List<Object> tokens = new ArrayList<>();
    ModelCodecs.write(model, new Sink(tokens));
    return tokens;
  }

  /** The tokens an object must give, from the metamodel and the object's getters alone. */
  private static List<Object> expectedTokens(Object model) {
    ModelType<?> type = Metamodel.forValue(model).orElseThrow();
    List<Object> tokens = new ArrayList<>(List.of(Mark.BEGIN_OBJECT, new Type(type.name())));
    for (Property property : type.properties()) {
      Object value = property.get(model);
      switch (property.cardinality()) {
        case REQUIRED -> {
          tokens.add(new Name(property.name()));
          addValue(tokens, property, value);
        }
        case OPTIONAL -> ((Optional<?>) value).ifPresent(present -> {
          tokens.add(new Name(property.name()));
          addValue(tokens, property, present);
        });
        case LIST -> {
          List<?> elements = (List<?>) value;
          if (!elements.isEmpty()) {
            tokens.add(new Name(property.name()));
            tokens.add(Mark.BEGIN_ARRAY);
            elements.forEach(element -> addValue(tokens, property, element));
            tokens.add(Mark.END_ARRAY);
          }
        }
        case DEFAULTED -> {
          if (!value.equals(property.defaultValue().orElseThrow())) {
            tokens.add(new Name(property.name()));
            addValue(tokens, property, value);
          }
        }
        default -> throw new AssertionError(property.cardinality());
      }
    }
    type.extensions(model).forEach((name, json) -> {
      tokens.add(new Name(name));
      tokens.add(new Raw(json));
    });
    tokens.add(Mark.END_OBJECT);
    return tokens;
  }

  private static void addValue(List<Object> tokens, Property property, Object value) {
    if (property.kind() == ValueKind.OBJECT) {
      tokens.addAll(expectedTokens(value));
    } else {
      tokens.add(property.kind() == ValueKind.TERM ? ((io.github.geoclaims.model.Term) value).value() : value);
    }
  }

  /** Returns the model object and every model object it holds. */
  private static List<Object> objectsIn(Object model) {
    List<Object> objects = new ArrayList<>();
    objects.add(model);
    for (Property property : Metamodel.forValue(model).orElseThrow().properties()) {
      if (property.kind() != ValueKind.OBJECT) {
        continue;
      }
      Object value = property.get(model);
      if (property.cardinality() == Cardinality.LIST) {
        ((List<?>) value).forEach(element -> objects.addAll(objectsIn(element)));
      } else if (value instanceof Optional<?> optional) {
        optional.ifPresent(present -> objects.addAll(objectsIn(present)));
      } else {
        objects.addAll(objectsIn(value));
      }
    }
    return objects;
  }

  /** Writes tokens into a list. */
  private static final class Sink implements ModelSink {
    private final List<Object> tokens;

    Sink(List<Object> tokens) {
      this.tokens = tokens;
    }

    @Override
    public void beginObject(String type) {
      tokens.add(Mark.BEGIN_OBJECT);
      tokens.add(new Type(type));
    }

    @Override
    public void extensions(String type, Map<String, String> extensions) {
      extensions.forEach((name, json) -> {
        tokens.add(new Name(name));
        tokens.add(new Raw(json));
      });
    }

    @Override
    public void endObject() {
      tokens.add(Mark.END_OBJECT);
    }

    @Override
    public void name(String name) {
      tokens.add(new Name(name));
    }

    @Override
    public void beginArray() {
      tokens.add(Mark.BEGIN_ARRAY);
    }

    @Override
    public void endArray() {
      tokens.add(Mark.END_ARRAY);
    }

    @Override
    public void string(String value) {
      tokens.add(value);
    }

    @Override
    public void timePoint(TimePoint value) {
      tokens.add(value);
    }

    @Override
    public void decimal(BigDecimal value) {
      tokens.add(value);
    }

    @Override
    public void integer(int value) {
      tokens.add(value);
    }

    @Override
    public void doubleValue(double value) {
      tokens.add(value);
    }

    @Override
    public void booleanValue(boolean value) {
      tokens.add(value);
    }
  }

  /**
   * Reads tokens from a list, the current one at {@code position}; reports into {@code reported}, reads a value of
   * the wrong class as {@code null}, and keeps every other property of an extensible type as an extension.
   */
  private static final class Source implements ModelSource {
    private final List<Object> tokens;
    private final List<String> reported = new ArrayList<>();
    private int position;

    Source(List<Object> tokens) {
      this.tokens = tokens;
    }

    private Object current() {
      return tokens.get(position);
    }

    @Override
    public boolean beginObject(String type) {
      if (current() != Mark.BEGIN_OBJECT) {
        reported.add("not an object: " + type);
        return false;
      }
      assertThat(tokens.get(++position)).isEqualTo(new Type(type));
      return true;
    }

    @Override
    public String nextProperty() {
      Object token = tokens.get(++position);
      if (token == Mark.END_OBJECT) {
        return null;
      }
      position++;
      return ((Name) token).name();
    }

    @Override
    public String otherProperty(String name, boolean extensible) {
      reported.add("other " + name + (extensible ? " of an extensible type" : " of a closed type"));
      return extensible ? ((Raw) current()).json() : null;
    }

    @Override
    public boolean endProperties() {
      return true;
    }

    @Override
    public void missing(String name) {
      reported.add("missing " + name);
    }

    @Override
    public void endObject() {
      assertThat(current()).isEqualTo(Mark.END_OBJECT);
    }

    @Override
    public boolean beginArray(String elementType) {
      if (current() != Mark.BEGIN_ARRAY) {
        reported.add("not a list of " + elementType);
        return false;
      }
      return true;
    }

    @Override
    public boolean nextElement() {
      return tokens.get(++position) != Mark.END_ARRAY;
    }

    private <T> T value(Class<T> type) {
      if (!type.isInstance(current())) {
        reported.add("unreadable " + current());
        return null;
      }
      return type.cast(current());
    }

    @Override
    public String string() {
      return value(String.class);
    }

    @Override
    public TimePoint timePoint() {
      return value(TimePoint.class);
    }

    @Override
    public BigDecimal decimal() {
      return value(BigDecimal.class);
    }

    @Override
    public Integer integer() {
      return value(Integer.class);
    }

    @Override
    public Double doubleValue() {
      return value(Double.class);
    }

    @Override
    public Boolean booleanValue() {
      return value(Boolean.class);
    }
  }
}
