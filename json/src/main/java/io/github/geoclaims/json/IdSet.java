package io.github.geoclaims.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compact set of identifiers, each with where it was first seen (two ints), for the uniqueness checks of a
 * streaming read. The identifiers are kept as UTF-8 bytes in one growing array, found through an open-addressing
 * table of offsets: about 20 bytes plus the identifier's length per entry, against over 100 for a
 * {@code HashMap<String, Integer>}. Exact: equal hashes are compared byte for byte.
 */
final class IdSet {

  private static final int EMPTY = 0;

  private byte[] data = new byte[1 << 12];
  private int used;
  private int[] offsets = new int[1 << 10]; // offset + 1 into data, or EMPTY
  private int[] hashes = new int[1 << 10];
  private int size;

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

  private static int hash(byte[] bytes) {
    int h = Arrays.hashCode(bytes);
    return h ^ (h >>> 16) * 0x45d9f3b;
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
