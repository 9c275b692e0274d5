package io.github.geoclaims.json.internal.read;

import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.internal.wire.JsonStrings;
import io.github.geoclaims.json.spi.InputException;
import io.github.geoclaims.json.spi.TokenInput.Token;
import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.codec.ModelSource;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state of one read: the token input, the JSON Pointer of the current value, the location of every value read
 * (so that core violation paths map back to lines and columns), and the problems found so far. It is the
 * {@link ModelSource} the generated read loops of core's {@code model.codec} package read from: they call it for each
 * object, property and value, and it knows JSON.
 *
 * <p>Convention of the model readers: a reader is called with the input at the first token of its value and
 * leaves it at the last token of that value (the {@code END_OBJECT} of an object). A value of the wrong type is
 * reported, skipped, and read as {@code null}, so that reading goes on and finds the next problem.
 */
final class ReadContext implements ModelSource {

  static final String UNKNOWN_PROPERTY = "json.unknown-property";

  /** The number of names an object may have before they are also kept in a set, for a fast duplicate check. */
  private static final int MANY_NAMES = 16;

  /** The names of the model types, which describe the elements of their lists in messages. */
  private static final Set<String> MODEL_TYPES =
      Metamodel.types().stream().map(ModelType::name).collect(Collectors.toUnmodifiableSet());

  /** The extensible model types in the metamodel's order, named in the message about an unknown property of others. */
  private static final String EXTENSIBLE_TYPES = extensibleTypes();

  private final TokenInput in;
  private final Envelope envelope;
  /** The name of the model type whose objects carry the envelope, or {@code null}. */
  private final String envelopeType;
  private final boolean lenient;
  private final int maxNumberLength;
  private final int maxProblems;
  private final boolean checkDuplicates;
  private final List<JsonProblem> problems = new ArrayList<>();
  private final Locations locations;
  /** The open objects and arrays, outermost first; the slots from {@code depth} on are kept for reuse. */
  private Frame[] frames = new Frame[16];
  private int depth;
  /** The innermost open object or array, {@code frames[depth - 1]}, or {@code null} at the top level. */
  private Frame top;
  /** The property names read in the open objects, outermost first; each object's from its frame's firstName. */
  private String[] names = new String[64];
  private int nameCount;
  /** The record of the value last recorded in {@link #locations}, or -1. */
  private int lastRecord = -1;
  private boolean dataLost;
  private final LostValues lost;

  /**
   * Creates the state of one read.
   *
   * @param in the input
   * @param envelope the property of the wire format around objects of one model type, or {@code null}
   * @param options how to read
   * @param trackLocations whether to record the location of every value, for {@link #locationOf(String)}
   * @param checkDuplicates whether to report a property name that occurs twice in one object (when the input
   *     does not)
   * @param lost where to record the values the read leaves out
   */
  ReadContext(TokenInput in, Envelope envelope, ReadOptions options, boolean trackLocations,
      boolean checkDuplicates, LostValues lost) {
    this.lost = lost;
    this.in = in;
    this.envelope = envelope;
    this.envelopeType = envelope == null ? null : envelope.type();
    this.lenient = options.lenient();
    this.maxNumberLength = options.maxNumberLength();
    this.maxProblems = options.maxProblems();
    this.locations = trackLocations ? new Locations() : null;
    this.checkDuplicates = checkDuplicates;
  }

  /**
   * A property of the wire format that is not the model's, around every object of one model type, read before the
   * model's properties are checked: the document's {@code schemaVersion}.
   */
  interface Envelope {
    /** The name of the model type whose objects carry it. */
    String type();

    /** The property's name. */
    String name();

    /** Reads the property's value and returns it, or {@code null} after reporting. */
    Object read(ReadContext c);
  }

  private static String extensibleTypes() {
    List<String> names = Metamodel.types().stream().filter(ModelType::isExtensible).map(ModelType::name)
        .collect(Collectors.toList());
    return names.size() < 2 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /**
   * One object or array being read, and which of its members is being read: the JSON Pointer of the current value
   * is made of the frames' members, built only when needed.
   */
  private static final class Frame {
    /** The record of the object or array itself, or -1. */
    int record;
    /** Where the object or array starts, packed by {@link TokenInput#pack(int, int)}. */
    long location;
    String type;
    /** The property being read, or {@code null}. */
    String name;
    /** The index of the array element being read, or -1. */
    int index;
    /** How many elements of the array were reached. */
    int elements;
    /** The index in {@code names} of the object's first property name. */
    int firstName;
    /** The object's property names once it has many, else {@code null}. */
    Set<String> manyNames;
    /** {@code true} for an object that carries the envelope. */
    boolean enveloped;
    /** The envelope's value once read, else {@code null}. */
    Object envelopeValue;
    /** One bit per property name read, chosen by the name's hash: a name whose bit is clear is not a duplicate. */
    long nameBits;
    /** The object's {@code id} once read, else {@code null}. */
    String id;
    /** {@code true} once the object lacks a required property: it cannot be built. */
    boolean incomplete;
  }

  // ---------------------------------------------------------------- state

  TokenInput input() {
    return in;
  }

  boolean lenient() {
    return lenient;
  }

  List<JsonProblem> problems() {
    return problems;
  }

  /** Returns {@code true} if a problem meant dropping input: the object read is not the whole input. */
  boolean dataLost() {
    return dataLost;
  }

  /** Returns the values the read left out, for telling which violations follow from them. */
  LostValues lost() {
    return lost;
  }

  /** Returns the JSON Pointer of the current value, {@code ""} at the top level. */
  String pointer() {
    StringBuilder pointer = new StringBuilder(64);
    for (int i = 0; i < depth; i++) {
      PointerSegments.appendMember(pointer, frames[i].name, frames[i].index);
    }
    return pointer.toString();
  }

  /** Returns the recorded location of the value at {@code pointer}, or of its nearest recorded ancestor. */
  long locationOf(String pointer) {
    return locations == null ? -1 : locations.locationOf(pointer);
  }

  /** Records the location of the member of {@code parent} just reached: a property {@code name} or an element. */
  private void recordLocation(Frame parent, String name, int index) {
    if (locations != null) {
      lastRecord = locations.add(parent.record, name, index, in.location());
    }
  }

  // ---------------------------------------------------------------- problems

  /** Reports a problem at the current pointer and token; the value is lost. */
  void problem(String code, String message) {
    String pointer = pointer();
    problemAt(pointer, in.line(), in.column(), code, message);
    lost.value(pointer);
    dataLost = true;
  }

  private void problemAt(String at, int reportedLine, int reportedColumn, String code, String message) {
    // Jackson reports column 0 (and may report line 0) where there is no token, as at the end of empty input:
    // the problem's position is then unknown (-1), never an out-of-range 0.
    int line = reportedLine >= 1 ? reportedLine : -1;
    int column = line >= 1 && reportedColumn >= 1 ? reportedColumn : -1;
    if (problems.size() >= maxProblems) {
      problems.add(new JsonProblem(at, line, column, "json.limit",
          "Stopped reading after " + maxProblems + " problems (limit maxProblems)"));
      throw new TooManyProblems();
    }
    problems.add(new JsonProblem(at, line, column, code, message));
  }

  /** Thrown to stop reading once the problem limit is reached; the limit problem is already recorded. */
  static final class TooManyProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyProblems() {
      super(null, null, false, false);
    }
  }

  /** Reports a value of the wrong type and skips it. */
  private void wrongType(String expected) {
    problem("json.type",
        "Expected " + expected + " but was " + TokenInput.describe(in.current()) + " at " + pointerText());
    skipValue();
  }

  String pointerText() {
    String pointer = pointer();
    return pointer.isEmpty() ? "the top level" : pointer;
  }


  // ---------------------------------------------------------------- objects and arrays

  /** Opens an object or array; {@code type} is the model type, or {@code null} inside raw JSON. */
  private Frame push(String type) {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    Frame frame = frames[depth];
    if (frame == null) {
      frame = new Frame();
      frames[depth] = frame;
    }
    depth++;
    top = frame;
    frame.record = lastRecord;
    frame.name = null;
    frame.index = -1;
    frame.elements = 0;
    frame.location = in.location();
    frame.type = type;
    frame.firstName = nameCount;
    frame.manyNames = null;
    frame.nameBits = 0;
    frame.enveloped = false;
    frame.envelopeValue = null;
    frame.id = null;
    frame.incomplete = false;
    return frame;
  }

  /** Closes the innermost object or array. */
  private void pop() {
    depth--;
    top = depth == 0 ? null : frames[depth - 1];
  }

  /**
   * Starts reading an object of the given model type.
   *
   * @return {@code true} if the value is an object; otherwise the problem is reported and the value skipped
   */
  @Override
  public boolean beginObject(String type) {
    if (in.current() != Token.START_OBJECT) {
      lost.objects(type, pointer(), null);
      wrongType("an object (" + type + ")");
      return false;
    }
    push(type).enveloped = type.equals(envelopeType);
    return true;
  }

  /**
   * Advances to the next property of the current object and to its value.
   *
   * @return the property name, or {@code null} at the end of the object
   */
  @Override
  public String nextProperty() {
    Frame frame = top;
    frame.name = null;
    Token token = in.next();
    if (token == Token.END_OBJECT) {
      return null;
    }
    if (token != Token.NAME) {
      throw syntax("Expected a property name but was " + TokenInput.describe(token));
    }
    String name = in.name();
    addName(frame, name);
    frame.name = name;
    if (in.next() == null) {
      throw truncated();
    }
    recordLocation(frame, name, -1);
    return name;
  }

  /**
   * Returns the exception for a syntax error at the current token. Made out of line, so that the methods called for
   * every token stay small enough for the JIT to inline them.
   */
  private InputException syntax(String message) {
    return new InputException("json.syntax", message, in.line(), in.column());
  }

  /** Returns the exception for input that ends inside a value. */
  private InputException truncated() {
    return syntax("Unexpected end of input: the document is truncated");
  }

  /**
   * Ends the current object: call after {@link #nextProperty()} returned {@code null} and the requirements. An object
   * that lacks a required property is recorded as dropped, with its {@code id} if it was read.
   */
  @Override
  public void endObject() {
    Frame frame = top;
    pop();
    nameCount = frame.firstName;
    if (frame.incomplete) {
      lost.objects(frame.type, pointer(), frame.id);
    }
  }

  /** Adds a property name of the object {@code frame}, the current token; throws if it occurs twice and is checked. */
  private void addName(Frame frame, String name) {
    if (checkDuplicates && isDuplicate(frame, name)) {
      throw InputException.duplicateKey("Duplicate field '" + name + "'", in.line(), in.column());
    }
    if (nameCount == names.length) {
      names = Arrays.copyOf(names, nameCount * 2);
    }
    names[nameCount++] = name;
  }

  /** Returns {@code true} if the object {@code frame} has the name already; keeps its names in a set once many. */
  private boolean isDuplicate(Frame frame, String name) {
    if (frame.manyNames != null) {
      return !frame.manyNames.add(name);
    }
    int hash = name.hashCode();
    long bit = 1L << hash;   // the low six bits of the hash choose the bit
    if ((frame.nameBits & bit) != 0) {
      for (int i = frame.firstName; i < nameCount; i++) {
        if (names[i].hashCode() == hash && names[i].equals(name)) {
          return true;
        }
      }
    }
    frame.nameBits |= bit;
    if (nameCount - frame.firstName == MANY_NAMES) {
      frame.manyNames = new HashSet<>(Arrays.asList(names).subList(frame.firstName, nameCount));
      frame.manyNames.add(name);
    }
    return false;
  }

  /**
   * Checks the envelope of an object that carries it, after its last property.
   *
   * @return {@code false} if the object carries the envelope and it was not read
   */
  @Override
  public boolean endProperties() {
    Frame frame = top;
    boolean complete = !frame.enveloped || require(envelope.name(), frame.envelopeValue);
    frame.incomplete |= !complete;
    return complete;
  }

  /**
   * Reports a required property that was not read, unless it was present with a bad value (already reported); the
   * object cannot be built.
   */
  @Override
  public void missing(String name) {
    top.incomplete = true;
    require(name, null);
  }

  /**
   * Checks that a required property was read.
   *
   * @return {@code true} if {@code value} is not null; otherwise reports a missing property unless it was present
   *     with a bad value (already reported)
   */
  private boolean require(String name, Object value) {
    if (value != null) {
      return true;
    }
    Frame frame = top;
    if (!Arrays.asList(names).subList(frame.firstName, nameCount).contains(name)) {
      problemAt(pointer(), TokenInput.lineOf(frame.location), TokenInput.columnOf(frame.location), "json.required",
          "Missing required property '" + name + "' of " + frame.type + " at " + pointerText());
      dataLost = true;
    }
    return false;
  }

  /**
   * Starts reading an array; then {@link #nextElement()} until it returns {@code false}.
   *
   * @param elementType the simple name of the elements' class, such as "Actor" or "String"; the message names a
   *     model type, and "strings" for any other
   * @return {@code true} if the value is an array; otherwise the problem is reported and the value skipped
   */
  @Override
  public boolean beginArray(String elementType) {
    if (in.current() != Token.START_ARRAY) {
      lost.objects(elementType, pointer(), null);
      wrongType("an array of " + (MODEL_TYPES.contains(elementType) ? elementType : "strings"));
      return false;
    }
    push("array");
    return true;
  }

  /**
   * Advances to the next element of the array being read.
   *
   * @return {@code true} at an element's first token; {@code false} at the end of the array, which is then closed
   */
  @Override
  public boolean nextElement() {
    Frame frame = top;
    frame.index = -1;
    Token token = in.next();
    if (token == Token.END_ARRAY) {
      pop();
      return false;
    }
    if (token == null) {
      throw truncated();
    }
    frame.index = frame.elements++;
    recordLocation(frame, null, frame.index);
    return true;
  }

  /**
   * Handles a property the model type does not define: the envelope of an object that carries it is read; an
   * {@code x-} extension on an extensible type is kept; any other is an unknown property (an error; in lenient mode
   * kept as an extension when the type has them).
   *
   * @param name the property name
   * @param extensible whether the type has extension properties
   * @return the value to keep as an extension property, as compact JSON text, or {@code null}
   */
  @Override
  public String otherProperty(String name, boolean extensible) {
    Frame frame = top;
    if (frame.enveloped && name.equals(envelope.name())) {
      frame.envelopeValue = envelope.read(this);
      return null;
    }
    if (extensible && name.startsWith("x-")) {
      return rawJson();
    }
    String pointer = pointer();
    if (extensible && lenient) {
      problemAt(pointer, in.line(), in.column(), UNKNOWN_PROPERTY, "Unknown property '" + name + "' of "
          + frame.type + " at " + pointer + ", kept as an extension property; extension names start with x-");
      return rawJson();
    }
    String hint = extensible
        ? "; extension properties must start with x-"
        : "; " + frame.type + " has no extension properties (only " + EXTENSIBLE_TYPES + " have)";
    problem(UNKNOWN_PROPERTY, "Unknown property '" + name + "' of " + frame.type + " at " + pointer + hint);
    skipValue();
    return null;
  }

  // ---------------------------------------------------------------- scalars

  /** Reads a string, or reports and returns {@code null}. */
  @Override
  public String string() {
    if (in.current() != Token.STRING) {
      wrongType("a string");
      return null;
    }
    String text = in.text();
    Frame frame = top;
    if (LostValues.ID.equals(frame.name)) {
      frame.id = text;
    }
    return text;
  }

  /** Reads an ISO 8601 time point. */
  @Override
  public TimePoint timePoint() {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return TimePoint.parse(text);
    } catch (IllegalArgumentException e) {
      problem("json.time", "Expected an ISO 8601 year (2022), month (2023-08), day (2024-01-09) or date-time with"
          + " seconds and offset (2024-01-09T14:30:00Z) but was '" + text + "' at " + pointerText());
      return null;
    }
  }

  /** Reads a number exactly, as a BigDecimal (never through double). */
  @Override
  public BigDecimal decimal() {
    Token token = in.current();
    if (token != Token.INTEGER && token != Token.DECIMAL) {
      wrongType("a number");
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(in.text());
    } catch (NumberFormatException e) {
      problem("json.number", "Expected a JSON number but was '" + in.text() + "' at " + pointerText());
      return null;
    }
    // A small exponent can stand for a huge plain number (1e999999999); writing it would then exhaust memory.
    long plainDigits = Math.max(value.precision(), (long) value.precision() - value.scale());
    if (plainDigits > maxNumberLength || value.scale() > maxNumberLength) {
      problem("json.limit", "Number " + in.text() + " at " + pointerText() + " has more than " + maxNumberLength
          + " digits when written out (limit maxNumberLength)");
      return null;
    }
    return value;
  }

  /** Reads an integer that fits in an {@code int}. */
  @Override
  public Integer integer() {
    if (in.current() != Token.INTEGER) {
      wrongType("an integer");
      return null;
    }
    if (in.intFits()) {
      return in.intValue();
    }
    // Out of range, or an input that could not tell: the text as written decides, and goes into the message.
    String text = in.text();
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      problem("json.number", "Expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + " but was " + text + " at " + pointerText());
      return null;
    }
  }

  /** Reads a number as a double. */
  @Override
  public Double doubleValue() {
    Token token = in.current();
    if (token != Token.INTEGER && token != Token.DECIMAL) {
      wrongType("a number");
      return null;
    }
    double value = Double.parseDouble(in.text());
    if (Double.isInfinite(value)) {
      problem("json.number", "Number " + in.text() + " at " + pointerText() + " is out of the range of a double");
      return null;
    }
    return value;
  }

  /** Reads a boolean. */
  @Override
  public Boolean booleanValue() {
    Token token = in.current();
    if (token == Token.TRUE) {
      return Boolean.TRUE;
    }
    if (token == Token.FALSE) {
      return Boolean.FALSE;
    }
    wrongType("a boolean");
    return null;
  }

  // ---------------------------------------------------------------- extension values

  /**
   * Reads the current value, whatever it is, as compact JSON text (numbers exactly as written). Iterative, so
   * nesting costs no stack; the input's nesting limit bounds it.
   */
  String rawJson() {
    StringBuilder out = new StringBuilder();
    walk(out);
    return out.toString();
  }

  /** Skips the current value; reads it through when its names are checked for duplicates here. */
  void skipValue() {
    if (checkDuplicates) {
      walk(null);
    } else {
      in.skipValue();
    }
  }

  /**
   * Reads the current value to its last token, checking the names of its objects as those of the model's, and
   * writes it to {@code out} as compact JSON text unless {@code out} is null. Iterative, so nesting costs no stack.
   */
  private void walk(StringBuilder out) {
    int nesting = 0;
    Token token = in.current();
    while (true) {
      switch (token) {
        case START_OBJECT:
          push(null);
          nesting++;
          break;
        case START_ARRAY:
          nesting++;
          break;
        case END_OBJECT:
          endObject();
          nesting--;
          break;
        case END_ARRAY:
          nesting--;
          break;
        case NAME:
          addName(top, in.name());
          break;
        default:
          break;
      }
      if (out != null) {
        write(out, token);
      }
      if (nesting == 0) {
        return;
      }
      token = in.next();
      if (token == null) {
        throw truncated();
      }
    }
  }

  /** Writes the current token as compact JSON text, after a comma where one is needed. */
  private void write(StringBuilder out, Token token) {
    switch (token) {
      case START_OBJECT:
      case START_ARRAY:
        separate(out);
        out.append(token == Token.START_OBJECT ? '{' : '[');
        break;
      case END_OBJECT:
      case END_ARRAY:
        out.append(token == Token.END_OBJECT ? '}' : ']');
        break;
      case NAME:
        separate(out);
        JsonStrings.quote(out, in.name());
        out.append(':');
        break;
      default:
        separate(out);
        scalar(out, token);
    }
  }

  /** Adds a comma unless the text is empty, or the value or name starts a container or follows a name. */
  private static void separate(StringBuilder out) {
    if (out.length() == 0) {
      return;
    }
    char last = out.charAt(out.length() - 1);
    if (last != '{' && last != '[' && last != ':') {
      out.append(',');
    }
  }

  private void scalar(StringBuilder out, Token token) {
    switch (token) {
      case STRING:
        JsonStrings.quote(out, in.text());
        break;
      case INTEGER:
      case DECIMAL:
        out.append(in.text());
        break;
      case TRUE:
        out.append("true");
        break;
      case FALSE:
        out.append("false");
        break;
      default:
        out.append("null");
    }
  }
}
