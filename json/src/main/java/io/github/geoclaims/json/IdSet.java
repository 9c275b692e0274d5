package io.github.geoclaims.json;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A compact set of identifiers, each with where it was first seen (two ints), for the uniqueness checks of a
 * streaming read. The identifiers are kept as UTF-8 bytes in {@link IdEntries} (in memory up to a budget, then in a
 * temporary file), found through an open-addressing table of 8-byte slots, each holding an entry's offset and 24
 * bits of its identifier's hash: with the table at most three-quarters full, 11-21 bytes of heap per identifier
 * however long the identifiers are, so that a stream of millions of claims keeps its sets in a few tens of
 * megabytes. Exact: an identifier whose hash bits match a slot's is compared byte for byte with the entry.
 *
 * <p>Open addressing has no defence of its own against identifiers chosen to share a hash (with
 * {@link String#hashCode()}, {@code "Aa"} and {@code "BB"} give 2<sup>k</sup> colliding identifiers of 2k chars,
 * which would make each addition scan all earlier ones). So the hash is a polynomial over the bytes, modulo the prime
 * 2<sup>61</sup> - 1, at a point drawn at random for each set: two different identifiers of up to L bytes share it
 * with probability at most (L / 4 + 1) / 2<sup>61</sup>, whatever the document, and a document cannot be written
 * to collide.
 */
final class IdSet implements AutoCloseable {

  private static final long EMPTY = 0;
  private static final long PRIME = (1L << 61) - 1;
  private static final int TAG_BITS = 24;
  private static final long TAG_MASK = (1L << TAG_BITS) - 1;

  /** The point at which the polynomial hash is evaluated: secret, drawn for each set. */
  private final long point = 2 + new SplittableRandom().nextLong(PRIME - 2);

  private final IdEntries entries;
  /** Per slot: (entry offset + 1) shifted left by {@link #TAG_BITS}, or'ed with the hash's tag; or EMPTY. */
  private long[] slots = new long[1 << 10];
  private int size;
  /** The table slots looked at, so that tests can hold the work to one or two per identifier. */
  private long probes;

  /** A set whose entries go to a temporary file beyond {@link IdEntries#MEMORY_BUDGET} bytes. */
  IdSet() {
    this(IdEntries.MEMORY_BUDGET);
  }

  /**
   * A set whose entries go to a temporary file beyond a budget.
   *
   * @param memoryBudget bytes of entries kept in memory
   */
  IdSet(int memoryBudget) {
    this.entries = new IdEntries(memoryBudget);
  }

  /** Returns how many identifiers the set holds. */
  int size() {
    return size;
  }

  /**
   * Adds an identifier unless it is present.
   *
   * @param id the identifier
   * @param first where it is seen (such as a claim index)
   * @param second where it is seen within {@code first} (such as an attribution index), or 0
   * @return -1 if it was added; otherwise where it was first seen, {@code first << 32 | second}
   */
  long add(String id, int first, int second) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    long hash = hash(bytes, bytes.length);
    int slot = find(bytes, hash);
    if (slot >= 0) {
      return entries.seenAt(offset(slots[slot]), bytes.length);
    }
    long offset = entries.append(bytes, first, second);
    slots[-1 - slot] = (offset + 1) << TAG_BITS | tag(hash);
    if (++size * 4L > slots.length * 3L) {
      grow();
    }
    return -1;
  }

  /** Returns {@code true} if the identifier is present. */
  boolean contains(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    return find(bytes, hash(bytes, bytes.length)) >= 0;
  }

  /** Returns the slot that holds the identifier or, if none does, -1 minus the empty slot where it would go. */
  private int find(byte[] bytes, long hash) {
    long tag = tag(hash);
    int mask = slots.length - 1;
    int slot = (int) hash & mask;
    while (slots[slot] != EMPTY) {
      probes++;
      if ((slots[slot] & TAG_MASK) == tag && entries.holds(offset(slots[slot]), bytes)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1 - slot;
  }

  /** Returns the bytes of heap this set holds, for the memory figures in the documentation and tests. */
  long footprint() {
    return entries.heapBytes() + 8L * slots.length;
  }

  /** Returns the entries, for tests. */
  IdEntries entries() {
    return entries;
  }

  /** Returns the table slots looked at so far. */
  long probes() {
    return probes;
  }

  /** Deletes the entries' temporary file, if there is one. */
  @Override
  public void close() {
    entries.close();
  }

  /**
   * The polynomial hash of the first {@code length} bytes at {@link #point}, modulo 2^61 - 1, mixed over 64 bits.
   * Its coefficients are the length and then the bytes read four at a time (the last word padded with zeros), each
   * plus one: identifiers of different lengths or bytes give different polynomials, of degree at most L / 4 + 1.
   */
  private long hash(byte[] bytes, int length) {
    long hash = length + 1L;
    for (int i = 0; i < length; i += 4) {
      long word = bytes[i] & 0xff;
      for (int k = 1; k < 4 && i + k < length; k++) {
        word |= (bytes[i + k] & 0xffL) << (8 * k);
      }
      hash = multiplyModPrime(hash, point) + word + 1;
      hash = hash >= PRIME ? hash - PRIME : hash;
    }
    hash ^= hash >>> 29;
    hash *= 0xbf58476d1ce4e5b9L;
    return hash ^ (hash >>> 32);
  }

  /** The hash bits kept in a slot: taken from the top, where the slot index (the low bits) does not look. */
  private static long tag(long hash) {
    return hash >>> (64 - TAG_BITS);
  }

  private static long offset(long slot) {
    return (slot >>> TAG_BITS) - 1;
  }

  /** Returns {@code a * b mod 2^61 - 1} for {@code a} and {@code b} below it. */
  static long multiplyModPrime(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    long folded = (low & PRIME) + ((high << 3) | (low >>> 61));
    folded = (folded & PRIME) + (folded >>> 61);
    return folded >= PRIME ? folded - PRIME : folded;
  }

  /** Doubles the table and puts every entry in it again, hashing each identifier anew from the entries. */
  private void grow() {
    slots = new long[slots.length * 2];
    int mask = slots.length - 1;
    entries.forEach((offset, bytes, length) -> {
      long hash = hash(bytes, length);
      int slot = (int) hash & mask;
      while (slots[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (offset + 1) << TAG_BITS | tag(hash);
    });
  }
}
