package io.github.geoclaims.json.internal.read;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The line and column of every value read, so that a core violation can be placed. Recording is cheap: one compact
 * record per value in growable arrays (its parent's record, its property name or array index, its packed location),
 * no JSON Pointer and no map entry. The index that finds a value by JSON Pointer is built on the first lookup, so a
 * read without violations never pays for it.
 *
 * <p>Internal API: public only so that the streaming reader can record the locations of one claim at a time.
 */
public final class Locations {

  /**
   * A value's key in the lookup index: its parent's record and its pointer segment, escaped. Comparable, so that
   * property names chosen to share a hash cost a hash map a tree's logarithm, not a list's length.
   */
  private record Child(int parent, String segment) implements Comparable<Child> {
    @Override
    public int compareTo(Child other) {
      return parent != other.parent ? Integer.compare(parent, other.parent) : segment.compareTo(other.segment);
    }
  }

  private int size;
  private int[] parents = new int[256];
  private String[] names = new String[256];
  private int[] indices = new int[256];
  private long[] locations = new long[256];
  private Map<Child, Integer> index;

  /**
   * Records a value.
   *
   * @param parent the record of the object or array holding the value, or -1 for the top-level one
   * @param name the property name, or {@code null} for an array element
   * @param arrayIndex the array index (for an array element)
   * @param location the packed location, see {@link io.github.geoclaims.json.spi.TokenInput#location()}
   * @return the value's record
   */
  public int add(int parent, String name, int arrayIndex, long location) {
    if (size == parents.length) {
      int capacity = size * 2;
      parents = Arrays.copyOf(parents, capacity);
      names = Arrays.copyOf(names, capacity);
      indices = Arrays.copyOf(indices, capacity);
      locations = Arrays.copyOf(locations, capacity);
    }
    parents[size] = parent;
    names[size] = name;
    indices[size] = arrayIndex;
    locations[size] = location;
    return size++;
  }

  /**
   * Returns the recorded location of the value at {@code pointer}, or of its nearest recorded ancestor; the top level
   * is not recorded.
   *
   * @param pointer a JSON Pointer
   * @return the packed location, or -1
   */
  public long locationOf(String pointer) {
    if (index == null) {
      index = new HashMap<>(size * 2);
      for (int r = 0; r < size; r++) {
        index.put(new Child(parents[r], segment(r)), r);
      }
    }
    int record = -1;
    int start = 0;
    while (start < pointer.length() && pointer.charAt(start) == '/') {
      int end = pointer.indexOf('/', start + 1);
      end = end < 0 ? pointer.length() : end;
      Integer child = index.get(new Child(record, pointer.substring(start + 1, end)));
      if (child == null) {
        break;
      }
      record = child;
      start = end;
    }
    return record < 0 ? -1 : locations[record];
  }

  /** Returns the number of values recorded. */
  public int size() {
    return size;
  }

  /**
   * Forgets every value recorded after the first {@code size}: the values of a part of the input read through,
   * while the records of the objects and arrays still open (recorded before them) stay valid.
   *
   * @param size how many records to keep, at most {@link #size()}
   */
  public void truncate(int size) {
    Arrays.fill(names, size, this.size, null);
    this.size = size;
    index = null;
  }

  private String segment(int record) {
    return names[record] != null ? PointerSegments.escape(names[record]) : Integer.toString(indices[record]);
  }
}
