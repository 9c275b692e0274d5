package io.github.geoclaims.corpus;

import java.util.Arrays;

/** A growable list of {@code int}s: an index entry costs four bytes, not a boxed integer. */
final class IntList {

  private int[] values = new int[2];
  private int size;

  void add(int value) {
    if (size > 0 && values[size - 1] == value) {
      return; // the same claim indexed twice under one key in a row (an actor both participant and claimant)
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  int get(int i) {
    return values[i];
  }
}
