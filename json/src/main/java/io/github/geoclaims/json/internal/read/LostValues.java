package io.github.geoclaims.json.internal.read;

import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.PropertyNames;
import io.github.geoclaims.validation.Violation;
import io.github.geoclaims.validation.ViolationCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values a read had to leave out of the document because of a structural problem (a value of the wrong type, a
 * missing required property, a malformed time), and which of the document's rule violations follow from leaving
 * them out, so that they are not reported again: one cause gives one problem.
 *
 * <p>An actor whose {@code kind} is the number 42 is reported once, as {@code json.type}; the references to that
 * actor elsewhere in the document are not reported as unresolved, since the actor is in the file and only the reader
 * could not build it. Three kinds of violation follow from a lost value:
 * <ul>
 *   <li>{@code reference.unresolved} naming the identifier of an object left out, or naming any identifier once an
 *       object that has one was left out before its {@code id} could be read (the reader cannot tell which
 *       references it would have resolved);</li>
 *   <li>{@code reference.unresolved} in the object that lost one of its own values, since a sibling value can qualify
 *       a reference (a relation's {@code targetDocument} says where its {@code to} is);</li>
 *   <li>a rule on how complete an object is (a claim left with no attribution, a time or quantity left empty, a
 *       verdict left without evidence, an empty list), reported at the lost value or inside the object that held
 *       it.</li>
 * </ul>
 * Every other violation is reported: it does not depend on what was lost.
 *
 * <p>Internal API: public for the streaming reader, which validates each claim against the header read before it.
 */
public final class LostValues {

  /** The name of the identifier property, the same in every model type that has one (a claim's, an actor's, ...). */
  static final String ID = PropertyNames.Claim.ID;

  /** The names of the model types whose objects have an identifier that others refer to. */
  private static final Set<String> IDENTIFIED_TYPES = Metamodel.types().stream()
      .filter(type -> type.property(ID).isPresent()).map(ModelType::name).collect(Collectors.toUnmodifiableSet());

  /** The rules on how complete an object is, which a value left out of it can break. */
  private static final Set<ViolationCode> COMPLETENESS = EnumSet.of(ViolationCode.CLAIM_UNATTRIBUTED,
      ViolationCode.VERIFICATION_EVIDENCE_MISSING, ViolationCode.VERIFICATION_CORROBORATION_INSUFFICIENT,
      ViolationCode.VALUE_EMPTY, ViolationCode.TIME_EMPTY, ViolationCode.QUANTITY_EMPTY,
      ViolationCode.GROUP_INCONSISTENT);

  private final Set<String> ids = new HashSet<>();
  /** The pointers of the values lost, and of the objects that held them, where completeness rules may misfire. */
  private final List<String> incomplete = new ArrayList<>();
  /** The pointers of the objects that lost a value of their own, where references may misfire. */
  private final List<String> unqualified = new ArrayList<>();
  /** {@code true} once an identified object was left out before its identifier was read. */
  private boolean anonymous;
  /**
   * {@code false} in a whole document, whose top-level lists hold independent objects: a claim left out does not
   * make another claim incomplete. {@code true} in one value read alone (a streamed claim), which holds all it lost.
   */
  private final boolean rootHolds;

  private LostValues(boolean rootHolds) {
    this.rootHolds = rootHolds;
  }

  /**
   * Returns an empty record for the read of a whole document.
   *
   * @return the record
   */
  static LostValues ofDocument() {
    return new LostValues(false);
  }

  /**
   * Returns an empty record for the read of one model value alone, such as a streamed claim.
   *
   * @return the record
   */
  static LostValues ofValue() {
    return new LostValues(true);
  }

  /**
   * Records a value the read left out: a scalar, a list, or an object.
   *
   * @param pointer the value's JSON Pointer
   */
  void value(String pointer) {
    if (pointer.isEmpty()) {
      return;
    }
    incomplete.add(pointer);
    String holder = holderOf(pointer);
    if (rootHolds || !holder.isEmpty()) {
      incomplete.add(holder);
    }
    if (!isElement(pointer)) {
      unqualified.add(holder);
    }
  }

  /**
   * Records model objects the read left out: one that could not be built, or a list of them.
   *
   * @param type the name of their model type
   * @param pointer the JSON Pointer of the object or list
   * @param id the object's identifier, if one was read, else {@code null}
   */
  void objects(String type, String pointer, String id) {
    if (IDENTIFIED_TYPES.contains(type)) {
      if (id == null) {
        anonymous = true;
      } else {
        ids.add(id);
      }
    }
    value(pointer);
  }

  /**
   * Returns {@code true} if nothing was lost.
   *
   * @return whether the read kept every value
   */
  public boolean isEmpty() {
    return incomplete.isEmpty() && ids.isEmpty() && !anonymous;
  }

  /**
   * Returns {@code true} if the violation follows from a lost value, so that it must not be reported again.
   *
   * @param violation a violation of the document read
   * @param pointer the violation's JSON Pointer
   * @param document the model object read, without the lost values, from which {@code pointer} starts
   * @return whether the violation is a consequence of a problem already reported
   */
  public boolean explain(Violation violation, String pointer, Object document) {
    if (violation.code() == ViolationCode.REFERENCE_UNRESOLVED) {
      return anonymous || unqualified.contains(holderOf(pointer))
          || valueAt(document, pointer).filter(ids::contains).isPresent();
    }
    if (COMPLETENESS.contains(violation.code())) {
      for (String scope : incomplete) {
        if (scope.isEmpty() || pointer.equals(scope) || pointer.startsWith(scope + "/")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the pointer of the object that holds the value at {@code pointer}: {@code /claims/3} for
   * {@code /claims/3/attributions/0} and for {@code /claims/3/time}; {@code ""} for a top-level property or
   * a top-level list's element.
   */
  static String holderOf(String pointer) {
    int last = pointer.lastIndexOf('/');
    if (last < 0) {
      return "";
    }
    String parent = pointer.substring(0, last);
    return isElement(pointer) ? parent.substring(0, Math.max(parent.lastIndexOf('/'), 0)) : parent;
  }

  /** Returns {@code true} if the pointer's last segment is an array index. */
  private static boolean isElement(String pointer) {
    return isIndex(pointer.substring(pointer.lastIndexOf('/') + 1));
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
  }

  /** Returns the value at a JSON Pointer of a model object, as a string, if it is one. */
  private static Optional<String> valueAt(Object model, String pointer) {
    Object value = model;
    for (String segment : pointer.substring(Math.min(1, pointer.length())).split("/", -1)) {
      value = member(value, segment.replace("~1", "/").replace("~0", "~"));
      if (value == null) {
        return Optional.empty();
      }
    }
    return value instanceof String text ? Optional.of(text) : Optional.empty();
  }

  private static Object member(Object value, String segment) {
    if (value instanceof List<?> list) {
      return isIndex(segment) && Integer.parseInt(segment) < list.size() ? list.get(Integer.parseInt(segment)) : null;
    }
    Optional<Property> property = Metamodel.forValue(value).flatMap(type -> type.property(segment));
    if (property.isEmpty()) {
      return null;
    }
    Object member = property.get().get(value);
    return member instanceof Optional<?> optional ? optional.orElse(null) : member;
  }
}
