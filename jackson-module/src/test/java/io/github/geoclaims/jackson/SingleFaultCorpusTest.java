package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One cause gives one problem. A corpus of single-fault documents, made from valid documents that set every property
 * of every model type: at every object of every model type, one structural fault (a property's value of the wrong
 * JSON type, a required property left out, the whole object replaced by a number, an element of a list of the wrong
 * type). Each document is read strictly and must report exactly that one problem, however many other objects refer
 * to the object the reader could not build.
 */
class SingleFaultCorpusTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final GeoClaimsJson JSON = GeoClaimsJson.standard();

  /** One document with one fault, and the problem it must give: its code and pointer. */
  record Fault(String description, String document, String code, String pointer) {
    @Override
    public String toString() {
      return description;
    }
  }

  static Stream<Fault> corpus() {
    List<Fault> faults = new ArrayList<>();
    for (ClaimDocument base : List.of(TestDocuments.full(), TestDocuments.sample())) {
      JsonNode root = tree(JSON.write(base));
      visit(root, Metamodel.of(ClaimDocument.class), "", (pointer, type) ->
          faultsAt(root, pointer, type, base.getId(), faults::add));
    }
    return faults.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aSingleFaultGivesExactlyOneProblem(Fault fault) {
    List<JsonProblem> strict = Problems.of(fault.document());
    assertThat(strict).as(fault.description()).hasSize(1);
    assertThat(strict.get(0).code()).as(fault.description()).isEqualTo(fault.code());
    assertThat(strict.get(0).pointer()).as(fault.description()).isEqualTo(fault.pointer());
  }

  @Test
  void theCorpusCoversEveryModelTypeThatHoldsAnother() {
    List<String> described = corpus().map(Fault::description).toList();
    for (ModelType<?> type : Metamodel.types()) {
      assertThat(described).as(type.name()).anyMatch(d -> d.startsWith(type.name() + " "));
    }
  }

  /** The case of the report: an actor's kind of the wrong type, and seventeen references to that actor. */
  @Test
  void anActorThatCannotBeBuiltIsNotReportedAgainByEveryReferenceToIt() {
    String text = JSON.write(TestDocuments.full()).replace("\"kind\": \"state\"", "\"kind\": 42");
    assertThat(Problems.of(text)).extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(tuple("json.type", "/actors/0/kind"),
            tuple("json.type", "/actors/3/kind"));
  }

  /** The case of the report: a claim without its proposition, which a relation names. */
  @Test
  void aClaimThatCannotBeBuiltIsNotReportedAgainByTheRelationThatNamesIt() {
    ObjectNode root = (ObjectNode) tree(JSON.write(TestDocuments.full()));
    ((ObjectNode) root.at("/claims/1")).remove("proposition");
    assertThat(Problems.of(root.toString())).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.required");
      assertThat(p.pointer()).isEqualTo("/claims/1");
    });
  }

  /** A reference to an identifier that no object in the file carries is still reported next to a dropped object. */
  @Test
  void aReferenceThatNoObjectOfTheFileCarriesIsStillReported() {
    ObjectNode root = (ObjectNode) tree(JSON.write(TestDocuments.full()));
    ((ObjectNode) root.at("/actors/2")).put("kind", 42);
    ((ObjectNode) root.at("/claims/0/participants/0")).put("actor", "atlantis");
    assertThat(Problems.of(root.toString())).extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(tuple("json.type", "/actors/2/kind"),
            tuple("reference.unresolved", "/claims/0/participants/0/actor"));
  }

  // ------------------------------------------------------------------------------------------------ the corpus

  /** A visitor of each model object of a document tree, with its pointer and model type. */
  @FunctionalInterface
  interface ObjectVisitor {
    void visit(String pointer, ModelType<?> type);
  }

  private static void visit(JsonNode node, ModelType<?> type, String pointer, ObjectVisitor visitor) {
    visitor.visit(pointer, type);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      type.property(field.getKey()).flatMap(Property::objectType).ifPresent(nested -> {
        String at = pointer + "/" + field.getKey();
        if (field.getValue().isArray()) {
          for (int i = 0; i < field.getValue().size(); i++) {
            visit(field.getValue().get(i), nested, at + "/" + i, visitor);
          }
        } else {
          visit(field.getValue(), nested, at, visitor);
        }
      });
    }
  }

  /** Adds the single-fault documents made at the object at {@code pointer}, of model type {@code type}. */
  private static void faultsAt(JsonNode root, String pointer, ModelType<?> type, String base, Consumer<Fault> out) {
    String where = type.name() + " " + base + pointer;
    JsonNode object = root.at(pointer);
    if (!pointer.isEmpty()) {
      out.accept(new Fault(where + ": the object is a number", replaced(root, pointer, IntNode.valueOf(42)),
          "json.type", pointer));
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.startsWith("x-")) {
        continue;   // an extension property holds any JSON value
      }
      JsonNode value = object.get(name);
      String code = name.equals("schemaVersion") ? "json.unsupported-version" : "json.type";
      out.accept(new Fault(where + ": " + name + " is of the wrong type",
          replaced(root, pointer + "/" + name, otherType(value)), code, pointer + "/" + name));
      if (value.isArray() && !value.isEmpty()) {
        out.accept(new Fault(where + ": an element of " + name + " is of the wrong type",
            replaced(root, pointer + "/" + name + "/0", otherType(value.get(0))), "json.type",
            pointer + "/" + name + "/0"));
      }
    }
    for (Property property : type.properties()) {
      if (property.cardinality() == Cardinality.REQUIRED && object.has(property.name())) {
        ObjectNode copy = root.deepCopy();
        ((ObjectNode) copy.at(pointer)).remove(property.name());
        out.accept(new Fault(where + ": required " + property.name() + " left out", copy.toString(), "json.required",
            pointer));
      }
    }
  }

  /** A value of another JSON type than {@code value}'s: a number for a string, object or array; else a string. */
  private static JsonNode otherType(JsonNode value) {
    return value.isTextual() || value.isContainerNode() ? IntNode.valueOf(42)
        : JsonNodeFactory.instance.textNode("forty-two");
  }

  /** Returns the document text with the value at {@code pointer} replaced. */
  private static String replaced(JsonNode root, String pointer, JsonNode value) {
    JsonNode copy = root.deepCopy();
    int last = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, last));
    String member = pointer.substring(last + 1);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(member), value);
    } else {
      ((ObjectNode) parent).set(member, value);
    }
    return copy.toString();
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
