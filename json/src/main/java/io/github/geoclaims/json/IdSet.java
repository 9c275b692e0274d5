package io.github.geoclaims.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A compact set of identifiers, each with where it was first seen (two ints), for the uniqueness checks of a
 * streaming read. The identifiers are kept as UTF-8 bytes in one growing array, found through an open-addressing
 * table of offsets: about 20 bytes plus the identifier's length per entry, against over 100 for a
 * {@code HashMap<String, Integer>}. Exact: equal hashes are compared byte for byte.
 *
 * <p>Open addressing has no defence of its own against identifiers chosen to share a hash (with
 * {@link String#hashCode()}, {@code "Aa"} and {@code "BB"} give 2<sup>k</sup> colliding identifiers of 2k chars,
 * which would make each addition scan all earlier ones). So the hash is a polynomial over the bytes, modulo the prime
 * 2<sup>61</sup> - 1, at a point drawn at random for each set: two different identifiers of up to L bytes share it
 * with probability at most L / 2<sup>61</sup>, whatever the document, and a document cannot be written to collide.
 */
final class IdSet {

  private static final int EMPTY = 0;
  private static final long PRIME = (1L << 61) - 1;

  /** The point at which the polynomial hash is evaluated: secret, drawn for each set. */
  private final long point = 2 + new SplittableRandom().nextLong(PRIME - 2);

  private byte[] data = new byte[1 << 12];
  private int used;
  private int[] offsets = new int[1 << 10]; // offset + 1 into data, or EMPTY
  private int[] hashes = new int[1 << 10];
  private int size;
  /** The table slots looked at, so that tests can hold the work to one or two per identifier. */
  private long probes;

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
    int hash = hash(bytes);
    int mask = offsets.length - 1;
    int slot = hash & mask;
    while (offsets[slot] != EMPTY) {
      probes++;
      if (hashes[slot] == hash && equalAt(offsets[slot] - 1, bytes)) {
        int at = offsets[slot] - 1 + 4 + bytes.length;
        return ((long) readInt(at) << 32) | (readInt(at + 4) & 0xffffffffL);
      }
      slot = (slot + 1) & mask;
    }
    int offset = append(bytes, first, second);
    offsets[slot] = offset + 1;
    hashes[slot] = hash;
    if (++size * 2 > offsets.length) {
      grow();
    }
    return -1;
  }

  /** Returns {@code true} if the identifier is present. */
  boolean contains(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    int hash = hash(bytes);
    int mask = offsets.length - 1;
    for (int slot = hash & mask; offsets[slot] != EMPTY; slot = (slot + 1) & mask) {
      probes++;
      if (hashes[slot] == hash && equalAt(offsets[slot] - 1, bytes)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the bytes this set holds, for the memory figures in the documentation and tests. */
  long footprint() {
    return data.length + 8L * offsets.length;
  }

  /** Returns the table slots looked at so far. */
  long probes() {
    return probes;
  }

  /** The polynomial hash of the bytes at {@link #point}, modulo 2^61 - 1, folded to an int. */
  private int hash(byte[] bytes) {
    long hash = 0;
    for (byte b : bytes) {
      hash = multiplyModPrime(hash, point) + (b & 0xff) + 1;
      hash = hash >= PRIME ? hash - PRIME : hash;
    }
    hash ^= hash >>> 29;
    hash *= 0xbf58476d1ce4e5b9L;
    return (int) (hash ^ (hash >>> 32));
  }

  /** Returns {@code a * b mod 2^61 - 1} for {@code a} and {@code b} below it. */
  static long multiplyModPrime(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    long folded = (low & PRIME) + ((high << 3) | (low >>> 61));
    folded = (folded & PRIME) + (folded >>> 61);
    return folded >= PRIME ? folded - PRIME : folded;
  }

  private boolean equalAt(int offset, byte[] bytes) {
    if (readInt(offset) != bytes.length) {
      return false;
    }
    return Arrays.equals(data, offset + 4, offset + 4 + bytes.length, bytes, 0, bytes.length);
  }

  private int append(byte[] bytes, int first, int second) {
    int needed = 4 + bytes.length + 8;
    if (used + needed > data.length) {
      long length = Math.max((long) data.length * 2, (long) used + needed);
      if (length > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("Too many identifiers for one streaming read");
      }
      data = Arrays.copyOf(data, (int) length);
    }
    int offset = used;
    writeInt(offset, bytes.length);
    System.arraycopy(bytes, 0, data, offset + 4, bytes.length);
    writeInt(offset + 4 + bytes.length, first);
    writeInt(offset + 8 + bytes.length, second);
    used += needed;
    return offset;
  }

  private void grow() {
    int[] oldOffsets = offsets;
    int[] oldHashes = hashes;
    offsets = new int[oldOffsets.length * 2];
    hashes = new int[oldOffsets.length * 2];
    int mask = offsets.length - 1;
    for (int i = 0; i < oldOffsets.length; i++) {
      if (oldOffsets[i] != EMPTY) {
        int slot = oldHashes[i] & mask;
        while (offsets[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        offsets[slot] = oldOffsets[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  private int readInt(int at) {
    return (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | (data[at + 3] & 0xff);
  }

  private void writeInt(int at, int value) {
    data[at] = (byte) (value >>> 24);
    data[at + 1] = (byte) (value >>> 16);
    data[at + 2] = (byte) (value >>> 8);
    data[at + 3] = (byte) value;
  }
}
