package io.github.geoclaims.json.internal.wire;

import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The top level of a document on the wire, derived from the metamodel: the {@code schemaVersion} envelope the codec
 * adds before the {@link ClaimDocument}'s own properties, and the split that streaming relies on: a header (every
 * property before the list of claims), the claims, the relations.
 *
 * <p>Internal API.
 *
 * <pre>{@code
 * DocumentLayout.HEADER_NAMES;   // schemaVersion, id, title, description, actors, sources
 * }</pre>
 */
public final class DocumentLayout {

  /** The one property of the wire format that is not a model property: the format's version, written first. */
  public static final String SCHEMA_VERSION = "schemaVersion";

  /**
   * The version written; readers accept any 1.x. 1.1 added, all optional: communications, an attribution's
   * communication and basis, and global references ({@code document/id}) in relayedFrom.
   */
  public static final String WRITTEN_VERSION = "1.1";

  /**
   * A version number of {@code schemaVersion}, major or minor, as a regular expression: digits without leading zeros,
   * at most nine. The reader and the generated schema both use it.
   */
  public static final String VERSION_NUMBER = "(0|[1-9][0-9]{0,8})";

  /** The major version of the wire format the reader understands. */
  public static final int MAJOR = 1;

  /** The document's model type. */
  public static final ModelType<ClaimDocument> DOCUMENT = Metamodel.of(ClaimDocument.class);

  /** The document's list of claims. */
  public static final Property CLAIMS = listOf(Claim.class);

  /** The document's list of relations between claims. */
  public static final Property RELATIONS = listOf(ClaimRelation.class);

  /** The document's properties before its claims, in the canonical order: what a streaming read reads first. */
  public static final List<Property> HEADER = DOCUMENT.properties().subList(0, DOCUMENT.properties().indexOf(CLAIMS));

  /** The names of the header: {@link #SCHEMA_VERSION} and the names of {@link #HEADER}. */
  public static final Set<String> HEADER_NAMES = headerNames();

  /** The names an extension property of the document must not have: the version and every property's name. */
  public static final Set<String> RESERVED_NAMES = reserved();

  /** The canonical order of the top-level properties, for messages. */
  public static final String CANONICAL_ORDER = canonicalOrder();

  private DocumentLayout() {}

  private static Property listOf(Class<?> element) {
    return DOCUMENT.properties().stream()
        .filter(p -> p.cardinality() == Cardinality.LIST && p.valueType() == element)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("ClaimDocument has no list of " + element.getSimpleName()));
  }

  private static Set<String> headerNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add(SCHEMA_VERSION);
    HEADER.forEach(p -> names.add(p.name()));
    return Set.copyOf(names);
  }

  private static Set<String> reserved() {
    Set<String> names = new LinkedHashSet<>();
    names.add(SCHEMA_VERSION);
    DOCUMENT.properties().forEach(p -> names.add(p.name()));
    return Set.copyOf(names);
  }

  private static String canonicalOrder() {
    List<String> names = new ArrayList<>();
    names.add(SCHEMA_VERSION);
    DOCUMENT.properties().forEach(p -> names.add(p.name()));
    return names.stream().collect(Collectors.joining(", ")) + "; x- extensions anywhere";
  }
}
