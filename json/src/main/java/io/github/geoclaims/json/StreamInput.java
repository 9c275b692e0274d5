package io.github.geoclaims.json;

import io.github.geoclaims.json.internal.read.Locations;
import io.github.geoclaims.json.internal.read.PointerSegments;
import io.github.geoclaims.json.internal.wire.DocumentLayout;
import io.github.geoclaims.json.spi.InputException;
import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.model.meta.PropertyNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The token input of a streaming read: it passes the document's tokens on to the model readers, shows them the
 * part of the document they may read, and records where values are while asked to.
 *
 * <ul>
 *   <li>{@link Mode#HEADER}: the document up to its {@code "claims"} property, presented as a whole document (the
 *       object "ends" there), so that {@code ModelReader.readDocument} reads and validates the header.
 *   <li>{@link Mode#CLAIMS}: the tokens as they are; the streaming reader reads one claim at a time.
 *   <li>{@link Mode#TRAILER}: what follows the claims, presented as a document of its own (a synthetic opening
 *       brace, {@code schemaVersion} and {@code id} first), so that relations and extensions are read as usual.
 * </ul>
 *
 * <p>It tracks the JSON Pointer of the current value from the real tokens alone. While {@link #recording} is on it
 * records the line and column of each value by pointer; the streaming reader clears the record after each claim,
 * so memory stays bounded by the largest claim, never the document.
 */
final class StreamInput implements TokenInput {

  /** What part of the document the readers are shown. */
  enum Mode {
    HEADER,
    CLAIMS,
    TRAILER
  }

  static final String ORDER = "json.stream-order";

  private static final String CLAIMS = DocumentLayout.CLAIMS.name();
  private static final String RELATIONS = DocumentLayout.RELATIONS.name();

  private final TokenInput in;
  private Mode mode = Mode.HEADER;

  /** The synthetic token being shown, or null when the real one is. */
  private Token synthetic;
  private String syntheticText;
  private final Deque<Object[]> queue = new ArrayDeque<>();
  /** In HEADER mode: the real input stands at the name "claims", shown as the end of the document. */
  private boolean pausedAtClaims;
  private boolean ended;

  // Pointer tracking over the real tokens.
  private final List<Frame> frames = new ArrayList<>();
  private int depth;

  /** The names of the document object seen so far, which no one model reader sees all of. */
  private final Set<String> topLevelNames = new HashSet<>();
  private boolean recording;
  private final Locations locations = new Locations();
  private OrderProblem orderProblem;

  /** An open object or array of the real input. */
  private static final class Frame {
    boolean array;
    /** The index of the next element, in an array. */
    int index;
    /** The property being read, in an object. */
    String name;
    /** The record of this object or array in {@code locations}, or -1 if it was opened while not recording. */
    int record;
    /** Where this object or array is in its parent: the property name, or {@code null} for an element. */
    String nameInParent;
    /** Where this object or array is in its parent: the element index, or -1 for a property. */
    int indexInParent;
  }

  /** A property out of the streaming order; the reader turns it into a problem with this pointer. */
  record OrderProblem(String pointer, int line, int column, String message) {}

  StreamInput(TokenInput in) {
    this.in = in;
  }

  // ---------------------------------------------------------------- control, for the streaming reader

  boolean pausedAtClaims() {
    return pausedAtClaims;
  }

  OrderProblem orderProblem() {
    return orderProblem;
  }

  /** Leaves the header: the real input goes on from the name "claims". */
  void claims() {
    mode = Mode.CLAIMS;
    synthetic = null;
    ended = false;
  }

  /** Shows what follows the claims as a document of its own, starting at a synthetic opening brace. */
  void trailer(String documentId) {
    mode = Mode.TRAILER;
    queue.clear();
    queue.add(new Object[] {Token.NAME, DocumentLayout.SCHEMA_VERSION});
    queue.add(new Object[] {Token.STRING, DocumentLayout.WRITTEN_VERSION});
    queue.add(new Object[] {Token.NAME, PropertyNames.ClaimDocument.ID});
    queue.add(new Object[] {Token.STRING, documentId});
    synthetic = Token.START_OBJECT;
    syntheticText = null;
  }

  void recording(boolean on) {
    recording = on;
  }

  /** Forgets the locations of the values read through; those of the open objects and arrays stay. */
  void clearLocations() {
    int keep = 0;
    for (int i = 0; i < depth; i++) {
      keep = Math.max(keep, frames.get(i).record + 1);
    }
    locations.truncate(keep);
  }

  int recordedLocations() {
    return locations.size();
  }

  /** Returns the recorded location of {@code pointer} or of its nearest recorded ancestor, packed, or -1. */
  long locationOf(String pointer) {
    return locations.locationOf(pointer);
  }

  /** Returns the pointer of the innermost open container of the real input. */
  String containerPointer() {
    StringBuilder pointer = new StringBuilder(64);
    for (int i = 0; i < depth; i++) {
      PointerSegments.appendMember(pointer, frames.get(i).nameInParent, frames.get(i).indexInParent);
    }
    return pointer.toString();
  }

  // ---------------------------------------------------------------- TokenInput

  @Override
  public Token next() {
    if (mode == Mode.HEADER && (pausedAtClaims || ended)) {
      synthetic = null;
      ended = true;
      return null;
    }
    if (mode == Mode.TRAILER && !queue.isEmpty()) {
      Object[] token = queue.poll();
      synthetic = (Token) token[0];
      syntheticText = (String) token[1];
      return synthetic;
    }
    synthetic = null;
    Token token = in.next();
    if (token == null) {
      return null;
    }
    switch (token) {
      case NAME:
        String name = in.name();
        frames.get(depth - 1).name = name;
        if (depth == 1) {
          return topLevelName(name);
        }
        return token;
      case END_OBJECT:
      case END_ARRAY:
        pop();
        return token;
      default:
        value(token);
        return token;
    }
  }

  private Token topLevelName(String name) {
    if (!topLevelNames.add(name)) {
      // The header, the claims and the trailer are read by readers of their own, which check their own names.
      throw InputException.duplicateKey("Duplicate field '" + name + "'", in.line(), in.column());
    }
    if (mode == Mode.HEADER && name.equals(CLAIMS)) {
      pausedAtClaims = true;
      synthetic = Token.END_OBJECT;
      return synthetic;
    }
    if (mode == Mode.HEADER && name.equals(RELATIONS)) {
      throw order("/" + RELATIONS, "Property '" + RELATIONS + "' comes before '" + CLAIMS + "'", "relations are"
          + " checked against the claims, so they come after them");
    }
    if (mode == Mode.TRAILER && DocumentLayout.HEADER_NAMES.contains(name)) {
      throw order("/" + name, "Property '" + name + "' comes after '" + CLAIMS + "'", "each claim is checked"
          + " against the document's actors and sources as it is read, so they (and schemaVersion, id, title,"
          + " description) come before the claims");
    }
    return Token.NAME;
  }

  private InputException order(String pointer, String what, String why) {
    String message = what + ": a streaming read needs the canonical property order (" + DocumentLayout.CANONICAL_ORDER + "); "
        + why + ". Read this document with GeoClaimsJson.read(...) instead, or rewrite it in the canonical order"
        + " with GeoClaimsJson.write(...)";
    orderProblem = new OrderProblem(pointer, in.line(), in.column(), message);
    return new InputException(ORDER, message, in.line(), in.column());
  }

  private void value(Token token) {
    String name = null;
    int index = -1;
    int parentRecord = -1;
    if (depth > 0) {
      Frame parent = frames.get(depth - 1);
      parentRecord = parent.record;
      if (parent.array) {
        index = parent.index++;
      } else {
        name = parent.name;
      }
    }
    int record = recording ? locations.add(parentRecord, name, index, in.location()) : -1;
    if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
      if (frames.size() == depth) {
        frames.add(new Frame());
      }
      Frame frame = frames.get(depth++);
      frame.array = token == Token.START_ARRAY;
      frame.index = 0;
      frame.name = null;
      frame.record = record;
      frame.nameInParent = name;
      frame.indexInParent = index;
    }
  }

  private void pop() {
    depth--;
  }

  @Override
  public Token current() {
    if (synthetic != null) {
      return synthetic;
    }
    if (ended) {
      return null;
    }
    return in.current();
  }

  @Override
  public String name() {
    return synthetic == Token.NAME ? syntheticText : in.name();
  }

  @Override
  public String text() {
    return synthetic == Token.STRING ? syntheticText : in.text();
  }

  @Override
  public boolean intFits() {
    return current() == Token.INTEGER && in.intFits();
  }

  @Override
  public int intValue() {
    return in.intValue();
  }

  @Override
  public int line() {
    return in.line();
  }

  @Override
  public int column() {
    return in.column();
  }

  @Override
  public long location() {
    return in.location();
  }

  @Override
  public boolean detectsDuplicates() {
    return in.detectsDuplicates();
  }

  @Override
  public void skipValue() {
    if (synthetic != null) {
      return; // synthetic tokens are a brace, names and strings: nothing to skip
    }
    Token token = in.current();
    in.skipValue();
    if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
      pop();
    }
  }

  @Override
  public void close() {
    in.close();
  }
}
