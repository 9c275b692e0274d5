package io.github.geoclaims.spark.schema;

/**
 * The names of the columns that are not the model's own: the keys that place a row, and the columns derived for the
 * corpus questions. The model's own columns are named by {@link ModelStruct#columnOf}.
 *
 * <pre>{@code
 * attributions.groupBy(Keys.DOCUMENT_ID, Keys.CLAIM_ID).count();
 * }</pre>
 */
public final class Keys {

  /** The identifier of the document a row belongs to. */
  public static final String DOCUMENT_ID = "document_id";
  /** The file a document was read from. */
  public static final String FILE = "file";
  /** The line of a JSON Lines file a document was read from; null for a file of one document. */
  public static final String LINE = "line";
  /** The position of the object in its list (actors, claims, attributions of a claim, ...), from 0. */
  public static final String POSITION = "position";
  /** The identifier of the claim an attribution or assessment belongs to. */
  public static final String CLAIM_ID = "claim_id";
  /** The position of that claim in its document, from 0. */
  public static final String CLAIM_POSITION = "claim_position";
  /** A claim's earliest statement or publication date in its document, as ISO 8601 text with its precision. */
  public static final String EARLIEST = "earliest";
  /** The first day {@link #EARLIEST} allows, as a date. */
  public static final String EARLIEST_DAY = "earliest_day";
  /** Whether an attribution's stance affirms the claim, so that its chain's origin backs it. */
  public static final String BACKS = "backs";
  /** The identifiers of the attributions of an attribution's relay chain in its document, from itself to its end. */
  public static final String CHAIN = "chain";
  /** The origin an attribution's chain ends at in its document, by the counting rule; null for a restatement. */
  public static final String ORIGIN = "origin";
  /** The global reference of another document's attribution that the chain's end relays; null if none. */
  public static final String RELAYED_ELSEWHERE = "relayed_elsewhere";
  /** An origin's kind. */
  public static final String KIND = "kind";
  /** An origin's reference. */
  public static final String REFERENCE = "reference";

  private Keys() {}
}
